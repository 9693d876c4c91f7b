package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/ingest"
	"github.com/evalctl/evalctl/report"
)

// roundOptions are the flags shared by the commands that score a round.
type roundOptions struct {
	input     string
	preset    string
	rulesFile string
	strict    bool
}

func (o *roundOptions) addFlags(cmd *cobra.Command) {
	cmd.Flags().StringVar(&o.preset, "preset", evaluate.DefaultPreset, "built-in rules to use (see evalctl rules show)")
	cmd.Flags().StringVar(&o.rulesFile, "rules", "", "rules file (YAML); starts from its base: preset, or from --preset")
	cmd.Flags().BoolVar(&o.strict, "strict", false, "stop at the first invalid ballot (exit 3) instead of listing it")
}

// loadRules returns the effective rules and a description of where they came
// from.
func (o *roundOptions) loadRules() (*evaluate.Rules, string, error) {
	if o.rulesFile != "" {
		r, err := ingest.LoadRules(o.rulesFile, o.preset)
		if err != nil {
			return nil, "", err
		}
		return r, fmt.Sprintf("%s (base %s)", o.rulesFile, r.Base), nil
	}
	r, err := evaluate.Preset(o.preset)
	if err != nil {
		return nil, "", usageError{err}
	}
	return r, "preset " + o.preset, nil
}

// scoreRound reads the round workbook, streams its ballots through a tally
// and scores it.
func scoreRound(o *roundOptions, s *streams) (*evaluate.Result, report.Meta, error) {
	rules, from, err := o.loadRules()
	if err != nil {
		return nil, report.Meta{}, err
	}
	yaml, err := report.RulesYAML(rules)
	if err != nil {
		return nil, report.Meta{}, err
	}
	meta := report.Meta{Version: version, RulesFrom: from, RulesYAML: yaml}
	wb, err := ingest.Open(o.input)
	if err != nil {
		return nil, meta, err
	}
	defer wb.Close()
	meta.Inputs = append(meta.Inputs, report.Input{Path: wb.Path, SHA256: wb.SHA256})

	round, err := wb.ReadRound(rules)
	if err != nil {
		return nil, meta, err
	}
	tally := evaluate.NewTally(rules, len(round.Targets))
	progress := newProgress(s, "选票")
	err = wb.Ballots(rules, round.Targets, func(b evaluate.Ballot) error {
		progress.step()
		problems := tally.Add(b)
		if o.strict && len(problems) > 0 {
			return strictError(b, problems[0])
		}
		return nil
	})
	progress.done()
	if err != nil {
		return nil, meta, err
	}
	res, err := evaluate.Score(rules, round, tally)
	return res, meta, err
}

// strictError names the first problem of an invalid ballot as a data error.
func strictError(b evaluate.Ballot, p evaluate.Problem) error {
	where := fmt.Sprintf("%s: %s row %d", b.Source.File, b.Source.Sheet, b.Source.Row)
	if p.Ref != "" {
		where = b.Source.File + ": " + p.Ref
	}
	return &evaluate.DataError{Where: where, Msg: fmt.Sprintf("ballot %q: %s", b.ID, report.ProblemText(report.English, p))}
}
