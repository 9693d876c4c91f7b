package contract

import (
	"testing"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/msg"
)

// The target's role reads back in both languages and as results written
// before it was called 评议对象 named it.
func TestRoleTargetReadsBack(t *testing.T) {
	for _, text := range []string{Roles.In(evaluate.RoleTarget, msg.Chinese), Roles.In(evaluate.RoleTarget, msg.English), "本人", " target "} {
		if role, ok := Roles.Parse(text); !ok || role != evaluate.RoleTarget {
			t.Errorf("%q reads as %q, %v; want the target", text, role, ok)
		}
	}
	if got := Roles.In(evaluate.RoleTarget, msg.Chinese); got != "评议对象" {
		t.Errorf("the target's role is %q in Chinese, want 评议对象: a unit is no 本人", got)
	}
}
