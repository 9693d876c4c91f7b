package main

import (
	"slices"

	"github.com/spf13/cobra"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/ingest"
	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/msg"
	"github.com/evalctl/evalctl/report"
)

type checkOptions struct {
	roundOptions
	json         bool
	warningsFail bool
}

func newCheckCmd(s *streams, g *globals) *cobra.Command {
	o := &checkOptions{}
	cmd := &cobra.Command{
		Use:   "check ROUND [--ballots FILE|DIR]...",
		Short: "Validate a round without scoring it: every problem, and the reconciliation",
		Long: `Read a round (a workbook, or a folder of 名册/选票/投诉台账/测试成绩 files) and any further
ballot files, and list every problem found rather than stopping at the first: each with
its file, sheet and cell, what is wrong and what was expected; a header naming no target
is one problem, and the rest of its sheet is still checked. Then the ballots keyed again
under their 票号, the reconciliation (ballots read, valid and invalid, per evaluator group
and per file), how every column of each ballot sheet was understood (a survey export's
column by column), the anomalies and the groups' agreement. Warnings say where the round
is degraded (a group without a valid ballot, a target nobody could rate, too many invalid
ballots in a group or a file, a group returned below the quorum, a category too small for
its bottom count …). Exits 0 when the round is clean and 3 when it is not; with --strict,
warnings make it unclean too. Possible double entries and anomalies are listed but do not
make a round unclean unless the rules void them.` + "\n" + exitStatusHelp,
		Args: exactArgs(1),
		RunE: onInput(g, &o.input, func(lang msg.Lang) error { return checkRun(o, s, lang) }),
	}
	o.AddFlags(cmd)
	return cmd
}

// AddFlags adds the round's input flags (check never stops at a ballot),
// --json and --strict.
func (o *checkOptions) AddFlags(cmd *cobra.Command) {
	o.AddInputFlags(cmd)
	cmd.Flags().BoolVar(&o.json, "json", false, "print the findings as JSON")
	cmd.Flags().BoolVar(&o.warningsFail, "strict", false, "exit 3 on warnings too")
}

// errUnclean makes check exit 3 after it has printed its findings.
var errUnclean = evaluate.NewDataError("", msg.CmdUnclean)

func checkRun(o *checkOptions, s *streams, lang msg.Lang) error {
	rr, err := readRound(&o.roundOptions, s, true, lang)
	if rr == nil {
		return err // nothing could be read: the error says why
	}
	var problems []error
	for _, e := range flatten(err) {
		if e != nil {
			problems = append(problems, e)
		}
	}
	// The checks that need the whole round (a target without a score, an
	// unknown category, a complaint naming nobody …) run whatever else is
	// wrong, so that one problem never hides another.
	res, scoreErr := evaluate.Score(rr.rules, rr.round, rr.tally)
	readFailed := slices.ContainsFunc(problems, ingest.Unread)
	var warnings []evaluate.Warning
	if scoreErr != nil {
		for _, e := range flatten(scoreErr) {
			if !slices.ContainsFunc(problems, func(p error) bool { return p.Error() == e.Error() }) {
				problems = append(problems, e)
			}
		}
		// What the ballots alone say; those of the verdicts need a score.
		warnings = evaluate.Warnings(rr.rules, rr.round, rr.tally)
	} else {
		warnings = res.Warnings
	}
	if readFailed {
		// A sheet that could not be read leaves targets unrated and groups
		// without ballots: warnings that would only repeat the problem.
		warnings = nil
	}
	findings := report.NewCheck(problems, warnings, rr.tally, rr.screen.Findings(rr.tally), sheetsIn(rr.columns, lang), lang)
	if o.json {
		err = report.EncodeJSON(s.Out, findings)
	} else {
		err = report.WriteCheck(s.Out, findings, lang)
	}
	if err != nil {
		return err
	}
	if len(findings.Problems) > 0 || findings.Invalid > 0 {
		return errUnclean
	}
	if o.warningsFail && len(findings.Warnings) > 0 {
		return evaluate.NewDataError("", msg.CmdWarnings, len(findings.Warnings))
	}
	return nil
}

// sheetsIn tells how each ballot sheet's columns were understood, the
// notes in the language.
func sheetsIn(sheets []ingest.SheetColumns, lang msg.Lang) []contract.CheckSheet {
	out := []contract.CheckSheet{}
	for _, s := range sheets {
		cs := s.CheckSheet
		cs.Columns = append([]contract.CheckColumn(nil), cs.Columns...)
		for i, n := range s.Notes {
			cs.Columns[i].Note = n.Localize(lang)
		}
		out = append(out, cs)
	}
	return out
}
