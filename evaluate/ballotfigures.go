package evaluate

// ballotFigures works out what the ballots say of target i: the group means,
// the weighted dimension scores S(t,d), the ballot score B(t), the
// satisfaction rate and the share of the lowest level; and the detail
// behind them: the count of each level per dimension and group, and what
// each group's mean added to the ballot score.
func ballotFigures(rules *Rules, counts *Counts, i int) BallotFigures {
	pooled := pooledGroups(rules)
	var scratch scoreScratch
	score := scoreBallots(rules, counts, i, pooled, &scratch)
	nLevels := len(rules.Scale.LevelNames())
	f := BallotFigures{
		Ratings:        counts.raters[i],
		Levels:         make([]int, nLevels),
		ByGroup:        make([]GroupScore, len(rules.Groups)),
		Dims:           scratch.dims,
		DimRated:       scratch.rated,
		HasBallotScore: score.has,
		BallotScore:    score.score,
	}
	for g := range f.ByGroup {
		f.ByGroup[g].Levels = make([]int, nLevels)
	}
	var all []bin // every group's ratings of a dimension
	for d := range rules.Dimensions {
		all = all[:0]
		first := len(f.Detail) // this dimension's rows
		for g, group := range rules.Groups {
			row := DetailRow{Dim: d, Group: g, Levels: make([]int, nLevels), Weight: group.Weight}
			counts.addLevels(row.Levels, i, d, g)
			start := len(all)
			all = counts.bins(all, i, d, g)
			bins := all[start:]
			if len(bins) > 0 {
				s := summarize(bins)
				gs := &f.ByGroup[g]
				gs.Ratings += s.n
				gs.Mean += s.sum // a sum until divided below
				gs.Satisfied += s.satisfied
				f.LowestCount += s.lowest
				row.Ratings = s.n
				row.HasMean, row.Mean = true, s.sum/float64(s.n)
				// Too few evaluators carry no weight; pooled, no group has one.
				if counts.groupRaters[i*len(rules.Groups)+g] >= rules.MinGroupBallots {
					gs.Weighted = true
					if !pooled {
						row.Counted, row.Trimmed, row.Mean = true, trims(s.n, rules.Trim), meanOf(bins, s, rules.Trim)
					}
				}
			}
			for l, n := range row.Levels {
				f.ByGroup[g].Levels[l] += n
				f.Levels[l] += n
			}
			f.Detail = append(f.Detail, row)
		}
		if pooled {
			row := DetailRow{Dim: d, Group: -1, Levels: make([]int, nLevels)}
			for _, r := range f.Detail[first:] {
				row.Ratings += r.Ratings
				for l, n := range r.Levels {
					row.Levels[l] += n
				}
			}
			if f.DimRated[d] {
				row.Counted, row.HasMean, row.Trimmed, row.Mean = true, true, trims(row.Ratings, rules.Trim), f.Dims[d]
			}
			f.Detail = append(f.Detail, row)
		}
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
	if f.HasBallotScore {
		contributions(rules, &f)
	}
	return f
}

// trims reports whether trimming applies to n ratings.
func trims(n int, trim Trim) bool { return trim.K > 0 && n >= trim.Min }

// contributions works out what each counted row of the detail adds to the
// ballot score: its share of its dimension's weights (w_g / Σ w over the
// groups counted there; the pooled row alone) times its mean, times the
// dimension's share of the weights of the dimensions rated. The ballot
// score is their sum.
func contributions(rules *Rules, f *BallotFigures) {
	dimWeights := 0.0
	for d, dim := range rules.Dimensions {
		if f.DimRated[d] {
			dimWeights += dim.Weight
		}
	}
	groupWeights := make([]float64, len(rules.Dimensions))
	for _, r := range f.Detail {
		if r.Counted && r.Group >= 0 {
			groupWeights[r.Dim] += r.Weight
		}
	}
	for k := range f.Detail {
		r := &f.Detail[k]
		if !r.Counted || !f.DimRated[r.Dim] {
			continue
		}
		share := 1.0 // the pooled row
		if r.Group >= 0 {
			share = r.Weight / groupWeights[r.Dim]
		}
		r.Contribution = share * r.Mean * rules.Dimensions[r.Dim].Weight / dimWeights
	}
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
