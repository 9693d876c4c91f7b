package report

import (
	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/msg"
)

// scoreDetailTable is the 计分明细 sheet: every figure behind each final
// score, so that it can be recomputed from this sheet and the rules alone.
// A row per target and group (and dimension, when the rules rate several)
// counts the ratings in each level of the scale, headed by the level's own
// name, and gives the ratings counted, the mean that entered the score
// (trimmed where trimming applies), the group's weight and its part of the
// ballot score; with the groups pooled, a row per dimension holds the pooled
// mean. Each target ends with a total row: its level counts, the ballot
// score (the sum of the parts), the other components, the composite, its
// deducting complaints by result, the deduction and the final score.
func scoreDetailTable(res *evaluate.Result, lang msg.Lang) table {
	rules := res.Rules
	tb := table{name: contract.SheetScoreDetail.In(lang)}
	several := len(rules.Dimensions) > 1
	tb.header = heads(lang, contract.ColID, contract.ColName, contract.ColGroup)
	tb.formats = []format{text, text, text}
	if several {
		tb.header = append(tb.header, contract.ColDimension.In(lang))
		tb.formats = append(tb.formats, text)
	}
	levels := rules.Scale.LevelNames()
	for _, l := range levels {
		tb.header = append(tb.header, l)
		tb.formats = append(tb.formats, integer)
	}
	tb.header = append(tb.header, heads(lang, contract.ColRatingCount, contract.ColMean, contract.ColWeight, contract.ColContribution)...)
	tb.formats = append(tb.formats, integer, fixed2, fixed2, fixed2)
	var components []int
	for c, comp := range rules.Components {
		if comp.Source != evaluate.SourceBallots {
			components = append(components, c)
			tb.header = append(tb.header, comp.Name)
			tb.formats = append(tb.formats, fixed2)
		}
	}
	tb.header = append(tb.header, contract.ColComposite.In(lang))
	tb.formats = append(tb.formats, fixed2)
	var deducting []int
	for k, r := range rules.Complaints.Results {
		if r.Effect == evaluate.EffectDeduct {
			deducting = append(deducting, k)
			tb.header = append(tb.header, lang.F(msg.ColComplaintsOfKind, r.Name))
			tb.formats = append(tb.formats, integer)
		}
	}
	tb.header = append(tb.header, heads(lang, contract.ColDeduction, contract.ColFinal, contract.ColNote)...)
	tb.formats = append(tb.formats, fixed2, fixed2, text)
	tail := len(components) + 1 + len(deducting) + 2 // the total row's own columns, before the note
	pooled := pooledGroups(rules)

	for _, tr := range Ordered(res) {
		for _, d := range tr.Detail {
			row := []any{tr.ID, tr.Name, detailGroup(rules, d, lang)}
			if several {
				row = append(row, rules.Dimensions[d.Dim].Name)
			}
			row = append(row, counts(d.Levels)...)
			var weight, contribution any
			if !pooled {
				weight = d.Weight
			}
			if d.Counted && tr.DimRated[d.Dim] {
				contribution = d.Contribution
			}
			row = append(row, d.Ratings, orNil(d.Mean, d.HasMean), weight, contribution)
			row = append(row, make([]any, tail)...)
			tb.add(append(row, detailNote(rules, tr, d, lang))...)
		}
		row := []any{tr.ID, tr.Name, lang.T(msg.ValTotal)}
		if several {
			row = append(row, nil)
		}
		row = append(row, counts(tr.Levels)...)
		row = append(row, tr.RatingCells, nil, nil, orNil(tr.BallotScore, tr.HasBallotScore))
		for _, c := range components {
			row = append(row, orNil(tr.Components[c], tr.HasComponent[c]))
		}
		row = append(row, orNil(tr.Composite, tr.HasBallotScore))
		for _, k := range deducting {
			row = append(row, tr.ByResult[k])
		}
		row = append(row, orNil(tr.Deduction, tr.HasBallotScore), orNil(tr.Final, tr.HasBallotScore), lang.T(msg.NoteDetailTotal))
		tb.add(row...)
	}
	return tb
}

// detailGroup names the group of a detail row, or the pooled groups.
func detailGroup(rules *evaluate.Rules, d evaluate.DetailRow, lang msg.Lang) string {
	if d.Group < 0 {
		return lang.T(msg.ValPooledGroups)
	}
	return rules.Groups[d.Group].Name
}

// detailNote says why a row counts as it does: trimmed, too few evaluators
// to carry the group's weight, not rated, or pooled.
func detailNote(rules *evaluate.Rules, tr *evaluate.TargetResult, d evaluate.DetailRow, lang msg.Lang) any {
	pooled := pooledGroups(rules)
	switch {
	case d.Counted && d.Trimmed:
		return lang.F(msg.NoteTrimmed, rules.Trim.K)
	case d.Group < 0:
		return nil
	case pooled:
		return lang.F(msg.NotePooledGroup, lang.T(msg.ValPooledGroups))
	case d.Ratings == 0:
		return lang.T(msg.NoteNotRated)
	case !d.Counted:
		return lang.F(msg.NoteFewEvaluators, tr.ByGroup[d.Group].Ballots, rules.MinGroupBallots)
	}
	return nil
}

// pooledGroups reports whether the groups are pooled: every weight 0.
func pooledGroups(rules *evaluate.Rules) bool {
	for _, g := range rules.Groups {
		if g.Weight != 0 {
			return false
		}
	}
	return true
}

// counts are level counts as cells.
func counts(levels []int) []any {
	out := make([]any, len(levels))
	for i, n := range levels {
		out[i] = n
	}
	return out
}
