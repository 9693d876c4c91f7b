package evaluate

import "math"

// Uncertainty says how sure a target's place is: its margin to its
// category's cutoff, and, when the ballots were resampled, how often it
// lands on the bottom list and where it ranks across the replicates. The
// verdict itself follows the published rules; these figures go to the
// committee beside it.
type Uncertainty struct {
	// Margin is the final score minus the category's cutoff (see
	// [Cutoff]): negative on the list's side, positive off it; HasMargin is
	// false for a target not ranked, a veto, or a category without a
	// cutoff.
	HasMargin bool
	Margin    float64

	// Resampled says the figures below come from resampling the ballots.
	Resampled bool
	// BottomProbability is the share of replicates in which the target is
	// on the bottom list, confirmed or pending alike (a tie at the cutoff,
	// a small category): every way a replicate could put it before the
	// committee.
	BottomProbability float64
	// RankLow and RankHigh are the 2.5% and 97.5% quantiles of its rank in
	// its category (nearest rank: the ⌈0.025·n⌉-th and ⌈0.975·n⌉-th of the n
	// replicates that rank it, best first); HasRankInterval is false when
	// no replicate ranks it.
	HasRankInterval   bool
	RankLow, RankHigh int
	// Fragile marks a verdict the ballots do not settle: a target confirmed
	// on the list that is on it in fewer than uncertainty.fragile of the
	// replicates, or one off the list that stays off it in fewer than that
	// share.
	Fragile bool
}

// Cutoff is where a category's bottom list is cut by rank: the midpoint
// between the final score of the last place on the list and that of the
// first place off it. The places are counted as the verdicts count them:
// the category's bottom count less the ranked vetoes that fill places,
// among its ranked targets not vetoed (and under only_below, among those
// meeting it); the last place on is the last the count reaches, the first
// place off the lowest ranked target beyond it. Has is false when the
// count reaches nobody, or everybody.
type Cutoff struct {
	Category string
	Has      bool
	Score    float64
	// LastOn and FirstOff index Result.Targets; -1 without a cutoff.
	LastOn, FirstOff int
}

// FlagFragile marks a verdict the resampled ballots do not settle.
const FlagFragile = "fragile"

// UncertaintyRules say when a verdict is fragile.
type UncertaintyRules struct {
	// Fragile is the share of replicates a verdict must hold in: a
	// confirmed target on the list in fewer of them, or a target off the
	// list that stays off in fewer, is flagged fragile (0.9 in every
	// preset). Between 0.5 and 1.
	Fragile float64 `yaml:"fragile"`
}

// cutoffs works out each category's cutoff and every target's margin to
// it, from the standings and the published verdicts.
func (r *Result) cutoffs(standings []Standing) {
	r.Cutoffs = make([]Cutoff, len(r.Rules.Categories))
	var ranked, candidates []int
	for c, cat := range r.Rules.Categories {
		cut := Cutoff{Category: cat.Name, LastOn: -1, FirstOff: -1}
		ranked, candidates = ranked[:0], candidates[:0]
		rankedVetoes := 0
		for i := range standings {
			if s := &standings[i]; s.Category == c && s.Ranked {
				ranked = append(ranked, i)
				if s.Veto {
					rankedVetoes++
				}
			}
		}
		worstFirst(ranked, standings, r.Rules.TieBreak)
		places := BottomCount(cat, len(ranked))
		if !r.Rules.Bottom.Vetoes.Adds() {
			places -= rankedVetoes
		}
		for _, i := range ranked {
			if !standings[i].Veto && (cat.OnlyBelow == nil || cat.OnlyBelow.met(&standings[i])) {
				candidates = append(candidates, i)
			}
		}
		if n := min(places, len(candidates)); n > 0 {
			reached := map[int]bool{}
			for _, i := range candidates[:n] {
				reached[i] = true
			}
			for _, i := range ranked {
				if !standings[i].Veto && !reached[i] {
					cut.Has, cut.LastOn, cut.FirstOff = true, candidates[n-1], i
					cut.Score = (standings[candidates[n-1]].Final + standings[i].Final) / 2
					break
				}
			}
		}
		r.Cutoffs[c] = cut
		if !cut.Has {
			continue
		}
		for _, i := range ranked {
			if !standings[i].Veto {
				u := &r.Targets[i].Uncertainty
				u.HasMargin, u.Margin = true, standings[i].Final-cut.Score
			}
		}
	}
}

// fragile flags the verdicts the replicates do not settle: confirmed on
// the list in fewer than the rules' share of them, or off it and staying
// off in fewer. Pending targets are the committee's already.
func (r *Result) flagFragile(on []int, replicates int) {
	share := r.Rules.Uncertainty.Fragile
	for i := range r.Targets {
		t := &r.Targets[i]
		switch {
		case t.Unsatisfactory:
			t.Fragile = float64(on[i])/float64(replicates) < share
		case !t.Pending():
			t.Fragile = float64(replicates-on[i])/float64(replicates) < share
		}
	}
}

// nearestRank is the q-quantile of sorted values by the nearest-rank
// method: the ⌈q·n⌉-th smallest.
func nearestRank(sorted []uint16, q float64) int {
	k := int(math.Ceil(q*float64(len(sorted))-1e-9)) - 1
	return int(sorted[max(0, min(k, len(sorted)-1))])
}
