package evaluate

import (
	"reflect"
	"slices"
	"testing"
)

// yearlyRound scores four targets of category A (bottom 2) by hand:
//
//	b1: T1 满意, T2 满意,     T3 不满意, T4 基本满意
//	b2: T1 满意, T2 基本满意, T3 不满意, T4 不满意
//	B = 100, 80, 0, 30; tests all 80, so C = 0.7·B + 24 = 94, 80, 24, 45.
//	Ranks T1 1, T2 2, T4 3, T3 4; bottom 2 = T3, T4.
//	sat = 1, 1, 0, 0.5.
//
// The chibi liability rules hold U2 (T3, T4) to account: its principal
// 诫勉谈话, 通报批评, 书面检查; S2 and S3 诫勉谈话, 通报批评.
func yearlyRound(t *testing.T, escalation []EscalationRule) *Result {
	t.Helper()
	r := smallRules()
	r.Categories[0].Bottom = 2
	r.Escalation = escalation
	round := &Round{
		Targets: []Target{target("T1", "U1", "S1"), target("T2", "U1", "S1"), target("T3", "U2", "S2"), target("T4", "U2", "S3")},
		Tests:   map[string]float64{"T1": 80, "T2": 80, "T3": 80, "T4": 80},
	}
	return mustScore(t, r, round,
		ballot("b1", "党代表", "满意", "满意", "不满意", "基本满意"),
		ballot("b2", "党代表", "满意", "基本满意", "不满意", "不满意"))
}

// lastYear: T1 was unsatisfactory at rank 3 and is now first; T2 is new;
// T3 was last and unsatisfactory with 40% satisfaction; T4 ranked first
// under another name with 45%; T9 has left.
func lastYear() *Previous {
	return &Previous{Year: 2025, Targets: map[string]PreviousTarget{
		"T1": {Name: "name-T1", Rank: 3, Unsatisfactory: true, HasSatisfaction: true, Satisfaction: 0.55},
		"T3": {Name: "name-T3", Rank: 4, Unsatisfactory: true, HasSatisfaction: true, Satisfaction: 0.4},
		"T4": {Name: "someone else", Rank: 1, HasSatisfaction: true, Satisfaction: 0.45},
		"T9": {Name: "name-T9", Rank: 2, Unsatisfactory: true},
	}}
}

func TestApplyPreviousMarksTargets(t *testing.T) {
	res := yearlyRound(t, nil)
	if got := []int{res.Targets[0].Rank, res.Targets[1].Rank, res.Targets[2].Rank, res.Targets[3].Rank}; !slices.Equal(got, []int{1, 2, 4, 3}) {
		t.Fatalf("ranks %v, want the hand-worked 1 2 4 3", got)
	}
	renamed := res.ApplyPrevious(lastYear())
	if !slices.Equal(renamed, []string{"T4"}) {
		t.Errorf("renamed = %v, want [T4]", renamed)
	}
	type view struct {
		has         bool
		prevRank    int
		change      int
		changeOK    bool
		prevUnsat   bool
		consecutive bool
	}
	want := map[string]view{
		"T1": {true, 3, 2, true, true, false},    // unsatisfactory last year only
		"T2": {false, 0, 0, false, false, false}, // new: nothing to compare
		"T3": {true, 4, 0, true, true, true},     // last both years
		"T4": {true, 1, -2, true, false, false},  // fell from 1 to 3
	}
	for i := range res.Targets {
		tr := &res.Targets[i]
		change, ok := tr.RankChange()
		got := view{tr.HasPrevious, tr.PreviousRank, change, ok, tr.PreviousUnsatisfactory, tr.ConsecutiveUnsatisfactory}
		if got != want[tr.ID] {
			t.Errorf("%s: %+v, want %+v", tr.ID, got, want[tr.ID])
		}
		if has := slices.Contains(tr.Flags(), FlagConsecutiveUnsatisfactory); has != want[tr.ID].consecutive {
			t.Errorf("%s: flags %v", tr.ID, tr.Flags())
		}
	}
	if len(res.Accountability) != 3 {
		t.Errorf("without escalation rules the accountability list changed: %d entries, want the 3 of joint liability", len(res.Accountability))
	}
	if res.Previous.Year != 2025 {
		t.Errorf("Previous.Year = %d", res.Previous.Year)
	}
}

func TestEscalation(t *testing.T) {
	rules := []EscalationRule{
		{When: WhenConsecutiveUnsatisfactory, Target: []string{"免职"}, Principal: []string{"书面检查"}},
		// T3 is at 0 then 0.4: below 0.5 both years. T4's 0.5 this year is
		// not below 0.5; T1 is at 1.
		{When: WhenConsecutiveLowSatisfaction, Below: 0.5, Principal: []string{"诫勉谈话", "书面检查"}, Supervisor: []string{"提醒谈话"}},
	}
	res := yearlyRound(t, rules)
	res.ApplyPrevious(lastYear())
	type entry struct {
		person           string
		role             Role
		unit             string
		actions, targets []string
		whens            []Condition
	}
	var got []entry
	for _, a := range res.Accountability {
		var whens []Condition
		for _, tr := range a.Triggers {
			whens = append(whens, tr.When)
		}
		got = append(got, entry{a.Person, a.Role, a.Unit, a.Actions, a.Targets, whens})
	}
	liab := []Condition{"", ""}
	want := []entry{
		{"principal-U2", RolePrincipal, "U2", []string{"诫勉谈话", "通报批评", "书面检查"}, []string{"T3", "T4"}, liab},
		{"S2", RoleSupervisor, "U2", []string{"诫勉谈话", "通报批评"}, []string{"T3"}, liab[:1]},
		{"S3", RoleSupervisor, "U2", []string{"诫勉谈话", "通报批评"}, []string{"T4"}, liab[:1]},
		// Escalation entries follow, apart from the joint-liability ones.
		{"principal-U2", RolePrincipal, "U2", []string{"书面检查", "诫勉谈话"}, []string{"T3"},
			[]Condition{WhenConsecutiveUnsatisfactory, WhenConsecutiveLowSatisfaction}},
		{"S2", RoleSupervisor, "U2", []string{"提醒谈话"}, []string{"T3"}, []Condition{WhenConsecutiveLowSatisfaction}},
		{"name-T3", RoleTarget, "U2", []string{"免职"}, []string{"T3"}, []Condition{WhenConsecutiveUnsatisfactory}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("accountability:\n got %v\nwant %v", got, want)
	}
	for _, a := range res.Accountability[3:] {
		for _, tr := range a.Triggers {
			if !slices.Equal(tr.Targets, []string{"T3"}) || tr.Count != 1 {
				t.Errorf("%s %s: trigger %+v, want targets [T3]", a.Person, a.Role, tr)
			}
		}
	}
}

func TestMeets(t *testing.T) {
	low := EscalationRule{When: WhenConsecutiveLowSatisfaction, Below: 0.6}
	unsat := EscalationRule{When: WhenConsecutiveUnsatisfactory}
	rated := func(status Status, cells int, sat float64) TargetResult {
		return TargetResult{Status: status, BallotFigures: BallotFigures{RatingCells: cells, Satisfaction: sat}}
	}
	ranked := rated(StatusRanked, 40, 0.5)
	prevLow := PreviousTarget{Rank: 7, HasSatisfaction: true, Satisfaction: 0.55}
	tests := []struct {
		name string
		rule EscalationRule
		t    TargetResult
		p    PreviousTarget
		want bool
	}{
		{"low both years", low, ranked, prevLow, true},
		{"at the threshold is not below", low, rated(StatusRanked, 5, 0.6), prevLow, false},
		{"insufficient this year", low, rated(StatusInsufficient, 10, 0.1), prevLow, false},
		{"unranked last year", low, ranked, PreviousTarget{HasSatisfaction: true, Satisfaction: 0.1}, false},
		{"no rate last year", low, ranked, PreviousTarget{Rank: 3}, false},
		{"fine last year", low, ranked, PreviousTarget{Rank: 3, HasSatisfaction: true, Satisfaction: 0.9}, false},
		{"consecutive unsatisfactory", unsat, TargetResult{PreviousStanding: PreviousStanding{ConsecutiveUnsatisfactory: true}}, PreviousTarget{}, true},
		{"unsatisfactory this year only", unsat, TargetResult{Verdict: Verdict{Unsatisfactory: true}}, PreviousTarget{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := meets(tc.rule, &tc.t, tc.p); got != tc.want {
				t.Errorf("meets = %v, want %v", got, tc.want)
			}
		})
	}
}
