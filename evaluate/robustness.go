package evaluate

import (
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/evalctl/evalctl/internal/msg"
)

// Variant is another defensible rule set, for asking whether the bottom
// list would differ under it: a name and the parts of the rules it
// overrides, each written as in a rules file and given whole where it is
// a list (a section, such as trim, overrides only the fields it sets).
// Only how the counted ballots are scored and ranked may change: the
// points of the levels and what counts as satisfied or the lowest, the
// weights of the groups, dimensions and components, trimming, deductions,
// the minimum sample, the tie-break, the categories' bottom counts and
// thresholds, the bottom rules. The ballots are read and counted once,
// under the round's rules, so a variant lists the round's groups, levels,
// bands, dimensions and categories by their names, in their order.
type Variant struct {
	Name            string      `yaml:"name"`
	Scale           *Scale      `yaml:"scale,omitempty"`
	Groups          []Group     `yaml:"groups,omitempty"`
	Dimensions      []Dimension `yaml:"dimensions,omitempty"`
	Trim            *Trim       `yaml:"trim,omitempty"`
	Components      []Component `yaml:"components,omitempty"`
	Complaints      *Complaints `yaml:"complaints,omitempty"`
	MinGroupBallots *int        `yaml:"min_group_ballots,omitempty"`
	MinRatings      *int        `yaml:"min_ratings,omitempty"`
	TieBreak        []TieBreak  `yaml:"tie_break,omitempty"`
	Categories      []Category  `yaml:"categories,omitempty"`
	Bottom          *Bottom     `yaml:"bottom,omitempty"`
}

// VariantResult is the bottom list under a variant: which targets it puts
// on the list, confirmed or pending, per category worst first.
type VariantResult struct {
	Name string
	// Bottom indexes Result.Targets; Pending says which of them await the
	// committee (a tie at the cutoff, a small category).
	Bottom  []int
	Pending []bool
}

// Apply returns the rules with variant v's overrides: a copy, sharing
// what v does not change. The ballots' reading stays the round's: the
// groups' aliases, issued counts and quorums and the levels' aliases are
// taken from r whatever v says of them (Validate holds v to them).
func (r *Rules) Apply(v Variant) *Rules {
	out := *r
	out.Robustness = nil
	if v.Scale != nil {
		out.Scale = *v.Scale
		out.Scale.Levels = append([]Level(nil), v.Scale.Levels...)
		for i := range out.Scale.Levels {
			if i < len(r.Scale.Levels) {
				out.Scale.Levels[i].Aliases = r.Scale.Levels[i].Aliases
			}
		}
	}
	if v.Groups != nil {
		out.Groups = append([]Group(nil), v.Groups...)
		for i := range out.Groups {
			if i < len(r.Groups) {
				g := &out.Groups[i]
				g.Aliases, g.Issued, g.Quorum = r.Groups[i].Aliases, r.Groups[i].Issued, r.Groups[i].Quorum
			}
		}
	}
	if v.Dimensions != nil {
		out.Dimensions = v.Dimensions
	}
	if v.Trim != nil {
		out.Trim = *v.Trim
	}
	if v.Components != nil {
		out.Components = v.Components
	}
	if v.Complaints != nil {
		out.Complaints = *v.Complaints
	}
	if v.MinGroupBallots != nil {
		out.MinGroupBallots = *v.MinGroupBallots
	}
	if v.MinRatings != nil {
		out.MinRatings = *v.MinRatings
	}
	if v.TieBreak != nil {
		out.TieBreak = v.TieBreak
	}
	if v.Categories != nil {
		out.Categories = v.Categories
	}
	if v.Bottom != nil {
		out.Bottom = *v.Bottom
	}
	return &out
}

// KeepFittingVariants drops the variants that do not fit the rules as they
// now are (see Variant): a rules file that changes its base's groups,
// levels, dimensions or categories inherits only those of the base's
// variants that still name them. It returns the names of those dropped.
func (r *Rules) KeepFittingVariants() (dropped []string) {
	kept := r.Robustness[:0:0]
	for _, variant := range r.Robustness {
		v := &validator{}
		v.variant(r, 0, variant)
		if len(v.errs) > 0 {
			dropped = append(dropped, variant.Name)
			continue
		}
		kept = append(kept, variant)
	}
	r.Robustness = kept
	return dropped
}

// robustness checks each variant: a name of its own, the round's groups,
// levels, bands, dimensions and categories in their order, the ballots'
// reading unchanged, and rules that validate once applied.
func (v *validator) robustness(r *Rules) {
	if len(v.errs) > 0 {
		return // a variant is checked against valid rules only
	}
	seen := map[string]string{}
	for i, variant := range r.Robustness {
		v.unique(seen, fmt.Sprintf("robustness[%d].name", i), variant.Name)
		v.variant(r, i, variant)
	}
}

// variant checks variant i of the rules r.
func (v *validator) variant(r *Rules, i int, variant Variant) {
	before := len(v.errs)
	p := fmt.Sprintf("robustness[%d]", i)
	v.sameNames(p+".groups", variant.Groups != nil, names(r.Groups, func(g Group) string { return g.Name }), names(variant.Groups, func(g Group) string { return g.Name }))
	for j, g := range variant.Groups {
		if j < len(r.Groups) && !sameReading(g, r.Groups[j]) {
			v.add(fmt.Sprintf("%s.groups[%d]", p, j), msg.RuleVariantReading)
		}
	}
	if s := variant.Scale; s != nil {
		v.sameNames(p+".scale.levels", true, names(r.Scale.Levels, levelName), names(s.Levels, levelName))
		v.sameNames(p+".scale.bands", true, names(r.Scale.Bands, bandName), names(s.Bands, bandName))
		for j, l := range s.Levels {
			if j < len(r.Scale.Levels) && (l.NoAnswer != r.Scale.Levels[j].NoAnswer || !sameAliases(l.Aliases, r.Scale.Levels[j].Aliases)) {
				v.add(fmt.Sprintf("%s.scale.levels[%d]", p, j), msg.RuleVariantReading)
			}
		}
		if (s.Range == nil) != (r.Scale.Range == nil) || (s.Range != nil && *s.Range != *r.Scale.Range) {
			v.add(p+".scale.range", msg.RuleVariantReading)
		}
	}
	v.sameNames(p+".dimensions", variant.Dimensions != nil, names(r.Dimensions, func(d Dimension) string { return d.Name }), names(variant.Dimensions, func(d Dimension) string { return d.Name }))
	v.sameNames(p+".categories", variant.Categories != nil, names(r.Categories, func(c Category) string { return c.Name }), names(variant.Categories, func(c Category) string { return c.Name }))
	if len(v.errs) > before {
		return // the rules and the variant must agree before the variant can be checked whole
	}
	if err := r.Apply(variant).Validate(); err != nil {
		for _, e := range flattenErrors(err) {
			if fe, ok := e.(*FieldError); ok {
				v.errs = append(v.errs, &FieldError{Path: p + "." + fe.Path, Msg: fe.Msg})
				continue
			}
			v.errs = append(v.errs, e)
		}
	}
}

// sameNames reports a variant's list that does not name the round's items
// in their order.
func (v *validator) sameNames(path string, given bool, want, got []string) {
	if given && strings.Join(want, "\x00") != strings.Join(got, "\x00") {
		v.add(path, msg.RuleVariantNames, strings.Join(want, ", "))
	}
}

func names[T any](list []T, name func(T) string) []string {
	out := make([]string, len(list))
	for i, x := range list {
		out[i] = name(x)
	}
	return out
}

func levelName(l Level) string { return l.Name }
func bandName(b Band) string   { return b.Name }

// sameReading: a variant's group reads ballots as the round's does, saying
// nothing of aliases, issued counts and quorum, or the same.
func sameReading(g, round Group) bool {
	return (g.Aliases == nil || sameAliases(g.Aliases, round.Aliases)) &&
		(g.Issued == 0 || g.Issued == round.Issued) && (g.Quorum == 0 || g.Quorum == round.Quorum)
}

func sameAliases(a, round []string) bool {
	return a == nil || strings.Join(a, "\x00") == strings.Join(round, "\x00")
}

// flattenErrors unwraps errors.Join.
func flattenErrors(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, flattenErrors(e)...)
		}
		return out
	}
	return []error{err}
}

// variants draws the bottom list again under each variant of the rules,
// from the same counts: a variant's points and classes of the levels are
// read through its own scale.
//
// The variants are scored side by side: scoring reads the round and the
// tally and writes only its own result.
func (r *Result) variants(round *Round, tally *Tally) error {
	out := make([]VariantResult, len(r.Rules.Robustness))
	errs := make([]error, len(out))
	var wg sync.WaitGroup
	for k, v := range r.Rules.Robustness {
		wg.Go(func() {
			rules := r.Rules.Apply(v)
			res, err := score(rules, round, tally, tally.counts.under(&rules.Scale))
			if err != nil {
				errs[k] = fmt.Errorf("robustness %q: %w", v.Name, err)
				return
			}
			vr := VariantResult{Name: v.Name}
			for _, t := range res.BottomList() {
				i := res.index(t)
				vr.Bottom = append(vr.Bottom, i)
				vr.Pending = append(vr.Pending, t.Pending())
			}
			out[k] = vr
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return err
	}
	r.Robustness = append(r.Robustness, out...)
	return nil
}

// index is the place of one of the result's targets.
func (r *Result) index(t *TargetResult) int {
	for i := range r.Targets {
		if &r.Targets[i] == t {
			return i
		}
	}
	return -1
}

// OnLists counts, for each target, the variants whose bottom list holds
// it, confirmed or pending.
func (r *Result) OnLists() []int {
	out := make([]int, len(r.Targets))
	for _, v := range r.Robustness {
		for _, i := range v.Bottom {
			out[i]++
		}
	}
	return out
}

// under is a view of the counts whose bins count for what scale says: the
// same ratings, with the points, classes and levels of another scale that
// reads them the same (a variant's).
func (c *Counts) under(s *Scale) *Counts {
	out := *c
	t := &binTable{bins: make([]binInfo, len(c.table.bins)), levels: c.table.levels, byValue: c.table.byValue}
	first := len(s.LevelNames()) - len(s.Levels)
	for i, l := range s.Levels {
		t.bins[i] = binInfo{points: l.Points, satisfied: l.Satisfied, lowest: l.Lowest, noAnswer: l.NoAnswer, level: first + i}
	}
	if s.IsNumeric() {
		k := numericScale{s}
		for value, b := range c.table.byValue {
			i := k.band(value)
			t.bins[b] = binInfo{points: value, satisfied: s.Bands[i].Satisfied, lowest: s.Bands[i].Lowest, level: len(s.Bands) - 1 - i}
		}
	}
	out.table = t
	return &out
}
