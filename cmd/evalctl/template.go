package main

import (
	"errors"
	"os"

	"github.com/evalctl/evalctl/internal/msg"

	"github.com/spf13/cobra"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/ingest"
	"github.com/evalctl/evalctl/report"
)

type templateOptions struct {
	rulesOptions
	roster   string
	password string
	output   string
	perGroup bool
	print    bool
	rows     int
}

func newTemplateCmd(s *streams, g *globals) *cobra.Command {
	o := &templateOptions{}
	cmd := &cobra.Command{
		Use:  "template ROUND.xlsx [-o OUT.xlsx]",
		Args: maxArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			lang, err := g.language()
			if err != nil {
				return err
			}
			if len(args) == 1 { // the round, as every command takes it; --roster as before
				if o.roster != "" && o.roster != args[0] {
					return usage(msg.CmdTemplateTwoRosters, args[0], o.roster)
				}
				o.roster = args[0]
			}
			switch {
			case o.roster == "":
				return usage(msg.CmdTemplateRoster)
			case o.print && cmd.Flags().Changed("ballots-rows"):
				return usage(msg.CmdPrintRows)
			case o.rows < 1 || o.rows > report.MaxTemplateRows:
				return usage(msg.CmdTemplateRows, report.MaxTemplateRows, o.rows)
			}
			return templateRun(o, s, lang)
		},
	}
	o.AddFlags(cmd)
	return cmd
}

// AddFlags adds --preset, --rules and template's own flags.
func (o *templateOptions) AddFlags(cmd *cobra.Command) {
	o.rulesOptions.AddFlags(cmd)
	cmd.Flags().StringVar(&o.roster, "roster", "", "")
	cmd.Flags().StringVar(&o.password, "password", "", "")
	cmd.Flags().StringVarP(&o.output, "output", "o", "", "")
	cmd.Flags().BoolVar(&o.perGroup, "per-group", false, "")
	cmd.Flags().BoolVar(&o.print, "print", false, "")
	cmd.Flags().IntVar(&o.rows, "ballots-rows", report.DefaultTemplateRows, "")
}

func templateRun(o *templateOptions, s *streams, lang msg.Lang) error {
	out := o.output
	if out == "" {
		out = defaultTemplateOutput(o.roster, o.print, lang)
	}
	if err := guardInputs(o.roster, o.rulesFile).check(out, msg.CmdOutputIsInput); err != nil {
		return err
	}
	if err := checkOutput(out); err != nil {
		return err
	}
	rules, _, err := o.loadRules()
	if err != nil {
		return err
	}
	if info, err := os.Stat(o.roster); err == nil && info.IsDir() {
		return usage(msg.CmdRosterFolder, o.roster)
	}
	wb, err := ingest.OpenWith(o.roster, ingest.Options{Password: o.password})
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
	if err := writeOut(s, out, func(path string) error { return write(path, rules, targets, opts) }); err != nil {
		// Mistakes in the roster or the rules keep their own message and
		// exit status; anything else failed to write.
		if errors.Is(err, evaluate.ErrInvalidData) || errors.Is(err, evaluate.ErrRules) {
			return err
		}
		return writeError(out, err)
	}
	if out != toStdout {
		note(s, lang, msg.NoteWroteTemplate, out, len(targets))
	}
	return nil
}

// defaultTemplateOutput is <roster>-录入.xlsx, or -测评表.xlsx for the paper
// ballot (-entry.xlsx and -ballot.xlsx in English), beside the roster.
func defaultTemplateOutput(roster string, paper bool, lang msg.Lang) string {
	suffix := msg.TplEntryFileSuffix
	if paper {
		suffix = msg.TplBallotFileSuffix
	}
	return beside(roster, lang.T(suffix))
}
