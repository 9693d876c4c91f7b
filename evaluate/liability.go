package evaluate

// liability applies the joint-liability rules to the confirmed unsatisfactory
// targets (vetoes included; pending targets are not confirmed), the rules
// by violations to the targets with verified ledger entries, and the
// personnel sanctions to the persons they address. Each leader gets one entry per
// role, collecting the actions of every rule that reached them in rule
// order, without repeats, and the targets that caused them. Entries are
// ordered by the roster order of the unit, principal first.
func liability(rules *Rules, targets []TargetResult, standings []Standing) []Accountability {
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
	ids := func(ts []*TargetResult) []string {
		out := make([]string, len(ts))
		for i, t := range ts {
			out[i] = t.ID
		}
		return out
	}

	list := newAccountabilityList(targets)
	for ri, rule := range rules.Liability {
		switch rule.Scope {
		case ScopeUnit:
			for _, unit := range unitOrder {
				hit := byUnit[unit]
				if len(hit) < rule.Threshold {
					continue
				}
				tr := Trigger{Rule: ri, Scope: rule.Scope, Threshold: rule.Threshold, Count: len(hit), Proposal: rule.Proposal}
				list.give(RolePrincipal, hit[0], rule.Principal, ids(hit), tr)
				for _, t := range hit {
					list.give(RoleSupervisor, t, rule.Supervisor, []string{t.ID}, tr)
					list.give(RoleTarget, t, rule.Target, []string{t.ID}, tr)
				}
			}
		case ScopeSupervisor:
			for _, s := range supervisorOrder {
				hit := bySupervisor[s]
				if len(hit) < rule.Threshold {
					continue
				}
				tr := Trigger{Rule: ri, Scope: rule.Scope, Threshold: rule.Threshold, Count: len(hit), Proposal: rule.Proposal}
				list.give(RolePrincipal, hit[0], rule.Principal, ids(hit), tr)
				list.give(RoleSupervisor, hit[0], rule.Supervisor, ids(hit), tr)
				for _, t := range hit {
					list.give(RoleTarget, t, rule.Target, []string{t.ID}, tr)
				}
			}
		case ScopeRank:
			for i := range targets {
				t := &targets[i]
				if t.Status != StatusRanked || placeFromBottom(rules, standings, i) != rule.Position || !placeReaches(rules, standings, i) {
					continue
				}
				tr := Trigger{Rule: ri, Scope: rule.Scope, Threshold: rule.Position, Count: rule.Position, Proposal: rule.Proposal}
				for _, role := range []Role{RolePrincipal, RoleSupervisor, RoleTarget} {
					list.give(role, t, rule.actions(role), []string{t.ID}, tr)
				}
			}
		case ScopeViolations:
			// A violation is the violator's, whatever its rank or status,
			// and its leaders': 谁分管…追究谁.
			for i := range targets {
				t := &targets[i]
				if t.Violations < rule.Threshold {
					continue
				}
				tr := Trigger{Rule: ri, Scope: rule.Scope, Threshold: rule.Threshold, Count: t.Violations, Targets: []string{t.ID}, Proposal: rule.Proposal}
				for _, role := range []Role{RolePrincipal, RoleSupervisor, RoleTarget} {
					list.give(role, t, rule.actions(role), []string{t.ID}, tr)
				}
			}
		}
	}
	// Personnel sanctions (警告, 待岗) by the number of violations, each to
	// the person it addresses.
	for i := range targets {
		t := &targets[i]
		for _, si := range t.Sanctions {
			s := rules.Complaints.Sanctions[si]
			list.give(s.To, t, []string{s.Action}, []string{t.ID}, Trigger{Rule: si, Scope: ScopeComplaints, Count: t.Violations, Targets: []string{t.ID}})
		}
	}
	return list.list()
}

// actions are the rule's actions for a role.
func (r LiabilityRule) actions(role Role) []string {
	switch role {
	case RolePrincipal:
		return r.Principal
	case RoleSupervisor:
		return r.Supervisor
	}
	return r.Target
}

// placeFromBottom is 1 for the last of a category, and one more for each
// ranked target worse than target i; tied targets share a place.
func placeFromBottom(rules *Rules, standings []Standing, i int) int {
	place := 1
	t := &standings[i]
	for j := range standings {
		o := &standings[j]
		if o.Category == t.Category && o.Ranked && compare(o, t, rules.TieBreak) > 0 {
			place++
		}
	}
	return place
}

// placeReaches reports whether a consequence by place from the bottom may
// reach target i: as for the bottom list, a place by rank is at most
// RankLimit of the category's ranked targets and never its top. Beyond it
// the rule is withheld, and a warning says so.
func placeReaches(rules *Rules, standings []Standing, i int) bool {
	t := &standings[i]
	ranked, top := 0, true
	for j := range standings {
		o := &standings[j]
		if o.Category != t.Category || !o.Ranked {
			continue
		}
		ranked++
		if compare(o, t, rules.TieBreak) < 0 {
			top = false
		}
	}
	return !top && placeFromBottom(rules, standings, i) <= RankLimit(rules, ranked)
}
