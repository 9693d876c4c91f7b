package evaluate

// Previous is the previous round's results as plain data, keyed by target
// ID: what comparing a round with the one before needs. Package ingest reads
// it from evalctl's own results workbook or JSON.
type Previous struct {
	// Year is the previous round's year, 0 when unknown.
	Year    int
	Targets map[string]PreviousTarget
}

// PreviousTarget is one target's standing in the previous round.
type PreviousTarget struct {
	Name            string
	Rank            int // 0 when not ranked
	Unsatisfactory  bool
	HasSatisfaction bool
	Satisfaction    float64
	HasFinal        bool
	Final           float64
}

// ApplyPrevious compares a scored result with the previous round: each
// target found there by ID gets its previous rank and verdict, and the flag
// consecutive_unsatisfactory when it is unsatisfactory in both; then the
// escalation rules add their entries to the accountability list, after the
// joint-liability entries. Call it once, after Score.
//
// It returns, in roster order, the IDs of the targets matched whose name
// differs between the rounds, for the caller to warn about: a 编号 reused for
// another person would carry someone else's record.
func (r *Result) ApplyPrevious(prev *Previous) (renamed []string) {
	r.Previous = prev
	for i := range r.Targets {
		t := &r.Targets[i]
		p, ok := prev.Targets[t.ID]
		if !ok {
			continue
		}
		t.HasPrevious = true
		t.PreviousRank = p.Rank
		t.PreviousUnsatisfactory = p.Unsatisfactory
		t.ConsecutiveUnsatisfactory = t.Unsatisfactory && p.Unsatisfactory
		if p.Name != "" && p.Name != t.Name {
			renamed = append(renamed, t.ID)
		}
	}
	r.Accountability = append(r.Accountability, escalate(r.Rules, r.Targets, prev)...)
	return renamed
}

// meets reports whether target t, with its previous standing p, meets the
// escalation rule's condition in both rounds. Pending ties are not
// unsatisfactory; a low satisfaction rate counts only for a ranked target,
// whose rate rests on at least min_ratings ballots.
func meets(rule EscalationRule, t *TargetResult, p PreviousTarget) bool {
	switch rule.When {
	case WhenConsecutiveUnsatisfactory:
		return t.ConsecutiveUnsatisfactory
	case WhenConsecutiveLowSatisfaction:
		return t.Status == StatusRanked && t.RatingCells > 0 && t.Satisfaction < rule.Below &&
			p.Rank > 0 && p.HasSatisfaction && p.Satisfaction < rule.Below
	}
	return false
}

// escalate applies the escalation rules. Each person gets one entry per role
// with the actions of every escalation rule that reached them, in rule
// order, and one trigger per rule naming the targets behind it. Escalation
// entries stand apart from joint-liability entries, so each entry has one
// kind of ground; a leader reached by both has one entry for each.
func escalate(rules *Rules, targets []TargetResult, prev *Previous) []Accountability {
	list := newAccountabilityList(targets)
	for ri, rule := range rules.Escalation {
		for i := range targets {
			t := &targets[i]
			p, ok := prev.Targets[t.ID]
			if !ok || !meets(rule, t, p) {
				continue
			}
			tr := Trigger{Rule: ri, When: rule.When, Count: 1, Targets: []string{t.ID}}
			list.give(RolePrincipal, t, rule.Principal, []string{t.ID}, tr)
			list.give(RoleSupervisor, t, rule.Supervisor, []string{t.ID}, tr)
			list.give(RoleTarget, t, rule.Target, []string{t.ID}, tr)
		}
	}
	return list.list()
}
