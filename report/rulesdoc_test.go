package report

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/width"

	"github.com/evalctl/evalctl/internal/msg"
)

var (
	// fieldRef is a dotted reference to a field in a doc (range.min,
	// complaints.results[].closed).
	fieldRef = regexp.MustCompile(`\b[a-z][a-z_]*(?:\[\])?(?:\.[a-z_]+(?:\[\])?)+`)
	// snakeWord is a YAML name or value with an underscore (min_ratings,
	// rank_from_bottom), which both languages keep as it is.
	snakeWord = regexp.MustCompile(`\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b`)
)

func hasHan(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Han, r) }) >= 0
}

func sortedMatches(re *regexp.Regexp, s string) []string {
	out := re.FindAllString(s, -1)
	slices.Sort(out)
	return slices.Compact(out)
}

// TestRulesDocComplete: every field of the rules format is documented in
// Chinese and in English, the Chinese in Chinese, once, and no documentation
// names a field that does not exist.
func TestRulesDocComplete(t *testing.T) {
	fields := RulesFields(msg.Chinese)
	if len(fields) < 50 {
		t.Fatalf("only %d fields found; the walk over the Rules type is broken", len(fields))
	}
	paths := map[string]bool{}
	for _, f := range fields {
		paths[f.Path] = true
	}
	for _, lang := range msg.Langs {
		for _, f := range RulesFields(lang) {
			if f.Doc == "" {
				t.Errorf("rules field %s (%s) has no %s documentation", f.Path, f.Kind, lang)
			}
			if lang == msg.Chinese && !hasHan(f.Kind) {
				t.Errorf("rules field %s: its kind %q is not told in Chinese", f.Path, f.Kind)
			}
		}
	}
	documented := 0
	for _, part := range []map[string]fieldText{scoringFieldDocs, verdictFieldDocs, ballotFieldDocs, noticeFieldDocs, bootstrapFieldDocs} {
		documented += len(part)
	}
	if documented != len(allFieldDocs()) {
		t.Errorf("%d docs in the maps for %d paths: a path is documented in two maps", documented, len(allFieldDocs()))
	}
	for path, doc := range allFieldDocs() {
		if !paths[path] {
			t.Errorf("the docs document %s, which is not a rules field", path)
		}
		if strings.TrimSpace(doc.zh) == "" || strings.TrimSpace(doc.en) == "" {
			t.Errorf("%s: zh %q, en %q: both languages are needed", path, doc.zh, doc.en)
			continue
		}
		if !hasHan(doc.zh) {
			t.Errorf("%s: the Chinese documentation %q has no Chinese in it", path, doc.zh)
		}
		if zh, en := sortedMatches(snakeWord, doc.zh), sortedMatches(snakeWord, doc.en); !slices.Equal(zh, en) {
			t.Errorf("%s: the Chinese names %v, the English %v: YAML names and values stay as they are", path, zh, en)
		}
		for _, text := range []string{doc.zh, doc.en} {
			for _, ref := range fieldRef.FindAllString(text, -1) {
				if !namesAField(paths, ref) {
					t.Errorf("%s: %q names %s, which is not a rules field", path, text, ref)
				}
			}
		}
	}
}

// namesAField reports whether ref is a field's path or the end of one.
func namesAField(paths map[string]bool, ref string) bool {
	for p := range paths {
		if p == ref || strings.HasSuffix(p, "."+ref) {
			return true
		}
	}
	return false
}

func TestWriteRulesDoc(t *testing.T) {
	for _, tc := range []struct {
		lang msg.Lang
		want []string
	}{
		{msg.Chinese, []string{"规则文件（YAML）的全部字段", "min_ratings", "  levels", "    points", "数值", "文本列表", "重新归一", "一票否决"}},
		{msg.English, []string{"every field of a rules file", "min_ratings", "  levels", "    points", "number", "list of text", "renormalised"}},
	} {
		t.Run(string(tc.lang), func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteRulesDoc(&buf, tc.lang); err != nil {
				t.Fatal(err)
			}
			for _, want := range tc.want {
				if !strings.Contains(buf.String(), want) {
					t.Errorf("rules doc lacks %q", want)
				}
			}
		})
	}
}

// terminalWidth counts the columns a terminal gives s: two for an East
// Asian wide or fullwidth character. It is worked out apart from
// displayWidth, so that the test checks the padding rather than repeats it.
func terminalWidth(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}

// The documentation column starts at the same terminal column on every line,
// in Chinese as in English.
func TestRulesDocAligned(t *testing.T) {
	for _, lang := range msg.Langs {
		var buf bytes.Buffer
		if err := WriteRulesDoc(&buf, lang); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")[2:]
		fields := RulesFields(lang)
		if len(lines) != len(fields) {
			t.Fatalf("%s: %d lines for %d fields", lang, len(lines), len(fields))
		}
		want := -1
		for i, f := range fields {
			head, ok := strings.CutSuffix(lines[i], f.Doc)
			if !ok || !strings.HasSuffix(head, " ") {
				t.Errorf("%s: line %q does not end in the doc of %s", lang, lines[i], f.Path)
				continue
			}
			if want < 0 {
				want = terminalWidth(head)
			}
			if got := terminalWidth(head); got != want {
				t.Errorf("%s: the doc of %s starts at column %d, not %d:\n%s", lang, f.Path, got, want, lines[i])
			}
		}
	}
}
