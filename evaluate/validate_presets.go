package evaluate

import (
	"fmt"
	"strings"

	"github.com/evalctl/evalctl/internal/msg"
)

// issued checks the ballots issued and the quorum: a round-level count at
// least the groups' together, a quorum only where an issued count says
// what it is a share of, and a strict quorum only where there is one that
// can be passed.
func (v *validator) issued(r *Rules) {
	v.notNegative("issued", r.Issued)
	v.rate("quorum", r.Quorum, msg.RuleReturnRate)
	groups := 0
	for _, g := range r.Groups {
		groups += g.Issued
	}
	if r.Issued > 0 && groups > r.Issued {
		v.add("issued", msg.RuleIssuedBelowGroups, r.Issued, groups)
	}
	if r.Quorum > 0 && r.Issued == 0 && groups == 0 {
		v.add("quorum", msg.RuleQuorumIssued)
	}
	if !r.QuorumStrict {
		return
	}
	some := r.Quorum > 0
	for _, g := range r.Groups {
		some = some || g.Quorum > 0
	}
	switch {
	case !some:
		v.add("quorum_strict", msg.RuleStrictNoQuorum)
	case r.Quorum >= 1:
		v.add("quorum_strict", msg.RuleStrictAll, r.Quorum)
	}
	for i, g := range r.Groups {
		if g.Quorum >= 1 {
			v.add(fmt.Sprintf("groups[%d].quorum", i), msg.RuleStrictAll, g.Quorum)
		}
	}
}

// questions checks the round-level questions: each named once, with a
// column of its own, at least two answers and a rate made of them.
func (v *validator) questions(qs []Question) {
	names, columns := map[string]string{}, map[string]string{}
	for i, q := range qs {
		p := fmt.Sprintf("questions[%d]", i)
		v.unique(names, p+".name", q.Name)
		if q.Column != "" || strings.TrimSpace(q.Name) != "" {
			v.unique(columns, p+".column", q.QuestionColumn())
		}
		if len(q.Answers) < 2 {
			v.add(p+".answers", msg.RuleTwoAnswers, len(q.Answers))
		}
		answers := map[string]string{}
		for j, a := range q.Answers {
			v.unique(answers, fmt.Sprintf("%s.answers[%d]", p, j), a)
		}
		if len(q.Rate) == 0 {
			v.add(p+".rate", msg.RuleRateEmpty)
		}
		rated := map[string]bool{}
		for j, a := range q.Rate {
			path := fmt.Sprintf("%s.rate[%d]", p, j)
			k := normalize(a)
			switch _, ok := answers[k]; {
			case !ok:
				v.add(path, msg.RuleNotAnAnswer, a, strings.Join(q.Answers, ", "))
			case rated[k]:
				v.add(path, msg.RuleListedTwice, a)
			}
			rated[k] = true
		}
	}
}

// sanctions checks the personnel sanctions: rising counts, an action, and
// a person to address it to. A sanction of the target needs categories that
// say their targets are persons or units, and one of persons at least: a
// unit is not warned or suspended.
func (v *validator) sanctions(r *Rules) {
	prev := map[Role]int{}
	for i, s := range r.Complaints.Sanctions {
		p := fmt.Sprintf("complaints.sanctions[%d]", i)
		if s.Min <= prev[s.To] {
			v.add(p+".min", msg.RuleSanctionsRise, s.Min, prev[s.To])
		}
		if strings.TrimSpace(s.Action) == "" {
			v.add(p+".action", msg.RuleEmpty)
		}
		prev[s.To] = s.Min
		enum(v, p+".to", roles, s.To)
		if s.To != RoleTarget {
			continue
		}
		persons, unsaid := false, false
		for j, c := range r.Categories {
			if c.Targets == "" && !unsaid {
				unsaid = true
				v.add(fmt.Sprintf("categories[%d].targets", j), msg.RuleTargetsUnsaid, p)
			}
			persons = persons || c.Targets == TargetsPerson
		}
		if !persons && !unsaid {
			v.add(p+".to", msg.RuleSanctionUnits, s.Action)
		}
	}
}
