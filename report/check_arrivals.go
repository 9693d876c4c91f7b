package report

import (
	"fmt"
	"strings"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/msg"
)

// writeRekeys prints the ballots keyed again under a 票号 read before.
func writeRekeys(line func(string), c contract.Check, lang msg.Lang) {
	line(lang.F(msg.CheckRekeys, len(c.Rekeys)))
	for _, r := range c.Rekeys {
		treatment := lang.T(msg.ValRekeyIdentical)
		if r.Conflict {
			treatment = lang.T(msg.ValRekeyConflict)
		}
		line("  " + lang.F(msg.CheckRekeyLine, r.File, r.Sheet, r.Row, r.Ballot, r.FirstFile, r.FirstSheet, r.FirstRow, treatment))
	}
}

// writeColumns prints how each ballot sheet's columns were understood: a
// survey export column by column, a keyed sheet with its rating columns
// in one line (they are headed by the targets themselves).
func writeColumns(line func(string), sheets []contract.CheckSheet, lang msg.Lang) {
	line(lang.F(msg.CheckColumns, len(sheets)))
	for _, s := range sheets {
		line("  " + lang.F(msg.CheckSheetLine, s.File, s.Sheet, contract.Layouts.In(s.Layout, lang), s.HeaderRow))
		survey := s.Layout != contract.LayoutWide && s.Layout != contract.LayoutTwoRows && s.Layout != contract.LayoutLong
		var ratings []contract.CheckColumn
		for _, col := range s.Columns {
			if col.Role == contract.RoleRating && !survey {
				ratings = append(ratings, col)
				continue
			}
			line("    " + columnText(lang, col))
		}
		if len(ratings) > 0 {
			first, last := ratings[0], ratings[len(ratings)-1]
			line("    " + lang.F(msg.CheckRatingColumns, first.Column, last.Column, len(ratings), strings.TrimSpace(first.Target+" "+first.Name), strings.TrimSpace(last.Target+" "+last.Name)))
		}
	}
}

// columnText is one column on one line: its letter, its header and what
// it was understood as.
func columnText(lang msg.Lang, c contract.CheckColumn) string {
	what := contract.ColumnRoles.In(c.Role, lang)
	if c.Question > 0 {
		what += lang.F(msg.CheckQuestion, c.Question)
	}
	if c.Target != "" {
		what += " " + c.Target + " " + c.Name
	}
	if c.Dimension != "" {
		what += " · " + c.Dimension
	}
	if c.Note != "" {
		what += lang.T(msg.ColonSep) + c.Note
	}
	return fmt.Sprintf("%s\t%s\t→ %s", c.Column, c.Header, what)
}

// anomalyText is an anomaly of the JSON on one line.
func anomalyText(lang msg.Lang, a contract.Anomaly) string {
	where := a.File
	if where == "" {
		where = a.Group
	}
	if where == "" && len(a.Ballots) > 0 {
		where = a.Ballots[0].File
	}
	var ids []string
	for _, b := range a.Ballots {
		ids = append(ids, b.Ballot)
	}
	text := fmt.Sprintf("%s: %s: %s", where, contract.AnomalyKinds.In(evaluate.AnomalyKind(a.Kind), lang), a.Evidence)
	if len(ids) > 0 {
		text += lang.T(msg.ColonSep) + strings.Join(ids, ",")
	}
	return text
}
