package evaluate

import "math"

// awardHonours gives the honour to the top ranked targets, per category or
// overall, that are neither unsatisfactory nor pending at the bottom
// nor vetoed (nor, where the rules say so, found in violation) and meet the
// award thresholds; the reserve-cadre list is drawn from them. A tie across
// the award cutoff awards every tied target and flags them, rather than
// picking.
func awardHonours(rules *Rules, in []Standing, verdicts []Verdict) []Honours {
	out := make([]Honours, len(in))
	a := rules.Awards
	eligible := func(i int) bool {
		s, v := &in[i], &verdicts[i]
		return s.Ranked && !v.Unsatisfactory && !v.Pending() && !s.Veto && !(a.ExcludeViolators && s.Violations > 0) &&
			scoreKey(s.Final) >= scoreKey(a.MinFinal) &&
			(a.MinSatisfaction == 0 || (s.RatingCells > 0 && s.satisfaction() >= a.MinSatisfaction))
	}
	if a.Overall > 0 {
		var all []int
		for i := range in {
			if eligible(i) {
				all = append(all, i)
			}
		}
		award(rules, out, in, all, a.Overall, a.Name)
		return out
	}
	for c, cat := range rules.Categories {
		var list []int
		ranked := 0
		for i := range in {
			if in[i].Category != c {
				continue
			}
			if eligible(i) {
				list = append(list, i)
			}
			if in[i].Ranked {
				ranked++
			}
		}
		n := max(cat.Awards, int(math.Ceil(cat.AwardShare*float64(ranked)-1e-9)))
		name := a.Name
		if cat.AwardName != "" {
			name = cat.AwardName
		}
		award(rules, out, in, list, n, name)
	}
	return out
}

// award honours the n best of list, and everyone tied with the n-th.
func award(rules *Rules, out []Honours, in []Standing, list []int, n int, name string) {
	if n == 0 {
		return
	}
	order := rules.TieBreak
	bestFirst(list, in, order)
	for k, i := range list {
		if k >= n && compare(&in[list[n-1]], &in[i], order) != 0 {
			break
		}
		h := &out[i]
		h.Award, h.AwardName = true, name
		if c := in[i].Category; c >= 0 {
			h.AlsoAward = rules.Categories[c].AlsoAward
		}
		h.TieAtAward = k >= n || (len(list) > n && compare(&in[i], &in[list[n]], order) == 0)
		h.Reserve = in[i].HasTest && in[i].Test >= rules.Awards.Reserve.MinTest && rules.Awards.Reserve.Name != ""
	}
}
