package evaluate

import "sort"

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
	type key struct {
		role         Role
		unit, person string
	}
	entries := map[key]*Accountability{}
	unitOrder := map[string]int{}
	for _, t := range targets {
		if _, seen := unitOrder[t.Unit]; !seen {
			unitOrder[t.Unit] = len(unitOrder)
		}
	}
	give := func(role Role, person, personKey string, actions []string, t *TargetResult, ri int, rule EscalationRule) {
		if len(actions) == 0 {
			return
		}
		k := key{role, t.Unit, personKey}
		e := entries[k]
		if e == nil {
			e = &Accountability{Person: person, Role: role, Unit: t.Unit}
			entries[k] = e
		}
		e.Actions = appendNew(e.Actions, actions...)
		e.Targets = appendNew(e.Targets, t.ID)
		for i := range e.Triggers {
			if e.Triggers[i].Rule == ri {
				e.Triggers[i].Targets = appendNew(e.Triggers[i].Targets, t.ID)
				e.Triggers[i].Count = len(e.Triggers[i].Targets)
				return
			}
		}
		e.Triggers = append(e.Triggers, Trigger{Rule: ri, When: rule.When, Count: 1, Targets: []string{t.ID}})
	}
	for ri, rule := range rules.Escalation {
		for i := range targets {
			t := &targets[i]
			p, ok := prev.Targets[t.ID]
			if !ok || !meets(rule, t, p) {
				continue
			}
			give(RolePrincipal, t.Principal, t.Principal, rule.Principal, t, ri, rule)
			give(RoleSupervisor, t.Supervisor, t.Supervisor, rule.Supervisor, t, ri, rule)
			give(RoleTarget, t.Name, t.ID, rule.Target, t, ri, rule)
		}
	}
	out := make([]Accountability, 0, len(entries))
	for _, e := range entries {
		out = append(out, *e)
	}
	roleOrder := map[Role]int{RolePrincipal: 0, RoleSupervisor: 1, RoleTarget: 2}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Unit != b.Unit {
			return unitOrder[a.Unit] < unitOrder[b.Unit]
		}
		if a.Role != b.Role {
			return roleOrder[a.Role] < roleOrder[b.Role]
		}
		if a.Person != b.Person {
			return a.Person < b.Person
		}
		return a.Targets[0] < b.Targets[0]
	})
	return out
}
