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
		Use:   "reconcile A B [--roster ROUND] [-o OUT.xlsx] [--agreed AGREED.xlsx]",
		Short: "Compare two keyings of one stack of ballots (双录比对), cell by cell",
		Long: `Compare two keyings of one stack of paper ballots (双人录入): each a ballot workbook,
CSV file or folder of them, in any layout. Ballots are paired by 票号 and compared
cell by cell: the group, every rating, every comment. Prints every cell where the
keyings differ, with both keyings' cells and values, and the ballots only one of them
holds; writes the reconciliation workbook (default <A>-双录比对.xlsx beside A: 差异,
单边票, 说明); and, when nothing differs, the agreed ballots (default <A>-一致.xlsx), a
选票 sheet that score reads with --ballots.

With --roster ROUND the cells are matched by target, so that one clerk may head a
column 张伟 and the other T001; without, by the text of their headers. The rules
(--preset, --rules) say the dimensions and the survey mapping. Exits 3 while the
keyings differ.` + "\n" + exitStatusHelp,
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
	cmd.Flags().StringVar(&o.roster, "roster", "", "the round (workbook or folder) whose roster the keyings' headers name")
	cmd.Flags().StringVarP(&o.output, "output", "o", "", "reconciliation workbook to write (default <A>-双录比对.xlsx)")
	cmd.Flags().StringVar(&o.agreed, "agreed", "", "where to write the agreed ballots when nothing differs (default <A>-一致.xlsx)")
	cmd.Flags().StringVar(&o.password, "password", "", "password of a protected workbook")
	cmd.Flags().BoolVar(&o.json, "json", false, "print the comparison as JSON")
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
