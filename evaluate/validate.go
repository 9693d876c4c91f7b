package evaluate

import (
	"errors"
	"fmt"
	"math"
	"strings"

	"github.com/evalctl/evalctl/internal/msg"
)

// FieldError is a mistake in the rules, at a field path such as
// "groups[2].weight". Package ingest turns the path into a file line.
type FieldError struct {
	Path string
	Msg  msg.Text
}

func (e *FieldError) Error() string { return e.Localize(msg.English) }

// Localize tells the mistake in a language, after its field.
func (e *FieldError) Localize(l msg.Lang) string { return e.Path + ": " + e.Msg.Localize(l) }

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
	v.issued(r)
	v.dimensions(r.Dimensions)
	v.questions(r.Questions)
	v.notNegative("trim.k", r.Trim.K)
	if r.Trim.K > 0 && r.Trim.Min < 2*r.Trim.K+1 {
		v.add("trim.min", msg.RuleTrimMin, 2*r.Trim.K+1, r.Trim.Min)
	}
	v.components(r.Components)
	v.complaints(r.Complaints)
	v.sanctions(r)
	v.notNegative("min_group_ballots", r.MinGroupBallots)
	v.notNegative("min_ratings", r.MinRatings)
	seen := map[TieBreak]bool{}
	for i, tb := range r.TieBreak {
		p := fmt.Sprintf("tie_break[%d]", i)
		enum(v, p, tieBreaks, tb)
		if seen[tb] {
			v.add(p, msg.RuleListedTwice, string(tb))
		}
		seen[tb] = true
	}
	enum(v, "validity.double_entry", doubleEntryActions, r.Validity.DoubleEntry)
	if r.Validity.DoubleEntryMin < 1 && r.Validity.DoubleEntry != DoubleEntryOff {
		v.add("validity.double_entry_min", msg.RuleAtLeastOne, r.Validity.DoubleEntryMin)
	}
	v.validity(r.Validity)
	v.ballots(r)
	v.categories(r.Categories)
	v.safeguards(r)
	v.liability(r.Liability)
	v.escalation(r.Escalation)
	if r.Export.MinGroupRatings < 1 {
		v.add("export.min_group_ratings", msg.RuleAtLeastOne, r.Export.MinGroupRatings)
	}
	v.notice(r.Notice)
	v.notNegative("awards.overall", r.Awards.Overall)
	v.finite("awards.min_final", r.Awards.MinFinal)
	v.share("awards.min_satisfaction", r.Awards.MinSatisfaction)
	if v.finite("awards.reserve.min_test", r.Awards.Reserve.MinTest) && (r.Awards.Reserve.MinTest < 0 || r.Awards.Reserve.MinTest > 100) {
		v.add("awards.reserve.min_test", msg.RuleScoreRange, r.Awards.Reserve.MinTest)
	}
	if f := r.Uncertainty.Fragile; v.finite("uncertainty.fragile", f) && (f < 0.5 || f > 1) {
		v.add("uncertainty.fragile", msg.RuleFragile, f)
	}
	v.robustness(r)
	return errors.Join(v.errs...)
}

type validator struct{ errs []error }

func (v *validator) add(path string, k msg.Key, args ...any) {
	v.errs = append(v.errs, &FieldError{Path: path, Msg: msg.New(k, args...)})
}

// finite reports a number field that is NaN or infinite (a rules file may
// write .nan or .inf), which every comparison would otherwise let through.
func (v *validator) finite(path string, x float64) bool {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		v.add(path, msg.RuleFinite, x)
		return false
	}
	return true
}

// share checks a proportion field.
func (v *validator) share(path string, x float64) { v.rate(path, x, msg.RuleShare) }

// rate checks a field within 0–1, saying what it is with k.
func (v *validator) rate(path string, x float64, k msg.Key) {
	if v.finite(path, x) && (x < 0 || x > 1) {
		v.add(path, k, x)
	}
}

func (v *validator) notNegative(path string, n int) {
	if n < 0 {
		v.add(path, msg.RuleNegativeInt, n)
	}
}

func (v *validator) notNegativeNumber(path string, x float64) {
	if v.finite(path, x) && x < 0 {
		v.add(path, msg.RuleNegativeNum, x)
	}
}

// enum checks a field that takes one of a vocabulary's values.
func enum[T ~string](v *validator, path string, voc vocabulary[T], x T) {
	if !voc.valid(x) {
		v.errs = append(v.errs, &FieldError{Path: path, Msg: voc.unknown(x)})
	}
}

// unique reports a name used twice (names and aliases share one namespace).
func (v *validator) unique(seen map[string]string, path, name string) {
	k := normalize(name)
	if k == "" {
		v.add(path, msg.RuleEmpty)
		return
	}
	if first, dup := seen[k]; dup {
		v.add(path, msg.RuleUsedAt, name, first)
		return
	}
	seen[k] = path
}

// actions checks that no action of a list is blank.
func (v *validator) actions(path string, list []string) {
	for j, a := range list {
		if strings.TrimSpace(a) == "" {
			v.add(fmt.Sprintf("%s[%d]", path, j), msg.RuleEmptyAction)
		}
	}
}

func (v *validator) groups(gs []Group) {
	if len(gs) == 0 {
		v.add("groups", msg.RuleNoGroups)
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
		v.notNegativeNumber(p+".weight", g.Weight)
		v.notNegative(p+".issued", g.Issued)
		v.rate(p+".quorum", g.Quorum, msg.RuleReturnRate)
		if g.Quorum > 0 && g.Issued == 0 {
			v.add(p+".quorum", msg.RuleGroupIssued)
		}
		sum += g.Weight
	}
	// All zero means pooled: one mean over every valid rating.
	if sum != 0 && math.Abs(sum-1) > sumTolerance {
		v.add("groups", msg.RuleGroupWeights, sum)
	}
}

func (v *validator) dimensions(ds []Dimension) {
	if len(ds) == 0 {
		v.add("dimensions", msg.RuleNoDimensions)
		return
	}
	seen := map[string]string{}
	sum := 0.0
	for i, d := range ds {
		p := fmt.Sprintf("dimensions[%d]", i)
		v.unique(seen, p+".name", d.Name)
		if v.finite(p+".weight", d.Weight) && d.Weight <= 0 {
			v.add(p+".weight", msg.RulePositive, d.Weight)
		}
		sum += d.Weight
	}
	if math.Abs(sum-1) > sumTolerance {
		v.add("dimensions", msg.RuleWeightsSum, sum)
	}
}

func (v *validator) components(cs []Component) {
	if len(cs) == 0 {
		v.add("components", msg.RuleNoComponents)
		return
	}
	seen := map[string]string{}
	used := map[ComponentSource]bool{}
	sheets := map[string]string{}
	sum := 0.0
	for i, c := range cs {
		p := fmt.Sprintf("components[%d]", i)
		v.unique(seen, p+".name", c.Name)
		switch c.Source {
		case SourceBallots, SourceTest:
			if used[c.Source] {
				v.add(p+".source", msg.RuleSourceTwice, string(c.Source))
			}
			if c.Sheet != "" {
				v.add(p+".sheet", msg.RuleSheetOnly)
			}
		case SourceSheet, SourceBonus:
			if c.Sheet == "" {
				v.add(p+".sheet", msg.RuleSheetNeeded, string(c.Source))
			} else if first, dup := sheets[c.Sheet]; dup {
				v.add(p+".sheet", msg.RuleSheetTaken, c.Sheet, first)
			}
			sheets[c.Sheet] = p
		default:
			enum(v, p+".source", sources, c.Source)
		}
		used[c.Source] = true
		if !c.Missing.Valid() {
			enum(v, p+".missing", missingPolicies, c.Missing)
		}
		if c.Source == SourceBonus {
			if c.Weight != 0 {
				v.add(p+".weight", msg.RuleBonusWeight)
			}
			v.notNegativeNumber(p+".max", c.Max)
			continue
		}
		if v.finite(p+".weight", c.Weight) && c.Weight <= 0 {
			v.add(p+".weight", msg.RulePositive, c.Weight)
		}
		sum += c.Weight
	}
	if !used[SourceBallots] {
		v.add("components", msg.RuleNoBallots, string(SourceBallots))
	}
	if math.Abs(sum-1) > sumTolerance {
		v.add("components", msg.RuleWeightsSum, sum)
	}
}

func (v *validator) complaints(c Complaints) {
	if !v.finite("complaints.rate", c.Rate) || !v.finite("complaints.points", c.Points) || !v.finite("complaints.cap", c.Cap) {
		return
	}
	switch c.Mode {
	case DeductFixed:
		v.notNegativeNumber("complaints.points", c.Points)
	case DeductProportional:
		v.share("complaints.rate", c.Rate)
		if c.Cap > 1 {
			v.add("complaints.cap", msg.RuleCapShare, c.Cap)
		}
	default:
		enum(v, "complaints.mode", deductionModes, c.Mode)
	}
	v.notNegativeNumber("complaints.cap", c.Cap)
	seen := map[string]string{}
	for i, r := range c.Results {
		p := fmt.Sprintf("complaints.results[%d]", i)
		v.notNegativeNumber(p+".amount", r.Amount)
		v.unique(seen, p+".name", r.Name)
		for j, a := range r.Aliases {
			v.unique(seen, fmt.Sprintf("%s.aliases[%d]", p, j), a)
		}
		enum(v, p+".effect", effects, r.Effect)
		if r.Closed && len(c.Statuses) > 0 {
			v.add(p+".closed", msg.RuleClosedByStatus)
		}
	}
	seen = map[string]string{}
	for i, st := range c.Statuses {
		p := fmt.Sprintf("complaints.statuses[%d]", i)
		v.unique(seen, p+".name", st.Name)
		for j, a := range st.Aliases {
			v.unique(seen, fmt.Sprintf("%s.aliases[%d]", p, j), a)
		}
	}
}
