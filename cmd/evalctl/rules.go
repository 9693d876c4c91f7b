package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/evalctl/evalctl/report"
)

func newRulesCmd(s *streams, g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:  "rules",
		Args: exactArgs(0),
	}
	cmd.AddCommand(newRulesShowCmd(s, g), newRulesDocCmd(s, g), newRulesHashCmd(s))
	return cmd
}

func newRulesHashCmd(s *streams) *cobra.Command {
	o := &rulesOptions{}
	cmd := &cobra.Command{
		Use:  "hash",
		Args: exactArgs(0),
		RunE: func(*cobra.Command, []string) error {
			rules, _, err := o.loadRules()
			if err != nil {
				return err
			}
			digest, err := report.RulesSHA256(rules)
			if err != nil {
				return err
			}
			_, err = fmt.Fprintln(s.Out, digest)
			return err
		},
	}
	o.AddFlags(cmd)
	return cmd
}

func newRulesDocCmd(s *streams, g *globals) *cobra.Command {
	return &cobra.Command{
		Use:  "doc",
		Args: exactArgs(0),
		RunE: func(*cobra.Command, []string) error {
			lang, err := g.language()
			if err != nil {
				return err
			}
			return report.WriteRulesDoc(s.Out, lang)
		},
	}
}

func newRulesShowCmd(s *streams, g *globals) *cobra.Command {
	o := &rulesOptions{}
	cmd := &cobra.Command{
		Use:  "show",
		Args: exactArgs(0),
		RunE: func(*cobra.Command, []string) error {
			rules, _, err := o.loadRules()
			if err != nil {
				return err
			}
			lang, err := g.language()
			if err != nil {
				return err
			}
			out, err := report.RulesYAMLNoted(rules, lang)
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
