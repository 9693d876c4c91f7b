package report

// scoringFieldDocs explain the fields that say how a round is scored: the
// scale, the groups, the dimensions, the composite, the deductions, the
// ballots' validity and the ranking's tie-break.
var scoringFieldDocs = map[string]fieldText{
	"name": {
		zh: "评议轮次在报告中的名称",
		en: "the round's name in reports (评议轮次)",
	},
	"base": {
		zh: "规则文件所基于的预设；文件只覆盖其中写明的项，写明的列表整个替换预设的列表",
		en: "the preset a rules file starts from; it overrides only what it sets, and a list replaces the whole list",
	},

	"scale": {
		zh: "评价等次：有名称的等次，或某一范围内的分数、按分档解读",
		en: "the rating scale: named levels, or numbers in a range read through bands",
	},
	"scale.levels": {
		zh: "选票单元格可以填写的等次",
		en: "the levels a ballot cell may hold",
	},
	"scale.levels[].name": {
		zh: "选票上写的等次（满意）",
		en: "the level as written on the ballot (满意)",
	},
	"scale.levels[].points": {
		zh: "该等次的分值 p(r)（满意 100，基本满意 60，不满意 0）",
		en: "its points p(r) (满意 100, 基本满意 60, 不满意 0)",
	},
	"scale.levels[].satisfied": {
		zh: "计入满意率",
		en: "counts toward the satisfaction rate (满意率)",
	},
	"scale.levels[].lowest": {
		zh: "最低等次（不满意）：其占比用于区分并列、判断阈值；须恰好有一个",
		en: "the lowest level (不满意): its share breaks ties and feeds thresholds; exactly one",
	},
	"scale.levels[].no_answer": {
		zh: "视为未作答（不了解）：不计分，不计入分母，与空白相同",
		en: "counts as no answer (不了解): no points, out of the denominator, like a blank",
	},
	"scale.levels[].aliases": {
		zh: "选票单元格中也认可的其他写法",
		en: "other spellings accepted in ballot cells",
	},
	"scale.range": {
		zh: "设定后评分为数值：单元格填的是分数",
		en: "makes the scale numeric: a cell holds points",
	},
	"scale.range.min": {
		zh: "允许的最低分；低于此分的选票无效",
		en: "the lowest points allowed; below it the ballot is invalid",
	},
	"scale.range.max": {
		zh: "允许的最高分；高于此分的选票无效",
		en: "the highest points allowed; above it the ballot is invalid",
	},
	"scale.bands": {
		zh: "数值评分的分档，每档从其 min 起到下一档为止（≥85 满意，75–85 比较满意 …）",
		en: "score bands of a numeric scale, from min up to the next band (≥85 满意, 75–85 比较满意 …)",
	},
	"scale.bands[].name": {
		zh: "分档名称",
		en: "the band's name",
	},
	"scale.bands[].min": {
		zh: "分档的起点；第一档从 range.min 开始",
		en: "where the band starts; the first starts at range.min",
	},
	"scale.bands[].satisfied": {
		zh: "落在该档的评价计为满意",
		en: "ratings in the band count as satisfied",
	},
	"scale.bands[].lowest": {
		zh: "最低分档",
		en: "the lowest band",
	},
	"groups": {
		zh: "评议代表的类别（代表类别）",
		en: "the evaluator groups (代表类别)",
	},
	"groups[].name": {
		zh: "代表类别列中写的类别名称",
		en: "the group as written in the 代表类别 column",
	},
	"groups[].weight": {
		zh: "S = Σ w_g·m_g / Σ w_g 中的 w_g，只对评议了该对象的代表类别求和；全部为 0 则按所有评价合并平均",
		en: "w_g in S = Σ w_g·m_g / Σ w_g over the groups that rated the target; all 0 for one pooled mean",
	},
	"groups[].aliases": {
		zh: "该代表类别的其他写法",
		en: "other spellings of the group",
	},
	"groups[].issued": {
		zh: "向该代表类别发放的选票数（发放），用于计算回收率；回收多于发放则本轮无效",
		en: "ballots handed to the group (发放), for the return rate (回收率); more returned than issued voids the round",
	},
	"groups[].quorum": {
		zh: "该代表类别的最低回收率（0–1）；低于此值本轮无效",
		en: "the lowest return rate (0–1) for the group; below it the round is not valid",
	},
	"dimensions": {
		zh: "评议内容：选票评价的各个方面",
		en: "what is rated (评议内容)",
	},
	"dimensions[].name": {
		zh: "选票表头上写的评议内容（服务态度）",
		en: "the dimension as headed on the ballot (服务态度)",
	},
	"dimensions[].weight": {
		zh: "B = Σ v_d·S_d / Σ v_d 中的 v_d；各项权重之和为 1",
		en: "v_d in B = Σ v_d·S_d / Σ v_d; the weights sum to 1",
	},
	"trim": {
		zh: "计算代表类别平均分前去掉极端评价（去掉最高分和最低分）",
		en: "drop extreme ratings before a group mean (去掉最高分和最低分)",
	},
	"trim.k": {
		zh: "最高、最低各去掉几个；0 表示不去掉",
		en: "how many highest and how many lowest to drop; 0 for none",
	},
	"trim.min": {
		zh: "评价至少有这么多个时才去掉（至少为 2·k+1）",
		en: "trim only where at least this many ratings exist (at least 2·k+1)",
	},
	"components": {
		zh: "综合得分 C = Σ weight·X + 附加分 的各计分部分",
		en: "the parts of the composite C = Σ weight·X + bonuses",
	},
	"components[].name": {
		zh: "计分部分在报告中的名称",
		en: "the component's name in reports",
	},
	"components[].source": {
		zh: "ballots（评议票）、test（测试成绩）、sheet（任一成绩表）或 bonus（附加分，加权之后再加）",
		en: "ballots, test (测试成绩), sheet (any score sheet) or bonus (附加分, added after weighting)",
	},
	"components[].weight": {
		zh: "其权重；加权的计分部分权重之和为 1；附加分没有权重",
		en: "its weight; the weighted components' weights sum to 1; a bonus has none",
	},
	"components[].sheet": {
		zh: "按编号存放 sheet 或 bonus 计分部分成绩的工作表（或文件）",
		en: "the sheet (or file) holding a sheet or bonus component's scores by 编号",
	},
	"components[].missing": {
		zh: "评议对象缺少该项成绩时：error（报错，默认）、zero（计 0 分）或 skip（不计此项，其余各项权重重新归一）",
		en: "a target without a score: error (default), zero, or skip (the others' weights renormalised)",
	},
	"components[].max": {
		zh: "附加分计分部分的分数上限",
		en: "caps a bonus component's points",
	},
	"complaints": {
		zh: "投诉台账如何扣分",
		en: "how the complaint ledger (投诉台账) deducts",
	},
	"complaints.mode": {
		zh: "fixed（固定扣分）：D = min(cap, Σ points)；proportional（按比例扣分）：D = C·min(cap, Σ rates)",
		en: "fixed: D = min(cap, Σ points); proportional (按比例扣分): D = C·min(cap, Σ rates)",
	},
	"complaints.rate": {
		zh: "按比例扣分时，每条扣分记录扣去综合得分的比例",
		en: "the share of the composite one deducting entry takes, in proportional mode",
	},
	"complaints.points": {
		zh: "固定扣分时，每条扣分记录扣去的分数",
		en: "the points one deducting entry takes, in fixed mode",
	},
	"complaints.cap": {
		zh: "扣分上限：固定扣分时为分数，按比例扣分时为综合得分 C 的比例",
		en: "the most deducted: points in fixed mode, a share of C in proportional mode",
	},
	"complaints.results": {
		zh: "台账中可能出现的每种核查结果，及其作用",
		en: "each 核查结果 a ledger may hold, and what it does",
	},
	"complaints.results[].name": {
		zh: "台账中写的核查结果（查实、不实、一票否决、未办结 …）",
		en: "the result as written (查实, 不实, 一票否决, 未办结 …)",
	},
	"complaints.results[].effect": {
		zh: "deduct（扣分）、none（不扣分）或 veto（一票否决：无论得分多少都为不满意）",
		en: "deduct, none, or veto (一票否决: unsatisfactory whatever the score)",
	},
	"complaints.results[].aliases": {
		zh: "该核查结果的其他写法",
		en: "other spellings of the result",
	},
	"complaints.results[].amount": {
		zh: "此类记录每条扣去的数额，代替 complaints.points 或 complaints.rate",
		en: "what one such entry deducts, instead of complaints.points or complaints.rate",
	},
	"complaints.results[].closed": {
		zh: "此类记录算作已办结，用于计算每个评议对象的办结率",
		en: "the entry counts as handled (办结), for each target's handling rate (办结率)",
	},
	"complaints.sanctions": {
		zh: "按评议对象查实记录（查实或一票否决）的条数给予的人事处分（溧水：1 → 警告，2 → 待岗）；对所指向的每个人，适用其达到的最高一档",
		en: "personnel sanctions by a target's number of verified entries, 查实 or 一票否决 (溧水: 1 → 警告, 2 → 待岗); for each person addressed the highest reached applies",
	},
	"complaints.sanctions[].min": {
		zh: "给予该处分所需的最少查实条数；对同一人的处分逐档递增",
		en: "the fewest verified entries for the sanction; rising from one sanction of a person to the next",
	},
	"complaints.sanctions[].action": {
		zh: "处分内容，列入问责名单，记在其所指向的人名下",
		en: "the sanction, listed in the accountability list for the person it addresses",
	},
	"complaints.sanctions[].to": {
		zh: "处分指向谁：target（评议对象本人，仅当其类别的评议对象是个人时：单位不会被警告或待岗）、supervisor（分管领导）或 principal（主要领导）",
		en: "whom it addresses: target (only where its category's targets are persons: a unit is not warned or suspended), supervisor or principal",
	},
	"complaints.statuses": {
		zh: "台账在核查结果之外另列一列记录的办理状态；设定后台账必须有此列",
		en: "the handling statuses (办理状态) of a ledger that keeps them in a column of their own, apart from the 核查结果; with them, the ledger must have the column",
	},
	"complaints.statuses[].name": {
		zh: "台账中写的办理状态（已办结、办理中）",
		en: "the status as written (已办结, 办理中)",
	},
	"complaints.statuses[].closed": {
		zh: "该状态算作已办结，用于计算办结率；设定了办理状态时不再使用 results[].closed",
		en: "the status counts as handled (办结), for the handling rate (办结率); with statuses, results[].closed is not used",
	},
	"complaints.statuses[].aliases": {
		zh: "该办理状态的其他写法",
		en: "other spellings of the status",
	},
	"issued": {
		zh: "全轮发放的选票总数（发放，湖州：1019），用于计算全轮回收率；不少于各代表类别 issued 之和",
		en: "ballots handed out in the round as a whole (发放, 湖州: 1019), for the round's return rate; at least the groups' issued together",
	},
	"quorum": {
		zh: "全轮最低回收率（0–1），按全轮的 issued 计算，未设定则按记录了发放数的各代表类别合计",
		en: "the lowest overall return rate (0–1), over the round's issued or else the groups' that record theirs",
	},
	"quorum_strict": {
		zh: "每个最低回收率都须超过而不只是达到：回收比例须大于该值（过半：多于一半），而非不低于该值",
		en: "every quorum must be passed, not reached: more than the share returned (过半: more than half), not at least it",
	},
	"questions": {
		zh: "选票上不评价评议对象的问题（知晓率、支持率）：其答案按代表类别和全轮统计",
		en: "questions of the ballot that rate no target (知晓率, 支持率): their answers counted per group and for the round",
	},
	"questions[].name": {
		zh: "问题及其比率在报告中的名称（知晓率）",
		en: "the question's name, and its rate's, in reports (知晓率)",
	},
	"questions[].column": {
		zh: "该问题在录入的选票表中的列标题，或问卷题目的题号或标题；留空则用 name",
		en: "the header of its column on a keyed ballot sheet, or a survey question's number or title; empty takes the name",
	},
	"questions[].answers": {
		zh: "可选的答案，按问卷中的顺序（按选项序号导出时，第 k 个即序号 k）；其他答案使选票无效",
		en: "the answers offered, in questionnaire order (an export by option number gives the k-th); another answer makes the ballot invalid",
	},
	"questions[].rate": {
		zh: "计入该问题比率的答案，比率为其占已作答者的比例（知道）",
		en: "the answers whose share of those answered is the question's rate (知道)",
	},
	"min_ratings": {
		zh: "有效评议票少于此数的评议对象为样本不足：列出，但绝不排名",
		en: "a target rated by fewer valid ballots is insufficient: listed, never ranked",
	},
	"min_group_ballots": {
		zh: "评议某对象的选票少于此数的代表类别不计入该对象的加权平均（其评价仍计入满意率）",
		en: "a group with fewer ballots rating a target stays out of its weighted mean (its ratings still count toward satisfaction)",
	},
	"tie_break": {
		zh: "区分最终得分相同者的排序依据，依次为：satisfaction（满意率）、lowest_share（最低等次占比）、ballot_score（评议票得分）、test（测试成绩）",
		en: "the order that separates equal final scores: satisfaction, lowest_share, ballot_score, test",
	},
	"validity": {
		zh: "固定规则之外的选票有效性规则",
		en: "ballot-validity rules beyond the fixed ones",
	},
	"validity.double_entry": {
		zh: "与先前某张选票内容完全相同、票号不同的选票：off（不检查）、flag（列出）或 invalid（作废）",
		en: "a ballot identical to an earlier one under another 票号: off, flag (listed) or invalid",
	},
	"validity.double_entry_min": {
		zh: "只比较至少有这么多个评价的选票",
		en: "compare only ballots with at least this many ratings",
	},
	"validity.min_rated_share": {
		zh: "所评对象占名册比例低于此值的选票无效",
		en: "a ballot rating a smaller share of the roster is invalid",
	},
	"validity.max_level_share": {
		zh: "某一等次占其全部评价的比例高于此值的选票无效",
		en: "a ballot where one level takes a larger share of its ratings is invalid",
	},
	"validity.share_min_ratings": {
		zh: "只对至少有这么多个评价的选票适用 max_level_share",
		en: "apply max_level_share only to ballots with at least this many ratings",
	},
	"validity.identical_invalid": {
		zh: "对所评每个对象都给出同一评价的选票无效",
		en: "a ballot giving every target it rates the same rating is invalid",
	},
	"validity.quotas": {
		zh: "强制分布限额（≥ 90 分的至多 3 个；< 70 分的至少 2 个）",
		en: "forced-distribution quotas (at most 3 rated ≥ 90; at least 2 rated < 70)",
	},
	"validity.quotas[].ratings_at_or_above": {
		zh: "统计不低于此分的评价",
		en: "count the ratings at or above these points",
	},
	"validity.quotas[].ratings_below": {
		zh: "统计低于此分的评价",
		en: "count the ratings below these points",
	},
	"validity.quotas[].at_most": {
		zh: "多于此数则选票无效",
		en: "the ballot is invalid with more than this many",
	},
	"validity.quotas[].at_least": {
		zh: "少于此数则选票无效",
		en: "the ballot is invalid with fewer than this many",
	},
	"validity.max_invalid_share": {
		zh: "无效票占比高于此值的代表类别或选票文件，在警告中报告",
		en: "a group or ballot file with a larger share of invalid ballots is reported in a warning",
	},
}
