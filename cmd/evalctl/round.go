package main

import (
	"errors"
	"fmt"

	"github.com/evalctl/evalctl/internal/msg"

	"github.com/spf13/cobra"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/ingest"
	"github.com/evalctl/evalctl/report"
)

// rulesOptions say which rules to use: a preset, or a rules file.
type rulesOptions struct {
	preset    string
	rulesFile string
}

// AddFlags adds --preset and --rules.
func (o *rulesOptions) AddFlags(cmd *cobra.Command) {
	cmd.Flags().StringVar(&o.preset, "preset", evaluate.DefaultPreset, "")
	cmd.Flags().StringVar(&o.rulesFile, "rules", "", "")
}

// roundOptions say what round to read, with which rules.
type roundOptions struct {
	rulesOptions
	input    string
	ballots  []string
	password string
	strict   bool
	// resampling is how score and bottom resample the ballots; the other
	// commands do not.
	resampling evaluate.Resampling
}

// AddResampleFlags adds --replicates and --seed.
func (o *roundOptions) AddResampleFlags(cmd *cobra.Command) {
	cmd.Flags().IntVar(&o.resampling.Replicates, "replicates", evaluate.DefaultReplicates, "")
	cmd.Flags().Uint64Var(&o.resampling.Seed, "seed", evaluate.DefaultSeed, "")
}

// checkResampling rejects a number of replicates the tally cannot keep.
func (o *roundOptions) checkResampling() error {
	if n := o.resampling.Replicates; n < 0 || n > evaluate.MaxReplicates {
		return usage(msg.CmdReplicates, n, evaluate.MaxReplicates)
	}
	return nil
}

// AddFlags adds the flags that say what to read and with which rules, and
// --strict.
func (o *roundOptions) AddFlags(cmd *cobra.Command) {
	o.AddInputFlags(cmd)
	cmd.Flags().BoolVar(&o.strict, "strict", false, "")
}

// AddInputFlags adds the flags that say what to read and with which rules.
func (o *roundOptions) AddInputFlags(cmd *cobra.Command) {
	o.rulesOptions.AddFlags(cmd)
	cmd.Flags().StringArrayVar(&o.ballots, "ballots", nil, "")
	cmd.Flags().StringVar(&o.password, "password", "", "")
}

// loadRules returns the effective rules and a description of where they came
// from.
func (o *rulesOptions) loadRules() (*evaluate.Rules, string, error) {
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
	// Printed rules name their base, so that a file made from them by
	// `rules show` reads back the same rules whatever --preset says.
	r.Base = o.preset
	return r, "preset " + o.preset, nil
}

// roundRead is a round's inputs read through a tally, ready to score, and
// through a screen, for the comments and the anomalies.
type roundRead struct {
	rules  *evaluate.Rules
	meta   report.Meta
	round  *evaluate.Round
	tally  *evaluate.Tally
	screen *evaluate.Screen
	// columns say how each ballot sheet's columns were understood.
	columns []ingest.SheetColumns
}

// readRound opens the inputs, reads the round and streams its ballots
// through a tally. With keepGoing (evalctl check), problems in the roster
// and score sheets are returned together with what could still be read;
// otherwise the first such problem ends the reading.
//
// A ballot counted before a later keying of its 票号 showed other contents
// is invalid; its ratings are taken back by reading the ballots once more,
// which happens only when there is such a ballot.
func readRound(o *roundOptions, s *streams, keepGoing bool, lang msg.Lang) (*roundRead, error) {
	rules, from, err := o.loadRules()
	if err != nil {
		return nil, err
	}
	yaml, err := report.RulesYAML(rules)
	if err != nil {
		return nil, err
	}
	rr := &roundRead{rules: rules, meta: report.Meta{Version: version, RulesFrom: from, RulesYAML: yaml}}
	in, err := ingest.OpenInputs(o.input, o.ballots, ingest.Options{Password: o.password})
	if err != nil {
		return nil, err
	}
	defer in.Close()
	in.Prefetch()
	in.KeepGoing = keepGoing
	for _, f := range in.Files {
		rr.meta.Inputs = append(rr.meta.Inputs, report.Input{Path: f.Path, SHA256: f.SHA256})
	}
	var readErr error
	rr.round, readErr = in.ReadRound(rules)
	if readErr != nil && (!keepGoing || rr.round == nil || len(rr.round.Targets) == 0) {
		return nil, readErr
	}
	rr.tally = evaluate.NewTally(rules, len(rr.round.Targets))
	rr.tally.Resample(o.resampling)
	rr.screen = evaluate.NewScreen(rules, rr.round.Targets)
	rr.screen.Follow(rr.tally)
	progress := newProgress(s, lang.T(msg.ProgressBallots))
	in.Expect = rr.tally.Expect
	err = in.Ballots(rules, rr.round.Targets, func(b evaluate.Ballot) error {
		progress.step()
		outcome, problems := rr.tally.Read(b)
		rr.screen.Observe(b, outcome, problems)
		if o.strict && len(problems) > 0 {
			return strictError(b, problems[0])
		}
		return nil
	})
	progress.done()
	rr.round.OnBallots = in.OnBallots()
	rr.columns = in.Columns()
	if rr.tally.Pending() > 0 && (err == nil || keepGoing) {
		// Read again only to take back ratings, up to the last ballot that
		// needs it: a sheet that failed fails again at the same place, as
		// reported above. Only the ballots awaiting it are made; which
		// they are is asked while rows are decoded on another goroutine,
		// of a copy that Retract does not change.
		pending := rr.tally.PendingSet()
		in.Only = func(src evaluate.Source) bool { return pending[src] }
		_ = in.Ballots(rules, rr.round.Targets, func(b evaluate.Ballot) error {
			if rr.tally.Retract(b) && rr.tally.Pending() == 0 {
				return errRetracted
			}
			return nil
		})
	}
	rr.tally.Close()
	return rr, errors.Join(readErr, err, rr.tally.Err())
}

// errRetracted ends the second reading of the ballots once every ballot
// made invalid by a later keying has had its ratings taken back.
var errRetracted = errors.New("every ballot retracted")

// scoreRound reads a round and scores it.
func scoreRound(o *roundOptions, s *streams, lang msg.Lang) (*evaluate.Result, report.Meta, error) {
	rr, err := readRound(o, s, false, lang)
	if err != nil {
		return nil, report.Meta{}, err
	}
	res, err := evaluate.Score(rr.rules, rr.round, rr.tally)
	if err != nil {
		return nil, report.Meta{}, err
	}
	res.Findings = rr.screen.Findings(rr.tally)
	return res, rr.meta, nil
}

// strictError names the first problem of an invalid ballot as a data error.
func strictError(b evaluate.Ballot, p evaluate.Problem) error {
	where := b.Source.File + ": " + b.Source.Sheet
	if p.Ref != "" {
		where = b.Source.File + ": " + p.Ref
	}
	return evaluate.NewDataError(where, msg.CmdStrictBallot, b.Source.Row, b.ID, report.Problem(p))
}
