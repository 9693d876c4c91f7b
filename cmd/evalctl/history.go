package main

import (
	"github.com/evalctl/evalctl/internal/msg"

	"github.com/spf13/cobra"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/ingest"
	"github.com/evalctl/evalctl/report"
)

type historyOptions struct {
	inputs []string
	output string
}

func newHistoryCmd(s *streams, g *globals) *cobra.Command {
	o := &historyOptions{}
	cmd := &cobra.Command{
		Use: "history RESULTS... [-o TREND.xlsx]",
		RunE: func(_ *cobra.Command, args []string) error {
			if len(args) < 2 {
				return usage(msg.CmdHistoryArgs, len(args))
			}
			o.inputs = args
			lang, err := g.language()
			if err != nil {
				return err
			}
			return historyRun(o, s, lang)
		},
	}
	o.AddFlags(cmd)
	return cmd
}

// AddFlags adds -o.
func (o *historyOptions) AddFlags(cmd *cobra.Command) {
	cmd.Flags().StringVarP(&o.output, "output", "o", "", "")
}

func historyRun(o *historyOptions, s *streams, lang msg.Lang) error {
	out := o.output
	if out == "" {
		out = lang.T(msg.TrendFile)
	}
	if err := guardInputs(o.inputs...).check(out, msg.CmdOutputIsInput); err != nil {
		return err
	}
	if err := checkOutput(out); err != nil {
		return err
	}
	byYear := map[int]string{}
	var rounds []*evaluate.Published
	for _, in := range o.inputs {
		p, _, err := ingest.ReadResults(in)
		if err != nil {
			return err
		}
		switch first, dup := byYear[p.Year]; {
		case p.Year == 0:
			return usage(msg.CmdNoYear, in)
		case dup:
			return usage(msg.CmdSameYear, first, in, p.Year)
		}
		byYear[p.Year] = in
		rounds = append(rounds, p)
	}
	trend, err := evaluate.NewTrend(rounds)
	if err != nil {
		return err
	}
	if err := report.WriteHistory(out, trend, lang); err != nil {
		return writeError(out, err)
	}
	note(s, lang, msg.NoteWroteTrend, out, len(trend.Years), len(trend.Rows), len(trend.Repeats()))
	return nil
}
