package evaluate

import (
	"fmt"
	"strings"

	"github.com/evalctl/evalctl/internal/msg"
)

// categories checks the categories with their bottom and award counts and
// thresholds.
func (v *validator) categories(cs []Category) {
	if len(cs) == 0 {
		v.add("categories", msg.RuleNoCategories)
	}
	seen := map[string]string{}
	for i, c := range cs {
		p := fmt.Sprintf("categories[%d]", i)
		v.unique(seen, p+".name", c.Name)
		v.notNegative(p+".bottom", c.Bottom)
		v.notNegative(p+".awards", c.Awards)
		v.share(p+".bottom_share", c.BottomShare)
		v.share(p+".award_share", c.AwardShare)
		v.thresholds(p+".only_below", c.OnlyBelow)
		v.thresholds(p+".also_below", c.AlsoBelow)
		if !c.Targets.Valid() {
			enum(v, p+".targets", targetKinds, c.Targets)
		}
		if c.AlsoAward != "" && strings.TrimSpace(c.AlsoAward) == "" {
			v.add(p+".also_award", msg.RuleEmpty)
		}
	}
}

func (v *validator) thresholds(path string, th *Thresholds) {
	if th == nil {
		return
	}
	if th.Final == nil && th.Satisfaction == nil && th.LowestShare == nil {
		v.add(path, msg.RuleNoThreshold)
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
		case ScopeUnit, ScopeSupervisor, ScopeViolations:
			if r.Threshold < 1 {
				v.add(p+".threshold", msg.RuleAtLeastOne, r.Threshold)
			}
			if r.Position != 0 {
				v.add(p+".position", msg.RulePositionOnly, string(ScopeRank))
			}
		case ScopeRank:
			if r.Position < 1 {
				v.add(p+".position", msg.RulePosition, r.Position)
			}
			if r.Threshold != 0 {
				v.add(p+".threshold", msg.RuleNoThresholdOf, string(ScopeRank))
			}
		default:
			enum(v, p+".scope", scopes, r.Scope)
		}
		if len(r.Principal) == 0 && len(r.Supervisor) == 0 && len(r.Target) == 0 {
			v.add(p, msg.RuleNoAction)
		}
		v.actions(p+".target", r.Target)
		v.actions(p+".principal", r.Principal)
		v.actions(p+".supervisor", r.Supervisor)
	}
}

// escalation checks the escalation rules: a known condition, a threshold
// where the condition needs one (and only there), and at least one action.
func (v *validator) escalation(rs []EscalationRule) {
	for i, r := range rs {
		p := fmt.Sprintf("escalation[%d]", i)
		switch r.When {
		case WhenConsecutiveUnsatisfactory:
			if r.Below != 0 {
				v.add(p+".below", msg.RuleBelowOnly, string(WhenConsecutiveLowSatisfaction), string(r.When))
			}
		case WhenConsecutiveLowSatisfaction:
			if !(r.Below > 0 && r.Below <= 1) {
				v.add(p+".below", msg.RuleBelowRate, r.Below)
			}
		default:
			enum(v, p+".when", conditions, r.When)
		}
		if len(r.Target) == 0 && len(r.Principal) == 0 && len(r.Supervisor) == 0 {
			v.add(p, msg.RuleNoAction)
		}
		v.actions(p+".target", r.Target)
		v.actions(p+".principal", r.Principal)
		v.actions(p+".supervisor", r.Supervisor)
	}
}
