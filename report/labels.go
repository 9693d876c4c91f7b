// Package report writes scored rounds out: the results workbook, the JSON
// contract for scripts, terminal tables and the rules as YAML.
//
// Labels are Chinese by default and English with [English]; numbers are the
// same in both. Output is deterministic: the same result gives the same
// cells and the same bytes.
package report

import (
	"fmt"
	"strings"

	"github.com/evalctl/evalctl/evaluate"
)

// Lang selects the language of sheet names, headers and reasons.
type Lang string

// Languages.
const (
	Chinese Lang = "zh"
	English Lang = "en"
)

// ParseLang accepts "zh" or "en".
func ParseLang(s string) (Lang, error) {
	switch Lang(strings.ToLower(s)) {
	case Chinese:
		return Chinese, nil
	case English:
		return English, nil
	}
	return "", fmt.Errorf("unknown language %q (known: zh, en)", s)
}

// zh translates the English labels; every label used goes through t.
var zh = map[string]string{
	// sheets
	"Ranking": "排名", "Unsatisfactory": "不满意名单", "Accountability": "问责名单",
	"Awards": "表彰名单", "Invalid ballots": "无效票", "Statistics": "统计", "Audit": "审计",
	// columns
	"Category": "类别", "Rank": "名次", "Of": "参评人数", "ID": "编号", "Name": "姓名", "Unit": "单位",
	"Section": "股室", "Supervisor": "分管领导", "Ratings": "有效评价票数", "Ballot score": "评议得分",
	"Composite": "综合得分", "Verified complaints": "查实投诉", "Deduction": "扣分", "Final": "最终得分",
	"Satisfaction": "满意率", "Lowest share": "最低等次占比", "Status": "状态", "Verdict": "结论",
	"Flags": "标记", "Reason": "原因", "Action": "处理", "Person": "姓名", "Role": "角色",
	"Actions": "问责措施", "Because of": "涉及对象", "Award": "表彰", "Reserve": "后备干部",
	"Ballot": "票号", "Group": "代表类别", "File": "文件", "Sheet": "工作表", "Row": "行",
	"Read": "读入", "Rating count": "评价次数", "Valid": "有效", "Invalid": "无效", "Mean score": "平均分", "Total": "合计",
	"Possible double entries": "疑似重复录入", "Identical to": "内容相同的票号", "Treatment": "处理",
	"listed, counted": "仅列出，照常计票", "invalid": "作废",
	"Item": "项目", "Value": "内容", "Test": "测试成绩",
	// values
	"ranked": "已排名", "insufficient": "样本不足", "principal": "主要领导", "supervisor": "分管领导",
	"confirmed": "确认", "tie at cutoff, committee decides": "并列跨越末位线，待评议委员会决定",
	"bottom of category": "类别末位", "veto": "一票否决", "tie at award cutoff": "并列跨越表彰线",
	"yes": "是", "no": "否", "(missing or unknown)": "（缺失或未知）",
	"evalctl version": "evalctl 版本", "Round": "评议轮次", "Rules": "评分规则", "Input": "输入文件",
	"Reconciliation": "对账", "Rules (YAML)": "评分规则（YAML）",
}

func t(lang Lang, en string) string {
	if lang == Chinese {
		if s, ok := zh[en]; ok {
			return s
		}
	}
	return en
}

// ProblemText renders a ballot problem as a sentence in the language.
func ProblemText(lang Lang, p evaluate.Problem) string {
	zhText := lang == Chinese
	switch p.Kind {
	case evaluate.ProblemNoID:
		return pick(zhText, "缺少票号", "missing ballot number")
	case evaluate.ProblemDuplicate:
		return pick(zhText, fmt.Sprintf("票号 %s 重复（首次出现于 %s 工作表 %s 第%d行）", p.Value, p.First.File, p.First.Sheet, p.First.Row),
			fmt.Sprintf("duplicate ballot number %s (first in %s, sheet %s, row %d)", p.Value, p.First.File, p.First.Sheet, p.First.Row))
	case evaluate.ProblemNoGroup:
		return pick(zhText, "缺少代表类别", "missing group")
	case evaluate.ProblemUnknownGroup:
		return pick(zhText, fmt.Sprintf("代表类别 %q 不在规则中", p.Value), fmt.Sprintf("unknown group %q", p.Value))
	case evaluate.ProblemBadLevel:
		return pick(zhText, fmt.Sprintf("%s %q 不是评价等次", p.Ref, p.Value), fmt.Sprintf("%s %q is not a level of the scale", p.Ref, p.Value))
	case evaluate.ProblemOutOfRange:
		return pick(zhText, fmt.Sprintf("%s %q 超出评分范围", p.Ref, p.Value), fmt.Sprintf("%s %q is outside the scale's range", p.Ref, p.Value))
	case evaluate.ProblemDoubleEntry:
		return pick(zhText, fmt.Sprintf("与票号 %s 内容完全相同（%s 工作表 %s 第%d行），疑为重复录入", p.Value, p.First.File, p.First.Sheet, p.First.Row),
			fmt.Sprintf("identical to ballot %s (%s, sheet %s, row %d): possibly keyed in twice", p.Value, p.First.File, p.First.Sheet, p.First.Row))
	case evaluate.ProblemBlank:
		return pick(zhText, "空白票（无任何评价）", "blank ballot (no rating)")
	}
	return string(p.Kind)
}

// ReasonText joins every problem of an invalid ballot.
func ReasonText(lang Lang, b evaluate.InvalidBallot) string {
	parts := make([]string, len(b.Problems))
	for i, p := range b.Problems {
		parts[i] = ProblemText(lang, p)
	}
	return strings.Join(parts, pick(lang == Chinese, "；", "; "))
}

// AccountabilityReason explains an accountability entry: which rules fired,
// and the targets behind them.
func AccountabilityReason(lang Lang, res *evaluate.Result, a evaluate.Accountability) string {
	names := map[string]string{}
	for _, tr := range res.Targets {
		names[tr.ID] = tr.Name
	}
	var who []string
	for _, id := range a.Targets {
		who = append(who, id+" "+names[id])
	}
	label := res.Rules.Bottom.Label
	var parts []string
	for _, tr := range a.Triggers {
		scope := pick(lang == Chinese, "本单位", "the unit")
		if tr.Scope == evaluate.ScopeSupervisor {
			scope = pick(lang == Chinese, "同一分管领导", "one supervisor")
		}
		parts = append(parts, pick(lang == Chinese,
			fmt.Sprintf("%s有%d名%s（规则%d：≥%d名）", scope, tr.Count, label, tr.Rule+1, tr.Threshold),
			fmt.Sprintf("%s has %d %s (rule %d: ≥%d)", scope, tr.Count, label, tr.Rule+1, tr.Threshold)))
	}
	return strings.Join(parts, pick(lang == Chinese, "；", "; ")) + pick(lang == Chinese, "：", ": ") + strings.Join(who, pick(lang == Chinese, "、", ", "))
}

func pick(zh bool, a, b string) string {
	if zh {
		return a
	}
	return b
}
