package sample

import (
	"reflect"
	"slices"
	"testing"
)

func TestJintanDeterministic(t *testing.T) {
	a, b, c := Jintan(2026), Jintan(2026), Jintan(2027)
	if !sameRound(a, b, func(r *JintanRound) *[]Sheet { return &r.Sheets }) {
		t.Fatal("two rounds from seed 2026 differ")
	}
	for i := range a.Sheets {
		if a.Sheets[i].Name != SheetRoster && sameRows(a.Sheets[i].Rows, c.Sheets[i].Rows) {
			t.Errorf("sheet %s is the same for seeds 2026 and 2027", a.Sheets[i].Name)
		}
	}
	if a.Weakest != c.Weakest || a.Veto != c.Veto || a.Open != c.Open {
		t.Error("planted departments moved with the seed")
	}
}

func TestJintanRound(t *testing.T) {
	r := Jintan(2026)
	var names []string
	for _, s := range r.Sheets {
		names = append(names, s.Name)
	}
	if want := []string{SheetRoster, SheetBallots, SheetComplaints, SheetJintanAppraisal}; !slices.Equal(names, want) {
		t.Fatalf("sheets %q, want %q", names, want)
	}
	roster, ballots, ledger, appraisal := r.Sheets[0].Rows, r.Sheets[1].Rows, r.Sheets[2].Rows, r.Sheets[3].Rows

	// Each department is its own unit, with two distinct leaders.
	people := map[any]bool{}
	for _, row := range roster[1:] {
		if row[1] != row[2] || row[3] != nil || row[4] != CategoryJintan || row[5] == row[6] {
			t.Errorf("roster row %v: want 姓名 = 单位, no 股室, %s, two leaders", row, CategoryJintan)
		}
		people[row[5]], people[row[6]] = true, true
	}
	if len(roster) != 26 || len(people) != 50 {
		t.Errorf("%d departments and %d distinct leaders, want 25 and 50", len(roster)-1, len(people))
	}

	// 400 valid ballots in the panel's sizes, the invalid rows where said.
	invalid := map[int]PlantedBallot{}
	for _, p := range r.Invalid {
		invalid[p.Row] = p
		if ballots[p.Row-1][0] != p.ID || ballots[p.Row-1][1] != p.Group {
			t.Errorf("planted %s: row %d holds %v", p.Defect, p.Row, ballots[p.Row-1][:2])
		}
	}
	groups := map[string]int{}
	for i, row := range ballots[1:] {
		if _, bad := invalid[i+2]; !bad {
			groups[row[1].(string)]++
		}
	}
	want := map[string]int{}
	for _, g := range r.Groups {
		want[g.Name] = g.Ballots
	}
	if !reflect.DeepEqual(groups, want) || len(ballots) != 1+400+3 || len(r.Invalid) != 3 {
		t.Errorf("valid ballots by group %v, %d rows; want %v, 404 rows", groups, len(ballots), want)
	}
	if d := invalid[r.Invalid[2].Row]; ballots[d.FirstRow-1][0] != d.ID || d.FirstRow >= d.Row {
		t.Errorf("the duplicate %s does not repeat an earlier 票号", d.ID)
	}

	// The seed's 58 complaints, 56 closed; the two still open, one of them
	// verified; the veto planted.
	results, statuses, on := map[any]int{}, map[any]int{}, map[any][]any{}
	for i, row := range ledger[1:] {
		results[row[3]]++
		statuses[row[4]]++
		on[row[3]] = append(on[row[3]], row[0])
		if row[4] == jintanOpen {
			on[jintanOpen] = append(on[jintanOpen], row[0], row[3])
		}
		if i > 0 && row[1].(string) < ledger[i][1].(string) {
			t.Errorf("ledger entry %d: dates out of order", i+1)
		}
	}
	if w := map[any]int{"查实": 23, "不实": 33, "一票否决": 1, jintanInquiry: 1}; !reflect.DeepEqual(results, w) {
		t.Errorf("ledger results %v, want %v", results, w)
	}
	if len(ledger)-1 != jintanComplaints || statuses[jintanDone] != jintanClosed || statuses[jintanOpen] != 2 {
		t.Errorf("%d complaints, statuses %v; want 58, 56 closed", len(ledger)-1, statuses)
	}
	if got := on[jintanOpen]; !slices.Equal(got, []any{r.Open[0], jintanVerified, r.Open[1], jintanInquiry}) {
		t.Errorf("办理中: %v, want %s 查实 and %s 核查中", got, r.Open[0], r.Open[1])
	}

	// The poll: its two columns last, answered as planted.
	know, support, answered := 0, 0, 0
	for i, row := range ballots[1:] {
		if _, bad := invalid[i+2]; bad || row[0] == ballots[r.Invalid[2].FirstRow-1][0] {
			continue
		}
		answered++
		n := len(row)
		if row[n-2] == "知道" {
			know++
		}
		if row[n-1] == "支持" {
			support++
		}
	}
	if h := ballots[0]; h[len(h)-2] != JintanKnowColumn || h[len(h)-1] != JintanSupportColumn ||
		answered != r.Answered || know != r.Know || support != r.Support || know != 355 || answered != 399 || support != 387 {
		t.Errorf("poll: %d answered, %d 知道, %d 支持; planted %+v", answered, know, support, r)
	}
	if got := on["一票否决"]; !slices.Equal(got, []any{r.Veto}) {
		t.Errorf("一票否决 on %v, want %s", got, r.Veto)
	}

	// An appraisal score, 0–100, for every department in roster order.
	for i, row := range appraisal[1:] {
		if s := row[1].(float64); row[0] != roster[i+1][0] || s < 0 || s > 100 {
			t.Errorf("考核得分 row %v", row)
		}
	}
}

// TestJintanWeakestSeparated checks, for several seeds, that the planted
// weakest department has clearly the lowest mean rating, so that its place
// on the bottom list does not depend on noise.
func TestJintanWeakestSeparated(t *testing.T) {
	points := map[any]float64{jintanGood: 100, jintanFair: 80, jintanAverage: 60, jintanPoor: 40}
	for _, seed := range []uint64{2026, 1, 7, 99} {
		r := Jintan(seed)
		ballots := r.Sheets[1].Rows
		mean := map[any]float64{}
		for c, id := range ballots[0][2 : 2+len(jintanDepartments)] { // not the poll
			var sum, n float64
			for _, row := range ballots[1:] {
				if 2+c >= len(row) {
					continue // the blank ballot
				}
				if p, ok := points[row[2+c]]; ok {
					sum, n = sum+p, n+1
				}
			}
			mean[id] = sum / n
		}
		next := 100.0
		for id, m := range mean {
			if id != r.Weakest {
				next = min(next, m)
			}
		}
		if gap := next - mean[r.Weakest]; gap < 8 {
			t.Errorf("seed %d: %s scores %.1f, only %.1f below the next", seed, r.Weakest, mean[r.Weakest], gap)
		}
	}
}
