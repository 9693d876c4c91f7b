package main

import (
	"github.com/spf13/cobra"

	"github.com/evalctl/evalctl/internal/msg"
	"github.com/evalctl/evalctl/report"
)

type bottomOptions struct {
	roundOptions
	json bool
}

func newBottomCmd(s *streams, g *globals) *cobra.Command {
	o := &bottomOptions{}
	cmd := &cobra.Command{
		Use:   "bottom ROUND.xlsx",
		Short: "Print the bottom list of a round (a table, TSV when piped, or --json)",
		Long: `Score a round and print only its bottom list: the confirmed unsatisfactory targets and
those tied across the cutoff, pending the committee's decision. Writes no file.` + "\n" + exitStatusHelp,
		Args: exactArgs(1),
		RunE: onInput(g, &o.input, func(lang msg.Lang) error { return bottomRun(o, s, lang) }),
	}
	o.AddFlags(cmd)
	return cmd
}

// AddFlags adds the round's flags and --json.
func (o *bottomOptions) AddFlags(cmd *cobra.Command) {
	o.roundOptions.AddFlags(cmd)
	o.AddResampleFlags(cmd)
	cmd.Flags().BoolVar(&o.json, "json", false, "print the bottom list as JSON")
}

func bottomRun(o *bottomOptions, s *streams, lang msg.Lang) error {
	if err := o.checkResampling(); err != nil {
		return err
	}
	res, _, err := scoreRound(&o.roundOptions, s, lang)
	if err != nil {
		return err
	}
	if o.json {
		return report.EncodeJSON(s.Out, report.NewBottom(res, lang))
	}
	return report.WriteBottom(s.Out, res, lang, s.OutTerminal)
}
