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
	v.dimensions(r.Dimensions)
	if r.Trim.K < 0 {
		v.add("trim.k", "must not be negative, got %d", r.Trim.K)
	}
	if r.Trim.K > 0 && r.Trim.Min < 2*r.Trim.K+1 {
		v.add("trim.min", "must be at least 2·k+1 = %d so that a rating is left, got %d", 2*r.Trim.K+1, r.Trim.Min)
	}
	v.components(r.Components)
	v.complaints(r.Complaints)
	if r.MinRatings < 0 {
		v.add("min_ratings", "must not be negative, got %d", r.MinRatings)
	}
	seen := map[TieBreak]bool{}
	for i, tb := range r.TieBreak {
		if tb != TieSatisfaction && tb != TieLowestShare {
			v.add(fmt.Sprintf("tie_break[%d]", i), "unknown criterion %q (known: %s, %s)", tb, TieSatisfaction, TieLowestShare)
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
	v.categories(r.Categories)
	v.liability(r.Liability)
	if r.Awards.Reserve.MinTest < 0 || r.Awards.Reserve.MinTest > 100 {
		v.add("awards.reserve.min_test", "must be within 0–100, got %g", r.Awards.Reserve.MinTest)
	}
	return errors.Join(v.errs...)
}

type validator struct{ errs []error }

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

func (v *validator) scale(s Scale) {
	if s.Range == nil && len(s.Levels) < 2 {
		v.add("scale.levels", "needs at least two levels, got %d (or a numeric range)", len(s.Levels))
		return
	}
	seen := map[string]string{}
	lowest, satisfied := v.bands(s)
	for i, l := range s.Levels {
		p := fmt.Sprintf("scale.levels[%d]", i)
		v.unique(seen, p+".name", l.Name)
		for j, a := range l.Aliases {
			v.unique(seen, fmt.Sprintf("%s.aliases[%d]", p, j), a)
		}
		if math.IsNaN(l.Points) || math.IsInf(l.Points, 0) {
			v.add(p+".points", "must be a number")
		}
		if l.NoAnswer && (l.Satisfied || l.Lowest) {
			v.add(p, "a no-answer level cannot be satisfied or lowest")
		}
		if l.Lowest {
			lowest++
		}
		if l.Satisfied {
			satisfied++
		}
	}
	if lowest != 1 {
		v.add("scale", "exactly one level or band must be marked lowest, got %d", lowest)
	}
	if satisfied == 0 {
		v.add("scale", "at least one level or band must be marked satisfied")
	}
}

// bands checks a numeric scale's range and bands, and counts the lowest and
// satisfied bands.
func (v *validator) bands(s Scale) (lowest, satisfied int) {
	if s.Range == nil {
		if len(s.Bands) > 0 {
			v.add("scale.bands", "bands classify numeric ratings; set scale.range too")
		}
		return 0, 0
	}
	if !(s.Range.Min < s.Range.Max) {
		v.add("scale.range", "min %g must be below max %g", s.Range.Min, s.Range.Max)
	}
	if len(s.Bands) == 0 {
		v.add("scale.bands", "a numeric scale needs bands to tell satisfied and lowest ratings")
		return 0, 0
	}
	for i, b := range s.Bands {
		p := fmt.Sprintf("scale.bands[%d]", i)
		if b.Name == "" {
			v.add(p+".name", "must not be empty")
		}
		if i == 0 && b.Min != s.Range.Min {
			v.add(p+".min", "the first band must start at the range's min %g, got %g", s.Range.Min, b.Min)
		}
		if i > 0 && b.Min <= s.Bands[i-1].Min {
			v.add(p+".min", "bands must rise: %g is not above %g", b.Min, s.Bands[i-1].Min)
		}
		if b.Min > s.Range.Max {
			v.add(p+".min", "%g is above the range's max %g", b.Min, s.Range.Max)
		}
		if b.Lowest {
			lowest++
		}
		if b.Satisfied {
			satisfied++
		}
	}
	return lowest, satisfied
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
		if g.Weight < 0 {
			v.add(p+".weight", "must not be negative, got %g", g.Weight)
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
		if d.Weight <= 0 {
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
	sum := 0.0
	for i, c := range cs {
		p := fmt.Sprintf("components[%d]", i)
		v.unique(seen, p+".name", c.Name)
		switch c.Source {
		case SourceBallots, SourceTest:
		default:
			v.add(p+".source", "unknown source %q (known: %s, %s)", c.Source, SourceBallots, SourceTest)
		}
		if sources[c.Source] {
			v.add(p+".source", "%q is used by two components", c.Source)
		}
		sources[c.Source] = true
		if c.Weight <= 0 {
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
	seen := map[string]string{}
	for i, r := range c.Results {
		p := fmt.Sprintf("complaints.results[%d]", i)
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

func (v *validator) categories(cs []Category) {
	if len(cs) == 0 {
		v.add("categories", "at least one category is needed")
	}
	seen := map[string]string{}
	for i, c := range cs {
		p := fmt.Sprintf("categories[%d]", i)
		v.unique(seen, p+".name", c.Name)
		if c.Bottom < 0 {
			v.add(p+".bottom", "must not be negative, got %d", c.Bottom)
		}
		if c.Awards < 0 {
			v.add(p+".awards", "must not be negative, got %d", c.Awards)
		}
	}
}

func (v *validator) liability(rs []LiabilityRule) {
	for i, r := range rs {
		p := fmt.Sprintf("liability[%d]", i)
		if r.Scope != ScopeUnit && r.Scope != ScopeSupervisor {
			v.add(p+".scope", "unknown scope %q (known: %s, %s)", r.Scope, ScopeUnit, ScopeSupervisor)
		}
		if r.Threshold < 1 {
			v.add(p+".threshold", "must be at least 1, got %d", r.Threshold)
		}
		if len(r.Principal) == 0 && len(r.Supervisor) == 0 {
			v.add(p, "names no action for the principal or the supervisor")
		}
		for j, a := range append(append([]string{}, r.Principal...), r.Supervisor...) {
			if strings.TrimSpace(a) == "" {
				v.add(fmt.Sprintf("%s.actions[%d]", p, j), "an action must not be empty")
			}
		}
	}
}
