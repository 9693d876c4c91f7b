package ingest

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/evalctl/evalctl/evaluate"
)

// writeRules writes a rules file and returns its path.
func writeRules(t *testing.T, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "rules.yaml")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestLoadRules(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		fallback string
		want     func(r *evaluate.Rules) // edits the chibi preset into the expected rules
	}{
		{"empty file", "", "chibi", func(*evaluate.Rules) {}},
		{"comments only", "# 赤壁 rules, unchanged\n\n", "chibi", func(*evaluate.Rules) {}},
		{"base overrides the fallback", "base: chibi\nmin_ratings: 10\ncategories:\n  - name: 甲类\n    bottom: 1\n    awards: 2\n", "nosuch",
			func(r *evaluate.Rules) {
				r.MinRatings = 10
				r.Categories = []evaluate.Category{{Name: "甲类", Bottom: 1, Awards: 2}}
			}},
		{"a list replaces the whole list", "tie_break: [lowest_share]\ngroups:\n  - name: 服务对象\n    weight: 1\n    aliases: [群众]\n", "chibi",
			func(r *evaluate.Rules) {
				r.TieBreak = []evaluate.TieBreak{evaluate.TieLowestShare}
				r.Groups = []evaluate.Group{{Name: "服务对象", Weight: 1, Aliases: []string{"群众"}}}
				r.Robustness = r.Robustness[1:] // the base's pooled variant names its five groups: it no longer fits
			}},
		{"a nested field keeps its siblings", "awards:\n  name: 先进个人\ncomplaints:\n  cap: 0.05\n", "chibi",
			func(r *evaluate.Rules) {
				r.Awards.Name = "先进个人"
				r.Complaints.Cap = 0.05
			}},
		{"an empty list clears it", "liability: []\n", "chibi", func(r *evaluate.Rules) { r.Liability = []evaluate.LiabilityRule{} }},
		{"base through an alias", "name: &b chibi\nbase: *b\n", "nosuch", func(r *evaluate.Rules) { r.Name = "chibi" }},
		{"document markers", "---\nmin_ratings: 5\n...\n", "chibi", func(r *evaluate.Rules) { r.MinRatings = 5 }},
		{"trailing document marker", "min_ratings: 5\n---\n", "chibi", func(r *evaluate.Rules) { r.MinRatings = 5 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := LoadRules(writeRules(t, tt.text), tt.fallback)
			if err != nil {
				t.Fatal(err)
			}
			want := evaluate.Chibi()
			want.Base = "chibi"
			tt.want(want)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("got  %+v\nwant %+v", got, want)
			}
		})
	}
}

func TestLoadRulesErrors(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		fallback string
		line     int
		field    string // "" when the error is not about one field
		fragment string
	}{
		{"unknown field", "base: chibi\nmin_ratings: 10\ncolour: red\n", "chibi", 3, "", "colour"},
		{"unknown nested field", "trim:\n  k: 0\n  maximum: 3\n", "chibi", 3, "", "maximum"},
		{"type error", "name: 测试\nmin_ratings: many\n", "chibi", 2, "", "many"},
		{"syntax error", "name: [unclosed\nmin_ratings: 3\n", "chibi", 1, "", "expected"},
		{"weights not summing to 1", "base: chibi\n# 两组\ngroups:\n  - name: 党代表\n    weight: 0.5\n  - name: 群众\n    weight: 0.4\n", "chibi",
			3, "groups", "sum"},
		{"negative bottom", "categories:\n  - name: 甲类\n    bottom: 2\n  - name: 乙类\n    bottom: -1\n", "chibi",
			5, "categories[1].bottom", "-1"},
		{"unknown base", "# 自定义\nbase: nosuch\nmin_ratings: 3\n", "chibi", 2, "base", "nosuch"},
		{"unknown fallback", "min_ratings: 3\n", "nosuch", 0, "base", "nosuch"},
		{"negative group weight", "groups:\n  - name: 甲\n    weight: 1.5\n  - name: 乙\n    weight: -0.5\n", "chibi",
			5, "groups[1].weight", "negative"},
		{"unwritten field under a written one", "trim:\n  k: 1\n", "chibi", 1, "trim.min", "2·k+1"},
		{"second document", "min_ratings: 5\n---\nmin_ratings: 1\n", "chibi", 2, "", "second YAML document"},
		{"bad second document", "min_ratings: 5\n---\ngroups: [\n", "chibi", 3, "", ""},
		{"bad tie-break", "tie_break:\n  - satisfaction\n  - coin_toss\n", "chibi", 3, "tie_break[1]", "coin_toss"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeRules(t, tt.text)
			rules, err := LoadRules(path, tt.fallback)
			if err == nil {
				t.Fatalf("no error; rules %+v", rules)
			}
			if rules != nil {
				t.Errorf("rules returned with an error")
			}
			if !errors.Is(err, evaluate.ErrRules) {
				t.Errorf("errors.Is(%v, ErrRules) = false", err)
			}
			if errors.Is(err, evaluate.ErrInvalidData) {
				t.Errorf("a rules error matches ErrInvalidData: %v", err)
			}
			var re *RulesError
			if !errors.As(err, &re) {
				t.Fatalf("%v is not a *RulesError", err)
			}
			if re.File != path || re.Line != tt.line || re.Field != tt.field || !strings.Contains(re.Msg.String(), tt.fragment) {
				t.Errorf("got %+v, want line %d, field %q, message with %q", *re, tt.line, tt.field, tt.fragment)
			}
			if len(errorLines(err)) != 1 {
				t.Errorf("want one error, got:\n%v", err)
			}
		})
	}
}

// TestLoadRulesReportsEveryMistake checks that validation errors are all
// given, each at its own line.
func TestLoadRulesReportsEveryMistake(t *testing.T) {
	path := writeRules(t, "min_ratings: -1\ntrim:\n  k: -2\ncategories:\n  - name: 甲类\n    bottom: -1\n    awards: -3\n")
	_, err := LoadRules(path, "chibi")
	want := []string{
		path + ":3: trim.k: ",
		path + ":1: min_ratings: ",
		path + ":6: categories[0].bottom: ",
		path + ":7: categories[0].awards: ",
	}
	lines := errorLines(err)
	if len(lines) != len(want) {
		t.Fatalf("got %d errors, want %d:\n%v", len(lines), len(want), err)
	}
	for i, w := range want {
		if !strings.HasPrefix(lines[i], w) {
			t.Errorf("error %d = %q, want prefix %q", i, lines[i], w)
		}
	}
}

func TestLoadRulesMissingFile(t *testing.T) {
	_, err := LoadRules(filepath.Join(t.TempDir(), "nosuch.yaml"), "chibi")
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("err = %v, want os.ErrNotExist", err)
	}
}

// TestRulesRoundTrip is what `evalctl rules show > r.yaml` followed by
// `--rules r.yaml` relies on: the preset written as YAML reads back equal.
func TestRulesRoundTrip(t *testing.T) {
	for _, name := range evaluate.PresetNames() {
		t.Run(name, func(t *testing.T) {
			preset, err := evaluate.Preset(name)
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			enc := yaml.NewEncoder(&buf)
			enc.SetIndent(2)
			if err := enc.Encode(preset); err != nil {
				t.Fatal(err)
			}
			if err := enc.Close(); err != nil {
				t.Fatal(err)
			}
			got, err := LoadRules(writeRules(t, buf.String()), name)
			if err != nil {
				t.Fatalf("%v\n%s", err, buf.String())
			}
			want, _ := evaluate.Preset(name)
			want.Base = name
			// The same rules, as their YAML says: an empty list and no
			// list are the same rules.
			if g, w := rulesYAML(t, got), rulesYAML(t, want); g != w {
				t.Errorf("got\n%s\nwant\n%s", g, w)
			}
		})
	}
}

// TestLoadRulesRejectsNaN: YAML spells NaN .nan, and every comparison with
// NaN is false, so a weight of .nan slips past checks such as "w < 0" and
// "|Σw − 1| > ε" and every score becomes NaN. The check belongs in
// evaluate.Validate; this test pins the behaviour through the rules file.
func TestLoadRulesRejectsNaN(t *testing.T) {
	for _, text := range []string{
		"groups:\n  - name: 甲\n    weight: .nan\n",
		"dimensions:\n  - name: 综合\n    weight: .nan\n",
		"components:\n  - name: 民主评议\n    source: ballots\n    weight: .nan\n",
		"complaints:\n  mode: proportional\n  rate: .nan\n  cap: .nan\n",
		"complaints:\n  mode: fixed\n  points: .nan\n",
		"awards:\n  reserve:\n    min_test: .nan\n",
	} {
		if _, err := LoadRules(writeRules(t, text), "chibi"); !errors.Is(err, evaluate.ErrRules) {
			t.Errorf("%q: err = %v, want a rules error", text, err)
		}
	}
}

func rulesYAML(t *testing.T, r *evaluate.Rules) string {
	t.Helper()
	out, err := yaml.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}
