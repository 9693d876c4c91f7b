package report

import (
	"fmt"
	"math"
	"strings"

	"github.com/evalctl/evalctl/evaluate"
)

// escalationReason explains an escalation entry: per rule that reached the
// person, the condition met in both rounds, naming both years, and the
// targets that met it, e.g. 2025年、2026年连续两年被评为群众不满意股长
// （升级规则1）：T141 张三.
func escalationReason(lang Lang, res *evaluate.Result, a evaluate.Accountability) string {
	names := map[string]string{}
	for _, tr := range res.Targets {
		names[tr.ID] = tr.Name
	}
	zh := lang == Chinese
	years := bothRounds(lang, res)
	var parts []string
	for _, tr := range a.Triggers {
		var cond string
		switch tr.When {
		case evaluate.WhenConsecutiveUnsatisfactory:
			cond = pick(zh, years+"被评为"+res.Rules.Bottom.Label, res.Rules.Bottom.Label+" "+years)
		case evaluate.WhenConsecutiveLowSatisfaction:
			below := percentText(res.Rules.Escalation[tr.Rule].Below)
			cond = pick(zh, years+"满意率低于"+below, "satisfaction below "+below+" "+years)
		default:
			cond = tr.When
		}
		var who []string
		for _, id := range tr.Targets {
			who = append(who, id+" "+names[id])
		}
		parts = append(parts, pick(zh,
			fmt.Sprintf("%s（升级规则%d）：%s", cond, tr.Rule+1, strings.Join(who, "、")),
			fmt.Sprintf("%s (escalation rule %d): %s", cond, tr.Rule+1, strings.Join(who, ", "))))
	}
	return strings.Join(parts, pick(zh, "；", "; "))
}

// bothRounds names the previous round and this one: 2025年、2026年连续两年
// when the years follow each other, 2023年、2026年连续两轮 when they do not,
// and 上一轮、本轮连续两轮 when either year is unknown.
func bothRounds(lang Lang, res *evaluate.Result) string {
	prev := 0
	if res.Previous != nil {
		prev = res.Previous.Year
	}
	zh := lang == Chinese
	switch {
	case prev == 0 || res.Year == 0:
		return pick(zh, "上一轮、本轮连续两轮", "in both the previous round and this one")
	case res.Year == prev+1:
		return pick(zh, fmt.Sprintf("%d年、%d年连续两年", prev, res.Year), fmt.Sprintf("in both %d and %d", prev, res.Year))
	}
	return pick(zh, fmt.Sprintf("%d年、%d年连续两轮", prev, res.Year), fmt.Sprintf("in both the %d and the %d rounds", prev, res.Year))
}

// percentText shows a rate as a percentage with no needless decimals:
// 0.6 is 60%, 0.655 is 65.5%.
func percentText(rate float64) string {
	return fmt.Sprintf("%g%%", math.Round(rate*1e4)/100)
}
