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
		Use:  "check ROUND [--ballots FILE|DIR]...",
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
	cmd.Flags().BoolVar(&o.json, "json", false, "")
	cmd.Flags().BoolVar(&o.warningsFail, "strict", false, "")
}

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
	switch {
	case len(findings.Problems) > 0:
		return evaluate.NewDataError("", msg.CmdUnclean, len(findings.Problems), findings.Invalid)
	case findings.Invalid > 0:
		return evaluate.NewDataError("", msg.CmdUncleanInvalid, findings.Invalid)
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
