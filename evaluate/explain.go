package evaluate

import (
	"sort"

	"gonum.org/v1/gonum/stat"
)

// Grounds is the rule that put a target on the bottom list, or held it for
// the committee.
type Grounds string

// The grounds of a verdict, the strongest first: a veto stands whatever the
// ranks say; a small category holds a verdict by rank, tied or not.
const (
	GroundsVeto           Grounds = "veto"
	GroundsSmallCategory  Grounds = "small_category"
	GroundsTieAtCutoff    Grounds = "tie_at_cutoff"
	GroundsBelowThreshold Grounds = "below_threshold"
	GroundsBottom         Grounds = "bottom"
)

// Explanation is what a bottom-list verdict rests on, in figures: the
// target's final score against its category's median, its weakest group,
// its deductions and the ledger entries behind them, its margin to the
// first target of the category not on the list, and the rule that made the
// verdict. Package report tells it in a sentence.
type Explanation struct {
	Grounds Grounds

	// Ranked is how many of the category are ranked, and Median the median
	// of their final scores: the lowest with at least half of them at or
	// below it, as the trend workbook's quartiles are.
	Ranked int
	Median float64

	// WeakestGroup indexes Rules.Groups: the group whose ratings of the
	// target have the lowest mean (the first such); -1 when none rated it.
	WeakestGroup int

	// Deductions are where the deducting ledger entries are; Vetoes where
	// the veto entries are.
	Deductions, Vetoes []string

	// Next indexes Result.Targets: the lowest ranked target of the category
	// that is neither unsatisfactory nor pending, -1 when there is none; the
	// margin is its final score minus the target's.
	Next int

	// Places is the category's bottom count N, and ByRank the places of it
	// taken by rank (N less the ranked vetoes that fill places); Tied lists
	// the other targets tied with this one across the cutoff; Limit and
	// NotVetoed say how many places a verdict by rank may take, and among
	// how many ranked targets not vetoed.
	Places, ByRank   int
	Tied             []string
	Limit, NotVetoed int
}

// Explain says what the verdict of target i rests on. It is meant for the
// targets of the bottom list (unsatisfactory or pending); for another its
// grounds are empty.
func (r *Result) Explain(i int) Explanation {
	standings := r.Standings()
	t := &r.Targets[i]
	c := standings[i].Category
	e := Explanation{Grounds: grounds(t), WeakestGroup: -1, Next: -1, Vetoes: t.VetoSources}
	var finals []float64
	var ranked []int
	notVetoed := 0
	for j := range r.Targets {
		if standings[j].Category != c || !standings[j].Ranked {
			continue
		}
		finals = append(finals, standings[j].Final)
		ranked = append(ranked, j)
		if !standings[j].Veto {
			notVetoed++
		}
	}
	e.Ranked = len(finals)
	if len(finals) > 0 {
		sort.Float64s(finals)
		e.Median = stat.Quantile(0.5, stat.Empirical, finals, nil)
	}
	worstFirst(ranked, standings, r.Rules.TieBreak)
	for _, j := range ranked {
		if o := &r.Targets[j]; !o.Unsatisfactory && !o.Pending() {
			e.Next = j
			break
		}
	}
	for g, gs := range t.ByGroup {
		if gs.Ratings > 0 && (e.WeakestGroup < 0 || gs.Mean < t.ByGroup[e.WeakestGroup].Mean) {
			e.WeakestGroup = g
		}
	}
	for _, entry := range r.Ledger {
		if entry.TargetID == t.ID && entry.Effect == EffectDeduct {
			e.Deductions = append(e.Deductions, entry.Where)
		}
	}
	if c >= 0 {
		e.Places = BottomCount(r.Rules.Categories[c], len(finals))
		e.ByRank = e.Places
		if !r.Rules.Bottom.Vetoes.Adds() {
			e.ByRank -= len(finals) - notVetoed
		}
	}
	if t.TieAtCutoff {
		for _, j := range ranked {
			if j != i && r.Targets[j].TieAtCutoff && compare(&standings[j], &standings[i], r.Rules.TieBreak) == 0 {
				e.Tied = append(e.Tied, r.Targets[j].ID)
			}
		}
		sort.Strings(e.Tied)
	}
	e.NotVetoed, e.Limit = notVetoed, RankLimit(r.Rules, notVetoed)
	return e
}

// grounds is the rule behind a target's place on the bottom list.
func grounds(t *TargetResult) Grounds {
	switch {
	case t.Veto:
		return GroundsVeto
	case t.SmallCategory:
		return GroundsSmallCategory
	case t.TieAtCutoff:
		return GroundsTieAtCutoff
	case t.BelowThreshold:
		return GroundsBelowThreshold
	case t.Unsatisfactory:
		return GroundsBottom
	}
	return ""
}
