package evaluate

import (
	"slices"
	"strings"
	"testing"
)

// violationRound: T1 (U1, supervisor S1) rated best, T2 (U1, S2) next, T3
// (U2, S3) last. T1 has one 查实 entry, T3 one 查实 and T2 one 不实.
func violationRound() (*Round, []Ballot) {
	round := &Round{
		Targets: []Target{target("T1", "U1", "S1"), target("T2", "U1", "S2"), target("T3", "U2", "S3")},
		Tests:   map[string]float64{"T1": 80, "T2": 80, "T3": 80},
		Complaints: []Complaint{{TargetID: "T1", Result: "查实", Where: "投诉台账!B2"}, {TargetID: "T2", Result: "不实", Where: "投诉台账!B3"},
			{TargetID: "T3", Result: "查实", Where: "投诉台账!B4"}},
	}
	return round, []Ballot{
		ballot("b1", "党代表", "满意", "满意", "不满意"),
		ballot("b2", "企业代表", "满意", "基本满意", "不满意"),
	}
}

// entries lists the accountability entries as "role person: actions | proposals".
func entries(res *Result) []string {
	var out []string
	for _, a := range res.Accountability {
		out = append(out, string(a.Role)+" "+a.Person+": "+strings.Join(a.Actions, ",")+" | "+strings.Join(a.Proposals, ","))
	}
	return out
}

// TestViolationsDriveLiabilityAndAwards: 洛阳's rules. A verified violation
// brings 效能告诫 to the violator whatever its rank, proposes accountability
// for its unit's principal and its supervisor (谁分管…追究谁), and costs it
// the award: T1, rated best, is passed over for T2. The unit rule over the
// bottom list decides what the violation rule only proposes for U2's head,
// and the decision stands alone.
func TestViolationsDriveLiabilityAndAwards(t *testing.T) {
	r := smallRules()
	r.Liability = []LiabilityRule{
		{Scope: ScopeViolations, Threshold: 1, Target: []string{"效能告诫"}},
		{Scope: ScopeViolations, Threshold: 1, Principal: []string{"追究领导责任"}, Supervisor: []string{"追究领导责任"}, Proposal: true},
		{Scope: ScopeUnit, Threshold: 1, Principal: []string{"追究领导责任"}},
	}
	r.Awards.ExcludeViolators = true
	round, ballots := violationRound()
	res := mustScore(t, r, round, ballots...)
	want := []string{
		"principal principal-U1:  | 追究领导责任",
		"supervisor S1:  | 追究领导责任",
		"target name-T1: 效能告诫 | ",
		"principal principal-U2: 追究领导责任 | ",
		"supervisor S3:  | 追究领导责任",
		"target name-T3: 效能告诫 | ",
	}
	if got := entries(res); !slices.Equal(got, want) {
		t.Errorf("accountability\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	t1, t2, t3 := res.Targets[0], res.Targets[1], res.Targets[2]
	if t1.Violations != 1 || t2.Violations != 0 || t1.Rank != 1 || t1.Award || !t2.Award || !t3.Unsatisfactory {
		t.Errorf("T1 violations %d rank %d award %v; T2 award %v; T3 unsatisfactory %v: want the award to pass to T2",
			t1.Violations, t1.Rank, t1.Award, t2.Award, t3.Unsatisfactory)
	}
	r.Awards.ExcludeViolators = false
	if res := mustScore(t, r, round, ballots...); !res.Targets[0].Award {
		t.Error("without exclude_violators the best is awarded, violation or not")
	}
}

// TestSanctionsAddressPersons: 警告 and 待岗 reach a target only where its
// category's targets are persons; a sanction of the supervisor reaches a
// unit's supervisor all the same. Rules whose every category is of units
// cannot sanction the target.
func TestSanctionsAddressPersons(t *testing.T) {
	r := smallRules()
	r.Categories = []Category{{Name: "A", Bottom: 0, Awards: 0, Targets: TargetsPerson}, {Name: "B", Targets: TargetsUnit}}
	r.Liability = nil
	r.Complaints.Sanctions = []Sanction{{Min: 1, Action: "警告", To: RoleTarget}, {Min: 2, Action: "待岗", To: RoleTarget}, {Min: 1, Action: "诫勉谈话", To: RoleSupervisor}}
	round, ballots := violationRound()
	round.Targets[2].Category = "B"
	round.Complaints = append(round.Complaints, Complaint{TargetID: "T1", Result: "一票否决", Where: "投诉台账!B5"})
	res := mustScore(t, r, round, ballots...)
	want := []string{
		"supervisor S1: 诫勉谈话 | ",
		"target name-T1: 待岗 | ",
		"supervisor S3: 诫勉谈话 | ",
	}
	if got := entries(res); !slices.Equal(got, want) {
		t.Errorf("accountability\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	r.Categories[0].Targets = TargetsUnit
	err := r.Validate()
	if err == nil || !strings.Contains(err.Error(), `complaints.sanctions[0].to: "警告" is a sanction of a person, and every category's targets are units`) {
		t.Errorf("a unit round sanctioning the target: %v", err)
	}
	r.Categories[0].Targets = ""
	if err := r.Validate(); err == nil || !strings.Contains(err.Error(), "categories[0].targets: must say whether") {
		t.Errorf("a category that does not say what its targets are: %v", err)
	}
	r.Complaints.Sanctions[0].To = "unit"
	if err := r.Validate(); err == nil || !strings.Contains(err.Error(), "complaints.sanctions[0].to: unknown") {
		t.Errorf("a sanction to nobody known: %v", err)
	}
}

// TestHandlingStatus: with statuses listed, the 办理状态 column says whether
// an entry is handled, apart from its 核查结果: a verified complaint still
// being handled deducts and is open.
func TestHandlingStatus(t *testing.T) {
	r := smallRules()
	for i := range r.Complaints.Results {
		r.Complaints.Results[i].Closed = false
	}
	r.Complaints.Statuses = []HandlingStatus{{Name: "已办结", Closed: true}, {Name: "办理中"}}
	round, ballots := violationRound()
	round.Complaints[0].Status = "办理中"
	round.Complaints[1].Status = "已办结"
	round.Complaints[2].Status = "已办结"
	res := mustScore(t, r, round, ballots...)
	h := res.Handling()
	if h.Received != 3 || h.Closed != 2 || len(h.Units) != 2 || h.Units[0] != (HandlingCount{"U1", 2, 1}) || h.Units[1] != (HandlingCount{"U2", 1, 1}) ||
		len(h.Targets) != 3 || h.Targets[0] != (HandlingCount{"T1", 1, 0}) {
		t.Errorf("handling = %+v", h)
	}
	if rate, ok := h.Rate(); !ok || rate != 2.0/3 {
		t.Errorf("办结率 %v", rate)
	}
	if t1 := res.Targets[0]; t1.Verified != 1 || t1.Deduction == 0 || res.Ledger[0].Closed || !res.Ledger[1].Closed {
		t.Errorf("T1: verified %d, deduction %v, first entry closed %v", t1.Verified, t1.Deduction, res.Ledger[0].Closed)
	}

	round.Complaints[0].Status, round.Complaints[0].StatusWhere = "待办", "投诉台账!C2"
	tally := NewTally(r, len(round.Targets))
	for _, b := range ballots {
		tally.Add(b)
	}
	if _, err := Score(r, round, tally); err == nil || !strings.Contains(err.Error(), `投诉台账!C2: 办理状态 "待办" is not one of 已办结/办理中`) {
		t.Errorf("an unknown status: %v", err)
	}
	r.Complaints.Results[0].Closed = true
	if err := r.Validate(); err == nil || !strings.Contains(err.Error(), "complaints.results[0].closed: with handling statuses") {
		t.Errorf("closed said twice: %v", err)
	}
}

// TestQuestions: 知晓率 asked on the ballot. Answers count on valid
// ballots only, per group; an answer not offered makes the ballot invalid;
// a ballot that only answers is no blank ballot; a ballot taken back by a
// later keying takes its answer back too.
func TestQuestions(t *testing.T) {
	r := smallRules()
	r.Questions = []Question{{Name: "知晓率", Answers: []string{"知道", "不知道"}, Rate: []string{"知道"}}}
	answer := func(b Ballot, v string) Ballot {
		b.Answers = []Answer{{Question: 0, Value: v, Col: 9}}
		return b
	}
	tally := NewTally(r, 1)
	tally.Add(answer(ballot("b1", "党代表", "满意"), "知道"))
	tally.Add(answer(ballot("b2", "党代表", "满意"), "不知道"))
	tally.Add(answer(ballot("b3", "企业代表"), "知道"))             // answers only: valid
	p := tally.Add(answer(ballot("b4", "企业代表", "满意"), "听说过")) // not an answer
	tally.Add(answer(ballot("b5", "社会人士", "满意"), "知道"))
	tally.Add(answer(ballot("b5", "社会人士", "不满意"), "知道")) // b5 keyed again, other contents
	if len(p) != 1 || p[0].Kind != ProblemBadAnswer || p[0].Ref != "选票!J0" || p[0].Value != "听说过" {
		t.Errorf("b4 problems %+v", p)
	}
	tally.Retract(answer(ballot("b5", "社会人士", "满意"), "知道"))
	q := tally.Questions()[0]
	if q.Total.Answered != 3 || q.Total.InRate != 2 || q.Groups[0].Counts[0] != 1 || q.Groups[0].Counts[1] != 1 ||
		q.Groups[3].Answered != 1 || q.Groups[4].Answered != 0 {
		t.Errorf("answers %+v", q)
	}
	if rate, ok := q.Total.Rate(); !ok || rate != 2.0/3 {
		t.Errorf("知晓率 %v", rate)
	}
	if share, ok := q.Groups[0].Share(1); !ok || share != 0.5 {
		t.Errorf("党代表 不知道 share %v", share)
	}
	if rec := tally.Reconciliation(); rec.Valid != 3 || rec.Invalid != 2 {
		t.Errorf("valid %d invalid %d, want 3 and 2", rec.Valid, rec.Invalid)
	}

	r.Questions[0].Rate = []string{"听说过"}
	r.Questions = append(r.Questions, Question{Name: "知晓率", Answers: []string{"是"}})
	err := r.Validate()
	for _, want := range []string{`questions[0].rate[0]: "听说过" is not an answer`, `questions[1].name: "知晓率" is already used`,
		"questions[1].answers: needs two answers at least, got 1", "questions[1].rate: must list the answers"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("want …%s…, got %v", want, err)
		}
	}
}
