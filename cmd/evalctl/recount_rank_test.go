package main

import (
	"cmp"
	"math"
)

// rcCompare orders a before b (<0) when a ranks higher: non-veto first, then
// the final score to 4 decimals, then satisfaction, then a lower 不满意 share.
// Shares are compared by cross-multiplying counts, so equal shares are equal.
func rcCompare(a, b *rcTarget) int {
	if a.veto != b.veto {
		if a.veto {
			return 1
		}
		return -1
	}
	if c := cmp.Compare(math.Round(b.final*1e4), math.Round(a.final*1e4)); c != 0 {
		return c
	}
	if c := cmp.Compare(b.sat*a.cells, a.sat*b.cells); c != 0 {
		return c
	}
	return cmp.Compare(a.lowest*b.cells, b.lowest*a.cells)
}

// rcCount counts the targets of list that stand in relation want (-1 better,
// 0 tied, +1 worse) to t; t itself counts as tied.
func rcCount(list []*rcTarget, t *rcTarget, want int) int {
	n := 0
	for _, o := range list {
		if cmp.Compare(rcCompare(o, t), 0) == want {
			n++
		}
	}
	return n
}

// rcRankBottomAwards ranks one category, marks its bottom list and awards.
func rcRankBottomAwards(in []*rcTarget, bottom int) {
	var ranked, candidates []*rcTarget
	vetoes := 0
	for _, t := range in {
		// Every veto is unsatisfactory; a ranked veto holds one of the lowest
		// ranks and so one of the N places, an unranked one holds none.
		t.unsat = t.veto
		if t.status == "ranked" {
			ranked = append(ranked, t)
			if t.veto {
				vetoes++
			} else {
				candidates = append(candidates, t)
			}
		}
	}
	for _, t := range ranked {
		t.rank = 1 + rcCount(ranked, t, -1) // competition ranking: 1, 2, 2, 4
		t.categorySize = len(ranked)
	}
	// Worst first, candidate t occupies places below+1 … below+tied.
	m := bottom - vetoes
	for _, t := range candidates {
		below, tied := rcCount(candidates, t, 1), rcCount(candidates, t, 0)
		switch {
		case m <= 0:
		case below+tied <= m:
			t.unsat = true
		case below < m:
			t.tie = true
		}
	}
	var eligible []*rcTarget
	for _, t := range candidates {
		if !t.unsat && !t.tie {
			eligible = append(eligible, t)
		}
	}
	for _, t := range eligible {
		better, tied := rcCount(eligible, t, -1), rcCount(eligible, t, 0)
		t.award = better < rcAwards
		t.tieAward = t.award && better+tied > rcAwards
		t.reserve = t.award && t.test >= rcReserveTest
	}
}

// rcLiability applies the joint-liability rules to the confirmed
// unsatisfactory targets.
func rcLiability(res *rcResult) {
	add := func(person, role, unit string, causes []*rcTarget, actions ...string) {
		k := rcKey{person, role, unit}
		if res.actions[k] == nil {
			res.actions[k], res.causes[k] = map[string]bool{}, map[string]bool{}
		}
		for _, a := range actions {
			res.actions[k][a] = true
		}
		for _, c := range causes {
			res.causes[k][c.id] = true
		}
	}
	byUnit := map[string][]*rcTarget{}
	for _, t := range res.targets {
		if t.unsat {
			byUnit[t.unit] = append(byUnit[t.unit], t)
		}
	}
	for unit, ts := range byUnit {
		add(ts[0].principal, "principal", unit, ts, "诫勉谈话", "通报批评")
		if len(ts) >= 2 {
			add(ts[0].principal, "principal", unit, ts, "书面检查")
		}
		bySupervisor := map[string][]*rcTarget{}
		for _, t := range ts {
			add(t.supervisor, "supervisor", unit, []*rcTarget{t}, "诫勉谈话", "通报批评")
			bySupervisor[t.supervisor] = append(bySupervisor[t.supervisor], t)
		}
		for sup, sts := range bySupervisor {
			if len(sts) >= 2 {
				add(sup, "supervisor", unit, sts, "免职")
			}
		}
	}
}
