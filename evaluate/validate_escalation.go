package evaluate

import (
	"fmt"
	"strings"
)

// escalation checks the escalation rules: a known condition, a threshold
// where the condition needs one (and only there), and at least one action.
func (v *validator) escalation(rs []EscalationRule) {
	for i, r := range rs {
		p := fmt.Sprintf("escalation[%d]", i)
		switch r.When {
		case WhenConsecutiveUnsatisfactory:
			if r.Below != 0 {
				v.add(p+".below", "applies only to %s, not to %s", WhenConsecutiveLowSatisfaction, r.When)
			}
		case WhenConsecutiveLowSatisfaction:
			if !(r.Below > 0 && r.Below <= 1) {
				v.add(p+".below", "must be a satisfaction rate above 0 and at most 1 (0.6 for 60%%), got %g", r.Below)
			}
		default:
			v.add(p+".when", "unknown condition %q (known: %s, %s)", r.When, WhenConsecutiveUnsatisfactory, WhenConsecutiveLowSatisfaction)
		}
		if len(r.Target) == 0 && len(r.Principal) == 0 && len(r.Supervisor) == 0 {
			v.add(p, "names no action for the target, the principal or the supervisor")
		}
		for _, list := range []struct {
			field   string
			actions []string
		}{{"target", r.Target}, {"principal", r.Principal}, {"supervisor", r.Supervisor}} {
			for j, a := range list.actions {
				if strings.TrimSpace(a) == "" {
					v.add(fmt.Sprintf("%s.%s[%d]", p, list.field, j), "an action must not be empty")
				}
			}
		}
	}
}
