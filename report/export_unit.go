package report

import (
	"slices"
	"strings"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/msg"
)

// unitView is the part of a published round that one unit may see: its
// targets, the accountability entries of its leaders and its targets'
// complaints. Nothing of another unit goes into it.
type unitView struct {
	unit           string
	targets        []*evaluate.PublishedTarget
	accountability []evaluate.PublishedAccountability
	ledger         []evaluate.PublishedComplaint
	comments       []evaluate.PublishedComment
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
	for _, c := range p.Comments {
		if slices.Contains(c.Units, unit) {
			v.comments = append(v.comments, unitComment(c, ids))
		}
	}
	return v
}

// unitResultsTable: each of the unit's targets with its rank in its category
// and of how many, the score breakdown, the satisfaction rate and the
// verdict.
func unitResultsTable(p *evaluate.Published, v unitView, threshold int, lang msg.Lang) table {
	tb := table{name: contract.SheetUnitResults.In(lang)}
	tb.header = heads(lang, contract.ColCategory, contract.ColRank, contract.ColOf, contract.ColID, contract.ColName, contract.ColSection, contract.ColRatings, contract.ColBallotScore)
	tb.formats = []format{text, integer, integer, text, text, text, integer, fixed2}
	for _, name := range p.Components {
		tb.header = append(tb.header, name)
		tb.formats = append(tb.formats, fixed2)
	}
	tb.header = append(tb.header, heads(lang, contract.ColComposite, contract.ColVerified, contract.ColDeduction, contract.ColFinal, contract.ColSatisfaction, contract.ColUnsatisfactory, contract.ColVerdict, contract.ColFlags)...)
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
			yesOrEmpty(lang, tg.Unsatisfactory), publishedVerdict(tg, lang), contract.FlagsText(tg.Flags, lang))
		tb.add(row...)
	}
	return tb
}

// byGroupTable: each target's ratings, mean and satisfaction rate per
// evaluator group, withheld (—) where they would reveal votes.
func byGroupTable(v unitView, threshold int, lang msg.Lang) table {
	tb := table{name: contract.SheetByGroup.In(lang)}
	tb.header = heads(lang, contract.ColID, contract.ColName, contract.ColGroup, contract.ColRatingCount, contract.ColMean, contract.ColSatisfaction)
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
func suppressionNote(lang msg.Lang, threshold int) string {
	return lang.F(msg.SuppressionNote, threshold, Suppressed)
}

func unitAccountabilityTable(v unitView, lang msg.Lang) table {
	proposes := false
	for _, a := range v.accountability {
		proposes = proposes || len(a.Proposals) > 0
	}
	return accountabilitySheet(v.accountability, proposes, lang)
}

func unitLedgerTable(v unitView, lang msg.Lang) table {
	tb := table{name: contract.SheetLedger.In(lang)}
	names := map[string]string{}
	for _, tg := range v.targets {
		names[tg.ID] = tg.Name
	}
	var fields [][]evaluate.Field
	for _, c := range v.ledger {
		fields = append(fields, c.Details)
	}
	details := detailNames(fields)
	statuses := false
	for _, c := range v.ledger {
		statuses = statuses || c.Status != ""
	}
	tb.header = heads(lang, contract.ColID, contract.ColName, contract.ColResult, contract.ColEffect)
	if statuses {
		tb.header = append(tb.header, contract.ColHandling.In(lang))
	}
	tb.header = append(tb.header, details...)
	tb.header = append(tb.header, contract.ColWhere.In(lang))
	for _, c := range v.ledger {
		row := []any{c.TargetID, names[c.TargetID], c.Result, effectText(lang, c.Effect)}
		if statuses {
			row = append(row, c.Status)
		}
		row = append(row, detailValues(details, c.Details)...)
		tb.add(append(row, c.Where)...)
	}
	return tb
}

func unitAboutTable(p *evaluate.Published, v unitView, threshold int, lang msg.Lang) table {
	tb := table{name: contract.SheetAbout.In(lang), header: heads(lang, contract.ColItem, contract.ColValue)}
	tb.add(contract.ColUnit.In(lang), v.unit)
	tb.add(contract.ItemRound.In(lang), p.Round)
	tb.add(contract.ColYear.In(lang), yearText(lang, p.Year))
	tb.add(contract.ColTargets.In(lang), len(v.targets))
	tb.add(contract.ColFewestShown.In(lang), threshold)
	return tb
}

// publishedVerdict is the verdict as published, or, where the source gave
// none (the JSON contract), one in general words.
func publishedVerdict(tg *evaluate.PublishedTarget, lang msg.Lang) string {
	if tg.Verdict != "" {
		return tg.Verdict
	}
	var parts []string
	if tg.Unsatisfactory {
		parts = append(parts, lang.T(msg.ValUnsatisfactory))
	}
	switch {
	case tg.HasFlag(evaluate.FlagSmallCategory):
		parts = append(parts, lang.T(msg.ValSmallPending))
	case tg.HasFlag(evaluate.FlagTieAtCutoff):
		parts = append(parts, lang.T(msg.ValTiePending))
	}
	if tg.Award {
		parts = append(parts, lang.T(msg.ValAwarded))
	}
	if tg.Reserve {
		parts = append(parts, lang.T(msg.ValReserve))
	}
	return lang.Join(parts)
}

// unitComment is a comment as a unit sees it: naming only the unit's own
// targets, never another unit's.
func unitComment(c evaluate.PublishedComment, ids map[string]bool) evaluate.PublishedComment {
	out := evaluate.PublishedComment{Topics: c.Topics, Text: c.Text}
	for _, t := range c.Targets {
		if ids[t] {
			out.Targets = append(out.Targets, t)
		}
	}
	return out
}

// unitCommentsTable: the comments about the unit or its targets, with
// their topics, and nothing that would tell whose ballot they came from.
func unitCommentsTable(v unitView, lang msg.Lang) table {
	tb := table{name: contract.SheetComments.In(lang)}
	tb.header = heads(lang, contract.ColID, contract.ColName, contract.ColTopics, contract.ColComment)
	names := map[string]string{}
	for _, tg := range v.targets {
		names[tg.ID] = tg.Name
	}
	for _, c := range v.comments {
		var who []string
		for _, t := range c.Targets {
			who = append(who, names[t])
		}
		tb.add(strings.Join(c.Targets, ","), strings.Join(who, ","), lang.Join(c.Topics), c.Text)
	}
	return tb
}
