package evaluate

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/evalctl/evalctl/internal/msg"
	"gonum.org/v1/gonum/stat"
)

// Score computes the results of a round from its tallied ballots. The rules
// must have passed Validate and the tally must have been made with them and
// the same roster. Problems in the data (a target without a required score,
// an unknown category or ledger result …) are all reported, joined, each
// matching ErrInvalidData.
func Score(rules *Rules, round *Round, tally *Tally) (*Result, error) {
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
	var errs []error
	for i := range round.Targets {
		t := &res.Targets[i]
		t.Target = round.Targets[i]
		scoreBallots(rules, tally, i, t)
		if err := composite(rules, round, t); err != nil {
			errs = append(errs, err)
		}
	}
	errs = append(errs, applyComplaints(rules, round, res)...)
	res.ReturnRates, res.ReturnRate = returnRates(rules, res.Ballots)
	errs = append(errs, checkQuorum(rules, res.ReturnRates, res.ReturnRate)...)
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	for i := range res.Targets {
		t := &res.Targets[i]
		t.Final = t.Composite - t.Deduction
		t.Status = StatusRanked
		if t.Ratings < rules.MinRatings || !t.HasBallotScore {
			t.Status = StatusInsufficient
		}
	}
	res.Groups = groupStats(rules, tally, res.Ballots)
	rank(res)
	res.Accountability = liability(rules, res.Targets)
	awards(res)
	return res, nil
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

// scoreBallots fills the ballot-derived figures of target i.
func scoreBallots(rules *Rules, tally *Tally, i int, t *TargetResult) {
	pooled := true
	for _, g := range rules.Groups {
		pooled = pooled && g.Weight == 0
	}
	t.Ratings = tally.raters[i]
	t.ByGroup = make([]GroupScore, len(rules.Groups))
	t.Dims = make([]float64, len(rules.Dimensions))
	t.DimRated = make([]bool, len(rules.Dimensions))
	var dimScores, dimWeights []float64
	for d, dim := range rules.Dimensions {
		var means, weights []float64
		var all []bin // every group's ratings of the dimension, for a pooled mean
		for g, group := range rules.Groups {
			bins := tally.bins(i, d, g)
			if bins == nil {
				continue
			}
			s := summarize(bins)
			gs := &t.ByGroup[g]
			gs.Ratings += s.n
			gs.Mean += s.sum // a sum until divided below
			gs.Satisfied += s.satisfied
			t.LowestCount += s.lowest
			all = append(all, bins...)
			if tally.groupRaters[i*len(rules.Groups)+g] < rules.MinGroupBallots {
				continue // too few evaluators to carry the group's weight
			}
			gs.Weighted = true
			means = append(means, mean(bins, rules.Trim))
			weights = append(weights, group.Weight)
		}
		if len(means) == 0 {
			continue
		}
		if pooled {
			sort.SliceStable(all, func(a, b int) bool { return all[a].points < all[b].points })
			t.Dims[d] = mean(all, rules.Trim)
		} else {
			// Groups that did not rate (t, d) are absent, so the weights of the
			// rest are renormalised: Σ w·m / Σ w.
			t.Dims[d] = stat.Mean(means, weights)
		}
		t.DimRated[d] = true
		dimScores = append(dimScores, t.Dims[d])
		dimWeights = append(dimWeights, dim.Weight)
	}
	for g := range t.ByGroup {
		gs := &t.ByGroup[g]
		gs.Group = rules.Groups[g].Name
		gs.Ballots = tally.groupRaters[i*len(rules.Groups)+g]
		t.RatingCells += gs.Ratings
		t.Satisfied += gs.Satisfied
		if gs.Ratings > 0 {
			gs.Mean /= float64(gs.Ratings)
		}
	}
	if t.RatingCells > 0 {
		t.Satisfaction = float64(t.Satisfied) / float64(t.RatingCells)
		t.LowestShare = float64(t.LowestCount) / float64(t.RatingCells)
	}
	if len(dimScores) > 0 {
		t.HasBallotScore = true
		t.BallotScore = stat.Mean(dimScores, dimWeights)
	}
}

// composite fills the components and C(t); a missing required score is a
// data error naming the target.
func composite(rules *Rules, round *Round, t *TargetResult) error {
	t.Components = make([]float64, len(rules.Components))
	t.HasComponent = make([]bool, len(rules.Components))
	if score, ok := round.Tests[t.ID]; ok {
		t.HasTest, t.Test = true, score
	}
	var weighted, weights, bonus float64
	for c, comp := range rules.Components {
		var x float64
		var ok bool
		switch comp.Source {
		case SourceBallots:
			x, ok = t.BallotScore, t.HasBallotScore
		case SourceTest:
			x, ok = t.Test, t.HasTest
		case SourceSheet, SourceBonus:
			x, ok = round.Sheets[comp.Sheet][t.ID]
		}
		if comp.Source == SourceBonus {
			if comp.Max > 0 {
				x = math.Min(x, comp.Max)
			}
			t.Components[c], t.HasComponent[c] = x, ok
			bonus += x
			continue
		}
		if !ok && comp.Source != SourceBallots {
			switch comp.Missing {
			case MissingZero:
				ok = true // x is 0
			case MissingSkip:
				continue
			default:
				return dataErrorf(t.Where, msg.DataNoComponent, t.ID, t.Name, componentSheet(comp), comp.Name)
			}
		}
		t.Components[c], t.HasComponent[c] = x, ok
		weighted += comp.Weight * x
		weights += comp.Weight
	}
	if weights > 0 {
		// Renormalised over the components present: the weights sum to 1
		// unless a skipped component dropped out.
		t.Composite = weighted / weights
	}
	t.Composite += bonus
	return nil
}

// componentSheet names where a component's scores come from.
func componentSheet(c Component) msg.Text {
	if c.Source == SourceTest {
		return msg.New(msg.DataTestSheet)
	}
	return msg.New(msg.DataSheetNamed, c.Sheet)
}

// groupStats summarises each group's ratings over the whole round.
func groupStats(rules *Rules, tally *Tally, rec Reconciliation) []GroupStat {
	out := make([]GroupStat, len(rec.Groups))
	for g := range rec.Groups {
		out[g].GroupCount = rec.Groups[g]
		if g >= len(rules.Groups) {
			continue // the unknown-group row has no valid ballots
		}
		sum := 0.0
		for t := 0; t < tally.targets; t++ {
			for d := range rules.Dimensions {
				s := summarize(tally.bins(t, d, g))
				out[g].Ratings += s.n
				out[g].Satisfied += s.satisfied
				sum += s.sum
			}
		}
		if out[g].Ratings > 0 {
			out[g].Mean = sum / float64(out[g].Ratings)
		}
	}
	return out
}
