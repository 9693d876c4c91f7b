package evaluate

import (
	"sort"

	"gonum.org/v1/gonum/stat"
)

// ballotFigures works out what the ballots say of target i: the group means,
// the weighted dimension scores S(t,d), the ballot score B(t), the
// satisfaction rate and the share of the lowest level.
func ballotFigures(rules *Rules, counts *Counts, i int) BallotFigures {
	pooled := true
	for _, g := range rules.Groups {
		pooled = pooled && g.Weight == 0
	}
	f := BallotFigures{
		Ratings:  counts.raters[i],
		ByGroup:  make([]GroupScore, len(rules.Groups)),
		Dims:     make([]float64, len(rules.Dimensions)),
		DimRated: make([]bool, len(rules.Dimensions)),
	}
	var dimScores, dimWeights []float64
	var all []bin // every group's ratings of a dimension, for a pooled mean
	for d, dim := range rules.Dimensions {
		var means, weights []float64
		all = all[:0]
		for g, group := range rules.Groups {
			start := len(all)
			all = counts.bins(all, i, d, g)
			bins := all[start:]
			if len(bins) == 0 {
				continue
			}
			s := summarize(bins)
			gs := &f.ByGroup[g]
			gs.Ratings += s.n
			gs.Mean += s.sum // a sum until divided below
			gs.Satisfied += s.satisfied
			f.LowestCount += s.lowest
			if counts.groupRaters[i*len(rules.Groups)+g] < rules.MinGroupBallots {
				continue // too few evaluators to carry the group's weight
			}
			gs.Weighted = true
			means = append(means, mean(bins, rules.Trim))
			weights = append(weights, group.Weight)
		}
		if len(means) == 0 {
			continue
		}
		if pooled {
			sort.SliceStable(all, func(a, b int) bool { return all[a].points < all[b].points })
			f.Dims[d] = mean(all, rules.Trim)
		} else {
			// Groups that did not rate (t, d) are absent, so the weights of the
			// rest are renormalised: Σ w·m / Σ w.
			f.Dims[d] = stat.Mean(means, weights)
		}
		f.DimRated[d] = true
		dimScores = append(dimScores, f.Dims[d])
		dimWeights = append(dimWeights, dim.Weight)
	}
	for g := range f.ByGroup {
		gs := &f.ByGroup[g]
		gs.Group = rules.Groups[g].Name
		gs.Ballots = counts.groupRaters[i*len(rules.Groups)+g]
		f.RatingCells += gs.Ratings
		f.Satisfied += gs.Satisfied
		if gs.Ratings > 0 {
			gs.Mean /= float64(gs.Ratings)
		}
	}
	if f.RatingCells > 0 {
		f.Satisfaction = float64(f.Satisfied) / float64(f.RatingCells)
		f.LowestShare = float64(f.LowestCount) / float64(f.RatingCells)
	}
	if len(dimScores) > 0 {
		f.HasBallotScore = true
		f.BallotScore = stat.Mean(dimScores, dimWeights)
	}
	return f
}

// groupStats summarises each group's ratings over the whole round.
func groupStats(rules *Rules, counts *Counts, rec Reconciliation) []GroupStat {
	out := make([]GroupStat, len(rec.Groups))
	var buf []bin
	for g := range rec.Groups {
		out[g].GroupCount = rec.Groups[g]
		if g >= len(rules.Groups) {
			continue // the unknown-group row has no valid ballots
		}
		sum := 0.0
		for t := 0; t < counts.targets; t++ {
			for d := range rules.Dimensions {
				buf = counts.bins(buf[:0], t, d, g)
				s := summarize(buf)
				out[g].Ratings += s.n
				out[g].Satisfied += s.satisfied
				sum += s.sum
			}
		}
		if out[g].Ratings > 0 {
			out[g].Mean = sum / float64(out[g].Ratings)
		}
	}
	return out
}
