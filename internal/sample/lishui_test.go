package sample

import (
	"reflect"
	"slices"
	"testing"
)

func TestLishuiDeterministic(t *testing.T) {
	a, b, c := Lishui(2026), Lishui(2026), Lishui(2027)
	if !sameRound(a, b, func(r *LishuiRound) *[]Sheet { return &r.Sheets }) {
		t.Fatal("two rounds from seed 2026 differ")
	}
	if sameRows(a.Sheets[1].Rows, c.Sheets[1].Rows) {
		t.Error("the ballots are the same for seeds 2026 and 2027")
	}
	if a.OneViolation != c.OneViolation || a.TwoViolations != c.TwoViolations || !reflect.DeepEqual(a.Bottom, c.Bottom) {
		t.Error("planted targets moved with the seed")
	}
}

func TestLishuiRound(t *testing.T) {
	r := Lishui(2026)
	sheets := sheetsByName(r.Sheets)
	cats := map[string]int{}
	for _, row := range sheets[SheetRoster][1:] {
		cats[row[4].(string)]++
		if row[1] != row[2] || row[5] == nil || row[6] == nil {
			t.Errorf("roster row %v: want 姓名 = 单位 and both leaders", row)
		}
	}
	if want := map[string]int{CategoryParty: 12, CategoryGovernment: 25}; !reflect.DeepEqual(cats, want) {
		t.Errorf("categories %v, want %v", cats, want)
	}

	ballots := sheets[SheetBallots]
	invalid := map[int]bool{}
	for _, p := range r.Invalid {
		invalid[p.Row] = true
	}
	groups := map[string]int{}
	text, wide := 0, 0
	for i, row := range ballots[1:] {
		if invalid[i+2] {
			continue
		}
		groups[row[1].(string)]++
		for _, c := range row[2:] {
			switch c := c.(type) {
			case int:
				if c < 30 || c > 100 {
					t.Errorf("row %d: score %d outside 30–100", i+2, c)
				}
			case string:
				switch {
				case c == LevelUnknown:
				case c == fullWidth(c):
					text++
				default:
					wide++
				}
			}
		}
	}
	want := map[string]int{}
	for _, g := range r.Groups {
		want[g.Name] = g.Ballots
	}
	if !reflect.DeepEqual(groups, want) || len(ballots) != 1+1000+3 {
		t.Errorf("valid ballots by group = %v of %d rows, want %v of 1,004", groups, len(ballots), want)
	}
	if text != r.TextCells || wide != r.FullWidthCells || text < 5 || wide < 5 {
		t.Errorf("%d text and %d full-width scores, recorded %d and %d; want a few of each", text, wide, r.TextCells, r.FullWidthCells)
	}

	var defects []Defect
	for _, p := range r.Invalid {
		defects = append(defects, p.Defect)
		row := ballots[p.Row-1]
		if row[0] != p.ID || (p.Target != "" && row[slices.Index(ballots[0], any(p.Target))] == nil) {
			t.Errorf("%s: row %d = %v…, want 票号 %s and a value for %s", p.Defect, p.Row, row[:2], p.ID, p.Target)
		}
	}
	if want := []Defect{DefectOutOfRange, DefectBadLevel, DefectDuplicate}; !slices.Equal(defects, want) {
		t.Errorf("planted %v, want %v", defects, want)
	}

	verified := map[string]int{}
	for _, row := range sheets[SheetComplaints][1:] {
		if row[3] == "查实" {
			verified[row[0].(string)]++
		}
	}
	if want := map[string]int{r.OneViolation: 1, r.TwoViolations: 2}; !reflect.DeepEqual(verified, want) {
		t.Errorf("查实 entries %v, want %v", verified, want)
	}
}
