package evaluate

import (
	"cmp"
	"slices"

	"gonum.org/v1/gonum/stat"
)

// ballotScore is what ranking needs of a target's ballots: how many valid
// ballots rated it, its rating cells, satisfied and lowest among them, and
// its ballot score B(t) when it has one.
type ballotScore struct {
	ratings                  int
	cells, satisfied, lowest int
	has                      bool
	score                    float64
}

// scoreScratch is the space scoreBallots reuses from target to target, so
// that scoring a resampled round again and again allocates nothing.
type scoreScratch struct {
	all                                   []bin
	means, weights, dimScores, dimWeights []float64
	dims                                  []float64 // S(t,d) of the target scored last
	rated                                 []bool
	order                                 []int // the scale's bins by ascending points
}

// binOrder lists the bins of a table by ascending points, ties in the
// order the bins were made: the order in which Counts.bins lists them.
func (s *scoreScratch) binOrder(t *binTable) []int {
	if len(s.order) != len(t.bins) {
		s.order = s.order[:0]
		for b := range t.bins {
			s.order = append(s.order, b)
		}
		slices.SortStableFunc(s.order, func(a, b int) int { return cmp.Compare(t.bins[a].points, t.bins[b].points) })
	}
	return s.order
}

// appendBins appends the ratings of one (target, dim, group) cell, by
// ascending points, as Counts.bins does.
func (s *scoreScratch) appendBins(c *Counts, cell int) {
	h := c.hist[cell]
	if len(h) == 0 {
		return
	}
	for _, b := range s.binOrder(c.table) {
		if b < len(h) && h[b] > 0 && !c.table.bins[b].noAnswer {
			s.all = append(s.all, bin{binInfo: c.table.bins[b], n: h[b]})
		}
	}
}

// scoreBallots works out target i's ballot score from counts, as the
// reference semantics define it: per dimension the groups' means (trimmed
// where the rules trim) weighted by the groups' weights and renormalised
// over the groups that rated it, or the pooled mean when every weight is
// 0; then the dimensions' weighted mean. A group with fewer evaluators of
// the target than min_group_ballots has no weight, though its ratings
// count toward satisfaction. The dimension scores are left in s.dims and
// s.rated. Both the published scores and every replicate of a resampled
// round are worked out here.
func scoreBallots(rules *Rules, c *Counts, i int, pooled bool, s *scoreScratch) ballotScore {
	out := ballotScore{ratings: c.raters[i]}
	s.dimScores, s.dimWeights = s.dimScores[:0], s.dimWeights[:0]
	s.dims = append(s.dims[:0], make([]float64, len(rules.Dimensions))...)
	s.rated = append(s.rated[:0], make([]bool, len(rules.Dimensions))...)
	for d, dim := range rules.Dimensions {
		s.means, s.weights, s.all = s.means[:0], s.weights[:0], s.all[:0]
		for g, group := range rules.Groups {
			start := len(s.all)
			s.appendBins(c, (i*c.dims+d)*c.groups+g)
			bins := s.all[start:]
			if len(bins) == 0 {
				continue
			}
			sum := summarize(bins)
			out.cells += sum.n
			out.satisfied += sum.satisfied
			out.lowest += sum.lowest
			if c.groupRaters[i*c.groups+g] >= rules.MinGroupBallots {
				s.means = append(s.means, mean(bins, rules.Trim))
				s.weights = append(s.weights, group.Weight)
			}
		}
		if len(s.means) == 0 {
			continue
		}
		if pooled {
			slices.SortStableFunc(s.all, func(a, b bin) int { return cmp.Compare(a.points, b.points) })
			s.dims[d] = mean(s.all, rules.Trim)
		} else {
			// Groups that did not rate (t, d) are absent, so the weights of the
			// rest are renormalised: Σ w·m / Σ w.
			s.dims[d] = stat.Mean(s.means, s.weights)
		}
		s.rated[d] = true
		s.dimScores = append(s.dimScores, s.dims[d])
		s.dimWeights = append(s.dimWeights, dim.Weight)
	}
	if len(s.dimScores) > 0 {
		out.has = true
		out.score = stat.Mean(s.dimScores, s.dimWeights)
	}
	return out
}

// pooledGroups reports whether the rules pool the groups: every weight 0.
func pooledGroups(rules *Rules) bool {
	for _, g := range rules.Groups {
		if g.Weight != 0 {
			return false
		}
	}
	return true
}
