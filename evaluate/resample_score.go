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
	// fills lists the (cell, bin) of every row, so that a replicate's
	// counts are filled in without walking the bins that have none; with
	// several dimensions, raterRows lists the rows of raters by (target,
	// group), -1 for none.
	fills     []rowFill
	raterRows []int32
	// block holds the counts of replicates from blockStart on, replicateBlock
	// of them for each row in turn (the fills', then the raters'): the rows
	// are read a cache line at a time rather than a count at a time, which
	// at 4 KB apart would evict one another from the cache.
	block      []uint32
	blockStart int
}

// replicateBlock is how many replicates' counts of a row are read at once:
// a cache line.
const replicateBlock = 16

// rowFill is where a row's count goes: hist[cell][bin].
type rowFill struct{ cell, bin, slot int32 }

func newReplicateScorer(r *Result, s *resampler, base *Counts, standings []Standing) *replicateScorer {
	rs := &replicateScorer{res: r, s: s, standings: slices.Clone(standings), pooled: pooledGroups(r.Rules)}
	rs.counts = Counts{targets: base.targets, dims: base.dims, groups: base.groups, table: base.table,
		hist:        make([][]int, len(base.hist)),
		raters:      make([]int, base.targets),
		groupRaters: make([]int, base.targets*base.groups),
	}
	for cell, bins := range s.cells {
		rs.counts.hist[cell] = make([]int, len(bins))
		for b, slot := range bins {
			if slot > 0 {
				rs.fills = append(rs.fills, rowFill{int32(cell), int32(b), slot - 1})
			}
		}
	}
	for _, slot := range s.raters {
		rs.raterRows = append(rs.raterRows, slot-1)
	}
	rs.block, rs.blockStart = make([]uint32, (len(rs.fills)+len(rs.raterRows))*replicateBlock), -1
	return rs
}

// readBlock reads the counts of the block of replicates that holds k.
func (rs *replicateScorer) readBlock(k int) {
	rs.blockStart = k - k%replicateBlock
	end := min(rs.blockStart+replicateBlock, rs.s.Replicates)
	for x, f := range rs.fills {
		copy(rs.block[x*replicateBlock:], rs.s.rows[f.slot][rs.blockStart:end])
	}
	for i, row := range rs.raterRows {
		if row >= 0 {
			copy(rs.block[(len(rs.fills)+i)*replicateBlock:], rs.s.rows[row][rs.blockStart:end])
		}
	}
}

// score scores replicate k and returns its verdicts.
func (rs *replicateScorer) score(k int) []Verdict {
	c := &rs.counts
	if rs.blockStart < 0 || k < rs.blockStart || k >= rs.blockStart+replicateBlock {
		rs.readBlock(k)
	}
	j := k - rs.blockStart
	clear(c.raters)
	clear(c.groupRaters)
	for x, f := range rs.fills {
		n := int(rs.block[x*replicateBlock+j])
		c.hist[f.cell][f.bin] = n
		if rs.raterRows == nil {
			// One dimension: a ballot rates a target once, so the ballots
			// that rated it are its ratings, no-answer cells aside (which
			// have no rows); the cell is the (target, group).
			c.groupRaters[f.cell] += n
		}
	}
	for i, row := range rs.raterRows {
		if row >= 0 {
			c.groupRaters[i] = int(rs.block[(len(rs.fills)+i)*replicateBlock+j])
		}
	}
	for i, n := range c.groupRaters {
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
