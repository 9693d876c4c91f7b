package evaluate

import "sort"

// liability applies the joint-liability rules to the confirmed unsatisfactory
// targets (vetoes included; tie-pending targets are not confirmed). Each
// leader gets one entry per role, collecting the actions of every rule that
// reached them in rule order, without repeats, and the targets that caused
// them. Entries are ordered by the roster order of the unit, principal first.
func liability(rules *Rules, targets []TargetResult) []Accountability {
	type scope struct{ unit, supervisor string }
	var unitOrder []string
	byUnit := map[string][]*TargetResult{}
	bySupervisor := map[scope][]*TargetResult{}
	var supervisorOrder []scope
	for i := range targets {
		t := &targets[i]
		if _, seen := byUnit[t.Unit]; !seen {
			unitOrder = append(unitOrder, t.Unit)
			byUnit[t.Unit] = nil
		}
		if !t.Unsatisfactory {
			continue
		}
		byUnit[t.Unit] = append(byUnit[t.Unit], t)
		s := scope{t.Unit, t.Supervisor}
		if _, seen := bySupervisor[s]; !seen {
			supervisorOrder = append(supervisorOrder, s)
		}
		bySupervisor[s] = append(bySupervisor[s], t)
	}

	type key struct {
		role         Role
		unit, person string
	}
	entries := map[key]*Accountability{}
	give := func(role Role, unit, person string, actions []string, cause []*TargetResult, tr Trigger) {
		if len(actions) == 0 {
			return
		}
		k := key{role, unit, person}
		e := entries[k]
		if e == nil {
			e = &Accountability{Person: person, Role: role, Unit: unit}
			entries[k] = e
		}
		e.Actions = appendNew(e.Actions, actions...)
		for _, t := range cause {
			e.Targets = appendNew(e.Targets, t.ID)
		}
		// A unit rule reaches a supervisor once per target; record it once.
		for _, seen := range e.Triggers {
			if seen.Rule == tr.Rule {
				return
			}
		}
		e.Triggers = append(e.Triggers, tr)
	}

	for ri, rule := range rules.Liability {
		switch rule.Scope {
		case ScopeUnit:
			for _, unit := range unitOrder {
				hit := byUnit[unit]
				if len(hit) < rule.Threshold {
					continue
				}
				tr := Trigger{Rule: ri, Scope: rule.Scope, Threshold: rule.Threshold, Count: len(hit)}
				give(RolePrincipal, unit, hit[0].Principal, rule.Principal, hit, tr)
				for _, t := range hit {
					give(RoleSupervisor, unit, t.Supervisor, rule.Supervisor, []*TargetResult{t}, tr)
					give(RoleTarget, unit, t.Name, rule.Target, []*TargetResult{t}, tr)
				}
			}
		case ScopeSupervisor:
			for _, s := range supervisorOrder {
				hit := bySupervisor[s]
				if len(hit) < rule.Threshold {
					continue
				}
				tr := Trigger{Rule: ri, Scope: rule.Scope, Threshold: rule.Threshold, Count: len(hit)}
				give(RolePrincipal, s.unit, hit[0].Principal, rule.Principal, hit, tr)
				give(RoleSupervisor, s.unit, s.supervisor, rule.Supervisor, hit, tr)
				for _, t := range hit {
					give(RoleTarget, s.unit, t.Name, rule.Target, []*TargetResult{t}, tr)
				}
			}
		case ScopeRank:
			for i := range targets {
				t := &targets[i]
				if t.Status != StatusRanked || placeFromBottom(rules, targets, t) != rule.Position {
					continue
				}
				tr := Trigger{Rule: ri, Scope: rule.Scope, Threshold: rule.Position, Count: rule.Position}
				hit := []*TargetResult{t}
				give(RolePrincipal, t.Unit, t.Principal, rule.Principal, hit, tr)
				give(RoleSupervisor, t.Unit, t.Supervisor, rule.Supervisor, hit, tr)
				give(RoleTarget, t.Unit, t.Name, rule.Target, hit, tr)
			}
		}
	}
	// Complaint-count sanctions (警告, 待岗) fall on the target itself.
	for i := range targets {
		if t := &targets[i]; t.Sanction != "" {
			give(RoleTarget, t.Unit, t.Name, []string{t.Sanction}, []*TargetResult{t},
				Trigger{Rule: -1, Scope: ScopeComplaints, Count: t.Verified})
		}
	}

	var out []Accountability
	for _, unit := range unitOrder {
		for _, role := range []Role{RolePrincipal, RoleSupervisor, RoleTarget} {
			var people []string
			for k := range entries {
				if k.unit == unit && k.role == role {
					people = append(people, k.person)
				}
			}
			sort.Strings(people)
			for _, p := range people {
				out = append(out, *entries[key{role, unit, p}])
			}
		}
	}
	return out
}

// appendNew appends the values not already in list, keeping order.
func appendNew(list []string, values ...string) []string {
	for _, v := range values {
		found := false
		for _, x := range list {
			found = found || x == v
		}
		if !found {
			list = append(list, v)
		}
	}
	return list
}

// placeFromBottom is 1 for the last of a category, and one more for each
// ranked target worse than t; tied targets share a place.
func placeFromBottom(rules *Rules, targets []TargetResult, t *TargetResult) int {
	place := 1
	for i := range targets {
		o := &targets[i]
		if o.Category == t.Category && o.Status == StatusRanked && compare(o, t, rules.TieBreak) > 0 {
			place++
		}
	}
	return place
}
