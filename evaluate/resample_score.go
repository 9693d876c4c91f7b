package evaluate

import (
	"runtime"
	"slices"
	"sync"
)

// resample scores every replicate the tally counted, as the round itself
// was scored (the ballots' figures, the composite with the same other
// components, the same complaints, the same rules), draws its verdicts,
// and gives each target its share of replicates on the bottom list, its
// rank interval and its fragile flag. The replicates are shared among the
// cores in contiguous runs; each writes only its own replicates' figures,
// which are integers, so the outcome does not depend on how many cores
// there are.
func (r *Result) resample(s *resampler, base *Counts, standings []Standing) {
	n, reps := len(r.Targets), s.Replicates
	ranks := make([]uint16, n*reps) // ranks[i*reps+k]: target i's rank in replicate k, 0 unranked
	onList := make([][]int, runtime.GOMAXPROCS(0))
	workers := min(len(onList), reps)
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := w*reps/workers, (w+1)*reps/workers
		onList[w] = make([]int, n)
		wg.Go(func() {
			rs := newReplicateScorer(r, s, base, standings)
			for k := lo; k < hi; k++ {
				for i, v := range rs.score(k) {
					if v.Unsatisfactory || v.Pending() {
						onList[w][i]++
					}
					ranks[i*reps+k] = uint16(v.Rank)
				}
			}
		})
	}
	wg.Wait()
	on := make([]int, n)
	for _, counts := range onList {
		for i, c := range counts {
			on[i] += c
		}
	}
	r.Resampling = s.Resampling
	var sorted []uint16
	for i := range r.Targets {
		u := &r.Targets[i].Uncertainty
		u.Resampled = true
		u.BottomProbability = float64(on[i]) / float64(reps)
		sorted = sorted[:0]
		for _, k := range ranks[i*reps : (i+1)*reps] {
			if k > 0 {
				sorted = append(sorted, k)
			}
		}
		if len(sorted) > 0 {
			slices.Sort(sorted)
			u.HasRankInterval = true
			u.RankLow, u.RankHigh = nearestRank(sorted, 0.025), nearestRank(sorted, 0.975)
		}
	}
	r.flagFragile(on, reps)
}

// replicateScorer scores one replicate after another: it holds counts
// shaped as the round's, filled from the replicate's rows, and the
// standings, of which only what the ballots decide changes.
type replicateScorer struct {
	res       *Result
	s         *resampler
	counts    Counts
	standings []Standing
	scratch   scoreScratch
	pooled    bool
}

func newReplicateScorer(r *Result, s *resampler, base *Counts, standings []Standing) *replicateScorer {
	rs := &replicateScorer{res: r, s: s, standings: slices.Clone(standings), pooled: pooledGroups(r.Rules)}
	rs.counts = Counts{targets: base.targets, dims: base.dims, groups: base.groups, table: base.table,
		hist:        make([][]int, len(base.hist)),
		raters:      make([]int, base.targets),
		groupRaters: make([]int, base.targets*base.groups),
	}
	for cell, bins := range s.cells {
		rs.counts.hist[cell] = make([]int, len(bins))
	}
	return rs
}

// score scores replicate k and returns its verdicts.
func (rs *replicateScorer) score(k int) []Verdict {
	c, s := &rs.counts, rs.s
	for cell, bins := range s.cells {
		h := c.hist[cell]
		for b, slot := range bins {
			if slot > 0 {
				h[b] = int(s.rows[slot-1][k])
			}
		}
	}
	clear(c.raters)
	for i := range c.groupRaters {
		n := 0
		if s.raters != nil {
			if slot := s.raters[i]; slot > 0 {
				n = int(s.rows[slot-1][k])
			}
		} else {
			// One dimension: a ballot rates a target once, so the ballots
			// that rated it are its ratings, no-answer cells aside (which
			// have no rows).
			for _, x := range c.hist[i] {
				n += x
			}
		}
		c.groupRaters[i] = n
		c.raters[i/c.groups] += n
	}
	rules := rs.res.Rules
	for i := range rs.standings {
		t := &rs.res.Targets[i]
		b := scoreBallots(rules, c, i, rs.pooled, &rs.scratch)
		composite := compositeOf(rules, &t.CompositeFigures, b.score)
		st := &rs.standings[i]
		st.Final = composite - deductionOf(rules.Complaints, composite, &t.ComplaintFigures)
		st.Ranked = b.ratings >= rules.MinRatings && b.has
		st.Satisfied, st.LowestCount, st.RatingCells = b.satisfied, b.lowest, b.cells
		st.BallotScore = b.score
	}
	return Verdicts(rules, rs.standings)
}
