package main

import (
	"encoding/hex"
	"io"
	"strings"

	"github.com/evalctl/evalctl/internal/msg"

	"github.com/spf13/cobra"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/report"
)

type scoreOptions struct {
	roundOptions
	output      string
	json        bool
	year        int
	previous    string
	rulesSHA256 string
	bom         bool
}

func newScoreCmd(s *streams, g *globals) *cobra.Command {
	o := &scoreOptions{}
	cmd := &cobra.Command{
		Use:  "score ROUND.xlsx",
		Args: exactArgs(1),
		RunE: onInput(g, &o.input, func(lang msg.Lang) error { return scoreRun(o, s, lang) }),
	}
	o.AddFlags(cmd)
	return cmd
}

// AddFlags adds the round's flags and score's own.
func (o *scoreOptions) AddFlags(cmd *cobra.Command) {
	o.roundOptions.AddFlags(cmd)
	o.AddResampleFlags(cmd)
	cmd.Flags().StringVarP(&o.output, "output", "o", "", "")
	cmd.Flags().BoolVar(&o.json, "json", false, "")
	cmd.Flags().BoolVar(&o.bom, "bom", false, "")
	cmd.Flags().IntVar(&o.year, "year", 0, "")
	cmd.Flags().StringVar(&o.previous, "previous", "", "")
	cmd.Flags().StringVar(&o.rulesSHA256, "rules-sha256", "", "")
}

func scoreRun(o *scoreOptions, s *streams, lang msg.Lang) error {
	out := o.output
	if out == "" {
		out = defaultOutput(o.input, lang)
	}
	if out == toStdout && o.json {
		return usage(msg.CmdStdoutTwice, "-o -", "--json")
	}
	guard := guardInputs(append([]string{o.input, o.rulesFile, o.previous}, o.ballots...)...)
	if err := guard.check(out, msg.CmdOutputIsInput); err != nil {
		return err
	}
	if err := checkOutput(out); err != nil {
		return err
	}
	year, err := roundYear(o.year, o.input)
	if err != nil {
		return err
	}
	if err := o.checkRulesSHA256(); err != nil {
		return err
	}
	if err := o.checkResampling(); err != nil {
		return err
	}
	var prev *evaluate.Published
	var prevInput report.Input
	if o.previous != "" {
		if prev, prevInput, err = previousRound(o.previous, year); err != nil {
			return err
		}
	}
	res, meta, err := scoreRound(&o.roundOptions, s, lang)
	if err != nil {
		return err
	}
	res.Year = year
	if prev != nil {
		applyPrevious(res, prev, o.previous, s, lang)
		res.Warnings = append(res.Warnings, rulesChanged(prev, o.previous, res.Rules, o.preset)...)
		meta.Previous = &prevInput
	}
	if err := writeOut(s, out, func(path string) error { return report.WriteWorkbook(path, res, meta, lang) }); err != nil {
		return writeError(out, err)
	}
	switch {
	case out == toStdout:
		// stdout holds the workbook; the summary goes with the notes.
		if err := report.WriteSummary(s.Err, res, lang); err != nil {
			return err
		}
	case o.json:
		if err := report.WriteJSON(s.Out, res, lang); err != nil {
			return err
		}
	default:
		// Piped, stdout holds the bottom list's values alone, for a
		// spreadsheet or a script; the summary goes with the notes.
		summary := s.Out
		if !s.OutTerminal {
			summary = s.Err
		}
		if err := report.WriteSummary(summary, res, lang); err != nil {
			return err
		}
		if err := writeBottom(s, res, lang, o.bom); err != nil {
			return err
		}
	}
	if res.Ballots.Invalid > 0 {
		note(s, lang, msg.NoteInvalidExcluded, res.Ballots.Invalid)
	}
	if out != toStdout {
		note(s, lang, msg.NoteWrote, out)
	}
	return nil
}

// writeBottom prints the bottom list: a table on a terminal, else values
// separated by tabs, after a byte-order mark with --bom (Excel on Chinese
// Windows reads a file without one as GBK).
func writeBottom(s *streams, res *evaluate.Result, lang msg.Lang, bom bool) error {
	if bom && !s.OutTerminal {
		if _, err := io.WriteString(s.Out, "\ufeff"); err != nil {
			return err
		}
	}
	return report.WriteBottom(s.Out, res, lang, s.OutTerminal)
}

// checkRulesSHA256 holds the effective rules to --rules-sha256, when given.
func (o *scoreOptions) checkRulesSHA256() error {
	want := strings.ToLower(strings.TrimSpace(o.rulesSHA256))
	if o.rulesSHA256 == "" {
		return nil
	}
	if _, err := hex.DecodeString(want); err != nil || len(want) != 64 {
		return usage(msg.CmdBadSHA256, o.rulesSHA256)
	}
	rules, _, err := o.loadRules()
	if err != nil {
		return err
	}
	got, err := report.RulesSHA256(rules)
	if err != nil {
		return err
	}
	if got != want {
		return usage(msg.CmdRulesMismatch, got, want)
	}
	return nil
}

// defaultOutput is <round>-结果.xlsx (or -results.xlsx in English) beside
// the input.
func defaultOutput(input string, lang msg.Lang) string {
	return beside(input, lang.T(msg.ResultsFileSuffix))
}
