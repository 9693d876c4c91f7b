package evaluate

import (
	"math"

	"github.com/evalctl/evalctl/internal/msg"
)

// composite works out a target's components and C(t) = Σ u_c·X_c(t) over
// the weighted components, renormalised over those present, plus the
// bonuses. A missing required score is a data error naming the target.
func composite(rules *Rules, round *Round, t Target, b BallotFigures) (CompositeFigures, error) {
	f := CompositeFigures{
		Components:   make([]float64, len(rules.Components)),
		HasComponent: make([]bool, len(rules.Components)),
	}
	if score, ok := round.Tests[t.ID]; ok {
		f.HasTest, f.Test = true, score
	}
	for c, comp := range rules.Components {
		var x float64
		var ok bool
		switch comp.Source {
		case SourceBallots:
			x, ok = b.BallotScore, b.HasBallotScore
		case SourceTest:
			x, ok = f.Test, f.HasTest
		case SourceSheet, SourceBonus:
			x, ok = round.Sheets[comp.Sheet][t.ID]
		}
		if comp.Source == SourceBonus {
			if comp.Max > 0 {
				x = math.Min(x, comp.Max)
			}
			f.Components[c], f.HasComponent[c] = x, ok
			continue
		}
		if !ok && comp.Source != SourceBallots {
			switch comp.Missing {
			case MissingZero:
				ok = true // x is 0
			case MissingSkip:
				continue
			default:
				return f, dataErrorf(t.Where, msg.DataNoComponent, t.ID, t.Name, componentSheet(comp), comp.Name)
			}
		}
		f.Components[c], f.HasComponent[c] = x, ok
	}
	f.Composite = compositeOf(rules, &f, b.BallotScore)
	return f, nil
}

// compositeOf is C = Σ u_c·X_c / Σ u_c over the weighted components that
// count (a skipped one does not; the ballots always do, 0 without a ballot
// score), plus the bonuses, with ballot as the ballot score: the published
// composite, and a resampled round's with its own ballot score.
func compositeOf(rules *Rules, f *CompositeFigures, ballot float64) float64 {
	var weighted, weights, bonus float64
	for c, comp := range rules.Components {
		x := f.Components[c]
		switch {
		case comp.Source == SourceBonus:
			bonus += x
			continue
		case comp.Source == SourceBallots:
			x = ballot
		case !f.HasComponent[c]:
			continue // skipped
		}
		weighted += comp.Weight * x
		weights += comp.Weight
	}
	var composite float64
	if weights > 0 {
		// Renormalised over the components present: the weights sum to 1
		// unless a skipped component dropped out.
		composite = weighted / weights
	}
	return composite + bonus
}

// componentSheet names where a component's scores come from.
func componentSheet(c Component) msg.Text {
	if c.Source == SourceTest {
		return msg.New(msg.DataTestSheet)
	}
	return msg.New(msg.DataSheetNamed, c.Sheet)
}
