package sample

import (
	"maps"
	"reflect"
	"slices"
	"sort"
	"testing"

	"github.com/evalctl/evalctl/evaluate"
)

func TestChibiDeterministic(t *testing.T) {
	heavyUnderRace(t)
	a, b, c := Chibi(2026), Chibi(2026), Chibi(2027)
	if !sameRound(a, b, chibiSheets) {
		t.Fatal("two rounds from seed 2026 differ")
	}
	for i := range a.Sheets {
		if sameRows(a.Sheets[i].Rows, c.Sheets[i].Rows) {
			t.Errorf("sheet %s is the same for seeds 2026 and 2027", a.Sheets[i].Name)
		}
	}
	// The planted IDs do not depend on the seed.
	if a.Insufficient != c.Insufficient || a.NoEnterprise != c.NoEnterprise || a.WeakPair != c.WeakPair ||
		a.Veto != c.Veto || !reflect.DeepEqual(a.Bottom, c.Bottom) {
		t.Error("planted targets moved with the seed")
	}
}

func TestChibiSizes(t *testing.T) {
	v := view(t, 2026)
	if len(v.ids) != 214 {
		t.Fatalf("roster has %d chiefs, want 214", len(v.ids))
	}
	cats, units := map[string]int{}, map[string]bool{}
	names, leaders := map[string]bool{}, map[string]bool{}
	principal, deputies := map[string]string{}, map[string]map[string]bool{}
	for _, id := range v.ids {
		r := v.roster[id]
		unit := r[2].(string)
		cats[r[4].(string)]++
		units[unit] = true
		names[r[1].(string)] = true
		leaders[r[5].(string)], leaders[r[6].(string)] = true, true
		if p, ok := principal[unit]; ok && p != r[6] {
			t.Errorf("%s has two 主要领导: %s and %s", unit, p, r[6])
		}
		principal[unit] = r[6].(string)
		if deputies[unit] == nil {
			deputies[unit] = map[string]bool{}
		}
		deputies[unit][r[5].(string)] = true
	}
	if want := map[string]int{CategoryService: 130, CategoryGeneral: 84}; !reflect.DeepEqual(cats, want) {
		t.Errorf("categories = %v, want %v", cats, want)
	}
	if len(units) != 30 {
		t.Errorf("%d units, want 30", len(units))
	}
	if len(names) != 214 {
		t.Errorf("%d distinct chief names, want 214", len(names))
	}
	for l := range leaders {
		if names[l] {
			t.Errorf("leader %s shares a name with a chief", l)
		}
	}
	for u, d := range deputies {
		if len(d) < 2 || len(d) > 4 || d[principal[u]] {
			t.Errorf("%s: 分管领导 %v (主要领导 %s), want 2–4 others", u, d, principal[u])
		}
	}

	ballots := v.sheets[SheetBallots]
	if got, want := len(ballots), 1+1001+5; got != want {
		t.Errorf("选票 has %d rows, want %d", got, want)
	}
	if h := ballots[0]; len(h) != 216 || h[0] != "票号" || h[1] != "代表类别" || h[2] != "T001" || h[215] != "T214" {
		t.Errorf("选票 header = %v…%v", h[:3], h[len(h)-1])
	}
	groups := map[string]int{}
	for _, row := range v.validBallots() {
		groups[row[1].(string)]++
	}
	want := map[string]int{}
	for _, g := range v.round.Groups {
		want[g.Name] = g.Ballots
	}
	if !reflect.DeepEqual(groups, want) || len(want) != 5 {
		t.Errorf("valid ballots by group = %v, want %v", groups, want)
	}

	tests := v.sheets[SheetTests]
	if len(tests) != 215 {
		t.Errorf("测试成绩 has %d rows, want 215", len(tests))
	}
	for _, row := range tests[1:] {
		if s := row[1].(float64); s < 55 || s > 98 {
			t.Errorf("test score %s = %v, outside 55–98", row[0], s)
		}
	}
}

func TestChibiComplaints(t *testing.T) {
	v := view(t, 2026)
	rows := v.sheets[SheetComplaints]
	if len(rows) != 26 {
		t.Fatalf("投诉台账 has %d entries, want 25", len(rows)-1)
	}
	targets, verified := map[string]bool{}, map[string]int{}
	var vetoes []string
	for i, row := range rows[1:] {
		id := row[0].(string)
		if v.roster[id] == nil {
			t.Errorf("entry %d: unknown target %s", i+1, id)
		}
		if i > 0 && row[1].(string) < rows[i][1].(string) {
			t.Errorf("entry %d: dates out of order", i+1)
		}
		targets[id] = true
		switch row[3] {
		case "查实":
			verified[id]++
		case "一票否决":
			vetoes = append(vetoes, id)
		case "不实":
		default:
			t.Errorf("entry %d: 核查结果 %q", i+1, row[3])
		}
	}
	if len(targets) != 18 {
		t.Errorf("complaints name %d targets, want 18", len(targets))
	}
	if !slices.Equal(vetoes, []string{v.round.Veto}) {
		t.Errorf("一票否决 entries on %v, want only %s", vetoes, v.round.Veto)
	}
	multi := 0
	for _, n := range verified {
		if n >= 2 {
			multi++
		}
	}
	if multi < 2 {
		t.Errorf("%d targets with 2+ 查实 entries, want at least 2", multi)
	}
}

func TestChibiPlanted(t *testing.T) {
	v := view(t, 2026)
	r := v.round
	n := v.ratings()
	sum := func(m map[string]int) (s int) {
		for _, c := range m {
			s += c
		}
		return s
	}
	if got := sum(n[r.Insufficient]); got != r.InsufficientRatings || got != 20 {
		t.Errorf("%s rated by %d valid ballots, want 20", r.Insufficient, got)
	}
	if v.roster[r.Insufficient][4] != CategoryGeneral {
		t.Errorf("insufficient target %s is not 综合管理类", r.Insufficient)
	}
	if got := n[r.NoEnterprise]; got[GroupEnterprise] != 0 || len(got) != 4 || sum(got) < 600 {
		t.Errorf("%s ratings by group = %v, want four groups and no 企业代表", r.NoEnterprise, got)
	}
	for _, id := range v.ids {
		if id != r.Insufficient && id != r.NoEnterprise && sum(n[id]) < 800 {
			t.Errorf("%s rated by only %d valid ballots", id, sum(n[id]))
		}
	}
	for _, id := range r.WeakPair {
		row := v.roster[id]
		if row[2] != r.WeakUnit || row[5] != r.WeakSupervisor || row[4] != CategoryService {
			t.Errorf("weak %s = %v, want %s / %s / %s", id, row, r.WeakUnit, r.WeakSupervisor, CategoryService)
		}
	}
	if !slices.Equal(r.Bottom[CategoryService][:2], r.WeakPair[:]) {
		t.Errorf("service bottom %v does not start with the weak pair", r.Bottom[CategoryService])
	}
	if v.roster[r.Veto][4] != CategoryGeneral {
		t.Errorf("veto target %s is not 综合管理类", r.Veto)
	}

	ballots := v.sheets[SheetBallots]
	byDefect := map[Defect]PlantedBallot{}
	for _, b := range r.Invalid {
		byDefect[b.Defect] = b
		if got := ballots[b.Row-1][0]; got != b.ID {
			t.Errorf("%s: row %d holds 票号 %v, want %s", b.Defect, b.Row, got, b.ID)
		}
	}
	rated := func(row []any) (k int) {
		for _, c := range row[2:] {
			if c != nil {
				k++
			}
		}
		return k
	}
	for _, tc := range []struct {
		defect Defect
		check  func(b PlantedBallot, row []any) bool
	}{
		{DefectBlank, func(b PlantedBallot, row []any) bool { return row[1] == GroupParty && rated(row) == 0 }},
		{DefectBadLevel, func(b PlantedBallot, row []any) bool {
			return row[slices.Index(ballots[0], any(b.Target))] == "满议" && row[1] == GroupPeople
		}},
		{DefectUnknownGroup, func(b PlantedBallot, row []any) bool { return row[1] == "群众代表" && rated(row) > 100 }},
		{DefectNoGroup, func(b PlantedBallot, row []any) bool { return row[1] == "" && rated(row) > 100 }},
		{DefectDuplicate, func(b PlantedBallot, row []any) bool {
			first := ballots[b.FirstRow-1]
			return b.FirstRow < b.Row && first[0] == b.ID && !v.invalid[b.FirstRow] &&
				!reflect.DeepEqual(first[2:], row[2:])
		}},
	} {
		b, ok := byDefect[tc.defect]
		if !ok {
			t.Errorf("no planted %s ballot", tc.defect)
			continue
		}
		if !tc.check(b, ballots[b.Row-1]) {
			t.Errorf("planted %s ballot %s at row %d looks wrong: %v", tc.defect, b.ID, b.Row, ballots[b.Row-1][:4])
		}
	}
	if len(r.Invalid) != 5 {
		t.Errorf("%d planted invalid ballots, want 5", len(r.Invalid))
	}
}

// TestChibiBottomSeparated checks, for several seeds, that the planted
// bottoms are the lowest four of their category by ballot score and by a
// composite with the test, with a clear gap above them, and that the veto
// target is mid-table.
func TestChibiBottomSeparated(t *testing.T) {
	heavyUnderRace(t)
	for _, seed := range []uint64{2026, 1, 7, 99} {
		v := view(t, seed)
		scores := v.scores()
		tests := map[string]float64{}
		for _, row := range v.sheets[SheetTests][1:] {
			tests[row[0].(string)] = row[1].(float64)
		}
		lo, hi := 100.0, 0.0
		for _, s := range scores {
			lo, hi = min(lo, s), max(hi, s)
		}
		if lo > 45 || hi < 90 {
			t.Errorf("seed %d: ballot scores span %.1f–%.1f, want a wide spread", seed, lo, hi)
		}
		for _, weight := range []float64{1, 0.7, 0.5} {
			for cat, want := range v.round.Bottom {
				var ids []string
				for _, id := range v.ids {
					if v.roster[id][4] == cat && id != v.round.Insufficient {
						ids = append(ids, id)
					}
				}
				f := func(id string) float64 { return weight*scores[id] + (1-weight)*tests[id] }
				sort.Slice(ids, func(i, j int) bool { return f(ids[i]) < f(ids[j]) })
				if !slices.Equal(ids[:4], want) {
					t.Errorf("seed %d weight %.1f %s: lowest four %v, want %v", seed, weight, cat, ids[:4], want)
				}
				if gap := f(ids[4]) - f(ids[3]); gap < 3 {
					t.Errorf("seed %d weight %.1f %s: gap above the bottom only %.2f", seed, weight, cat, gap)
				}
				if cat == CategoryGeneral {
					rank := slices.Index(ids, v.round.Veto)
					if rank < len(ids)/5 || rank > len(ids)*4/5 {
						t.Errorf("seed %d: veto target ranks %d of %d, want mid-table", seed, rank+1, len(ids))
					}
				}
			}
		}
	}
}

// TestPresetsTestdata checks that every preset has a sample round and
// that each committed round still matches its generator; after changing a
// generator, rerun go run ./internal/sample/gen -all (make testdata).
func TestPresetsTestdata(t *testing.T) {
	heavyUnderRace(t)
	if got, want := slices.Sorted(maps.Keys(Presets)), evaluate.PresetNames(); !slices.Equal(got, want) {
		t.Fatalf("sample rounds for %v, presets %v", got, want)
	}
	for name, make := range Presets {
		t.Run(name, func(t *testing.T) {
			compareWorkbook(t, "../../testdata/"+name+"/round.xlsx", make(Seed).Sheets)
		})
	}
}
