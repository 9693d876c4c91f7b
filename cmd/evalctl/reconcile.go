package main

import (
	"github.com/spf13/cobra"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/ingest"
	"github.com/evalctl/evalctl/internal/msg"
	"github.com/evalctl/evalctl/report"
)

type reconcileOptions struct {
	rulesOptions
	a, b     string
	roster   string
	output   string
	agreed   string
	password string
	json     bool
}

func newReconcileCmd(s *streams, g *globals) *cobra.Command {
	o := &reconcileOptions{}
	cmd := &cobra.Command{
		Use:  "reconcile A B [--roster ROUND] [-o OUT.xlsx] [--agreed AGREED.xlsx]",
		Args: exactArgs(2),
		RunE: func(_ *cobra.Command, args []string) error {
			o.a, o.b = args[0], args[1]
			lang, err := g.language()
			if err != nil {
				return err
			}
			return reconcileRun(o, s, lang)
		},
	}
	o.AddFlags(cmd)
	return cmd
}

// AddFlags adds the rules flags and reconcile's own.
func (o *reconcileOptions) AddFlags(cmd *cobra.Command) {
	o.rulesOptions.AddFlags(cmd)
	cmd.Flags().StringVar(&o.roster, "roster", "", "")
	cmd.Flags().StringVarP(&o.output, "output", "o", "", "")
	cmd.Flags().StringVar(&o.agreed, "agreed", "", "")
	cmd.Flags().StringVar(&o.password, "password", "", "")
	cmd.Flags().BoolVar(&o.json, "json", false, "")
}

func reconcileRun(o *reconcileOptions, s *streams, lang msg.Lang) error {
	out := firstNonEmpty(o.output, beside(o.a, lang.T(msg.ReconcileFileSuffix)))
	agreed := firstNonEmpty(o.agreed, beside(o.a, lang.T(msg.AgreedFileSuffix)))
	guard := guardInputs(o.a, o.b, o.roster, o.rulesFile)
	for _, written := range []string{out, agreed} {
		if err := guard.check(written, msg.CmdOutputIsInput); err != nil {
			return err
		}
		if err := checkOutput(written); err != nil {
			return err
		}
	}
	rules, _, err := o.loadRules()
	if err != nil {
		return err
	}
	ka, kb, targets, err := ingest.ReadKeyings(o.a, o.b, o.roster, rules, ingest.Options{Password: o.password})
	if err != nil {
		return err
	}
	k := &report.Keyings{A: o.a, B: o.b, Cmp: evaluate.CompareKeyings(ka.Ballots, kb.Ballots), Targets: targets, Dimensions: rules.Dimensions}
	wrote := ""
	if k.Cmp.Agreed() {
		if err := report.WriteAgreed(agreed, k, ka.Ballots, lang); err != nil {
			return writeError(agreed, err)
		}
		wrote = agreed
	}
	result := report.NewReconcile(k, out, wrote, lang)
	if err := report.WriteReconcileWorkbook(out, result, lang); err != nil {
		return writeError(out, err)
	}
	if o.json {
		err = report.EncodeJSON(s.Out, result)
	} else {
		err = report.WriteReconcile(s.Out, result, lang)
	}
	if err != nil {
		return err
	}
	note(s, lang, msg.NoteWrote, out)
	if wrote == "" {
		note(s, lang, msg.NoteAgreedNotWritten)
		return evaluate.NewDataError("", msg.CmdKeyingsDiffer, len(result.Cells), len(result.OnlyInA)+len(result.OnlyInB))
	}
	note(s, lang, msg.NoteWrote, wrote)
	return nil
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}
