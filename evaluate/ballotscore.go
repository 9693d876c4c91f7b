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
	answered                              []int // order without the no-answer bins
}

// binOrder lists the bins of a table by ascending points, ties in the
// order the bins were made: the order in which Counts.bins lists them.
func (s *scoreScratch) binOrder(t *binTable) []int {
	if len(s.order) != len(t.bins) {
		s.order, s.answered = s.order[:0], s.answered[:0]
		for b := range t.bins {
			s.order = append(s.order, b)
		}
		slices.SortStableFunc(s.order, func(a, b int) int { return cmp.Compare(t.bins[a].points, t.bins[b].points) })
		for _, b := range s.order {
			if !t.bins[b].noAnswer {
				s.answered = append(s.answered, b)
			}
		}
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
	s.binOrder(c.table)
	for _, b := range s.answered {
		if b < len(h) && h[b] > 0 {
			s.all = append(s.all, bin{binInfo: c.table.bins[b], n: h[b]})
		}
	}
}

// cellSummary is summarize of the bins appendBins would list for a cell,
// summed in the same order (so to the same bits), without listing them.
func (s *scoreScratch) cellSummary(c *Counts, cell int) summary {
	var out summary
	h := c.hist[cell]
	if len(h) == 0 {
		return out
	}
	s.binOrder(c.table)
	for _, b := range s.answered {
		if b < len(h) && h[b] > 0 {
			n, info := h[b], &c.table.bins[b]
			out.n += n
			out.sum += float64(n) * info.points
			if info.satisfied {
				out.satisfied += n
			}
			if info.lowest {
				out.lowest += n
			}
		}
	}
	return out
}

// pooledBins puts in s.all the ratings of target i in dimension d over
// every group, by ascending points; bins of equal points by group, then in
// bin order. That is the order a stable sort by points of the groups' bins
// one after the other gives, so the sums come out to the same bits; it is
// built without sorting, as every replicate of a pooled round needs it.
func (s *scoreScratch) pooledBins(c *Counts, i, d int) {
	s.all = s.all[:0]
	order := s.binOrder(c.table)
	for lo := 0; lo < len(order); {
		hi := lo + 1
		for hi < len(order) && c.table.bins[order[hi]].points == c.table.bins[order[lo]].points {
			hi++
		}
		for g := range c.groups {
			h := c.hist[(i*c.dims+d)*c.groups+g]
			for _, b := range order[lo:hi] {
				if b < len(h) && h[b] > 0 && !c.table.bins[b].noAnswer {
					s.all = append(s.all, bin{binInfo: c.table.bins[b], n: h[b]})
				}
			}
		}
		lo = hi
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
			cell := (i*c.dims+d)*c.groups + g
			sum := s.cellSummary(c, cell)
			if sum.n == 0 {
				continue
			}
			out.cells += sum.n
			out.satisfied += sum.satisfied
			out.lowest += sum.lowest
			if c.groupRaters[i*c.groups+g] >= rules.MinGroupBallots {
				m := sum.sum / float64(sum.n)
				if rules.Trim.K > 0 && sum.n >= rules.Trim.Min {
					// Trimming drops ratings from either end: it needs them.
					s.all = s.all[:0]
					s.appendBins(c, cell)
					m = meanOf(s.all, sum, rules.Trim)
				}
				s.means = append(s.means, m)
				s.weights = append(s.weights, group.Weight)
			}
		}
		if len(s.means) == 0 {
			continue
		}
		if pooled {
			s.pooledBins(c, i, d)
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
