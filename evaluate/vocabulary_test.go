package evaluate

import (
	"fmt"
	"reflect"
	"testing"
)

// category builds a ranked category of targets T1… with the given finals
// and satisfaction (satisfied of 10 ratings, none of the lowest level unless
// lowest is given), scores it with the category rule and returns it.
func category(t *testing.T, finals []float64, satisfied []int, cat Category, tweak func(*Rules)) *Result {
	t.Helper()
	r := smallRules()
	cat.Name = "A"
	r.Categories = []Category{cat}
	if tweak != nil {
		tweak(r)
	}
	if err := r.Validate(); err != nil {
		t.Fatal(err)
	}
	res := &Result{Rules: r}
	for i, f := range finals {
		tr := TargetResult{Target: target(fmt.Sprintf("T%d", i+1), fmt.Sprintf("U%d", i+1), "S"), Final: f, Status: StatusRanked,
			BallotFigures: BallotFigures{BallotScore: f, RatingCells: 10, Satisfied: 10}, CompositeFigures: CompositeFigures{HasTest: true, Test: 90}}
		if satisfied != nil {
			tr.Satisfied = satisfied[i]
			tr.Satisfaction = float64(satisfied[i]) / 10
			tr.LowestCount = 10 - satisfied[i]
			tr.LowestShare = float64(tr.LowestCount) / 10
		}
		res.Targets = append(res.Targets, tr)
	}
	res.rank()
	return res
}

func f64(x float64) *float64 { return &x }

func TestBottomVariants(t *testing.T) {
	finals := []float64{90, 85, 80, 76, 74, 70, 60, 50, 40, 30}
	tests := []struct {
		name  string
		cat   Category
		sat   []int
		unsat []string
	}{
		// ceil(0.25 × 10) = 3 > bottom 1.
		{"share beats N", Category{Bottom: 1, BottomShare: 0.25}, nil, []string{"T8", "T9", "T10"}},
		// only among those under 75: T5…T10; the bottom 8 would reach T3.
		// (8 of 10 is beyond bottom.max_share: see TestSmallCategory.)
		{"only below 75", Category{Bottom: 8, OnlyBelow: &Thresholds{Final: f64(75)}}, nil, []string{"T5", "T6", "T7", "T8", "T9", "T10"}},
		// bottom 1 plus anyone under 60% satisfaction: T2 (5/10) and T10.
		{"also below a satisfaction", Category{Bottom: 1, AlsoBelow: &Thresholds{Satisfaction: f64(0.6)}},
			[]int{10, 5, 10, 10, 10, 10, 10, 10, 10, 10}, []string{"T2", "T10"}},
		// more than 40% of the lowest level: T3 (6/10 不满意).
		{"also above a lowest share", Category{Bottom: 0, AlsoBelow: &Thresholds{LowestShare: f64(0.4)}},
			[]int{10, 10, 4, 10, 10, 10, 10, 10, 10, 10}, []string{"T3"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := category(t, finals, tc.sat, tc.cat, func(r *Rules) { r.Bottom.MaxShare = 0 })
			if got := ids(res, func(t *TargetResult) bool { return t.Unsatisfactory }); !reflect.DeepEqual(got, tc.unsat) {
				t.Errorf("unsatisfactory = %v, want %v", got, tc.unsat)
			}
		})
	}
	res := category(t, finals, []int{10, 5, 10, 10, 10, 10, 10, 10, 10, 10}, Category{Bottom: 1, AlsoBelow: &Thresholds{Satisfaction: f64(0.6)}}, nil)
	if got := res.Targets[1].Flags(); !reflect.DeepEqual(got, []string{FlagBelowThreshold}) {
		t.Errorf("T2 flags = %v, want below_threshold", got)
	}
}

func TestAwardVariants(t *testing.T) {
	finals := []float64{95, 90, 85, 80, 70, 60}
	tests := []struct {
		name  string
		cat   Category
		tweak func(*Rules)
		award []string
		label string
	}{
		{"share", Category{AwardShare: 0.5, AwardName: "十佳服务窗口"}, nil, []string{"T1", "T2", "T3"}, "十佳服务窗口"},
		{"threshold", Category{Awards: 4}, func(r *Rules) { r.Awards.MinFinal = 88 }, []string{"T1", "T2"}, ""},
		// T2 and T4 have 90% satisfaction: skipped, so the two awards go to T1 and T3.
		{"satisfaction threshold", Category{Awards: 2}, func(r *Rules) { r.Awards.MinSatisfaction = 0.95 }, []string{"T1", "T3"}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := category(t, finals, []int{10, 9, 10, 9, 10, 10}, tc.cat, tc.tweak)
			if got := ids(res, func(t *TargetResult) bool { return t.Award }); !reflect.DeepEqual(got, tc.award) {
				t.Errorf("award = %v, want %v", got, tc.award)
			}
			if want := tc.label; want != "" && res.Targets[0].AwardName != want {
				t.Errorf("award name %q, want %q", res.Targets[0].AwardName, want)
			}
		})
	}
}

func TestOverallAwards(t *testing.T) {
	r := smallRules()
	r.Categories = []Category{{Name: "A", Awards: 5}, {Name: "B", Awards: 5}}
	r.Awards.Overall = 2
	res := &Result{Rules: r}
	for i, f := range []float64{70, 95, 80, 90} {
		tr := TargetResult{Target: target(fmt.Sprintf("T%d", i+1), "U", "S"), Final: f, Status: StatusRanked,
			BallotFigures: BallotFigures{RatingCells: 1, Satisfied: 1}}
		tr.Category = []string{"A", "B"}[i%2]
		res.Targets = append(res.Targets, tr)
	}
	res.rank()
	if got := ids(res, func(t *TargetResult) bool { return t.Award }); !reflect.DeepEqual(got, []string{"T2", "T4"}) {
		t.Errorf("overall top 2 = %v, want [T2 T4] (both in B)", got)
	}
}

func TestTieBreakByBallotAndTest(t *testing.T) {
	res := &Result{Rules: smallRules()}
	res.Rules.TieBreak = []TieBreak{TieBallotScore, TieTest}
	for i, bt := range [][2]float64{{70, 90}, {75, 60}, {75, 80}} {
		res.Targets = append(res.Targets, TargetResult{Target: target(fmt.Sprintf("T%d", i+1), "U", "S"), Final: 80, Status: StatusRanked,
			BallotFigures: BallotFigures{BallotScore: bt[0], RatingCells: 1}, CompositeFigures: CompositeFigures{Test: bt[1], HasTest: true}})
	}
	res.rank()
	if got := column(res, func(t *TargetResult) int { return t.Rank }); !reflect.DeepEqual(got, []int{3, 2, 1}) {
		t.Errorf("ranks = %v, want [3 2 1]", got)
	}
}

// TestRankTiers: 溧水's tiers by place from the bottom: last → 组织调整,
// next → 诫勉谈话, next → 提醒谈话, for the principal of the unit rated.
func TestRankTiers(t *testing.T) {
	res := category(t, []float64{95, 90, 80, 70, 60, 60}, nil, Category{}, func(r *Rules) {
		r.Liability = []LiabilityRule{
			{Scope: ScopeRank, Position: 1, Principal: []string{"组织调整"}},
			{Scope: ScopeRank, Position: 2, Principal: []string{"诫勉谈话"}},
			{Scope: ScopeRank, Position: 3, Principal: []string{"提醒谈话"}},
		}
	})
	got := map[string][]string{}
	for _, a := range res.Accountability {
		got[a.Person] = a.Actions
	}
	// T5 and T6 tie for last: both take place 1; place 2 is empty; T4 is
	// 3rd, within half of the six.
	want := map[string][]string{"principal-U5": {"组织调整"}, "principal-U6": {"组织调整"}, "principal-U4": {"提醒谈话"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tiers = %v, want %v", got, want)
	}
}

// TestComplaintKinds: per-kind amounts, handling status and sanctions.
//
//	T1: 查实 (1.0 point) + 未办结 (0.5) + 不实 → D = 1.5, received 3, closed 2;
//	    two deducting entries → 待岗
//	T2: 查实 ×2 → D = 2.0, 待岗
func TestComplaintKinds(t *testing.T) {
	r := smallRules()
	r.Complaints = Complaints{Mode: DeductFixed, Points: 1, Cap: 5,
		Results: []ComplaintResult{
			{Name: "查实", Effect: EffectDeduct, Closed: true},
			{Name: "未办结", Effect: EffectDeduct, Amount: 0.5},
			{Name: "不实", Effect: EffectNone, Closed: true},
		},
		Sanctions: []Sanction{{Min: 1, Action: "警告", To: RoleTarget}, {Min: 2, Action: "待岗", To: RoleTarget}},
	}
	for i := range r.Categories {
		r.Categories[i].Targets = TargetsPerson
	}
	round := &Round{Targets: []Target{target("T1", "U1", "S1"), target("T2", "U2", "S2")}, Tests: map[string]float64{"T1": 80, "T2": 80},
		Complaints: []Complaint{{TargetID: "T1", Result: "查实"}, {TargetID: "T1", Result: "未办结"}, {TargetID: "T1", Result: "不实"},
			{TargetID: "T2", Result: "查实"}, {TargetID: "T2", Result: "查实"}}}
	res := mustScore(t, r, round, ballot("b1", "党代表", "满意", "满意"))
	t1, t2 := res.Targets[0], res.Targets[1]
	near(t, "D(T1)", t1.Deduction, 1.5)
	near(t, "D(T2)", t2.Deduction, 2)
	if t1.ComplaintsReceived != 3 || t1.ComplaintsClosed != 2 || t1.Verified != 2 {
		t.Errorf("T1 received %d closed %d verified %d, want 3 2 2", t1.ComplaintsReceived, t1.ComplaintsClosed, t1.Verified)
	}
	if !reflect.DeepEqual(t1.Sanctions, []int{1}) || !reflect.DeepEqual(t2.Sanctions, []int{1}) {
		t.Errorf("sanctions %v %v, want 待岗 (1) for both (two deducting entries each)", t1.Sanctions, t2.Sanctions)
	}
	var targets []string
	for _, a := range res.Accountability {
		if a.Role == RoleTarget {
			targets = append(targets, a.Person+":"+a.Actions[0])
		}
	}
	if !reflect.DeepEqual(targets, []string{"name-T1:待岗", "name-T2:待岗"}) {
		t.Errorf("target sanctions in the accountability list = %v", targets)
	}
}
