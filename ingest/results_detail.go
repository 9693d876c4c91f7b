package ingest

import (
	"strings"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/msg"
)

var groupScoreColumns = []column{
	required(contract.ColID), required(contract.ColGroup), required(contract.ColEvaluators), required(contract.ColRatingCount),
	optional(contract.ColMean), optional(contract.ColSatisfaction),
	// Written by evalctl, not needed here; named so that they are not
	// taken for anything else.
	optional(contract.ColCategory), optional(contract.ColName), optional(contract.ColUnit), optional(contract.ColWeight),
}

// readGroupScores attaches each row of the 分组得分 sheet to its target.
func (w *Workbook) readGroupScores(sheet string, p *evaluate.Published) error {
	index := targetIndex(p)
	return w.eachRecord(sheet, groupScoreColumns, func(c *cellReader) error {
		i, ok := index[c.text(contract.ColID)]
		if !ok {
			return c.fail(contract.ColID, msg.DataNotInRanking, c.text(contract.ColID))
		}
		g := evaluate.PublishedGroup{Group: c.text(contract.ColGroup), Ballots: c.count(contract.ColEvaluators), Ratings: c.count(contract.ColRatingCount)}
		g.Mean, g.HasMean = c.number(contract.ColMean)
		g.Satisfaction, g.HasSatisfaction = c.rate(contract.ColSatisfaction)
		p.Targets[i].Groups = append(p.Targets[i].Groups, g)
		return nil
	})
}

var accountabilityColumns = []column{
	required(contract.ColPerson), required(contract.ColRole), required(contract.ColUnit),
	optional(contract.ColActions), optional(contract.ColProposals), optional(contract.ColBecauseOf), optional(contract.ColReason),
}

func (w *Workbook) readAccountability(sheet string, p *evaluate.Published) error {
	return w.eachRecord(sheet, accountabilityColumns, func(c *cellReader) error {
		role, ok := contract.Roles.Parse(c.text(contract.ColRole))
		if !ok {
			return c.fail(contract.ColRole, msg.DataNotRole, c.text(contract.ColRole), strings.Join(contract.Roles.Names(msg.Chinese), ", "))
		}
		p.Accountability = append(p.Accountability, evaluate.PublishedAccountability{Person: c.text(contract.ColPerson), Role: role,
			Unit: c.text(contract.ColUnit), Actions: splitList(c.text(contract.ColActions), "、", ", "),
			Proposals: splitList(c.text(contract.ColProposals), "、", ", "), Targets: splitList(c.text(contract.ColBecauseOf), ","),
			Reason: c.text(contract.ColReason)})
		return nil
	})
}

var ledgerColumns = []column{
	required(contract.ColID), required(contract.ColResult), required(contract.ColEffect),
	optional(contract.ColWhere), optional(contract.ColName), optional(contract.ColUnit), optional(contract.ColHandling),
	optional(contract.ColClosed), // 是 / 否: what the rules made of the status, not a column of the ledger
}

// readLedger reads the 投诉记录 sheet; columns other than the known ones are
// the ledger's own (日期, 内容 …), kept as details.
func (w *Workbook) readLedger(sheet string, p *evaluate.Published) error {
	index := targetIndex(p)
	return w.eachRecord(sheet, ledgerColumns, func(c *cellReader) error {
		if _, ok := index[c.text(contract.ColID)]; !ok {
			return c.fail(contract.ColID, msg.DataNotInRanking, c.text(contract.ColID))
		}
		effect, ok := contract.Effects.Parse(c.text(contract.ColEffect))
		if !ok {
			return c.fail(contract.ColEffect, msg.DataNotEffect, c.text(contract.ColEffect), strings.Join(contract.Effects.Names(msg.Chinese), ", "))
		}
		entry := evaluate.PublishedComplaint{TargetID: c.text(contract.ColID), Result: c.text(contract.ColResult), Status: c.text(contract.ColHandling),
			Effect: effect, Where: c.text(contract.ColWhere)}
		for i, name := range c.h.cells {
			if !c.h.known(i) && name != "" && at(c.cells, i) != "" {
				entry.Details = append(entry.Details, evaluate.Field{Name: name, Value: at(c.cells, i)})
			}
		}
		p.Ledger = append(p.Ledger, entry)
		return nil
	})
}

// eachRecord walks the data rows of a sheet found by its columns, handing
// each to fn; the problem fn returns for a row, and those it noted on the
// row's cells, are all returned together at the end.
func (w *Workbook) eachRecord(sheet string, cols []column, fn func(c *cellReader) error) error {
	h, err := w.findHeader(sheet, cols)
	if err != nil {
		return err
	}
	var errs []error
	err = w.eachRow(sheet, func(row int, cells []string) error {
		if row <= h.row || empty(cells) {
			return nil
		}
		c := &cellReader{w: w, sheet: sheet, row: row, h: h, cells: cells}
		if err := fn(c); err != nil {
			errs = append(errs, err)
		}
		errs = append(errs, c.errs...)
		return nil
	})
	if err != nil {
		return err
	}
	return joinErrs(errs)
}

func targetIndex(p *evaluate.Published) map[string]int {
	index := make(map[string]int, len(p.Targets))
	for i, t := range p.Targets {
		index[t.ID] = i
	}
	return index
}

// splitList splits a cell listing values with any of the separators.
func splitList(s string, seps ...string) []string {
	if s == "" {
		return nil
	}
	for _, sep := range seps[1:] {
		s = strings.ReplaceAll(s, sep, seps[0])
	}
	var out []string
	for _, v := range strings.Split(s, seps[0]) {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

var commentColumns = []column{
	required(contract.ColComment), optional(contract.ColID), optional(contract.ColUnit), optional(contract.ColTopics),
	optional(contract.ColBallot), optional(contract.ColGroup), optional(contract.ColName), optional(contract.ColFile), optional(contract.ColCell),
}

// readComments reads the 意见建议 sheet: each comment with the targets,
// units and topics it is about, as lists in a cell.
func (w *Workbook) readComments(sheet string, p *evaluate.Published) error {
	return w.eachRecord(sheet, commentColumns, func(c *cellReader) error {
		p.Comments = append(p.Comments, evaluate.PublishedComment{
			Targets: splitList(c.text(contract.ColID), ",", "，"),
			Units:   splitList(c.text(contract.ColUnit), "、", ", "),
			Topics:  splitList(c.text(contract.ColTopics), "、", ", "),
			Text:    c.text(contract.ColComment),
		})
		return nil
	})
}
