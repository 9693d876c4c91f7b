package main

import (
	"encoding/json"

	"github.com/spf13/cobra"

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
		RunE: onInput(g, &o.input, func(lang report.Lang) error { return bottomRun(o, s, lang) }),
	}
	o.addFlags(cmd)
	cmd.Flags().BoolVar(&o.json, "json", false, "print the bottom list as JSON")
	return cmd
}

// bottomJSON is the JSON of `evalctl bottom --json`: the bottom entries of
// the score contract, with the accountability they cause.
type bottomJSON struct {
	Schema         int                         `json:"schema"`
	Round          string                      `json:"round"`
	Bottom         []report.JSONTarget         `json:"bottom"`
	Accountability []report.JSONAccountability `json:"accountability"`
}

func bottomRun(o *bottomOptions, s *streams, lang report.Lang) error {
	res, _, err := scoreRound(&o.roundOptions, s)
	if err != nil {
		return err
	}
	if !o.json {
		return report.WriteBottom(s.Out, res, lang, s.OutTerminal)
	}
	full := report.NewJSON(res, lang)
	byID := map[string]report.JSONTarget{}
	for _, t := range full.Targets {
		byID[t.ID] = t
	}
	out := bottomJSON{Schema: full.Schema, Round: full.Round, Bottom: []report.JSONTarget{}, Accountability: full.Accountability}
	for _, t := range res.BottomList() {
		out.Bottom = append(out.Bottom, byID[t.ID])
	}
	enc := json.NewEncoder(s.Out)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
