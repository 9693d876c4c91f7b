package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/evalctl/evalctl/internal/xlsxdump"
)

var updatePresets = flag.Bool("update-presets", false, "rewrite testdata/luoyang and testdata/lishui results.golden and results.json")

// evalctlRun runs evalctl in-process and fails the test unless it exits 0;
// it returns stdout.
func evalctlRun(t *testing.T, args ...string) []byte {
	t.Helper()
	var out, errOut bytes.Buffer
	if code := run(args, &streams{In: strings.NewReader(""), Out: &out, Err: &errOut}); code != exitOK {
		t.Fatalf("evalctl %s: exit %d\n%s", strings.Join(args, " "), code, errOut.String())
	}
	return out.Bytes()
}

// scorePresetRound scores a copy of testdata/<preset>/round.xlsx with the
// preset, or with the rules arguments given instead, and returns the
// results workbook's dump and the JSON, both with the temporary folder
// taken out of file names and the version out of the audit sheet, so that
// they can be compared with golden files.
func scorePresetRound(t *testing.T, preset string, rules ...string) (dump string, js []byte) {
	t.Helper()
	dir := t.TempDir()
	in := copyFile(t, filepath.Join("..", "..", "testdata", preset, "round.xlsx"), dir)
	out := filepath.Join(dir, "results.xlsx")
	if len(rules) == 0 {
		rules = []string{"--preset", preset}
	}
	js = evalctlRun(t, append([]string{"score", in, "-o", out, "--json"}, rules...)...)
	dump, err := xlsxdump.File(out)
	if err != nil {
		t.Fatal(err)
	}
	prefix := dir + string(filepath.Separator)
	quoted, _ := json.Marshal(prefix)
	js = bytes.ReplaceAll(js, quoted[1:len(quoted)-1], nil)
	dump = strings.ReplaceAll(dump, prefix, "")
	dump = strings.Replace(dump, "审计!B2\t"+version+"\n", "审计!B2\t(version)\n", 1)
	return dump, js
}

// presetGolden compares got with testdata/<preset>/<name>, or rewrites it
// under -update-presets.
func presetGolden(t *testing.T, preset, name string, got []byte) {
	t.Helper()
	path := filepath.Join("..", "..", "testdata", preset, name)
	if *updatePresets {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/evalctl -run TestPresetGoldens -update-presets to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; run go test ./cmd/evalctl -run TestPresetGoldens -update-presets and review with git diff", path)
	}
}

// TestPresetGoldens scores the sample round of each preset and holds the
// results workbook and the JSON to the reviewed golden files; the figures
// worked out by hand in presets_luoyang_lishui_review_test.go say what the
// review checked.
func TestPresetGoldens(t *testing.T) {
	t.Parallel()
	for _, preset := range []string{"luoyang", "lishui"} {
		t.Run(preset, func(t *testing.T) {
			t.Parallel()
			dump, js := scorePresetRound(t, preset)
			presetGolden(t, preset, "results.golden", []byte(dump))
			presetGolden(t, preset, "results.json", js)
		})
	}
}

// TestPresetRulesRoundTrip: the rules `rules show --preset X` prints, read
// back with --rules, score the round to the very same JSON as the preset.
func TestPresetRulesRoundTrip(t *testing.T) {
	t.Parallel()
	for _, preset := range []string{"luoyang", "lishui"} {
		t.Run(preset, func(t *testing.T) {
			t.Parallel()
			yaml := filepath.Join(t.TempDir(), preset+".yaml")
			if err := os.WriteFile(yaml, evalctlRun(t, "rules", "show", "--preset", preset), 0o644); err != nil {
				t.Fatal(err)
			}
			_, want := scorePresetRound(t, preset)
			_, got := scorePresetRound(t, preset, "--rules", yaml)
			if !bytes.Equal(got, want) {
				t.Errorf("score --rules %s.yaml differs from score --preset %s", preset, preset)
			}
		})
	}
}

// reviewTarget is one target of the JSON contract, as the review reads it.
type reviewTarget struct {
	ID, Category, Unit, Status string
	Ratings                    int
	CategorySize               int      `json:"category_size"`
	Rank                       *int     `json:"rank"`
	Ballot                     *float64 `json:"ballot_score"`
	Final                      *float64 `json:"final_score"`
	Satisfaction               *float64 `json:"satisfaction"`
	Deduction                  float64
	Unsatisfactory, Award      bool
	Flags                      []string
	Groups                     []struct {
		Group   string
		Ballots int
		Ratings int
		Mean    *float64
	}
}

// presetReview is a preset's scored sample round as the review reads it:
// the JSON, and from the workbook the award names and bottom verdicts that
// only it shows.
type presetReview struct {
	Ballots struct {
		Read, Valid, Invalid int
		Groups               []struct {
			Group        string
			Satisfaction *float64
		}
	}
	Targets        []*reviewTarget
	Accountability []struct {
		Role, Unit       string
		Actions, Targets []string
	}
	InvalidBallots []struct {
		Ballot   string
		Problems []string
	} `json:"invalid_ballots"`

	byID           map[string]*reviewTarget
	award, verdict map[string]string // by target ID
}

// reviewPreset scores a preset's sample round and reads it for review.
func reviewPreset(t *testing.T, preset string) *presetReview {
	t.Helper()
	dump, js := scorePresetRound(t, preset)
	r := &presetReview{byID: map[string]*reviewTarget{}}
	if err := json.Unmarshal(js, r); err != nil {
		t.Fatal(err)
	}
	for _, tg := range r.Targets {
		r.byID[tg.ID] = tg
	}
	// Sheet rows of the dump: "表彰名单!C3<TAB>Q03" gives row 3, column C.
	cells := map[string]map[string]string{}
	for _, line := range strings.Split(dump, "\n") {
		ref, value, _ := strings.Cut(line, "\t")
		sheet, cell, _ := strings.Cut(ref, "!")
		col := strings.TrimRight(cell, "0123456789")
		key := sheet + "!" + cell[len(col):]
		if cells[key] == nil {
			cells[key] = map[string]string{}
		}
		cells[key][col] = value
	}
	// column finds a column of a sheet by its header.
	column := func(sheet, header string) string {
		for col, v := range cells[sheet+"!1"] {
			if v == header {
				return col
			}
		}
		t.Fatalf("%s has no column %s", sheet, header)
		return ""
	}
	r.award, r.verdict = map[string]string{}, map[string]string{}
	for _, s := range []struct {
		sheet, value string
		into         map[string]string
	}{{"表彰名单", "表彰", r.award}, {"不满意名单", "结论", r.verdict}} {
		id, value := column(s.sheet, "编号"), column(s.sheet, s.value)
		for key, row := range cells {
			if strings.HasPrefix(key, s.sheet+"!") && key != s.sheet+"!1" {
				s.into[row[id]] = row[value]
			}
		}
	}
	return r
}

// target returns a target, failing the test when it is missing.
func (r *presetReview) target(t *testing.T, id string) *reviewTarget {
	t.Helper()
	tg, ok := r.byID[id]
	if !ok {
		t.Fatalf("no target %s", id)
	}
	return tg
}

// entry returns the actions and causes of the accountability entry of a
// role in a unit.
func (r *presetReview) entry(role, unit string) (actions, targets []string) {
	for _, a := range r.Accountability {
		if a.Role == role && a.Unit == unit {
			return a.Actions, a.Targets
		}
	}
	return nil, nil
}

// invalid lists the invalid ballots as "票号 problems".
func (r *presetReview) invalid() []string {
	var out []string
	for _, b := range r.InvalidBallots {
		out = append(out, b.Ballot+" "+strings.Join(b.Problems, ","))
	}
	return out
}

// nearHand reports a figure that is missing or off what was worked out by hand.
func nearHand(t *testing.T, what string, got *float64, want float64) {
	t.Helper()
	if got == nil || math.Abs(*got-want) > 1e-9 {
		t.Errorf("%s = %v, worked out by hand %v", what, opt(got), want)
	}
}

// opt shows an optional value: nil or what it points to.
func opt[T any](p *T) any {
	if p == nil {
		return nil
	}
	return *p
}
