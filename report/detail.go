package report

import (
	"strconv"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/msg"
)

// groupScoresTable lists, per target and evaluator group, the ratings, the
// untrimmed mean and the satisfaction rate, beside the group's weight: with
// one dimension and no trimming, S(t) = Σ w·mean / Σ w over the rows with
// ratings, so anyone can recompute a ballot score by hand. Every group is
// listed; a group that did not rate the target has no mean and drops out.
// The sheet stays in the office: nothing is suppressed here.
func groupScoresTable(res *evaluate.Result, lang msg.Lang) table {
	tb := table{name: contract.SheetGroupScores.In(lang)}
	tb.header = heads(lang, contract.ColCategory, contract.ColID, contract.ColName, contract.ColUnit, contract.ColGroup, contract.ColWeight, contract.ColEvaluators, contract.ColRatingCount, contract.ColMean, contract.ColSatisfaction)
	tb.formats = []format{text, text, text, text, text, fixed2, integer, integer, fixed2, percent}
	// With min_group_ballots, a group with too few evaluators for a target
	// stays out of its weighted mean: the sheet says which rows counted.
	weighting := res.Rules.MinGroupBallots > 0
	if weighting {
		tb.header = append(tb.header, contract.ColInWeightedMean.In(lang))
	}
	for _, tr := range Ordered(res) {
		for g, gs := range tr.ByGroup {
			row := []any{tr.Category, tr.ID, tr.Name, tr.Unit, gs.Group, res.Rules.Groups[g].Weight, gs.Ballots, gs.Ratings,
				orNil(gs.Mean, gs.Ratings > 0), orNil(float64(gs.Satisfied)/float64(max(gs.Ratings, 1)), gs.Ratings > 0)}
			if weighting {
				row = append(row, yesOrEmpty(lang, gs.Weighted))
			}
			tb.add(row...)
		}
	}
	return tb
}

// ledgerTable lists the complaint ledger in its order, with each entry's
// effect under the rules and the ledger's other columns as written.
func ledgerTable(res *evaluate.Result, lang msg.Lang) table {
	tb := table{name: contract.SheetLedger.In(lang)}
	names := map[string]*evaluate.TargetResult{}
	for i := range res.Targets {
		names[res.Targets[i].ID] = &res.Targets[i]
	}
	var fields [][]evaluate.Field
	for _, c := range res.Ledger {
		fields = append(fields, c.Details)
	}
	details := detailNames(fields)
	statuses := len(res.Rules.Complaints.Statuses) > 0
	tb.header = heads(lang, contract.ColID, contract.ColName, contract.ColUnit, contract.ColResult, contract.ColEffect)
	if statuses {
		tb.header = append(tb.header, contract.ColHandling.In(lang))
	}
	if tracksHandling(res.Rules) {
		tb.header = append(tb.header, contract.ColClosed.In(lang))
	}
	tb.header = append(tb.header, details...)
	tb.header = append(tb.header, contract.ColWhere.In(lang))
	for _, c := range res.Ledger {
		tr := names[c.TargetID]
		row := []any{c.TargetID, tr.Name, tr.Unit, c.Result, effectText(lang, c.Effect)}
		if statuses {
			row = append(row, c.Status)
		}
		if tracksHandling(res.Rules) {
			row = append(row, yesOrNo(lang, c.Closed))
		}
		row = append(row, detailValues(details, c.Details)...)
		tb.add(append(row, c.Where)...)
	}
	return tb
}

// detailNames is the union of the names of the ledger's other columns, in
// order, given each entry's fields.
func detailNames(entries [][]evaluate.Field) []string {
	var names []string
	seen := map[string]bool{}
	for _, fields := range entries {
		for _, d := range fields {
			if !seen[d.Name] {
				seen[d.Name] = true
				names = append(names, d.Name)
			}
		}
	}
	return names
}

// detailValues lines values up with names; a missing one is an empty cell.
func detailValues(names []string, fields []evaluate.Field) []any {
	out := make([]any, len(names))
	for i, n := range names {
		for _, f := range fields {
			if f.Name == n && f.Value != "" {
				out[i] = f.Value
			}
		}
	}
	return out
}

// effectText names a complaint's effect.
func effectText(lang msg.Lang, effect evaluate.Effect) string {
	return contract.Effects.In(effect, lang)
}

// yesOrEmpty is 是 / yes for true and an empty cell for false.
func yesOrEmpty(lang msg.Lang, v bool) any {
	if !v {
		return nil
	}
	return lang.T(msg.ValYes)
}

// previousCells are the ranking's comparison with the previous round:
// previous rank, rank change (positive = improved), previously
// unsatisfactory (是 / 否), each empty when not known.
func previousCells(tr *evaluate.TargetResult, lang msg.Lang) []any {
	if !tr.HasPrevious {
		return []any{nil, nil, nil}
	}
	var prevRank, change any
	if tr.PreviousRank > 0 {
		prevRank = tr.PreviousRank
	}
	if c, ok := tr.RankChange(); ok {
		change = c
	}
	unsat := lang.T(msg.ValNo)
	if tr.PreviousUnsatisfactory {
		unsat = lang.T(msg.ValYes)
	}
	return []any{prevRank, change, unsat}
}

// yearText is the year, or (unknown).
func yearText(lang msg.Lang, year int) string {
	if year == 0 {
		return lang.T(msg.ValUnknownYear)
	}
	return strconv.Itoa(year)
}

// yesOrNo is 是 or 否.
func yesOrNo(lang msg.Lang, v bool) string {
	if v {
		return lang.T(msg.ValYes)
	}
	return lang.T(msg.ValNo)
}
