package evaluate

import (
	"math"
	"slices"
	"strings"
)

// Standing is what ranking needs of a target: its category, whether it can
// be ranked, its veto, its final score and the figures that break ties. The
// verdicts are a function of the standings and the rules alone.
type Standing struct {
	ID       string // orders targets tied in every criterion, for stable listings
	Category int    // index into Rules.Categories
	Ranked   bool   // rated by enough ballots to be ranked
	Veto     bool
	// Violations counts the target's verified ledger entries, which cost
	// it an award where the rules say so.
	Violations int
	Final      float64
	// Satisfied, LowestCount and RatingCells give the satisfaction rate and
	// the share of the lowest level as exact ratios.
	Satisfied, LowestCount, RatingCells int
	BallotScore                         float64
	HasTest                             bool
	Test                                float64
}

// Standings are the targets' standings, in roster order.
func (r *Result) Standings() []Standing {
	cats := map[string]int{}
	for i, c := range r.Rules.Categories {
		cats[c.Name] = i
	}
	out := make([]Standing, len(r.Targets))
	for i := range r.Targets {
		t := &r.Targets[i]
		c, ok := cats[t.Category]
		if !ok {
			c = -1
		}
		out[i] = Standing{ID: t.ID, Category: c, Ranked: t.Status == StatusRanked, Veto: t.Veto, Violations: t.Violations,
			Final: t.Final, Satisfied: t.Satisfied, LowestCount: t.LowestCount, RatingCells: t.RatingCells,
			BallotScore: t.BallotScore, HasTest: t.HasTest, Test: t.Test}
	}
	return out
}

func (s *Standing) satisfaction() float64 { return float64(s.Satisfied) / float64(s.RatingCells) }
func (s *Standing) lowestShare() float64  { return float64(s.LowestCount) / float64(s.RatingCells) }

// scoreKey is the final score rounded to four decimals, as an integer, so
// that float noise never splits scores that are equal as published.
func scoreKey(f float64) int64 { return int64(math.Round(f * 1e4)) }

// compare orders two targets best first: non-veto before veto, then by final
// score, then by the tie-break criteria. It returns <0, 0 or >0; 0 means tied
// for rank. Ratios are compared by cross-multiplying their integer counts, so
// equal rates are exactly equal.
func compare(a, b *Standing, order []TieBreak) int {
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

// bestFirst sorts indices into in best first; tied targets keep ID order so
// that listings are deterministic.
func bestFirst(idx []int, in []Standing, order []TieBreak) { sortStandings(idx, in, order, 1) }

// worstFirst sorts indices into in worst first, tied targets in ID order.
func worstFirst(idx []int, in []Standing, order []TieBreak) { sortStandings(idx, in, order, -1) }

// sortStandings sorts best first for dir 1, worst first for -1, ties by ID
// (and targets sharing an ID in the order given). It orders as compare
// does, with each final score's key worked out once rather than at every
// comparison: resampling sorts every category once per replicate.
func sortStandings(idx []int, in []Standing, order []TieBreak, dir int) {
	// The places in idx are sorted, by what they hold; a place breaks what
	// the ID leaves tied, so the order is total and an unstable sort gives
	// what a stable one would.
	type entry struct {
		key      int64
		i, place int
	}
	sorted := make([]entry, len(idx))
	for k, i := range idx {
		sorted[k] = entry{scoreKey(in[i].Final), i, k}
	}
	slices.SortFunc(sorted, func(x, y entry) int {
		a, b := &in[x.i], &in[y.i]
		var c int
		switch {
		case a.Veto != b.Veto, x.key == y.key:
			c = compare(a, b, order)
		case x.key > y.key:
			c = -1
		default:
			c = 1
		}
		if c != 0 {
			return dir * c
		}
		if c := strings.Compare(a.ID, b.ID); c != 0 {
			return c
		}
		return x.place - y.place
	})
	for k, e := range sorted {
		idx[k] = e.i
	}
}

// Verdicts ranks the targets of each category, competition style, and draws
// the bottom lists: the lowest bottom-N ranked, every veto (a ranked veto
// holds the lowest place and fills one of the N, or, with bottom.vetoes
// add, comes on top of them; an unranked veto is unsatisfactory but takes
// no place), the targets meeting also_below, no confirmation across a tie at
// the cutoff, and none by rank in a category too small for its bottom count
// (bottom.max_share, never the top). It depends on nothing but the
// standings and the rules, so that it can be asked again of other scores.
func Verdicts(rules *Rules, in []Standing) []Verdict {
	out := make([]Verdict, len(in))
	var ranked, candidates []int
	for c, cat := range rules.Categories {
		ranked, candidates = ranked[:0], candidates[:0]
		rankedVetoes := 0
		for i := range in {
			if in[i].Category != c {
				continue
			}
			// A veto makes the target unsatisfactory whatever its score,
			// even when too few ratings exist to rank it.
			out[i].Unsatisfactory = in[i].Veto
			if in[i].Ranked {
				ranked = append(ranked, i)
				if in[i].Veto {
					rankedVetoes++
				}
			}
		}
		bestFirst(ranked, in, rules.TieBreak)
		for i := range in {
			if in[i].Category == c {
				out[i].CategorySize = len(ranked) // unranked targets too: "of how many"
			}
		}
		for k, i := range ranked {
			out[i].Rank = k + 1
			if k > 0 && compare(&in[ranked[k-1]], &in[i], rules.TieBreak) == 0 {
				out[i].Rank = out[ranked[k-1]].Rank
			}
		}
		// Ranked vetoes hold the lowest ranks, so they take places of the
		// bottom N unless the rules add them on top. An unranked veto holds
		// no rank and takes no place: the lowest ranked still answer for
		// theirs.
		places := BottomCount(cat, len(ranked))
		if !rules.Bottom.Vetoes.Adds() {
			places -= rankedVetoes
		}
		for _, i := range ranked {
			if !in[i].Veto && (cat.OnlyBelow == nil || cat.OnlyBelow.met(&in[i])) {
				candidates = append(candidates, i)
			}
		}
		markBottom(out, in, candidates, places, rules.TieBreak)
		if nonVeto := len(ranked) - rankedVetoes; nonVeto > 0 {
			holdSmallCategory(out, in, candidates, &in[ranked[0]], min(places, len(candidates)), nonVeto, rules)
		}
		if cat.AlsoBelow != nil {
			for _, i := range ranked {
				if !out[i].Unsatisfactory && cat.AlsoBelow.met(&in[i]) {
					out[i].Unsatisfactory, out[i].BelowThreshold = true, true
				}
			}
		}
	}
	return out
}

// BottomCount is N of a category's bottom-N with ranked targets ranked: the
// larger of its bottom count and its bottom share of them.
func BottomCount(cat Category, ranked int) int {
	return max(cat.Bottom, int(math.Ceil(cat.BottomShare*float64(ranked)-1e-9)))
}

// RankLimit is the most places a verdict by rank may take among n targets:
// bottom.max_share of them, rounded down (n itself with no share).
func RankLimit(rules *Rules, n int) int {
	if rules.Bottom.MaxShare == 0 {
		return n
	}
	return int(math.Floor(rules.Bottom.MaxShare*float64(n) + 1e-9))
}

// holdSmallCategory withdraws a category's verdicts by rank when they reach
// too far: more places than RankLimit of its nonVeto ranked targets, or a
// target tied with top, its best. Every candidate the bottom count reached
// (confirmed or pending at a tie) is then flagged small_category instead,
// confirmed by nobody: the committee decides. A partial list (the lowest
// one of a bottom 2 …) would be a rule nobody published.
func holdSmallCategory(out []Verdict, in []Standing, candidates []int, top *Standing, places, nonVeto int, rules *Rules) {
	if places <= 0 {
		return
	}
	small := places > RankLimit(rules, nonVeto)
	for _, i := range candidates {
		if (out[i].Unsatisfactory || out[i].TieAtCutoff) && compare(&in[i], top, rules.TieBreak) == 0 {
			small = true
		}
	}
	if !small {
		return
	}
	for _, i := range candidates {
		if v := &out[i]; v.Unsatisfactory || v.TieAtCutoff {
			v.Unsatisfactory, v.SmallCategory = false, true
		}
	}
}

// met reports whether a target meets any threshold that is set. Scores are
// compared at four decimals, as ranks are; rates exactly.
func (th *Thresholds) met(s *Standing) bool {
	switch {
	case th.Final != nil && scoreKey(s.Final) < scoreKey(*th.Final):
		return true
	case th.Satisfaction != nil && s.RatingCells > 0 && s.satisfaction() < *th.Satisfaction:
		return true
	case th.LowestShare != nil && s.RatingCells > 0 && s.lowestShare() > *th.LowestShare:
		return true
	}
	return false
}

// markBottom confirms the n lowest of the non-veto candidates, given best
// first, as unsatisfactory. When a tie straddles the cutoff, every tied
// target is flagged instead and none of them is confirmed: only those
// strictly below the tie are.
func markBottom(out []Verdict, in []Standing, bestFirst []int, n int, order []TieBreak) {
	if n <= 0 || len(bestFirst) == 0 {
		return
	}
	worst := func(k int) int { return bestFirst[len(bestFirst)-1-k] }
	if n >= len(bestFirst) {
		for _, i := range bestFirst {
			out[i].Unsatisfactory = true
		}
		return
	}
	cut := &in[worst(n-1)]
	straddles := compare(cut, &in[worst(n)], order) == 0
	for k := range n {
		i := worst(k)
		if straddles && compare(&in[i], cut, order) == 0 {
			break
		}
		out[i].Unsatisfactory = true
	}
	if straddles {
		for _, i := range bestFirst {
			if compare(&in[i], cut, order) == 0 {
				out[i].TieAtCutoff = true
			}
		}
	}
}
