package report

import (
	"fmt"
	"math"
	"strings"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/msg"
)

// escalationReason explains an escalation entry: per rule that reached the
// person, the condition met in both rounds, naming both years, and the
// targets that met it, e.g. 2025年、2026年连续两年被评为群众不满意股长
// （升级规则1）：T141 张三.
func escalationReason(lang msg.Lang, res *evaluate.Result, a evaluate.Accountability) string {
	names := map[string]string{}
	for _, tr := range res.Targets {
		names[tr.ID] = tr.Name
	}
	years := bothRounds(lang, res)
	var parts []string
	for _, tr := range a.Triggers {
		var cond string
		switch tr.When {
		case evaluate.WhenConsecutiveUnsatisfactory:
			cond = lang.F(msg.EscalationUnsatisfied, years, res.Rules.Bottom.Label)
		case evaluate.WhenConsecutiveLowSatisfaction:
			cond = lang.F(msg.EscalationLowSat, years, percentText(res.Rules.Escalation[tr.Rule].Below))
		default:
			cond = string(tr.When)
		}
		var who []string
		for _, id := range tr.Targets {
			who = append(who, id+" "+names[id])
		}
		parts = append(parts, lang.F(msg.EscalationEntry, cond, tr.Rule+1, lang.Join(who)))
	}
	return strings.Join(parts, lang.Sep())
}

// bothRounds names the previous round and this one: 2025年、2026年连续两年
// when the years follow each other, 2023年、2026年连续两轮 when they do not,
// and 上一轮、本轮连续两轮 when either year is unknown.
func bothRounds(lang msg.Lang, res *evaluate.Result) string {
	prev := 0
	if res.Previous != nil {
		prev = res.Previous.Year
	}
	switch {
	case prev == 0 || res.Year == 0:
		return lang.T(msg.EscalationUnknownYears)
	case res.Year == prev+1:
		return lang.F(msg.EscalationYears, prev, res.Year)
	}
	return lang.F(msg.EscalationRounds, prev, res.Year)
}

// percentText shows a rate as a percentage with no needless decimals:
// 0.6 is 60%, 0.655 is 65.5%.
func percentText(rate float64) string {
	return fmt.Sprintf("%g%%", math.Round(rate*1e4)/100)
}
