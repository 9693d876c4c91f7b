package evaluate

import (
	"errors"
	"strings"
	"testing"
)

func TestValidateEscalationAndExport(t *testing.T) {
	ok := func(r *Rules) {
		r.Escalation = []EscalationRule{
			{When: WhenConsecutiveUnsatisfactory, Target: []string{"免职"}},
			{When: WhenConsecutiveLowSatisfaction, Below: 0.6, Principal: []string{"诫勉谈话"}},
		}
	}
	tests := []struct {
		name   string
		break_ func(r *Rules)
		path   string
		msg    string
	}{
		{"unknown condition", func(r *Rules) { ok(r); r.Escalation[0].When = "twice" }, "escalation[0].when", `unknown condition "twice"`},
		{"no condition", func(r *Rules) { ok(r); r.Escalation[1].When = "" }, "escalation[1].when", `unknown condition ""`},
		{"below on unsatisfactory", func(r *Rules) { ok(r); r.Escalation[0].Below = 0.5 }, "escalation[0].below", "applies only to consecutive_low_satisfaction"},
		{"below missing", func(r *Rules) { ok(r); r.Escalation[1].Below = 0 }, "escalation[1].below", "above 0 and at most 1"},
		{"below a percentage", func(r *Rules) { ok(r); r.Escalation[1].Below = 60 }, "escalation[1].below", "got 60"},
		{"no action", func(r *Rules) { ok(r); r.Escalation[1].Principal = nil }, "escalation[1]", "names no action"},
		{"blank action", func(r *Rules) { ok(r); r.Escalation[0].Supervisor = []string{" "} }, "escalation[0].supervisor[0]", "must not be empty"},
		{"blank target action", func(r *Rules) { ok(r); r.Escalation[0].Target = []string{"免职", ""} }, "escalation[0].target[1]", "must not be empty"},
		{"group threshold", func(r *Rules) { r.Export.MinGroupRatings = 0 }, "export.min_group_ratings", "at least 1, got 0"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Chibi()
			tc.break_(r)
			err := r.Validate()
			found := false
			for _, e := range flattenErr(err) {
				var fe *FieldError
				if errors.As(e, &fe) && fe.Path == tc.path && strings.Contains(fe.Msg.String(), tc.msg) {
					found = true
				}
			}
			if !found {
				t.Errorf("want %s: …%s…, got:\n%v", tc.path, tc.msg, err)
			}
			if !errors.Is(err, ErrRules) {
				t.Error("error does not match ErrRules")
			}
		})
	}
	r := Chibi()
	ok(r)
	if err := r.Validate(); err != nil {
		t.Errorf("valid escalation rules rejected: %v", err)
	}
}

func TestEscalationNeedsLeaders(t *testing.T) {
	r := Chibi()
	r.Liability = nil
	if p, s := r.NeedsLeaders(); p || s {
		t.Fatalf("no rules need leaders, got %v %v", p, s)
	}
	r.Escalation = []EscalationRule{{When: WhenConsecutiveUnsatisfactory, Supervisor: []string{"提醒谈话"}}}
	if p, s := r.NeedsLeaders(); p || !s {
		t.Errorf("an escalation rule for supervisors: NeedsLeaders = %v %v, want false true", p, s)
	}
}
