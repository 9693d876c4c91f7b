package evaluate

import (
	"fmt"
	"strings"
)

// categories checks the categories with their bottom and award counts and
// thresholds.
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
		v.share(p+".bottom_share", c.BottomShare)
		v.share(p+".award_share", c.AwardShare)
		v.thresholds(p+".only_below", c.OnlyBelow)
		v.thresholds(p+".also_below", c.AlsoBelow)
	}
}

// share checks a proportion field.
func (v *validator) share(path string, x float64) {
	if v.finite(path, x) && (x < 0 || x > 1) {
		v.add(path, "must be within 0–1, got %g", x)
	}
}

func (v *validator) thresholds(path string, th *Thresholds) {
	if th == nil {
		return
	}
	if th.Final == nil && th.Satisfaction == nil && th.LowestShare == nil {
		v.add(path, "sets no threshold (final, satisfaction or lowest_share_above)")
	}
	if th.Final != nil {
		v.finite(path+".final", *th.Final)
	}
	if th.Satisfaction != nil {
		v.share(path+".satisfaction", *th.Satisfaction)
	}
	if th.LowestShare != nil {
		v.share(path+".lowest_share_above", *th.LowestShare)
	}
}

func (v *validator) liability(rs []LiabilityRule) {
	for i, r := range rs {
		p := fmt.Sprintf("liability[%d]", i)
		switch r.Scope {
		case ScopeUnit, ScopeSupervisor:
			if r.Threshold < 1 {
				v.add(p+".threshold", "must be at least 1, got %d", r.Threshold)
			}
			if r.Position != 0 {
				v.add(p+".position", "only a %s rule has a position", ScopeRank)
			}
		case ScopeRank:
			if r.Position < 1 {
				v.add(p+".position", "must be at least 1 (1 = last of the category), got %d", r.Position)
			}
			if r.Threshold != 0 {
				v.add(p+".threshold", "a %s rule has a position, not a threshold", ScopeRank)
			}
		default:
			v.add(p+".scope", "unknown scope %q (known: %s, %s, %s)", r.Scope, ScopeUnit, ScopeSupervisor, ScopeRank)
		}
		if len(r.Principal) == 0 && len(r.Supervisor) == 0 && len(r.Target) == 0 {
			v.add(p, "names no action for the principal, the supervisor or the target")
		}
		for j, a := range append(append(append([]string{}, r.Principal...), r.Supervisor...), r.Target...) {
			if strings.TrimSpace(a) == "" {
				v.add(fmt.Sprintf("%s.actions[%d]", p, j), "an action must not be empty")
			}
		}
	}
}
