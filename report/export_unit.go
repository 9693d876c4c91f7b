package report

import (
	"fmt"
	"strings"

	"github.com/evalctl/evalctl/evaluate"
)

// unitView is the part of a published round that one unit may see: its
// targets, the accountability entries of its leaders and its targets'
// complaints. Nothing of another unit goes into it.
type unitView struct {
	unit           string
	targets        []*evaluate.PublishedTarget
	accountability []evaluate.PublishedAccountability
	ledger         []evaluate.PublishedComplaint
}

func viewOf(p *evaluate.Published, unit string) unitView {
	v := unitView{unit: unit}
	ids := map[string]bool{}
	for i := range p.Targets {
		if t := &p.Targets[i]; t.Unit == unit {
			v.targets = append(v.targets, t)
			ids[t.ID] = true
		}
	}
	for _, a := range p.Accountability {
		if a.Unit == unit {
			v.accountability = append(v.accountability, a)
		}
	}
	for _, c := range p.Ledger {
		if ids[c.TargetID] {
			v.ledger = append(v.ledger, c)
		}
	}
	return v
}

// unitResultsTable: each of the unit's targets with its rank in its category
// and of how many, the score breakdown, the satisfaction rate and the
// verdict.
func unitResultsTable(p *evaluate.Published, v unitView, threshold int, lang Lang) table {
	tb := table{name: t(lang, "Unit results")}
	tb.header = []string{t(lang, "Category"), t(lang, "Rank"), t(lang, "Of"), t(lang, "ID"), t(lang, "Name"),
		t(lang, "Section"), t(lang, "Ratings"), t(lang, "Ballot score")}
	tb.formats = []format{text, integer, integer, text, text, text, integer, fixed2}
	for _, name := range p.Components {
		tb.header = append(tb.header, name)
		tb.formats = append(tb.formats, fixed2)
	}
	tb.header = append(tb.header, t(lang, "Composite"), t(lang, "Verified complaints"), t(lang, "Deduction"),
		t(lang, "Final"), t(lang, "Satisfaction"), unsatisfactoryColumn(lang), t(lang, "Verdict"), t(lang, "Flags"))
	tb.formats = append(tb.formats, fixed2, integer, fixed2, fixed2, percent, text, text, text)
	for _, tg := range v.targets {
		hide := hiddenTarget(tg, threshold)
		var rank, of any
		if tg.Rank > 0 {
			rank, of = tg.Rank, tg.CategorySize
		}
		row := []any{tg.Category, rank, of, tg.ID, tg.Name, tg.Section, tg.Ratings, shownOr(tg.BallotScore, tg.HasScore, hide)}
		for c := range p.Components {
			row = append(row, orNil(tg.Components[c], tg.HasComponent[c]))
		}
		row = append(row, shownOr(tg.Composite, tg.HasScore, hide), tg.Verified, shownOr(tg.Deduction, tg.HasScore, hide),
			shownOr(tg.Final, tg.HasScore, hide), shownOr(tg.Satisfaction, tg.HasSatisfaction, hide),
			yesOrEmpty(lang, tg.Unsatisfactory), publishedVerdict(tg, lang), strings.Join(tg.Flags, ","))
		tb.add(row...)
	}
	return tb
}

// byGroupTable: each target's ratings, mean and satisfaction rate per
// evaluator group, withheld (—) where they would reveal votes.
func byGroupTable(v unitView, threshold int, lang Lang) table {
	tb := table{name: t(lang, "By group")}
	tb.header = []string{t(lang, "ID"), t(lang, "Name"), t(lang, "Group"), t(lang, "Rating count"), t(lang, "Mean score"), t(lang, "Satisfaction")}
	tb.formats = []format{text, text, text, integer, fixed2, percent}
	for _, tg := range v.targets {
		hidden := hiddenGroups(tg.Groups, threshold)
		for i, g := range tg.Groups {
			tb.add(tg.ID, tg.Name, g.Group, g.Ratings, shownOr(g.Mean, g.HasMean, hidden[i]),
				shownOr(g.Satisfaction, g.HasSatisfaction, hidden[i]))
		}
	}
	return tb
}

// suppressionNote explains the — cells; it goes below the by-group table.
func suppressionNote(lang Lang, threshold int) string {
	return pick(lang == Chinese,
		fmt.Sprintf("注：某代表类别对某评议对象的评价少于%d次时，不显示其平均分和满意率（显示为“%s”），以免推知个人评价；"+
			"只隐去一个类别、或隐去的类别合计少于%d次时，评价次数最少的其他类别也一并隐去，以免由总体数据倒推。"+
			"评议对象的全部评价少于%d次时，其得分和满意率同样不显示。", threshold, Suppressed, threshold, threshold),
		fmt.Sprintf("Note: where an evaluator group gave a target fewer than %d ratings, its mean and satisfaction rate are "+
			"not shown (%s), so that no individual vote can be inferred; where that would hide only one group, or groups holding "+
			"fewer than %d ratings together, the smallest other groups are hidden too, so the hidden figures cannot be worked "+
			"back from the overall ones. A target rated fewer than %d times in all has its scores and rate withheld likewise.",
			threshold, Suppressed, threshold, threshold))
}

func unitAccountabilityTable(v unitView, lang Lang) table {
	tb := table{name: t(lang, "Accountability")}
	tb.header = []string{t(lang, "Person"), t(lang, "Role"), t(lang, "Unit"), t(lang, "Actions"), t(lang, "Because of"), t(lang, "Reason")}
	for _, a := range v.accountability {
		tb.add(a.Person, t(lang, a.Role), a.Unit, strings.Join(a.Actions, pick(lang == Chinese, "、", ", ")),
			strings.Join(a.Targets, ","), a.Reason)
	}
	return tb
}

func unitLedgerTable(v unitView, lang Lang) table {
	tb := table{name: t(lang, "Complaint ledger")}
	names := map[string]string{}
	for _, tg := range v.targets {
		names[tg.ID] = tg.Name
	}
	var fields [][]evaluate.Field
	for _, c := range v.ledger {
		fields = append(fields, c.Details)
	}
	details := detailNames(fields)
	tb.header = append([]string{t(lang, "ID"), t(lang, "Name"), t(lang, "Result"), t(lang, "Effect")}, details...)
	tb.header = append(tb.header, t(lang, "Where"))
	for _, c := range v.ledger {
		row := []any{c.TargetID, names[c.TargetID], c.Result, effectText(lang, c.Effect)}
		row = append(row, detailValues(details, c.Details)...)
		tb.add(append(row, c.Where)...)
	}
	return tb
}

func unitAboutTable(p *evaluate.Published, v unitView, threshold int, lang Lang) table {
	tb := table{name: t(lang, "About"), header: []string{t(lang, "Item"), t(lang, "Value")}}
	tb.add(t(lang, "Unit"), v.unit)
	tb.add(t(lang, "Round"), p.Round)
	tb.add(t(lang, "Year"), yearText(lang, p.Year))
	tb.add(t(lang, "Targets"), len(v.targets))
	tb.add(t(lang, "Fewest ratings shown"), threshold)
	return tb
}

// publishedVerdict is the verdict as published, or, where the source gave
// none (the JSON contract), one in general words.
func publishedVerdict(tg *evaluate.PublishedTarget, lang Lang) string {
	if tg.Verdict != "" {
		return tg.Verdict
	}
	var parts []string
	if tg.Unsatisfactory {
		parts = append(parts, t(lang, "unsatisfactory"))
	}
	if tg.HasFlag(evaluate.FlagTieAtCutoff) {
		parts = append(parts, t(lang, "tie at cutoff, committee decides"))
	}
	if tg.Award {
		parts = append(parts, t(lang, "Award"))
	}
	if tg.Reserve {
		parts = append(parts, t(lang, "Reserve"))
	}
	return strings.Join(parts, pick(lang == Chinese, "、", ", "))
}
