package report

// verdictFieldDocs explain the fields that turn the ranking into verdicts:
// the categories' bottom and award counts, the bottom list, joint liability,
// escalation over two rounds, the awards and what units are sent.
var verdictFieldDocs = map[string]fieldText{
	"categories": {
		zh: "分别排名的评议对象类别（类别）",
		en: "classes of targets ranked separately (类别)",
	},
	"categories[].name": {
		zh: "名册中写的类别名称",
		en: "the category as written in the roster",
	},
	"categories[].bottom": {
		zh: "末位 N 名中的 N：排名最低的 N 名为不满意（参与排名的一票否决对象占用名额）",
		en: "N of bottom-N: the lowest N ranked are unsatisfactory (ranked vetoes take places)",
	},
	"categories[].bottom_share": {
		zh: "以参与排名对象的比例表示的 N；两者取较大者",
		en: "N as a share of the ranked targets; the larger of the two applies",
	},
	"categories[].only_below": {
		zh: "只在满足这些阈值的评议对象中确定末位 N 名",
		en: "bottom-N only among targets meeting these thresholds",
	},
	"categories[].only_below.final": {
		zh: "最终得分低于此值",
		en: "final score below this",
	},
	"categories[].only_below.satisfaction": {
		zh: "满意率低于此值",
		en: "satisfaction rate below this",
	},
	"categories[].only_below.lowest_share_above": {
		zh: "最低等次占比高于此值",
		en: "share of the lowest level above this",
	},
	"categories[].also_below": {
		zh: "满足这些阈值的每个参与排名对象也都为不满意",
		en: "every ranked target meeting these thresholds is unsatisfactory too",
	},
	"categories[].also_below.final": {
		zh: "最终得分低于此值",
		en: "final score below this",
	},
	"categories[].also_below.satisfaction": {
		zh: "满意率低于此值",
		en: "satisfaction rate below this",
	},
	"categories[].also_below.lowest_share_above": {
		zh: "最低等次占比高于此值",
		en: "share of the lowest level above this",
	},
	"categories[].awards": {
		zh: "表彰排名前多少名",
		en: "how many of the top are awarded",
	},
	"categories[].award_share": {
		zh: "获表彰者占参与排名对象的比例；两者取较大者",
		en: "the awarded as a share of the ranked targets; the larger applies",
	},
	"categories[].award_name": {
		zh: "本类别的荣誉名称，代替 awards.name（十佳服务窗口）",
		en: "the honour in this category, instead of awards.name (十佳服务窗口)",
	},
	"categories[].also_award": {
		zh: "随表彰一并授予的第二项荣誉，授予获表彰岗位上的个人（湖州：先进处室和先进个人）",
		en: "a second honour given with the award, to the person holding an awarded post (湖州: 先进处室 and 先进个人)",
	},
	"categories[].targets": {
		zh: "本类别的评议对象是什么：person（个人）或 unit（单位）；指向评议对象本人的处分只适用于个人",
		en: "what the category's targets are: person or unit; a sanction addressed to the target reaches only persons",
	},
	"bottom": {
		zh: "末位名单的结论",
		en: "the verdict of the bottom list",
	},
	"bottom.label": {
		zh: "名单的名称（群众不满意股长）",
		en: "its name (群众不满意股长)",
	},
	"bottom.action": {
		zh: "对评议对象的处理，显示在名单上（免职）",
		en: "what happens to the target, shown on the list (免职)",
	},
	"bottom.max_share": {
		zh: "按名次下结论最多可涉及的范围：类别中未被一票否决的参与排名对象的这一比例，且绝不涉及类别的最前列；超出时不按名次确认任何人，所涉对象标为 small_category，交评议委员会决定（0：不限比例，但仍绝不涉及最前列）",
		en: "the most a verdict by rank may take: this share of a category's ranked targets not vetoed, never its top; beyond it nobody is confirmed by rank and the targets reached are flagged small_category for the committee (0: no share, the top still never)",
	},
	"bottom.vetoes": {
		zh: "fill：参与排名的一票否决对象占用末位 N 名中的一个名额；add：一票否决对象在最低 N 名之外另计",
		en: "fill: a ranked veto fills one of the bottom N places; add: vetoes come on top of the N lowest",
	},
	"liability": {
		zh: "对已确认的不满意对象适用的连带责任规则，以及对台账中查实的违规适用的规则",
		en: "joint-liability rules (连带责任) over the confirmed unsatisfactory, and rules over the violations found in the ledger",
	},
	"liability[].scope": {
		zh: "unit：按单位计数；supervisor：按分管领导计数；rank_from_bottom：按倒数名次；violations：按评议对象的查实记录（查实、一票否决）计，不论名次",
		en: "unit: counted per unit; supervisor: per 分管领导; rank_from_bottom: by place from the bottom; violations: a target's verified entries (查实, 一票否决), whatever its rank",
	},
	"liability[].threshold": {
		zh: "范围内不满意对象达到多少个时规则生效；violations 规则为同一评议对象的查实记录条数",
		en: "how many unsatisfactory targets in the scope make the rule fire; for violations, how many verified entries of one target",
	},
	"liability[].position": {
		zh: "rank_from_bottom 规则的倒数名次（1 = 最后一名）；并列的评议对象名次相同",
		en: "the place from the bottom (1 = last) for rank_from_bottom; tied targets share a place",
	},
	"liability[].target": {
		zh: "对计入的每个评议对象本人的措施",
		en: "actions for each target counted",
	},
	"liability[].principal": {
		zh: "对单位主要领导的措施",
		en: "actions for the unit's 主要领导",
	},
	"liability[].supervisor": {
		zh: "对计入的每个评议对象的分管领导的措施",
		en: "actions for the 分管领导 of each target counted",
	},
	"liability[].proposal": {
		zh: "这些措施是向评议委员会提出的建议，而非决定：用于措施取决于调查核实的情形（视考核结果）",
		en: "the actions are proposals (建议) to the committee, not decisions: where they depend on an inquiry (视考核结果)",
	},
	"escalation": {
		zh: "跨两轮的规则，配合 --previous 使用",
		en: "rules across two rounds, applied with --previous",
	},
	"escalation[].when": {
		zh: "consecutive_unsatisfactory（连续两轮不满意）或 consecutive_low_satisfaction（两轮满意率都低于 `below`）",
		en: "consecutive_unsatisfactory, or consecutive_low_satisfaction (below `below` both rounds)",
	},
	"escalation[].below": {
		zh: "consecutive_low_satisfaction 所用的满意率界限",
		en: "the satisfaction rate for consecutive_low_satisfaction",
	},
	"escalation[].target": {
		zh: "对评议对象本人的措施",
		en: "actions for the target",
	},
	"escalation[].principal": {
		zh: "对单位主要领导的措施",
		en: "actions for the unit's 主要领导",
	},
	"escalation[].supervisor": {
		zh: "对评议对象的分管领导的措施",
		en: "actions for the target's 分管领导",
	},
	"awards": {
		zh: "对排名靠前者的表彰",
		en: "honours for the top (表彰)",
	},
	"awards.name": {
		zh: "荣誉名称（服务发展先进个人）",
		en: "the honour (服务发展先进个人)",
	},
	"awards.overall": {
		zh: "改为在所有类别中合并表彰前 N 名",
		en: "award the top N across all categories instead",
	},
	"awards.min_final": {
		zh: "获表彰者的最终得分至少为此值",
		en: "the awarded must score at least this",
	},
	"awards.min_satisfaction": {
		zh: "获表彰者的满意率至少为此值",
		en: "the awarded must have at least this satisfaction rate",
	},
	"awards.exclude_violators": {
		zh: "有查实记录（查实或一票否决）的评议对象不予表彰（洛阳：效能告诫与评先挂钩）",
		en: "a target with a verified entry (查实 or 一票否决) is not awarded (洛阳: 效能告诫 tied to 评先)",
	},
	"awards.reserve": {
		zh: "从获表彰者中产生的后备干部名单",
		en: "the reserve-cadre list (后备干部) drawn from the awarded",
	},
	"awards.reserve.name": {
		zh: "名单的名称",
		en: "its name",
	},
	"awards.reserve.min_test": {
		zh: "入选所需的最低测试成绩",
		en: "the lowest test score that qualifies",
	},
	"export": {
		zh: "各单位的结果工作簿可以显示哪些内容",
		en: "what per-unit result workbooks may show",
	},
	"export.min_group_ratings": {
		zh: "评议代表少于此数的分代表类别数字显示为 —",
		en: "per-group figures resting on fewer evaluators are shown as —",
	},
}
