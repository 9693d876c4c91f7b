package report

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/msg"
)

// Explanation tells in one sentence what the verdict of the bottom-list
// target tr rests on: its final score against the category's median, its
// weakest group and that group's mean, its deductions and the ledger
// entries behind them, its margin to the lowest ranked target not on the
// list, and the rule that made the verdict. Every figure is one the JSON
// gives, to two decimals.
func Explanation(res *evaluate.Result, tr *evaluate.TargetResult, lang msg.Lang) string {
	i := 0
	for i < len(res.Targets) && &res.Targets[i] != tr {
		i++
	}
	e := res.Explain(i)
	var parts []string
	// Differences are of the figures as shown, to two decimals, so that
	// they add up for a reader: 78.89 − 78.45 is 0.44, whatever the third
	// decimals were.
	switch diff := cents(e.Median) - cents(tr.Final); {
	case !tr.HasBallotScore:
		parts = append(parts, lang.T(msg.ExplainNoScore))
	case e.Ranked == 0:
		parts = append(parts, lang.T(msg.ExplainNoneRanked))
	case diff == 0:
		parts = append(parts, lang.F(msg.ExplainFinalAt, tr.Final, e.Ranked, e.Median))
	case diff > 0:
		parts = append(parts, lang.F(msg.ExplainFinalBelow, tr.Final, e.Ranked, e.Median, diff/100))
	default:
		parts = append(parts, lang.F(msg.ExplainFinalAbove, tr.Final, e.Ranked, e.Median, -diff/100))
	}
	if g := e.WeakestGroup; g >= 0 {
		parts = append(parts, lang.F(msg.ExplainWeakest, tr.ByGroup[g].Group, tr.ByGroup[g].Mean))
	}
	if len(e.Deductions) > 0 {
		parts = append(parts, lang.F(msg.ExplainDeducted, len(e.Deductions), tr.Deduction, strings.Join(e.Deductions, "; ")))
	} else {
		parts = append(parts, lang.T(msg.ExplainNoDeduction))
	}
	if e.Next < 0 {
		parts = append(parts, lang.T(msg.ExplainNoneOff))
	} else if next := &res.Targets[e.Next]; tr.HasBallotScore {
		switch margin := cents(next.Final) - cents(tr.Final); {
		case margin == 0:
			parts = append(parts, lang.F(msg.ExplainMarginEqual, next.ID, next.Name, next.Final))
		case margin > 0:
			parts = append(parts, lang.F(msg.ExplainMarginBelow, next.ID, next.Name, next.Final, margin/100))
		default:
			parts = append(parts, lang.F(msg.ExplainMarginAbove, next.ID, next.Name, next.Final, -margin/100))
		}
	}
	parts = append(parts, groundsText(res, tr, e, lang))
	return capitalize(strings.Join(parts, lang.Sep()) + lang.T(msg.ExplainSentenceEnd))
}

// groundsText names the rule that made the verdict.
func groundsText(res *evaluate.Result, tr *evaluate.TargetResult, e evaluate.Explanation, lang msg.Lang) string {
	switch e.Grounds {
	case evaluate.GroundsVeto:
		return lang.F(msg.ExplainVeto, strings.Join(e.Vetoes, "; "))
	case evaluate.GroundsSmallCategory:
		return lang.F(msg.ExplainSmall, e.ByRank, e.NotVetoed, e.Limit)
	case evaluate.GroundsTieAtCutoff:
		return lang.F(msg.ExplainTie, lang.Join(e.Tied), tr.Rank, e.Places)
	case evaluate.GroundsBelowThreshold:
		return lang.F(msg.ExplainBelow, lang.Join(thresholdsMet(res, tr, lang)))
	}
	return lang.F(msg.ExplainBottom, tr.Rank, tr.CategorySize, e.Places)
}

// thresholdsMet lists the also_below thresholds of the target's category
// that it meets, as evaluate compares them.
func thresholdsMet(res *evaluate.Result, tr *evaluate.TargetResult, lang msg.Lang) []string {
	var out []string
	for _, c := range res.Rules.Categories {
		th := c.AlsoBelow
		if c.Name != tr.Category || th == nil {
			continue
		}
		if th.Final != nil && math.Round(tr.Final*1e4) < math.Round(*th.Final*1e4) {
			out = append(out, lang.F(msg.ExplainBelowFinal, *th.Final))
		}
		if th.Satisfaction != nil && tr.RatingCells > 0 && tr.Satisfaction < *th.Satisfaction {
			out = append(out, lang.F(msg.ExplainBelowSat, 100*tr.Satisfaction, 100**th.Satisfaction))
		}
		if th.LowestShare != nil && tr.RatingCells > 0 && tr.LowestShare > *th.LowestShare {
			out = append(out, lang.F(msg.ExplainBelowLowest, 100*tr.LowestShare, 100**th.LowestShare))
		}
	}
	return out
}

// cents is a score as shown to two decimals, in hundredths.
func cents(x float64) float64 { return math.Round(x * 100) }

// capitalize starts an English sentence with a capital; Chinese has none.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
