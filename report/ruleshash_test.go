package report

import (
	"reflect"
	"testing"

	"github.com/evalctl/evalctl/evaluate"
)

// TestRulesChanges names each field that differs, by its path in a rules
// file, and a list whose length changed once, whole; equal rules, however
// based, have none.
func TestRulesChanges(t *testing.T) {
	before := evaluate.Chibi()
	after := evaluate.Chibi()
	after.Base = "luoyang" // the base is not a rule
	after.Groups[2].Weight = 0.25
	after.Categories[1].Bottom = 3
	after.Liability = after.Liability[:2]
	after.Bottom.Vetoes = evaluate.VetoesAdd
	got, err := RulesChanges(before, after)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"groups[2].weight", "categories[1].bottom", "bottom.vetoes", "liability"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("changes %q, want %q", got, want)
	}
	if got, _ := RulesChanges(evaluate.Chibi(), evaluate.Chibi()); got != nil {
		t.Errorf("equal rules differ in %q", got)
	}
	a, _ := RulesSHA256(before)
	b, _ := RulesSHA256(after)
	c, _ := RulesSHA256(evaluate.Chibi())
	if a == b || a != c {
		t.Errorf("digests: before %s, after %s, again %s", a, b, c)
	}
}
