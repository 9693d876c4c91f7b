package evaluate

import (
	"slices"
	"sort"
)

// accountabilityList gathers the actions rules give to people: one entry per
// person and role within a unit, with the actions of every rule that
// reached them in rule order, without repeats, the targets behind them, and
// one trigger per rule.
type accountabilityList struct {
	unitOrder map[string]int // units in roster order
	entries   map[accountKey]*Accountability
}

// accountKey names one entry. A target is known by its ID, a leader by name.
type accountKey struct {
	role       Role
	unit, whom string
}

func newAccountabilityList(targets []TargetResult) *accountabilityList {
	l := &accountabilityList{unitOrder: map[string]int{}, entries: map[accountKey]*Accountability{}}
	for _, t := range targets {
		if _, seen := l.unitOrder[t.Unit]; !seen {
			l.unitOrder[t.Unit] = len(l.unitOrder)
		}
	}
	return l
}

// give adds the actions for a role about target t (the principal of t's
// unit, t's supervisor, or t itself), caused by the targets named, under the
// trigger: as decisions, or as proposals when the trigger's rule proposes
// (an action decided by one rule is not also proposed by another). A rule
// that reaches an entry again adds its targets to the trigger it already
// has.
func (l *accountabilityList) give(role Role, t *TargetResult, actions []string, causes []string, tr Trigger) {
	if len(actions) == 0 {
		return
	}
	person, whom := t.Principal, t.Principal
	switch role {
	case RoleSupervisor:
		person, whom = t.Supervisor, t.Supervisor
	case RoleTarget:
		person, whom = t.Name, t.ID
	}
	k := accountKey{role, t.Unit, whom}
	e := l.entries[k]
	if e == nil {
		e = &Accountability{Person: person, Role: role, Unit: t.Unit}
		l.entries[k] = e
	}
	if tr.Proposal {
		for _, a := range actions {
			if !slices.Contains(e.Actions, a) {
				e.Proposals = appendNew(e.Proposals, a)
			}
		}
	} else {
		e.Actions = appendNew(e.Actions, actions...)
		// An action decided is no longer only proposed.
		e.Proposals = slices.DeleteFunc(e.Proposals, func(a string) bool { return slices.Contains(actions, a) })
	}
	e.Targets = appendNew(e.Targets, causes...)
	for i := range e.Triggers {
		if seen := &e.Triggers[i]; seen.Rule == tr.Rule && seen.When == tr.When && seen.Scope == tr.Scope {
			if len(tr.Targets) > 0 {
				seen.Targets = appendNew(seen.Targets, tr.Targets...)
				seen.Count = len(seen.Targets)
			}
			return
		}
	}
	e.Triggers = append(e.Triggers, tr)
}

// list returns the entries by the roster order of their unit, principal
// first, then supervisors, then targets, each by name.
func (l *accountabilityList) list() []Accountability {
	out := make([]Accountability, 0, len(l.entries))
	for _, e := range l.entries {
		out = append(out, *e)
	}
	roleOrder := map[Role]int{RolePrincipal: 0, RoleSupervisor: 1, RoleTarget: 2}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Unit != b.Unit {
			return l.unitOrder[a.Unit] < l.unitOrder[b.Unit]
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

// appendNew appends the values not already in list, keeping order.
func appendNew(list []string, values ...string) []string {
	for _, v := range values {
		if !slices.Contains(list, v) {
			list = append(list, v)
		}
	}
	return list
}
