// Package report writes scored rounds out: the results workbook, the JSON
// contract for scripts, terminal tables and the rules as YAML; and, from
// published results, the per-unit export workbooks and the trend workbook
// of several years.
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
	"Composite": "综合得分", "Verified complaints": "扣分投诉", "Complaints received": "投诉受理", "Complaints closed": "投诉办结",
	"Dimension scores": "分项得分", "Dimension": "评议内容", "Deduction": "扣分", "Final": "最终得分",
	"Satisfaction": "满意率", "Lowest share": "最低等次占比", "Status": "状态", "Verdict": "结论",
	"Flags": "标记", "Reason": "原因", "Action": "处理", "Person": "姓名", "Role": "角色",
	"Actions": "问责措施", "Because of": "涉及对象", "Award": "表彰", "Reserve": "后备干部",
	"Ballot": "票号", "Group": "代表类别", "File": "文件", "Sheet": "工作表", "Row": "行",
	"Read": "读入", "Issued": "发放", "Evaluators": "评价人数", "In the weighted mean": "计入加权", "Return rate": "回收率", "Valid rate": "有效率", "Rating count": "评价次数", "Valid": "有效", "Invalid": "无效", "Mean score": "平均分", "Total": "合计",
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
	// yearly rounds, group scores, the ledger, exports and trends
	"Year": "年度", "Previous results": "上年结果", "Previous rank": "上年名次", "Rank change": "名次变化",
	"Previously unsatisfactory": "上年不满意", "(unknown)": "（未知）", "target": "本人",
	"Group scores": "分组得分", "Weight": "权重", "Complaint ledger": "投诉记录", "Result": "核查结果",
	"Effect": "效果", "Where": "位置", "none": "不扣分", "deduct": "扣分",
	"Unit results": "本单位结果", "By group": "分组满意度", "About": "说明", "Targets": "评议对象数",
	"Fewest ratings shown": "分组数据最少评价次数", "Index": "索引", "Note": "备注", "Ranked": "已排名",
	"Unsatisfactory count": "不满意人数", "Accountability entries": "问责人次", "Mean final": "平均最终得分",
	"unsatisfactory": "不满意", "Written now": "本次导出", "Trend": "历年名次", "Repeated on the bottom list": "末位重复", "Times": "次数", "Years": "年度",
	"Minimum": "最低分", "Lower quartile": "下四分位", "Median": "中位数", "Upper quartile": "上四分位", "Maximum": "最高分",
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
	case evaluate.ProblemUnknownTarget:
		return pick(zhText, fmt.Sprintf("%s 评议对象 %q 不在名册中", p.Ref, p.Value), fmt.Sprintf("%s target %q is not in the roster", p.Ref, p.Value))
	case evaluate.ProblemUnknownDim:
		return pick(zhText, fmt.Sprintf("%s 评议内容 %q 不在规则中", p.Ref, p.Value), fmt.Sprintf("%s dimension %q is not in the rules", p.Ref, p.Value))
	case evaluate.ProblemRatedTwice:
		return pick(zhText, fmt.Sprintf("%s 与 %s 重复评价同一对象", p.Ref, p.Value), fmt.Sprintf("%s rates the same target as %s", p.Ref, p.Value))
	case evaluate.ProblemMixedGroups:
		return pick(zhText, fmt.Sprintf("%s 同一张票出现不同代表类别 %q", p.Ref, p.Value), fmt.Sprintf("%s another group %q within one ballot", p.Ref, p.Value))
	case evaluate.ProblemTooFewRated:
		return pick(zhText, fmt.Sprintf("评价对象过少（%s）", p.Value), fmt.Sprintf("too few targets rated (%s)", p.Value))
	case evaluate.ProblemLevelShare:
		return pick(zhText, fmt.Sprintf("同一等次占比过高（分值×张数/评价数 %s）", p.Value), fmt.Sprintf("one rating takes too large a share (points×count/ratings %s)", p.Value))
	case evaluate.ProblemIdentical:
		return pick(zhText, fmt.Sprintf("对全部 %s 个对象评价相同", p.Value), fmt.Sprintf("the same rating for all %s targets", p.Value))
	case evaluate.ProblemQuota:
		return pick(zhText, fmt.Sprintf("违反等次比例限制（规则:数量 %s）", p.Value), fmt.Sprintf("breaks a forced-distribution quota (quota:count %s)", p.Value))
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
	if len(a.Triggers) > 0 && a.Triggers[0].When != "" {
		return escalationReason(lang, res, a) // escalation entries hold only escalation triggers
	}
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
		parts = append(parts, triggerText(lang, label, tr))
	}
	return strings.Join(parts, pick(lang == Chinese, "；", "; ")) + pick(lang == Chinese, "：", ": ") + strings.Join(who, pick(lang == Chinese, "、", ", "))
}

// triggerText says why one liability rule or sanction fired.
func triggerText(lang Lang, label string, tr evaluate.Trigger) string {
	zh := lang == Chinese
	switch tr.Scope {
	case evaluate.ScopeRank:
		return pick(zh, fmt.Sprintf("类别倒数第%d名（规则%d）", tr.Threshold, tr.Rule+1),
			fmt.Sprintf("place %d from the bottom of the category (rule %d)", tr.Threshold, tr.Rule+1))
	case evaluate.ScopeComplaints:
		return pick(zh, fmt.Sprintf("查实投诉%d件", tr.Count), fmt.Sprintf("%d verified complaints", tr.Count))
	}
	scope := pick(zh, "本单位", "the unit")
	if tr.Scope == evaluate.ScopeSupervisor {
		scope = pick(zh, "同一分管领导", "one supervisor")
	}
	return pick(zh, fmt.Sprintf("%s有%d名%s（规则%d：≥%d名）", scope, tr.Count, label, tr.Rule+1, tr.Threshold),
		fmt.Sprintf("%s has %d %s (rule %d: ≥%d)", scope, tr.Count, label, tr.Rule+1, tr.Threshold))
}

func pick(zh bool, a, b string) string {
	if zh {
		return a
	}
	return b
}
