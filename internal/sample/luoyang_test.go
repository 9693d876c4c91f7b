package sample

import (
	"reflect"
	"slices"
	"testing"
)

func TestLuoyangDeterministic(t *testing.T) {
	a, b, c := Luoyang(2026), Luoyang(2026), Luoyang(2027)
	if !sameRound(a, b, func(r *LuoyangRound) *[]Sheet { return &r.Sheets }) {
		t.Fatal("two rounds from seed 2026 differ")
	}
	if sameRows(a.Sheets[1].Rows, c.Sheets[1].Rows) {
		t.Error("the ballots are the same for seeds 2026 and 2027")
	}
	if a.Insufficient != c.Insufficient || a.Veto != c.Veto || !reflect.DeepEqual(a.Weak, c.Weak) {
		t.Error("planted targets moved with the seed")
	}
}

// sheetsByName indexes generated sheets.
func sheetsByName(sheets []Sheet) map[string][][]any {
	m := map[string][][]any{}
	for _, s := range sheets {
		m[s.Name] = s.Rows
	}
	return m
}

func TestLuoyangRound(t *testing.T) {
	r := Luoyang(2026)
	sheets := sheetsByName(r.Sheets)
	roster, ballots := sheets[SheetRoster], sheets[SheetBallots]
	cats, names := map[string]int{}, map[string]bool{}
	principal := map[string]string{}
	for _, row := range roster[1:] {
		cats[row[4].(string)]++
		names[row[1].(string)] = true
		unit := row[2].(string)
		if p, ok := principal[unit]; ok && p != row[6] {
			t.Errorf("%s has two 主要领导: %s and %s", unit, p, row[6])
		}
		principal[unit] = row[6].(string)
	}
	if want := map[string]int{CategoryWindow: 30, CategoryUnit: 30}; !reflect.DeepEqual(cats, want) || len(names) != 60 {
		t.Errorf("categories %v and %d distinct names, want %v and 60", cats, len(names), want)
	}

	invalid := map[int]bool{}
	for _, p := range r.Invalid {
		invalid[p.Row] = true
	}
	col := slices.Index(ballots[0], any(r.Insufficient))
	groups, rare := map[string]int{}, map[string]int{}
	for i, row := range ballots[1:] {
		if invalid[i+2] {
			continue
		}
		g := row[1].(string)
		groups[g]++
		rated := 0
		for _, c := range row[2:] {
			if c != nil && c != LevelUnknown {
				rated++
			}
		}
		if g == GroupRecipient && (rated < 1 || rated > 4) {
			t.Errorf("row %d: a 服务对象 rates %d targets, want 1–4", i+2, rated)
		}
		if c := row[col]; c != nil && c != LevelUnknown {
			rare[g]++
		}
	}
	want := map[string]int{}
	for _, g := range r.Groups {
		want[g.Name] = g.Ballots
	}
	if !reflect.DeepEqual(groups, want) || len(want) != 5 {
		t.Errorf("valid ballots by group = %v, want %v", groups, want)
	}
	if want := map[string]int{GroupRecipient: r.InsufficientRatings}; !reflect.DeepEqual(rare, want) || r.InsufficientRatings >= 20 {
		t.Errorf("%s rated by %v, want %v, under min_ratings 20", r.Insufficient, rare, want)
	}

	defects := []Defect{}
	for _, p := range r.Invalid {
		defects = append(defects, p.Defect)
		if got := ballots[p.Row-1][0]; got != p.ID {
			t.Errorf("%s: row %d holds 票号 %v, want %s", p.Defect, p.Row, got, p.ID)
		}
	}
	if want := []Defect{DefectBadLevel, DefectBlank, DefectDuplicate}; !slices.Equal(defects, want) {
		t.Errorf("planted %v, want %v", defects, want)
	}

	verified, vetoes := map[string]int{}, []string{}
	for _, row := range sheets[SheetComplaints][1:] {
		switch row[3] {
		case "查实":
			verified[row[0].(string)]++
		case "一票否决":
			vetoes = append(vetoes, row[0].(string))
		}
	}
	if !slices.Equal(vetoes, []string{r.Veto}) || len(verified) != 4 {
		t.Errorf("一票否决 on %v, 查实 on %v; want only %s, and four targets", vetoes, verified, r.Veto)
	}
}
