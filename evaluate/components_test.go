package evaluate

import (
	"fmt"
	"testing"
)

func TestDoubleEntry(t *testing.T) {
	for _, action := range []DoubleEntryAction{DoubleEntryFlag, DoubleEntryInvalid, DoubleEntryOff} {
		t.Run(string(action), func(t *testing.T) {
			r := smallRules()
			r.Validity = Validity{DoubleEntry: action, DoubleEntryMin: 2}
			round := &Round{Targets: []Target{target("T1", "U1", "S1"), target("T2", "U1", "S1")}, Tests: map[string]float64{"T1": 0, "T2": 0}}
			b1 := ballot("b1", "党代表", "满意", "不满意")
			b2 := ballot("b2", "党代表", "满意", "不满意")                                        // same contents: a double entry
			b3 := ballot("b3", "企业代表", "满意", "不满意")                                       // another group: not the same ballot
			b4 := ballot("b4", "党代表", "满意", "")                                           // one rating, under the minimum
			b5 := ballot("b5", "党代表", "满意", "")                                           // likewise
			b6 := Ballot{ID: "b6", Group: "党代表", Cells: []Cell{b1.Cells[1], b1.Cells[0]}} // same ratings, other column order
			res := mustScore(t, r, round, b1, b2, b3, b4, b5, b6)
			var got []string
			for _, d := range res.DoubleEntries {
				got = append(got, d.ID+"="+d.FirstID)
			}
			want := map[DoubleEntryAction][]string{DoubleEntryFlag: {"b2=b1", "b6=b1"}, DoubleEntryInvalid: {"b2=b1", "b6=b1"}, DoubleEntryOff: nil}[action]
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("double entries = %v, want %v", got, want)
			}
			wantInvalid := map[DoubleEntryAction]int{DoubleEntryFlag: 0, DoubleEntryInvalid: 2, DoubleEntryOff: 0}[action]
			if res.Ballots.Invalid != wantInvalid {
				t.Errorf("invalid = %d, want %d", res.Ballots.Invalid, wantInvalid)
			}
		})
	}
}

// TestComponents: B = 100 (one 满意), test 80, 日常考核 70, bonus 3 capped at 2.
//
//	weights 0.5 / 0.3 / 0.2: C = 50 + 24 + 14 + 2 = 90
//	日常考核 missing, skip:  C = (50 + 24) / 0.8 + 2 = 94.5
//	日常考核 missing, zero:  C = 50 + 24 + 0 + 2 = 76
func TestComponents(t *testing.T) {
	rules := func(missing MissingPolicy) *Rules {
		r := smallRules()
		r.Components = []Component{
			{Name: "民主评议", Source: SourceBallots, Weight: 0.5},
			{Name: "测试", Source: SourceTest, Weight: 0.3},
			{Name: "日常考核", Source: SourceSheet, Sheet: "日常考核", Weight: 0.2, Missing: missing},
			{Name: "附加分", Source: SourceBonus, Sheet: "附加分", Max: 2},
		}
		return r
	}
	tests := []struct {
		name    string
		missing MissingPolicy
		daily   map[string]float64
		want    float64
	}{
		{"all present", "", map[string]float64{"T1": 70}, 90},
		{"missing, skip", MissingSkip, map[string]float64{}, 94.5},
		{"missing, zero", MissingZero, map[string]float64{}, 76},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			round := &Round{Targets: []Target{target("T1", "U1", "S1")}, Tests: map[string]float64{"T1": 80},
				Sheets: map[string]map[string]float64{"日常考核": tc.daily, "附加分": {"T1": 3}}}
			res := mustScore(t, rules(tc.missing), round, ballot("b1", "党代表", "满意"))
			near(t, "C", res.Targets[0].Composite, tc.want)
		})
	}
	round := &Round{Targets: []Target{target("T1", "U1", "S1")}, Tests: map[string]float64{"T1": 80}, Sheets: map[string]map[string]float64{}}
	r := rules(MissingError)
	tally := NewTally(r, 1)
	tally.Add(ballot("b1", "党代表", "满意"))
	if _, err := Score(r, round, tally); err == nil || !containsLine(err.Error(), `名册!T1: target T1 name-T1 has no score in sheet 日常考核 (component "日常考核")`) {
		t.Errorf("missing, error: %v", err)
	}
}

// TestGroupBallotsCountEvaluators: on two dimensions one ballot gives two
// ratings but is one evaluator, which is what privacy thresholds count.
func TestGroupBallotsCountEvaluators(t *testing.T) {
	r := smallRules()
	r.Dimensions = []Dimension{{Name: "服务态度", Weight: 0.5}, {Name: "行政效率", Weight: 0.5}}
	round := &Round{Targets: []Target{target("T1", "U1", "S1")}, Tests: map[string]float64{"T1": 80}}
	b := Ballot{ID: "b1", Group: "党代表", Cells: []Cell{{Target: 0, Dim: 0, Value: "满意"}, {Target: 0, Dim: 1, Value: "不满意"}}}
	res := mustScore(t, r, round, b)
	g := res.Targets[0].ByGroup[0]
	if g.Ratings != 2 || g.Ballots != 1 || res.Targets[0].Ratings != 1 {
		t.Errorf("党代表: %d ratings from %d ballots (target: %d); want 2 from 1 (1)", g.Ratings, g.Ballots, res.Targets[0].Ratings)
	}
}

// TestMinGroupBallots: 企业代表's single ballot (不满意) stays out of T1's
// weighted mean when groups need 2 ballots: S = 党代表's (100+60)/2 = 80
// instead of (0.2·80 + 0.2·0)/0.4 = 40; satisfaction still counts it: 2/3.
func TestMinGroupBallots(t *testing.T) {
	for _, tc := range []struct {
		min  int
		want float64
	}{{0, 40}, {2, 80}} {
		r := smallRules()
		r.MinGroupBallots = tc.min
		round := &Round{Targets: []Target{target("T1", "U1", "S1")}, Tests: map[string]float64{"T1": 0}}
		res := mustScore(t, r, round, ballot("b1", "党代表", "满意"), ballot("b2", "党代表", "基本满意"), ballot("b3", "企业代表", "不满意"))
		tr := res.Targets[0]
		near(t, fmt.Sprintf("B with min %d", tc.min), tr.BallotScore, tc.want)
		near(t, "sat", tr.Satisfaction, 2.0/3)
		if tr.ByGroup[3].Weighted != (tc.min == 0) {
			t.Errorf("min %d: 企业代表 weighted = %v", tc.min, tr.ByGroup[3].Weighted)
		}
	}
}
