package evaluate

import (
	"slices"
	"testing"
)

func TestUnitsInIDOrder(t *testing.T) {
	p := &Published{Targets: []PublishedTarget{
		{ID: "T10", Unit: "C"}, {ID: "T9", Unit: "B"}, {ID: "T002", Unit: "A"}, {ID: "T11", Unit: "B"}, {ID: "T2a", Unit: "D"},
	}}
	// T002 (A) < T2a (D) < T9 (B) < T10 (C): digit runs compare as numbers.
	if got := p.Units(); !slices.Equal(got, []string{"A", "D", "B", "C"}) {
		t.Errorf("units %v", got)
	}
}
