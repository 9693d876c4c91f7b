package report

import "github.com/evalctl/evalctl/evaluate"

// Suppressed is how a figure withheld from an export is shown.
const Suppressed = "—"

// hiddenGroups says which groups' figures (mean, satisfaction rate) a unit's
// export withholds for one target, so that no evaluator's vote can be
// inferred:
//
//   - a group of fewer than threshold evaluators (ballots rating the target;
//     several dimensions give one evaluator several ratings) is hidden;
//   - if that leaves one group hidden, or hidden groups holding fewer than
//     threshold ratings together, the smallest shown groups are hidden too, until
//     at least two are hidden holding threshold ratings between them (or none is
//     left): otherwise the overall rate minus the shown groups would give
//     the hidden one away.
//
// A group that did not rate the target has no figure and is never hidden.
func hiddenGroups(groups []evaluate.PublishedGroup, threshold int) []bool {
	hidden := make([]bool, len(groups))
	count, total := 0, 0
	for i, g := range groups {
		if g.Ballots > 0 && g.Ballots < threshold {
			hidden[i] = true
			count++
			total += g.Ballots
		}
	}
	for count > 0 && (count < 2 || total < threshold) {
		next := -1
		for i, g := range groups {
			if g.Ballots > 0 && !hidden[i] && (next < 0 || g.Ballots < groups[next].Ballots) {
				next = i
			}
		}
		if next < 0 {
			break
		}
		hidden[next] = true
		count++
		total += groups[next].Ballots
	}
	return hidden
}

// hiddenTarget says a target's own figures (satisfaction rate, ballot score
// and the scores built on it) are withheld: fewer than threshold evaluators
// rated it, so they are as revealing as a small group's.
func hiddenTarget(t *evaluate.PublishedTarget, threshold int) bool {
	return t.Ratings > 0 && t.Ratings < threshold
}

// shownOr returns v when shown, the suppression mark when hidden, and an
// empty cell when there is no value.
func shownOr(v float64, has, hidden bool) any {
	switch {
	case !has:
		return nil
	case hidden:
		return Suppressed
	}
	return v
}
