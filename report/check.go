package report

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/msg"
)

// NewCheck builds the findings of `evalctl check`: every problem and
// warning told in lang, the invalid ballots and possible double entries of
// the tally, the reconciliation per group and per file, how each ballot
// sheet's columns were understood (sheets), the ballots keyed again and the
// anomalies.
func NewCheck(problems []error, warnings []evaluate.Warning, tally *evaluate.Tally, f evaluate.Findings, sheets []contract.CheckSheet, lang msg.Lang) contract.Check {
	c := contract.Check{Schema: contract.CheckSchema, Problems: []contract.Problem{}, Warnings: Warnings(warnings, lang), Files: []contract.CheckFile{}}
	for _, fc := range f.Files {
		c.Files = append(c.Files, contract.CheckFile{File: fc.File, Read: fc.Read, Valid: fc.Valid, Invalid: fc.Invalid, Rekeyed: fc.Rekeyed})
	}
	c.Sheets = sheets
	if c.Sheets == nil {
		c.Sheets = []contract.CheckSheet{}
	}
	c.Rekeys, c.Anomalies, c.Agreement = rekeysJSON(f.Rekeys), anomaliesJSON(f.Anomalies, lang), agreementJSON(f.Agreement)
	for _, e := range problems {
		c.Problems = append(c.Problems, problemOf(e, lang))
	}
	res := &evaluate.Result{Ballots: tally.Reconciliation(), Invalid: tally.Invalid(), DoubleEntries: tally.DoubleEntries()}
	for _, g := range res.Ballots.Groups {
		res.Groups = append(res.Groups, evaluate.GroupStat{GroupCount: g})
	}
	c.InvalidBallots, c.DoubleEntries = invalidBallots(res, lang), doubleEntries(res)
	c.Groups = ballotsJSON(res).Groups
	c.Read, c.Valid, c.Invalid = res.Ballots.Read, res.Ballots.Valid, res.Ballots.Invalid
	return c
}

// problemOf is a problem as the check contract gives it: a located error
// of the catalogue with its key as code; any other error as its message.
func problemOf(err error, lang msg.Lang) contract.Problem {
	var de *evaluate.DataError
	if errors.As(err, &de) && de.Error() == err.Error() {
		return contract.Problem{Code: string(de.Msg.Key), Where: de.Where, Message: de.Msg.Localize(lang)}
	}
	var me *msg.Error
	if errors.As(err, &me) && me.Error() == err.Error() {
		return contract.Problem{Code: string(me.Key), Message: me.Localize(lang)}
	}
	return contract.Problem{Message: msg.Localize(err, lang)}
}

// WriteCheck prints the findings as text: the problems, the invalid
// ballots, the possible double entries, then the reconciliation per group
// and per file.
func WriteCheck(w io.Writer, c contract.Check, lang msg.Lang) error {
	var b []byte
	line := func(s string) { b = append(append(b, s...), '\n') }
	located := func(where, message string) {
		if where != "" {
			message = where + ": " + message
		}
		line("  " + message)
	}
	line(lang.F(msg.CheckProblems, len(c.Problems)))
	for _, p := range c.Problems {
		located(p.Where, p.Message)
	}
	line(lang.F(msg.CheckWarnings, len(c.Warnings)))
	for _, w := range c.Warnings {
		located(w.Where, w.Message)
	}
	line(lang.F(msg.CheckInvalid, len(c.InvalidBallots)))
	for _, ib := range c.InvalidBallots {
		line("  " + lang.F(msg.CheckInvalidLine, ib.File, ib.Sheet, ib.Row, ib.Ballot, ib.Reason))
	}
	line(lang.F(msg.CheckDoubleEntries, len(c.DoubleEntries)))
	for _, d := range c.DoubleEntries {
		line("  " + lang.F(msg.CheckDoubleLine, d.File, d.Sheet, d.Row, d.Ballot, d.FirstBallot, d.FirstFile, d.FirstSheet, d.FirstRow))
	}
	writeRekeys(line, c, lang)
	line(lang.F(msg.CheckReconciliation, c.Read, c.Valid, c.Invalid))
	header := func(keys ...msg.Key) {
		var cells []string
		for _, k := range keys {
			cells = append(cells, lang.T(k))
		}
		line("  " + strings.Join(cells, "\t"))
	}
	header(msg.ColGroup, msg.ColRead, msg.ColValid, msg.ColInvalid)
	for _, g := range c.Groups {
		line(fmt.Sprintf("  %s\t%d\t%d\t%d", groupName(lang, g.Group), g.Read, g.Valid, g.Invalid))
	}
	if len(c.Files) > 0 {
		header(msg.ColFile, msg.ColRead, msg.ColValid, msg.ColInvalid, msg.ColRekeyed)
	}
	for _, f := range c.Files {
		line(fmt.Sprintf("  %s\t%d\t%d\t%d\t%d", f.File, f.Read, f.Valid, f.Invalid, f.Rekeyed))
	}
	writeColumns(line, c.Sheets, lang)
	line(lang.F(msg.CheckAnomalies, len(c.Anomalies)))
	for _, a := range c.Anomalies {
		line("  " + anomalyText(lang, a))
	}
	line(lang.F(msg.CheckAgreement, len(c.Agreement)))
	if len(c.Agreement) > 0 {
		header(msg.ColGroupA, msg.ColGroupB, msg.ColTargets, msg.ColRho)
	}
	for _, a := range c.Agreement {
		rho := "—"
		if a.Rho != nil {
			rho = fmt.Sprintf("%.2f", *a.Rho)
		}
		line(fmt.Sprintf("  %s\t%s\t%d\t%s", a.GroupA, a.GroupB, a.Targets, rho))
	}
	_, err := w.Write(b)
	return err
}

// NewBottom builds the JSON of `evalctl bottom --json`: the bottom list's
// targets as in the score contract, worst first per category, and the
// accountability list.
func NewBottom(res *evaluate.Result, lang msg.Lang) contract.Bottom {
	full := NewJSON(res, lang)
	byID := map[string]contract.Target{}
	for _, t := range full.Targets {
		byID[t.ID] = t
	}
	out := contract.Bottom{Schema: full.Schema, Round: full.Round, RulesSHA256: full.RulesSHA256, Bottom: []contract.Target{}, Accountability: full.Accountability, Warnings: full.Warnings,
		Certainty: full.Certainty}
	for _, t := range res.BottomList() {
		out.Bottom = append(out.Bottom, byID[t.ID])
	}
	return out
}

// EncodeJSON writes v as evalctl writes all its JSON: indented, with
// Chinese and <, >, & as they are.
func EncodeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
