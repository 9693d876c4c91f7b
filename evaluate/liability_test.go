package evaluate

import (
	"reflect"
	"testing"
)

// TestChibiLiability checks the 赤壁 rules: one unsatisfactory chief in a
// unit costs its principal and the chief's supervisor 诫勉谈话 and 通报批评;
// two in a unit add the principal's 书面检查; two under one supervisor
// dismiss the supervisor.
func TestChibiLiability(t *testing.T) {
	type entry struct {
		person           string
		role             Role
		unit             string
		actions, targets []string
	}
	tests := []struct {
		name  string
		unsat []Target
		want  []entry
	}{
		{"one in a unit", []Target{target("a", "U1", "S1")}, []entry{
			{"principal-U1", RolePrincipal, "U1", []string{"诫勉谈话", "通报批评"}, []string{"a"}},
			{"S1", RoleSupervisor, "U1", []string{"诫勉谈话", "通报批评"}, []string{"a"}},
		}},
		{"two in a unit, two supervisors", []Target{target("a", "U1", "S1"), target("c", "U1", "S2")}, []entry{
			{"principal-U1", RolePrincipal, "U1", []string{"诫勉谈话", "通报批评", "书面检查"}, []string{"a", "c"}},
			{"S1", RoleSupervisor, "U1", []string{"诫勉谈话", "通报批评"}, []string{"a"}},
			{"S2", RoleSupervisor, "U1", []string{"诫勉谈话", "通报批评"}, []string{"c"}},
		}},
		{"two under one supervisor, one elsewhere", []Target{target("a", "U1", "S1"), target("b", "U1", "S1"), target("d", "U2", "S3")}, []entry{
			{"principal-U1", RolePrincipal, "U1", []string{"诫勉谈话", "通报批评", "书面检查"}, []string{"a", "b"}},
			{"S1", RoleSupervisor, "U1", []string{"诫勉谈话", "通报批评", "免职"}, []string{"a", "b"}},
			{"principal-U2", RolePrincipal, "U2", []string{"诫勉谈话", "通报批评"}, []string{"d"}},
			{"S3", RoleSupervisor, "U2", []string{"诫勉谈话", "通报批评"}, []string{"d"}},
		}},
		{"none", nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			targets := []TargetResult{{Target: target("x", "U1", "S1")}, {Target: target("y", "U3", "S9")}}
			for _, u := range tc.unsat {
				targets = append(targets, TargetResult{Target: u, Verdict: Verdict{Unsatisfactory: true}})
			}
			var got []entry
			for _, a := range liability(Chibi(), targets, standingsOf(Chibi(), targets)) {
				got = append(got, entry{a.Person, a.Role, a.Unit, a.Actions, a.Targets})
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("accountability:\n got %v\nwant %v", got, tc.want)
			}
		})
	}
}

func TestPendingTiesCauseNoLiability(t *testing.T) {
	targets := []TargetResult{{Target: target("a", "U1", "S1"), Verdict: Verdict{TieAtCutoff: true}}}
	if got := liability(Chibi(), targets, standingsOf(Chibi(), targets)); len(got) != 0 {
		t.Errorf("a target pending a tie decision caused %v", got)
	}
}

// standingsOf are the standings of targets under rules.
func standingsOf(rules *Rules, targets []TargetResult) []Standing {
	return (&Result{Rules: rules, Targets: targets}).Standings()
}
