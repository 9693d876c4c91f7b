package evaluate

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

// FieldError is a mistake in the rules, at a field path such as
// "groups[2].weight". Package ingest turns the path into a file line.
type FieldError struct {
	Path string
	Msg  string
}

func (e *FieldError) Error() string { return e.Path + ": " + e.Msg }

// ErrRules marks errors in the rules, as opposed to errors in the data.
var ErrRules = errors.New("invalid rules")

func (e *FieldError) Is(target error) bool { return target == ErrRules }

// sumTolerance absorbs decimal weights such as 0.1+0.2 that do not add up to
// exactly 0.3 in binary floating point.
const sumTolerance = 1e-9

// Validate reports every mistake in the rules; nil means the engine can use
// them. It never fills in a default.
func (r *Rules) Validate() error {
	v := &validator{}
	v.scale(r.Scale)
	v.groups(r.Groups)
	if v.finite("quorum", r.Quorum) && (r.Quorum < 0 || r.Quorum > 1) {
		v.add("quorum", "is a return rate within 0–1, got %g", r.Quorum)
	}
	if issued := 0; r.Quorum > 0 {
		for _, g := range r.Groups {
			issued += g.Issued
		}
		if issued == 0 {
			v.add("quorum", "needs the groups' issued counts, the ballots handed out")
		}
	}
	v.dimensions(r.Dimensions)
	if r.Trim.K < 0 {
		v.add("trim.k", "must not be negative, got %d", r.Trim.K)
	}
	if r.Trim.K > 0 && r.Trim.Min < 2*r.Trim.K+1 {
		v.add("trim.min", "must be at least 2·k+1 = %d so that a rating is left, got %d", 2*r.Trim.K+1, r.Trim.Min)
	}
	v.components(r.Components)
	v.complaints(r.Complaints)
	if r.MinGroupBallots < 0 {
		v.add("min_group_ballots", "must not be negative, got %d", r.MinGroupBallots)
	}
	if r.MinRatings < 0 {
		v.add("min_ratings", "must not be negative, got %d", r.MinRatings)
	}
	seen := map[TieBreak]bool{}
	for i, tb := range r.TieBreak {
		switch tb {
		case TieSatisfaction, TieLowestShare, TieBallotScore, TieTest:
		default:
			v.add(fmt.Sprintf("tie_break[%d]", i), "unknown criterion %q (known: %s, %s, %s, %s)", tb, TieSatisfaction, TieLowestShare, TieBallotScore, TieTest)
		}
		if seen[tb] {
			v.add(fmt.Sprintf("tie_break[%d]", i), "%q listed twice", tb)
		}
		seen[tb] = true
	}
	switch r.Validity.DoubleEntry {
	case DoubleEntryOff, DoubleEntryFlag, DoubleEntryInvalid:
	default:
		v.add("validity.double_entry", "unknown action %q (known: %s, %s, %s)", r.Validity.DoubleEntry, DoubleEntryOff, DoubleEntryFlag, DoubleEntryInvalid)
	}
	if r.Validity.DoubleEntryMin < 1 && r.Validity.DoubleEntry != DoubleEntryOff {
		v.add("validity.double_entry_min", "must be at least 1, got %d", r.Validity.DoubleEntryMin)
	}
	v.validity(r.Validity)
	v.categories(r.Categories)
	v.liability(r.Liability)
	v.escalation(r.Escalation)
	if r.Export.MinGroupRatings < 1 {
		v.add("export.min_group_ratings", "must be at least 1, got %d", r.Export.MinGroupRatings)
	}
	if r.Awards.Overall < 0 {
		v.add("awards.overall", "must not be negative, got %d", r.Awards.Overall)
	}
	v.finite("awards.min_final", r.Awards.MinFinal)
	v.share("awards.min_satisfaction", r.Awards.MinSatisfaction)
	if v.finite("awards.reserve.min_test", r.Awards.Reserve.MinTest) && (r.Awards.Reserve.MinTest < 0 || r.Awards.Reserve.MinTest > 100) {
		v.add("awards.reserve.min_test", "must be within 0–100, got %g", r.Awards.Reserve.MinTest)
	}
	return errors.Join(v.errs...)
}

type validator struct{ errs []error }

// finite reports a number field that is NaN or infinite (a rules file may
// write .nan or .inf), which every comparison would otherwise let through.
func (v *validator) finite(path string, x float64) bool {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		v.add(path, "must be a finite number, got %g", x)
		return false
	}
	return true
}

func (v *validator) add(path, format string, args ...any) {
	v.errs = append(v.errs, &FieldError{Path: path, Msg: fmt.Sprintf(format, args...)})
}

// unique reports a name used twice (names and aliases share one namespace).
func (v *validator) unique(seen map[string]string, path, name string) {
	k := normalize(name)
	if k == "" {
		v.add(path, "must not be empty")
		return
	}
	if first, dup := seen[k]; dup {
		v.add(path, "%q is already used at %s", name, first)
		return
	}
	seen[k] = path
}

func (v *validator) groups(gs []Group) {
	if len(gs) == 0 {
		v.add("groups", "at least one evaluator group is needed")
		return
	}
	seen := map[string]string{}
	sum := 0.0
	for i, g := range gs {
		p := fmt.Sprintf("groups[%d]", i)
		v.unique(seen, p+".name", g.Name)
		for j, a := range g.Aliases {
			v.unique(seen, fmt.Sprintf("%s.aliases[%d]", p, j), a)
		}
		if v.finite(p+".weight", g.Weight) && g.Weight < 0 {
			v.add(p+".weight", "must not be negative, got %g", g.Weight)
		}
		if g.Issued < 0 {
			v.add(p+".issued", "must not be negative, got %d", g.Issued)
		}
		if v.finite(p+".quorum", g.Quorum) && (g.Quorum < 0 || g.Quorum > 1) {
			v.add(p+".quorum", "is a return rate within 0–1, got %g", g.Quorum)
		}
		if g.Quorum > 0 && g.Issued == 0 {
			v.add(p+".quorum", "needs issued, the number of ballots handed out")
		}
		sum += g.Weight
	}
	// All zero means pooled: one mean over every valid rating.
	if sum != 0 && math.Abs(sum-1) > sumTolerance {
		v.add("groups", "weights sum to %.6g, not 1 (set every weight to 0 for a pooled mean)", sum)
	}
}

func (v *validator) dimensions(ds []Dimension) {
	if len(ds) == 0 {
		v.add("dimensions", "at least one dimension is needed")
		return
	}
	seen := map[string]string{}
	sum := 0.0
	for i, d := range ds {
		p := fmt.Sprintf("dimensions[%d]", i)
		v.unique(seen, p+".name", d.Name)
		if v.finite(p+".weight", d.Weight) && d.Weight <= 0 {
			v.add(p+".weight", "must be positive, got %g", d.Weight)
		}
		sum += d.Weight
	}
	if math.Abs(sum-1) > sumTolerance {
		v.add("dimensions", "weights sum to %.6g, not 1", sum)
	}
}

func (v *validator) components(cs []Component) {
	if len(cs) == 0 {
		v.add("components", "at least one component is needed")
		return
	}
	seen := map[string]string{}
	sources := map[string]bool{}
	sheets := map[string]string{}
	sum := 0.0
	for i, c := range cs {
		p := fmt.Sprintf("components[%d]", i)
		v.unique(seen, p+".name", c.Name)
		switch c.Source {
		case SourceBallots, SourceTest:
			if sources[c.Source] {
				v.add(p+".source", "%q is used by two components", c.Source)
			}
			if c.Sheet != "" {
				v.add(p+".sheet", "only sheet and bonus components name a sheet")
			}
		case SourceSheet, SourceBonus:
			if c.Sheet == "" {
				v.add(p+".sheet", "a %s component names the sheet its scores are in", c.Source)
			} else if first, dup := sheets[c.Sheet]; dup {
				v.add(p+".sheet", "sheet %q is already used by %s", c.Sheet, first)
			}
			sheets[c.Sheet] = p
		default:
			v.add(p+".source", "unknown source %q (known: %s, %s, %s, %s)", c.Source, SourceBallots, SourceTest, SourceSheet, SourceBonus)
		}
		sources[c.Source] = true
		switch c.Missing {
		case "", MissingError, MissingZero, MissingSkip:
		default:
			v.add(p+".missing", "unknown policy %q (known: %s, %s, %s)", c.Missing, MissingError, MissingZero, MissingSkip)
		}
		if c.Source == SourceBonus {
			if c.Weight != 0 {
				v.add(p+".weight", "a bonus is added, not weighted; leave weight out")
			}
			if v.finite(p+".max", c.Max) && c.Max < 0 {
				v.add(p+".max", "must not be negative, got %g", c.Max)
			}
			continue
		}
		if v.finite(p+".weight", c.Weight) && c.Weight <= 0 {
			v.add(p+".weight", "must be positive, got %g", c.Weight)
		}
		sum += c.Weight
	}
	if !sources[SourceBallots] {
		v.add("components", "no component has source %q", SourceBallots)
	}
	if math.Abs(sum-1) > sumTolerance {
		v.add("components", "weights sum to %.6g, not 1", sum)
	}
}

func (v *validator) complaints(c Complaints) {
	if !v.finite("complaints.rate", c.Rate) || !v.finite("complaints.points", c.Points) || !v.finite("complaints.cap", c.Cap) {
		return
	}
	switch c.Mode {
	case DeductFixed:
		if c.Points < 0 {
			v.add("complaints.points", "must not be negative, got %g", c.Points)
		}
	case DeductProportional:
		if c.Rate < 0 || c.Rate > 1 {
			v.add("complaints.rate", "must be within 0–1, got %g", c.Rate)
		}
		if c.Cap > 1 {
			v.add("complaints.cap", "is a share of the composite in proportional mode, at most 1, got %g", c.Cap)
		}
	default:
		v.add("complaints.mode", "unknown mode %q (known: %s, %s)", c.Mode, DeductFixed, DeductProportional)
	}
	if c.Cap < 0 {
		v.add("complaints.cap", "must not be negative, got %g", c.Cap)
	}
	prev := 0
	for i, s := range c.Sanctions {
		p := fmt.Sprintf("complaints.sanctions[%d]", i)
		if s.Min <= prev {
			v.add(p+".min", "must rise from one sanction to the next, starting at 1; got %d after %d", s.Min, prev)
		}
		if strings.TrimSpace(s.Action) == "" {
			v.add(p+".action", "must not be empty")
		}
		prev = s.Min
	}
	seen := map[string]string{}
	for i, r := range c.Results {
		p := fmt.Sprintf("complaints.results[%d]", i)
		if v.finite(p+".amount", r.Amount) && r.Amount < 0 {
			v.add(p+".amount", "must not be negative, got %g", r.Amount)
		}
		v.unique(seen, p+".name", r.Name)
		for j, a := range r.Aliases {
			v.unique(seen, fmt.Sprintf("%s.aliases[%d]", p, j), a)
		}
		switch r.Effect {
		case EffectNone, EffectDeduct, EffectVeto:
		default:
			v.add(p+".effect", "unknown effect %q (known: %s, %s, %s)", r.Effect, EffectNone, EffectDeduct, EffectVeto)
		}
	}
}
