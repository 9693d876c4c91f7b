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

// agreement works out the rank correlation of every pair of groups, in
// rules order, from the tallied counts.
func agreement(rules *Rules, counts *Counts) []Agreement {
	minRatings := rules.Ballots.Anomalies.AgreementMinRatings
	groups := len(rules.Groups)
	means := make([][]float64, groups) // per group, per target; NaN when too few ratings
	var buf []bin
	for g := range groups {
		means[g] = make([]float64, counts.targets)
		for t := range counts.targets {
			var s summary
			for d := range rules.Dimensions {
				buf = counts.bins(buf[:0], t, d, g)
				x := summarize(buf)
				s.n, s.sum = s.n+x.n, s.sum+x.sum
			}
			means[g][t] = math.NaN()
			if s.n >= max(minRatings, 1) {
				means[g][t] = s.sum / float64(s.n)
			}
		}
	}
	var out []Agreement
	for a := range groups {
		for b := a + 1; b < groups; b++ {
			var x, y []float64
			for t := range counts.targets {
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

// disagreeing flags each group whose mean correlation with the other
// groups (over the pairs where it is known) is below the threshold.
func disagreeing(rules *Rules, pairs []Agreement, threshold float64) []Anomaly {
	var out []Anomaly
	for _, g := range rules.Groups {
		sum, n := 0.0, 0
		for _, p := range pairs {
			if p.Known && (p.GroupA == g.Name || p.GroupB == g.Name) {
				sum += p.Rho
				n++
			}
		}
		if n > 0 && sum/float64(n) < threshold {
			out = append(out, Anomaly{Kind: AnomalyDisagreement, Group: g.Name, Count: n, Value: sum / float64(n), Differences: -1})
		}
	}
	return out
}
