package evaluate

import (
	"errors"
	"fmt"
	"strings"

	"github.com/evalctl/evalctl/internal/msg"
)

// Score computes the results of a round from its tallied ballots, as a
// pipeline of steps that each take what they need and return new values:
// the ballots' figures of each target, its composite, its complaints, its
// final score and status; the verdicts from the standings; the
// accountability list from the verdicts; the honours. The rules must have
// passed Validate and the tally must have been made with them and the same
// roster. Problems in the data (a target without a required score, an
// unknown category or ledger result …) are all reported, joined, each
// matching ErrInvalidData.
func Score(rules *Rules, round *Round, tally *Tally) (*Result, error) {
	res, err := score(rules, round, tally, tally.Counts())
	if err != nil {
		return nil, err
	}
	res.Warnings = append(Warnings(rules, round, tally), res.verdictWarnings()...)
	standings := res.Standings()
	res.cutoffs(standings)
	if tally.resample != nil {
		tally.resample.flush()
		res.resample(tally.resample, tally.Counts(), standings)
	}
	if err := res.variants(round, tally); err != nil {
		return nil, err
	}
	return res, nil
}

// score scores the round from counts, the tally's or a view of them under
// a variant's scale: the steps up to the verdicts, the accountability list
// and the honours.
func score(rules *Rules, round *Round, tally *Tally, counts *Counts) (*Result, error) {
	if err := checkRoster(rules, round); err != nil {
		return nil, err
	}
	res := &Result{
		Rules:         rules,
		Targets:       make([]TargetResult, len(round.Targets)),
		Ballots:       tally.Reconciliation(),
		Invalid:       tally.Invalid(),
		DoubleEntries: tally.DoubleEntries(),
	}
	if err := res.Ballots.Check(); err != nil {
		return nil, fmt.Errorf("internal error: %w", err)
	}
	if n := tally.Pending(); n > 0 {
		return nil, fmt.Errorf("internal error: %d ballots made invalid by a later keying still count", n)
	}
	var errs []error
	composites := make([]CompositeFigures, len(round.Targets))
	for i, t := range round.Targets {
		tr := &res.Targets[i]
		tr.Target = t
		tr.BallotFigures = ballotFigures(rules, counts, i)
		var err error
		composites[i], err = composite(rules, round, t, tr.BallotFigures)
		tr.CompositeFigures = composites[i]
		if err != nil {
			errs = append(errs, err)
		}
	}
	if res.Ballots.Valid == 0 {
		errs = append(errs, dataErrorf("", msg.DataNoValidBallot, res.Ballots.Read))
	}
	complaints, ledger, cerrs := complaintFigures(rules, round, composites)
	errs = append(errs, cerrs...)
	res.Ledger = ledger
	res.ReturnRates, res.ReturnRate = returnRates(rules, res.Ballots)
	errs = append(errs, checkQuorum(rules, res.ReturnRates, res.ReturnRate)...)
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	for i := range res.Targets {
		t := &res.Targets[i]
		t.ComplaintFigures = complaints[i]
		t.Final = t.Composite - t.Deduction
		t.Status = StatusRanked
		if t.Ratings < rules.MinRatings || !t.HasBallotScore {
			t.Status = StatusInsufficient
		}
	}
	res.Groups = groupStats(rules, counts, res.Ballots)
	res.Questions = tally.Questions()
	res.rank()
	return res, nil
}

// rank draws the verdicts, the accountability list and the honours from the
// targets' standings.
func (r *Result) rank() {
	standings := r.Standings()
	for i, v := range Verdicts(r.Rules, standings) {
		r.Targets[i].Verdict = v
	}
	r.Accountability = liability(r.Rules, r.Targets, standings)
	for i, h := range awardHonours(r.Rules, standings, verdictsOf(r.Targets)) {
		r.Targets[i].Honours = h
	}
}

func verdictsOf(targets []TargetResult) []Verdict {
	out := make([]Verdict, len(targets))
	for i := range targets {
		out[i] = targets[i].Verdict
	}
	return out
}

// checkRoster rejects roster data the engine cannot place: duplicate IDs,
// unknown categories, a unit with two principal leaders, and leaders missing
// where a liability rule needs them.
func checkRoster(rules *Rules, round *Round) error {
	var errs []error
	categories := map[string]bool{}
	names := make([]string, len(rules.Categories))
	for i, c := range rules.Categories {
		categories[c.Name] = true
		names[i] = c.Name
	}
	needPrincipal, needSupervisor := rules.NeedsLeaders()
	ids := map[string]string{}
	principals := map[string]Target{}
	for _, t := range round.Targets {
		if first, dup := ids[t.ID]; dup {
			errs = append(errs, dataErrorf(t.Where, msg.DataTargetTwice, t.ID, first))
		}
		ids[t.ID] = t.Where
		if !categories[t.Category] {
			errs = append(errs, dataErrorf(t.Where, msg.DataCategory, t.ID, t.Category, strings.Join(names, ", ")))
		}
		if needPrincipal && t.Principal == "" {
			errs = append(errs, dataErrorf(t.Where, msg.DataNoPrincipal, t.ID))
		}
		if needSupervisor && t.Supervisor == "" {
			errs = append(errs, dataErrorf(t.Where, msg.DataNoSupervisor, t.ID))
		}
		if t.Principal != "" {
			if first, ok := principals[t.Unit]; ok && first.Principal != t.Principal {
				errs = append(errs, dataErrorf(t.Where, msg.DataTwoPrincipals, t.Unit, t.Principal, first.Principal, first.Where))
			} else if !ok {
				principals[t.Unit] = t
			}
		}
	}
	return errors.Join(errs...)
}
