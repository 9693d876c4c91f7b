package evaluate

import (
	"math"
	"sort"
)

// scoreKey is the final score rounded to four decimals, as an integer, so
// that float noise never splits scores that are equal as published.
func scoreKey(f float64) int64 { return int64(math.Round(f * 1e4)) }

// compare orders two targets best first: non-veto before veto, then by final
// score, then by the tie-break criteria. It returns <0, 0 or >0; 0 means tied
// for rank. Ratios are compared by cross-multiplying their integer counts, so
// equal rates are exactly equal.
func compare(a, b *TargetResult, order []TieBreak) int {
	if a.Veto != b.Veto {
		if a.Veto {
			return 1
		}
		return -1
	}
	if ka, kb := scoreKey(a.Final), scoreKey(b.Final); ka != kb {
		if ka > kb {
			return -1
		}
		return 1
	}
	for _, tb := range order {
		var c int
		switch tb {
		case TieSatisfaction: // higher first
			c = cmpRatio(b.Satisfied, b.RatingCells, a.Satisfied, a.RatingCells)
		case TieLowestShare: // lower first
			c = cmpRatio(a.LowestCount, a.RatingCells, b.LowestCount, b.RatingCells)
		case TieBallotScore: // higher first
			c = cmpKey(scoreKey(b.BallotScore), scoreKey(a.BallotScore))
		case TieTest: // higher first
			c = cmpKey(scoreKey(b.Test), scoreKey(a.Test))
		}
		if c != 0 {
			return c
		}
	}
	return 0
}

func cmpKey(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// cmpRatio compares p/q with r/s for non-negative counts; an empty ratio
// (q or s = 0) counts as 0.
func cmpRatio(p, q, r, s int) int {
	if q == 0 {
		p, q = 0, 1
	}
	if s == 0 {
		r, s = 0, 1
	}
	x, y := int64(p)*int64(s), int64(r)*int64(q)
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// sortBestFirst sorts targets best first; tied targets keep ID order so that
// listings are deterministic.
func sortBestFirst(ts []*TargetResult, order []TieBreak) {
	sort.SliceStable(ts, func(i, j int) bool {
		if c := compare(ts[i], ts[j], order); c != 0 {
			return c < 0
		}
		return ts[i].ID < ts[j].ID
	})
}

// sortWorstFirst sorts targets worst first, tied targets in ID order.
func sortWorstFirst(ts []*TargetResult, order []TieBreak) {
	sort.SliceStable(ts, func(i, j int) bool {
		if c := compare(ts[i], ts[j], order); c != 0 {
			return c > 0
		}
		return ts[i].ID < ts[j].ID
	})
}

// rank gives competition ranks within each category and marks the bottom
// list.
func rank(res *Result) {
	for _, cat := range res.Rules.Categories {
		var ranked []*TargetResult
		rankedVetoes := 0
		for i := range res.Targets {
			t := &res.Targets[i]
			if t.Category != cat.Name {
				continue
			}
			// A veto makes the target unsatisfactory whatever its score,
			// even when too few ratings exist to rank it.
			t.Unsatisfactory = t.Veto
			if t.Status == StatusRanked {
				ranked = append(ranked, t)
				if t.Veto {
					rankedVetoes++
				}
			}
		}
		sortBestFirst(ranked, res.Rules.TieBreak)
		for i := range res.Targets {
			if res.Targets[i].Category == cat.Name {
				res.Targets[i].CategorySize = len(ranked) // unranked targets too: "of how many"
			}
		}
		for i, t := range ranked {
			t.Rank = i + 1
			if i > 0 && compare(ranked[i-1], t, res.Rules.TieBreak) == 0 {
				t.Rank = ranked[i-1].Rank
			}
		}
		// Ranked vetoes hold the lowest ranks, so they take places of the
		// bottom N. An unranked veto is unsatisfactory too, but it holds no
		// rank and takes no place: the lowest ranked still answer for theirs.
		n := max(cat.Bottom, int(math.Ceil(cat.BottomShare*float64(len(ranked))-1e-9)))
		candidates := ranked
		if cat.OnlyBelow != nil {
			candidates = nil
			for _, t := range ranked {
				if t.Veto || cat.OnlyBelow.met(t) {
					candidates = append(candidates, t)
				}
			}
		}
		markBottom(candidates, n-rankedVetoes, res.Rules.TieBreak)
		if cat.AlsoBelow != nil {
			for _, t := range ranked {
				if !t.Unsatisfactory && cat.AlsoBelow.met(t) {
					t.Unsatisfactory, t.BelowThreshold = true, true
				}
			}
		}
	}
}

// met reports whether a target meets any threshold that is set. Scores are
// compared at four decimals, as ranks are; rates exactly.
func (th *Thresholds) met(t *TargetResult) bool {
	switch {
	case th.Final != nil && scoreKey(t.Final) < scoreKey(*th.Final):
		return true
	case th.Satisfaction != nil && t.RatingCells > 0 && t.Satisfaction < *th.Satisfaction:
		return true
	case th.LowestShare != nil && t.RatingCells > 0 && t.LowestShare > *th.LowestShare:
		return true
	}
	return false
}

// markBottom confirms the n lowest ranked non-veto targets as unsatisfactory.
// When a tie straddles the cutoff, every tied target is flagged instead and
// none of them is confirmed: only those strictly below the tie are.
func markBottom(bestFirst []*TargetResult, n int, order []TieBreak) {
	var candidates []*TargetResult
	for _, t := range bestFirst {
		if !t.Veto {
			candidates = append(candidates, t)
		}
	}
	if n <= 0 || len(candidates) == 0 {
		return
	}
	worst := make([]*TargetResult, len(candidates))
	for i, t := range candidates {
		worst[len(candidates)-1-i] = t
	}
	if n >= len(worst) {
		for _, t := range worst {
			t.Unsatisfactory = true
		}
		return
	}
	cut := worst[n-1]
	straddles := compare(cut, worst[n], order) == 0
	for _, t := range worst[:n] {
		if straddles && compare(t, cut, order) == 0 {
			break
		}
		t.Unsatisfactory = true
	}
	if straddles {
		for _, t := range worst {
			if compare(t, cut, order) == 0 {
				t.TieAtCutoff = true
			}
		}
	}
}

// awards gives the honour to the top ranked targets, per category or
// overall, that are neither unsatisfactory nor pending at the bottom cutoff
// and meet the award thresholds. A tie across the award cutoff awards every
// tied target and flags them, rather than picking.
func awards(res *Result) {
	a := res.Rules.Awards
	eligible := func(t *TargetResult) bool {
		return t.Status == StatusRanked && !t.Unsatisfactory && !t.TieAtCutoff && !t.Veto &&
			scoreKey(t.Final) >= scoreKey(a.MinFinal) && (a.MinSatisfaction == 0 || t.Satisfaction >= a.MinSatisfaction)
	}
	if a.Overall > 0 {
		var all []*TargetResult
		for i := range res.Targets {
			if t := &res.Targets[i]; eligible(t) {
				all = append(all, t)
			}
		}
		award(res, all, a.Overall, a.Name)
		return
	}
	for _, cat := range res.Rules.Categories {
		var list []*TargetResult
		for i := range res.Targets {
			if t := &res.Targets[i]; t.Category == cat.Name && eligible(t) {
				list = append(list, t)
			}
		}
		ranked := 0
		for i := range res.Targets {
			if res.Targets[i].Category == cat.Name && res.Targets[i].Status == StatusRanked {
				ranked++
			}
		}
		n := max(cat.Awards, int(math.Ceil(cat.AwardShare*float64(ranked)-1e-9)))
		name := a.Name
		if cat.AwardName != "" {
			name = cat.AwardName
		}
		award(res, list, n, name)
	}
}

// award honours the n best of list, and everyone tied with the n-th.
func award(res *Result, list []*TargetResult, n int, name string) {
	if n == 0 {
		return
	}
	order := res.Rules.TieBreak
	sortBestFirst(list, order)
	for i, t := range list {
		if i >= n && compare(list[n-1], t, order) != 0 {
			break
		}
		t.Award, t.AwardName = true, name
		t.TieAtAward = i >= n || (len(list) > n && compare(t, list[n], order) == 0)
		t.Reserve = t.HasTest && t.Test >= res.Rules.Awards.Reserve.MinTest && res.Rules.Awards.Reserve.Name != ""
	}
}
