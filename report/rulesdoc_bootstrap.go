package report

// bootstrapFieldDocs explain the rules of resampling and robustness. A
// robustness variant's sections are the rules' own, so their fields are
// documented once, where the rules have them.
var bootstrapFieldDocs = map[string]fieldText{
	"uncertainty": {
		zh: "末位名单有多可靠：对选票重抽样（score --replicates、--seed），得出每个评议对象列入名单的概率和名次区间",
		en: "how sure the bottom list is: the ballots resampled (score --replicates, --seed) for each target's probability of the list and rank interval",
	},
	"uncertainty.fragile": {
		zh: "标为结论不稳：已确认列入名单、但在重抽样的各轮中列入的比例低于此值的对象，或未列入、但保持未列入的比例低于此值的对象（0.5–1；各预设均为 0.9）",
		en: "flag fragile a confirmed target on the list in fewer than this share of the resampled rounds, or one off it that stays off in fewer (0.5–1; 0.9 in every preset)",
	},

	"robustness": {
		zh: "其他同样站得住的规则集（稳健性），每个是对本规则的部分覆盖，在其下重新确定末位名单；结论只依本规则",
		en: "other defensible rule sets, each a partial override of these rules, under which the bottom list is drawn again (稳健性); the verdicts follow these rules alone",
	},
	"robustness[].name": {
		zh: "该变体在报告中的名称",
		en: "the variant's name in reports",
	},
	"robustness[].scale": {
		zh: "等次（或分档）的其他分值：与本轮相同的等次、相同的顺序，按本轮的方式解读",
		en: "other points of the levels (or bands): the same levels in their order, read as the round's",
	},
	"robustness[].groups": {
		zh: "其他代表类别权重：本轮的代表类别，按原顺序",
		en: "other group weights: the round's groups in their order",
	},
	"robustness[].dimensions": {
		zh: "其他评议内容权重：本轮的评议内容，按原顺序",
		en: "other dimension weights: the round's dimensions in their order",
	},
	"robustness[].trim": {
		zh: "其他去掉最高分和最低分的方式",
		en: "other trimming",
	},
	"robustness[].components": {
		zh: "其他计分部分或计分部分权重",
		en: "other components or component weights",
	},
	"robustness[].complaints": {
		zh: "其他扣分方式",
		en: "other deductions",
	},
	"robustness[].min_group_ballots": {
		zh: "另一个 min_group_ballots",
		en: "another min_group_ballots",
	},
	"robustness[].min_ratings": {
		zh: "另一个 min_ratings",
		en: "another min_ratings",
	},
	"robustness[].tie_break": {
		zh: "另一种并列排序依据",
		en: "another tie-break order",
	},
	"robustness[].categories": {
		zh: "其他末位人数或阈值：本轮的类别，按原顺序",
		en: "other bottom counts or thresholds: the round's categories in their order",
	},
	"robustness[].bottom": {
		zh: "其他末位规则（max_share、vetoes）",
		en: "other bottom rules (max_share, vetoes)",
	},
}

// variantSection reports a path inside a robustness variant's section,
// which the rules' own field of that name documents.
func variantSection(path string) bool {
	const prefix = "robustness[]."
	if len(path) <= len(prefix) || path[:len(prefix)] != prefix {
		return false
	}
	for i := len(prefix); i < len(path); i++ {
		if path[i] == '.' || path[i] == '[' {
			return true
		}
	}
	return false
}
