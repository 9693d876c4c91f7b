package sample

import (
	"reflect"
	"slices"
	"testing"
)

// TestCloseCutTestdata checks that testdata/closecut/round.xlsx still
// matches its generator; after changing it, rerun make testdata. That the
// cut is within a point is held by evalctl's tests, which score the round.
func TestCloseCutTestdata(t *testing.T) {
	heavyUnderRace(t)
	compareWorkbook(t, "../../testdata/closecut/round.xlsx", CloseCut(Seed).Sheets)
}

func TestCloseCutShape(t *testing.T) {
	heavyUnderRace(t)
	a, b, c := CloseCut(Seed), CloseCut(Seed), CloseCut(Seed+1)
	if !sameRound(a, b, func(r *CloseCutRound) *[]Sheet { return &r.Sheets }) {
		t.Fatal("two rounds from one seed differ")
	}
	if sameRows(a.Sheets[1].Rows, c.Sheets[1].Rows) {
		t.Error("the ballots are the same for two seeds")
	}
	if !reflect.DeepEqual(a.Clear, c.Clear) || !slices.Equal(a.Straddlers, c.Straddlers) {
		t.Error("planted targets moved with the seed")
	}
	sheets := map[string][][]any{}
	for _, s := range a.Sheets {
		sheets[s.Name] = s.Rows
	}
	category := map[string]string{}
	cats := map[string]int{}
	for _, row := range sheets[SheetRoster][1:] {
		category[row[0].(string)] = row[4].(string)
		cats[row[4].(string)]++
	}
	if want := map[string]int{CategoryService: 78, CategoryGeneral: 53}; !reflect.DeepEqual(cats, want) {
		t.Errorf("categories = %v, want %v", cats, want)
	}
	for cat, ids := range a.Clear {
		for _, id := range ids {
			if category[id] != cat {
				t.Errorf("clear bottom %s is %s, not %s", id, category[id], cat)
			}
		}
	}
	if len(a.Clear[CategoryService]) != 2 || len(a.Clear[CategoryGeneral]) != 2 {
		t.Errorf("clear bottoms %v, want two per category", a.Clear)
	}
	for _, id := range a.Straddlers {
		if category[id] != CategoryService {
			t.Errorf("straddler %s is %s", id, category[id])
		}
	}
	groups := map[string]int{}
	rated := 0
	for _, row := range sheets[SheetBallots][1:] {
		groups[row[1].(string)]++
		for _, cell := range row[2:] {
			if cell != nil {
				rated++
			}
		}
	}
	want := map[string]int{}
	for _, g := range a.Groups {
		want[g.Name] = g.Ballots
	}
	if !reflect.DeepEqual(groups, want) {
		t.Errorf("ballots by group = %v, want %v", groups, want)
	}
	// Each evaluator skips 4–16% of the chiefs: about 90% of the cells.
	if cells := 1001 * 131; rated < cells*85/100 || rated > cells*95/100 {
		t.Errorf("%d of %d cells rated", rated, cells)
	}
	if n := len(sheets[SheetComplaints]) - 1; n != 10 {
		t.Errorf("%d complaints, want 10", n)
	}
	for _, row := range sheets[SheetComplaints][1:] {
		id := row[0].(string)
		if slices.Contains(a.Straddlers, id) || slices.Contains(a.Clear[category[id]], id) {
			t.Errorf("complaint against planted %s", id)
		}
	}
}
