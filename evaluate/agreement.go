package evaluate

import (
	"math"
	"sort"

	"gonum.org/v1/gonum/stat"
)

// Agreement is how alike two evaluator groups rank the targets (组间一致性):
// Spearman's rank correlation of their mean points, over the targets each
// of them rated at least the rules' agreement_min_ratings times. 1 is the
// same order, 0 none in common, −1 the reverse; Known is false when fewer
// than three targets qualify or one group rated them all alike.
type Agreement struct {
	GroupA, GroupB string
	Targets        int
	Known          bool
	Rho            float64
}

// groupMeans are each group's mean points per target (over every
// dimension), NaN where the group rated the target fewer times than the
// rules' agreement_min_ratings.
func groupMeans(rules *Rules, counts *Counts) [][]float64 {
	minRatings := max(rules.Ballots.Anomalies.AgreementMinRatings, 1)
	means := make([][]float64, len(rules.Groups))
	var buf []bin
	for g := range means {
		means[g] = make([]float64, counts.targets)
		for t := range counts.targets {
			var s summary
			for d := range rules.Dimensions {
				buf = counts.bins(buf[:0], t, d, g)
				x := summarize(buf)
				s.n, s.sum = s.n+x.n, s.sum+x.sum
			}
			means[g][t] = math.NaN()
			if s.n >= minRatings {
				means[g][t] = s.sum / float64(s.n)
			}
		}
	}
	return means
}

// agreement works out the rank correlation of every pair of groups, in
// rules order.
func agreement(rules *Rules, means [][]float64) []Agreement {
	var out []Agreement
	for a := range means {
		for b := a + 1; b < len(means); b++ {
			var x, y []float64
			for t := range means[a] {
				if !math.IsNaN(means[a][t]) && !math.IsNaN(means[b][t]) {
					x, y = append(x, means[a][t]), append(y, means[b][t])
				}
			}
			ag := Agreement{GroupA: rules.Groups[a].Name, GroupB: rules.Groups[b].Name, Targets: len(x)}
			ag.Rho, ag.Known = spearman(x, y)
			out = append(out, ag)
		}
	}
	return out
}

// spearman is Spearman's rank correlation: the correlation of the ranks,
// tied values sharing their mean rank. It is unknown for fewer than three
// pairs or when either side has no spread.
func spearman(x, y []float64) (float64, bool) {
	if len(x) < 3 {
		return 0, false
	}
	rx, ry := ranks(x), ranks(y)
	if stat.Variance(rx, nil) == 0 || stat.Variance(ry, nil) == 0 {
		return 0, false
	}
	return stat.Correlation(rx, ry, nil), true
}

// ranks gives each value its rank, 1 for the smallest; ties share the mean
// of their ranks.
func ranks(v []float64) []float64 {
	idx := make([]int, len(v))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return v[idx[a]] < v[idx[b]] })
	out := make([]float64, len(v))
	for i := 0; i < len(idx); {
		j := i
		for j+1 < len(idx) && v[idx[j+1]] == v[idx[i]] {
			j++
		}
		r := float64(i+j)/2 + 1
		for k := i; k <= j; k++ {
			out[idx[k]] = r
		}
		i = j + 1
	}
	return out
}

// disagreeing flags each group whose ranking of the targets correlates
// with the other groups' below the threshold: its mean points against the
// mean of the other groups' means, target by target. Against the others
// together, one group ranking in reverse stands out alone; in the pairs,
// it would pull every other group's mean correlation down with its own.
func disagreeing(rules *Rules, means [][]float64, threshold float64) []Anomaly {
	var out []Anomaly
	for g := range means {
		var x, y []float64
		for t := range means[g] {
			if math.IsNaN(means[g][t]) {
				continue
			}
			sum, n := 0.0, 0
			for h := range means {
				if h != g && !math.IsNaN(means[h][t]) {
					sum, n = sum+means[h][t], n+1
				}
			}
			if n > 0 {
				x, y = append(x, means[g][t]), append(y, sum/float64(n))
			}
		}
		if rho, ok := spearman(x, y); ok && rho < threshold {
			out = append(out, Anomaly{Kind: AnomalyDisagreement, Group: rules.Groups[g].Name, Count: len(x), Value: rho, Differences: -1})
		}
	}
	return out
}
