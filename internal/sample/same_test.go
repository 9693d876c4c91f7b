package sample

import (
	"reflect"
	"slices"
	"testing"
)

// sameRound reports whether two generated rounds are equal: their sheets
// cell by cell, the rest by reflect.DeepEqual. reflect.DeepEqual alone
// says the same, but walks a round's tens of thousands of cells by
// reflection, several times slower.
func sameRound[R any](a, b R, sheets func(*R) *[]Sheet) bool {
	sa, sb := *sheets(&a), *sheets(&b)
	*sheets(&a), *sheets(&b) = nil, nil
	return sameSheets(sa, sb) && reflect.DeepEqual(a, b)
}

func chibiSheets(r *ChibiRound) *[]Sheet { return &r.Sheets }

// sameSheets reports whether two lists of sheets have the same names,
// merged ranges and cells (a cell's value and its type: 1 and 1.0
// differ, as reflect.DeepEqual has them).
func sameSheets(a, b []Sheet) bool {
	return slices.EqualFunc(a, b, func(x, y Sheet) bool {
		return x.Name == y.Name && slices.Equal(x.Merges, y.Merges) && x.Stream == nil && y.Stream == nil && sameRows(x.Rows, y.Rows)
	})
}

func sameRows(a, b [][]any) bool {
	return slices.EqualFunc(a, b, func(x, y []any) bool { return slices.Equal(x, y) })
}

// TestSameRound holds the comparison to reflect.DeepEqual's answer, on
// rounds that differ in one cell, one cell's type, one planted fact, or
// nothing.
func TestSameRound(t *testing.T) {
	base := ChibiRound{Sheets: []Sheet{{Name: "a", Rows: [][]any{{"x", 1, 2.5, nil}}, Merges: []string{"A1:B1"}}}, Veto: "T1"}
	clone := func(r ChibiRound) ChibiRound {
		r.Sheets = slices.Clone(r.Sheets)
		for i := range r.Sheets {
			r.Sheets[i].Rows = slices.Clone(r.Sheets[i].Rows)
			for j := range r.Sheets[i].Rows {
				r.Sheets[i].Rows[j] = slices.Clone(r.Sheets[i].Rows[j])
			}
		}
		return r
	}
	cell, kind, fact, merge := clone(base), clone(base), clone(base), clone(base)
	cell.Sheets[0].Rows[0][0] = "y"
	kind.Sheets[0].Rows[0][1] = 1.0
	fact.Veto = "T2"
	merge.Sheets[0].Merges = nil
	for _, r := range []ChibiRound{clone(base), cell, kind, fact, merge} {
		if got, want := sameRound(base, r, chibiSheets), reflect.DeepEqual(base, r); got != want {
			t.Errorf("sameRound says %v of %+v, reflect.DeepEqual %v", got, r, want)
		}
	}
}
