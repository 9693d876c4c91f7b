package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/ingest"
	"github.com/evalctl/evalctl/report"
)

type templateOptions struct {
	// roundOptions gives --preset and --rules, loaded as score loads them;
	// input is the workbook holding the roster.
	roundOptions
	output   string
	perGroup bool
	print    bool
	rows     int
}

func newTemplateCmd(s *streams, g *globals) *cobra.Command {
	o := &templateOptions{}
	cmd := &cobra.Command{
		Use:   "template --roster ROUND.xlsx [-o OUT.xlsx]",
		Short: "Write a ballot-entry workbook (or with --print a paper ballot) from the roster",
		Long: `Write a ballot-entry workbook for the clerks who key in paper ballots: the 选票 sheet
headed by each target's 编号 and 姓名 (over its dimensions when the rules have several),
the 代表类别 column and every rating cell restricted to the rules' groups and levels by
dropdowns, frozen and locked header rows, unlocked data rows, and a 说明 sheet. Filled
in, it is read back by score without edits. --per-group writes a sheet 选票-<group> per
evaluator group instead, without the 代表类别 column.

--print writes instead the paper ballot (测评表) for the evaluators: A4 portrait, a
title, instructions, group boxes and a row per target with a box per level; the header
row repeats on every page.

The output defaults to <roster>-录入.xlsx (with --print <roster>-测评表.xlsx) beside
the roster, never the roster itself.` + "\n" + exitStatusHelp,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			lang, err := g.language()
			if err != nil {
				return err
			}
			switch {
			case o.input == "":
				return usageError{errors.New("template needs --roster, the workbook whose 名册 sheet lists the targets")}
			case o.print && cmd.Flags().Changed("ballots-rows"):
				return usageError{errors.New("--ballots-rows sets the rows of the entry workbook; a printed ballot has a row per target")}
			case o.rows < 1 || o.rows > report.MaxTemplateRows:
				return usageError{fmt.Errorf("--ballots-rows must be between 1 and %d, got %d", report.MaxTemplateRows, o.rows)}
			}
			return templateRun(o, s, lang)
		},
	}
	cmd.Flags().StringVar(&o.input, "roster", "", "workbook with the roster (名册) of the round's targets")
	cmd.Flags().StringVar(&o.preset, "preset", evaluate.DefaultPreset, "built-in rules to use (see evalctl rules show)")
	cmd.Flags().StringVar(&o.rulesFile, "rules", "", "rules file (YAML); starts from its base: preset, or from --preset")
	cmd.Flags().StringVar(&o.password, "password", "", "password of a protected roster workbook")
	cmd.Flags().StringVarP(&o.output, "output", "o", "", "workbook to write (default <roster>-录入.xlsx, or -测评表.xlsx with --print)")
	cmd.Flags().BoolVar(&o.perGroup, "per-group", false, "one sheet per evaluator group (选票-<group>), without the 代表类别 column")
	cmd.Flags().BoolVar(&o.print, "print", false, "write the printable paper ballot instead of the entry workbook")
	cmd.Flags().IntVar(&o.rows, "ballots-rows", report.DefaultTemplateRows, "ballot rows to prepare on each entry sheet")
	return cmd
}

func templateRun(o *templateOptions, s *streams, lang report.Lang) error {
	out := o.output
	if out == "" {
		out = defaultTemplateOutput(o.input, o.print, lang)
	}
	if sameFile(out, o.input) {
		return usageError{fmt.Errorf("the output %s is the roster; evalctl never overwrites an input file", out)}
	}
	rules, _, err := o.loadRules()
	if err != nil {
		return err
	}
	if info, err := os.Stat(o.input); err == nil && info.IsDir() {
		return usageError{fmt.Errorf("--roster %s is a folder; name the roster's own file (名册.xlsx or 名册.csv)", o.input)}
	}
	wb, err := ingest.OpenWith(o.input, ingest.Options{Password: o.password})
	if err != nil {
		return err
	}
	defer wb.Close()
	targets, err := wb.Roster(rules)
	if err != nil {
		return err
	}
	write := report.WriteTemplate
	if o.print {
		write = report.WritePrintBallot
	}
	opts := report.TemplateOptions{Lang: lang, PerGroup: o.perGroup, Rows: o.rows}
	if err := write(out, rules, targets, opts); err != nil {
		// Mistakes in the roster or the rules keep their own message and
		// exit status; anything else failed to write.
		if errors.Is(err, evaluate.ErrInvalidData) || errors.Is(err, evaluate.ErrRules) {
			return err
		}
		return fmt.Errorf("writing %s: %w", out, err)
	}
	fmt.Fprintf(s.Err, "evalctl: wrote %s (%d targets)\n", out, len(targets))
	return nil
}

// defaultTemplateOutput is <roster>-录入.xlsx, or -测评表.xlsx for the paper
// ballot (-entry.xlsx and -ballot.xlsx in English), beside the roster.
func defaultTemplateOutput(roster string, paper bool, lang report.Lang) string {
	suffix := "-录入.xlsx"
	switch {
	case paper && lang == report.English:
		suffix = "-ballot.xlsx"
	case paper:
		suffix = "-测评表.xlsx"
	case lang == report.English:
		suffix = "-entry.xlsx"
	}
	return strings.TrimSuffix(roster, filepath.Ext(roster)) + suffix
}
