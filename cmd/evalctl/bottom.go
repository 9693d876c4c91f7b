package main

import (
	"github.com/spf13/cobra"

	"github.com/evalctl/evalctl/internal/msg"
	"github.com/evalctl/evalctl/report"
)

type bottomOptions struct {
	roundOptions
	json, bom bool
}

func newBottomCmd(s *streams, g *globals) *cobra.Command {
	o := &bottomOptions{}
	cmd := &cobra.Command{
		Use:  "bottom ROUND.xlsx",
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
	cmd.Flags().BoolVar(&o.json, "json", false, "")
	cmd.Flags().BoolVar(&o.bom, "bom", false, "")
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
	return writeBottom(s, res, lang, o.bom)
}
