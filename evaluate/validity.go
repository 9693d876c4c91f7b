package evaluate

import (
	"fmt"

	"github.com/evalctl/evalctl/internal/msg"
)

// Problems of the configurable validity rules.
const (
	ProblemTooFewRated ProblemKind = "too_few_rated"   // below validity.min_rated_share
	ProblemLevelShare  ProblemKind = "one_level_share" // one rating above validity.max_level_share
	ProblemIdentical   ProblemKind = "identical"       // every target the same rating
	ProblemQuota       ProblemKind = "quota"           // a forced-distribution quota broken
	// ProblemStraightLine: every target the same rating, over the anomaly
	// rules' number of targets, where they void such ballots.
	ProblemStraightLine ProblemKind = "straight_line"
)

// checkValidity applies the rules' ballot limits to a ballot's valid
// ratings. Problem.Value says what was found, in figures.
func (t *Tally) checkValidity(ratings []rating) []Problem {
	v := t.rules.Validity
	var out []Problem
	if v.MinRatedShare > 0 && t.targets > 0 {
		rated := t.distinctTargets(ratings)
		if share := float64(rated) / float64(t.targets); share < v.MinRatedShare {
			out = append(out, Problem{Kind: ProblemTooFewRated, Value: fmt.Sprintf("%d/%d", rated, t.targets)})
		}
	}
	shares := v.MaxLevelShare > 0 && len(ratings) >= max(v.ShareMinRatings, 1)
	if shares || (v.Identical && len(ratings) >= 2) {
		// How many ratings give each number of points, in order of first
		// appearance (ratings are few, and points fewer).
		var buf [8]pointCount
		counts := buf[:0]
	next:
		for _, r := range ratings {
			p := t.points(r)
			for i := range counts {
				if counts[i].points == p {
					counts[i].n++
					continue next
				}
			}
			counts = append(counts, pointCount{p, 1})
		}
		if shares {
			for _, c := range counts {
				if float64(c.n)/float64(len(ratings)) > v.MaxLevelShare {
					out = append(out, Problem{Kind: ProblemLevelShare, Value: fmt.Sprintf("%g×%d/%d", c.points, c.n, len(ratings))})
					break
				}
			}
		}
		if v.Identical && len(ratings) >= 2 && len(counts) == 1 {
			out = append(out, Problem{Kind: ProblemIdentical, Value: fmt.Sprint(len(ratings))})
		}
	}
	if sl := t.rules.Ballots.Anomalies.StraightLine; sl.Action == AnomalyInvalid {
		if n, bin, ok := t.sameRating(ratings, sl.MinTargets); ok {
			out = append(out, Problem{Kind: ProblemStraightLine, Value: fmt.Sprintf("%d×%s", n, binName(&t.rules.Scale, t.counts.table, bin))})
		}
	}
	for i, q := range v.Quotas {
		n := 0
		for _, r := range ratings {
			p := t.points(r)
			if (q.AtOrAbove != nil && p >= *q.AtOrAbove) || (q.Below != nil && p < *q.Below) {
				n++
			}
		}
		if (q.AtMost != nil && n > *q.AtMost) || (q.AtLeast != nil && n < *q.AtLeast) {
			out = append(out, Problem{Kind: ProblemQuota, Value: fmt.Sprintf("%d:%d", i+1, n)})
		}
	}
	return out
}

// points of a rating: its bin's.
func (t *Tally) points(r rating) float64 { return t.counts.table.bins[r.bin].points }

type pointCount struct {
	points float64
	n      int
}

// distinctTargets counts the targets the ratings rate, a target rated on
// several dimensions once.
func (t *Tally) distinctTargets(ratings []rating) int {
	t.stamp++
	n := 0
	for _, r := range ratings {
		if t.targetSeen[r.target] != t.stamp {
			t.targetSeen[r.target] = t.stamp
			n++
		}
	}
	return n
}

// sameRating reports ratings that are all in one bin, over at least
// minTargets targets: how many targets, and the bin.
func (t *Tally) sameRating(ratings []rating, minTargets int) (targets, bin int, ok bool) {
	if len(ratings) == 0 {
		return 0, 0, false
	}
	bin = ratings[0].bin
	for _, r := range ratings {
		if r.bin != bin {
			return 0, 0, false
		}
	}
	targets = t.distinctTargets(ratings)
	return targets, bin, targets >= minTargets
}

// validity checks the ballot-validity limits and quotas.
func (v *validator) validity(val Validity) {
	if !v.finite("validity.min_rated_share", val.MinRatedShare) || !v.finite("validity.max_level_share", val.MaxLevelShare) {
		return
	}
	v.share("validity.min_rated_share", val.MinRatedShare)
	v.share("validity.max_level_share", val.MaxLevelShare)
	v.notNegative("validity.share_min_ratings", val.ShareMinRatings)
	for i, q := range val.Quotas {
		p := fmt.Sprintf("validity.quotas[%d]", i)
		if (q.AtOrAbove == nil) == (q.Below == nil) {
			v.add(p, msg.RuleQuotaBound)
		}
		if (q.AtMost == nil) == (q.AtLeast == nil) {
			v.add(p, msg.RuleQuotaCount)
		}
		for _, n := range []*int{q.AtMost, q.AtLeast} {
			if n != nil && *n < 0 {
				v.add(p, msg.RuleQuotaNegative, *n)
			}
		}
	}
}

// ProblemKinds lists every problem a ballot can have, for reports that must
// explain each of them.
var ProblemKinds = []ProblemKind{
	ProblemNoID, ProblemDuplicate, ProblemNoGroup, ProblemUnknownGroup, ProblemBadLevel, ProblemOutOfRange,
	ProblemBlank, ProblemDoubleEntry, ProblemUnknownTarget, ProblemUnknownDim, ProblemRatedTwice,
	ProblemMixedGroups, ProblemTooFewRated, ProblemLevelShare, ProblemIdentical, ProblemQuota, ProblemStraightLine,
}
