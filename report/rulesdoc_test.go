package report

import (
	"bytes"
	"strings"
	"testing"
)

// TestRulesDocComplete: every field of the rules format has a line of
// documentation, and no documentation names a field that does not exist.
func TestRulesDocComplete(t *testing.T) {
	fields := RulesFields()
	seen := map[string]bool{}
	for _, f := range fields {
		seen[f.Path] = true
		if f.Doc == "" {
			t.Errorf("rules field %s (%s) is not documented in fieldDocs", f.Path, f.Kind)
		}
	}
	for path := range allFieldDocs() {
		if !seen[path] {
			t.Errorf("fieldDocs documents %s, which is not a rules field", path)
		}
	}
	if len(fields) < 50 {
		t.Errorf("only %d fields found; the walk over the Rules type is broken", len(fields))
	}
}

func TestWriteRulesDoc(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteRulesDoc(&buf); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"min_ratings", "  levels", "    points", "number", "renormalised"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("rules doc lacks %q", want)
		}
	}
}
