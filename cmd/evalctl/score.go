package main

import (
	"encoding/hex"
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
}

func newScoreCmd(s *streams, g *globals) *cobra.Command {
	o := &scoreOptions{}
	cmd := &cobra.Command{
		Use:   "score ROUND.xlsx",
		Short: "Score a round: results workbook, summary and bottom list (or JSON)",
		Long: `Score a round workbook (sheets 名册, 选票, 投诉台账, 测试成绩) with the built-in preset
or a rules file. Writes the results workbook (default: <round>-结果.xlsx beside the
input; never an input file), prints a summary and the bottom list, or with --json the
JSON contract on stdout. Invalid ballots are excluded and listed; --strict stops at
the first one instead.

With --previous, the round is compared with the previous one's results (a results
workbook or JSON that evalctl wrote): each target's previous rank, rank change and
verdict, the flag consecutive_unsatisfactory, and the rules' escalation entries in
the accountability list, and a warning names the rules' fields that changed since. The
year is --year, else a year in the input's file name.

With --rules-sha256, the rules are held to the digest published with the 评分办法
(evalctl rules hash): rules that give another are refused (exit 2), the digest found
printed.` + "\n" + exitStatusHelp,
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
	cmd.Flags().StringVarP(&o.output, "output", "o", "", "results workbook to write (default <round>-结果.xlsx)")
	cmd.Flags().BoolVar(&o.json, "json", false, "print the JSON contract on stdout instead of the tables")
	cmd.Flags().IntVar(&o.year, "year", 0, "the round's year (default: a year in the input's file name, e.g. round-2026.xlsx)")
	cmd.Flags().StringVar(&o.previous, "previous", "", "the previous round's results (workbook or JSON) to compare with")
	cmd.Flags().StringVar(&o.rulesSHA256, "rules-sha256", "", "refuse to score unless the effective rules have this SHA-256 (see evalctl rules hash)")
}

func scoreRun(o *scoreOptions, s *streams, lang msg.Lang) error {
	out := o.output
	if out == "" {
		out = defaultOutput(o.input, lang)
	}
	guard := guardInputs(append([]string{o.input, o.rulesFile, o.previous}, o.ballots...)...)
	if err := guard.check(out, msg.CmdOutputIsInput); err != nil {
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
	if err := report.WriteWorkbook(out, res, meta, lang); err != nil {
		return msg.Errorf(msg.CmdWriting, out, err)
	}
	if o.json {
		if err := report.WriteJSON(s.Out, res, lang); err != nil {
			return err
		}
	} else {
		if err := report.WriteSummary(s.Out, res, lang); err != nil {
			return err
		}
		if err := report.WriteBottom(s.Out, res, lang, s.OutTerminal); err != nil {
			return err
		}
	}
	if res.Ballots.Invalid > 0 {
		note(s, lang, msg.NoteInvalidExcluded, res.Ballots.Invalid)
	}
	note(s, lang, msg.NoteWrote, out)
	return nil
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
