package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/evalctl/evalctl/report"
)

func newRulesCmd(s *streams, g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "rules",
		Short: "Show the effective scoring rules",
		Args:  exactArgs(0),
	}
	cmd.AddCommand(newRulesShowCmd(s, g), newRulesDocCmd(s), newRulesHashCmd(s))
	return cmd
}

func newRulesHashCmd(s *streams) *cobra.Command {
	o := &rulesOptions{}
	cmd := &cobra.Command{
		Use:   "hash",
		Short: "Print the SHA-256 of the effective rules, to publish with the 评分办法",
		Long: `Print the SHA-256 of the effective rules of a preset (--preset, default chibi) or of a
rules file (--rules): the digest of the canonical rules, which is what rules show prints
without its base: line and its comments. The same rules give the same digest however the
file is written or based. Publish it with the 评分办法 before the ballots are opened; score --rules-sha256
refuses to score with rules that give another, and every result records it.` + "\n" + exitStatusHelp,
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

func newRulesDocCmd(s *streams) *cobra.Command {
	return &cobra.Command{
		Use:   "doc",
		Short: "Print a reference of every field of a rules file",
		Args:  exactArgs(0),
		RunE:  func(*cobra.Command, []string) error { return report.WriteRulesDoc(s.Out) },
	}
}

func newRulesShowCmd(s *streams, g *globals) *cobra.Command {
	o := &rulesOptions{}
	cmd := &cobra.Command{
		Use:   "show",
		Short: "Print the effective rules as YAML, a starting point for a rules file",
		Long: `Print the rules of a preset (--preset, default chibi) or of a rules file (--rules) as
YAML. The output is itself a rules file: evalctl score --rules reads back exactly these
rules. A comment above each field of the preset says where it comes from: the source
document's words, or why it was chosen where the source is silent (an office must confirm
those). A field a rules file changed is its own and has no comment. Comments are not rules.` + "\n" + exitStatusHelp,
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
