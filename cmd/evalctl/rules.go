package main

import (
	"github.com/spf13/cobra"

	"github.com/evalctl/evalctl/report"
)

func newRulesCmd(s *streams) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "rules",
		Short: "Show the effective scoring rules",
		Args:  exactArgs(0),
	}
	cmd.AddCommand(newRulesShowCmd(s), newRulesDocCmd(s))
	return cmd
}

func newRulesDocCmd(s *streams) *cobra.Command {
	return &cobra.Command{
		Use:   "doc",
		Short: "Print a reference of every field of a rules file",
		Args:  exactArgs(0),
		RunE:  func(*cobra.Command, []string) error { return report.WriteRulesDoc(s.Out) },
	}
}

func newRulesShowCmd(s *streams) *cobra.Command {
	o := &rulesOptions{}
	cmd := &cobra.Command{
		Use:   "show",
		Short: "Print the effective rules as YAML, a starting point for a rules file",
		Long: `Print the rules of a preset (--preset, default chibi) or of a rules file (--rules) as
YAML. The output is itself a rules file: evalctl score --rules reads back exactly these
rules.` + "\n" + exitStatusHelp,
		Args: exactArgs(0),
		RunE: func(*cobra.Command, []string) error {
			rules, _, err := o.loadRules()
			if err != nil {
				return err
			}
			out, err := report.RulesYAML(rules)
			if err != nil {
				return err
			}
			_, err = s.Out.Write(out)
			return err
		},
	}
	o.AddFlags(cmd)
	return cmd
}
