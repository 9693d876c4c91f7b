package msg

var zhArrivals = map[Key]string{
	NounNumbering:     "票号编排方式",
	NounRowNaming:     "矩阵题行的命名方式",
	NounAnomalyAction: "异常处理方式",

	RuleNotAGroup:     "%q 不是规则中的代表类别（或其别名）",
	RuleNotALevel:     "%q 不是评价等次（或其别名），也不是评分范围内的数值",
	RuleNotADimension: "%q 不是规则中的评议内容",
	RuleNoKeywords:    "至少需要一个关键词",
	RuleAtLeastTwo:    "至少为 2，现为 %d",
	RuleBurstBallots:  "须为 0（不检查）或至少为 2，现为 %d",
	RuleCorrelation:   "是等级相关系数，须在 -1 到 1 之间，现为 %g",

	ProblemUnknownGroupAt: "%s 代表类别 %q 不在规则中",
	ProblemStraightLine:   "全部评议对象同一评价（%s），规则规定作废",

	SheetRekeys: "票号重录", SheetFiles: "分文件统计", SheetComments: "意见建议", SheetCommentCounts: "意见统计",
	SheetAnomalies: "异常", SheetAgreement: "组间一致性", SheetDifferences: "差异", SheetOnlyOne: "单边票",

	ColComment: "意见建议", ColTopics: "主题", ColCell: "单元格", ColKind: "类型", ColEvidence: "证据",
	ColBallots: "涉及票号", ColRekeyed: "重录", ColInvalidShare: "无效票占比", ColGroupA: "代表类别甲",
	ColGroupB: "代表类别乙", ColCommonTargets: "共同评议对象数", ColRho: "等级相关系数", ColCountedBy: "统计项",
	ColCount: "条数", ColCellA: "第一份单元格", ColValueA: "第一份内容", ColCellB: "第二份单元格",
	ColValueB: "第二份内容", ColFirstKeyed: "首次录入",

	RoleBallot: "票号", RoleGroup: "代表类别", RoleRating: "评价", RoleComment: "意见建议", RoleMetadata: "元数据",
	RoleUnused: "未使用", RoleUnknown: "无法识别",

	LayoutWide: "宽表", LayoutTwoRows: "宽表（两行表头）", LayoutLong: "长表", LayoutWJXText: "问卷星导出（按选项文本）",
	LayoutWJXCoded: "问卷星导出（按选项序号）", LayoutTencent: "腾讯问卷导出",

	AnomalyStraightLine: "全部同一评价", AnomalyStraightFile: "文件内多张全部同一评价", AnomalyRun: "连续相同或近似票",
	AnomalyWindow: "短时间内相同或近似提交", AnomalyAddress: "同一IP相同或近似提交", AnomalyInvalidShare: "文件无效票偏多",
	AnomalyDisagreement: "代表类别排序与其他类别不一致",

	DataRowNotID:              "矩阵题的行 %q 不是名册中的编号（规则 ballots.survey.rows 为 id）",
	DataRowNotName:            "矩阵题的行 %q 不是名册中的姓名（规则 ballots.survey.rows 为 name）",
	DataSurveyCodes:           "%q 是选项序号：这是“按选项序号”下载的问卷；请在规则 ballots.survey.options 中按问卷顺序列出评价选项（如 [满意, 基本满意, 不满意]），或改为“按选项文本”下载",
	DataSurveyNoBallot:        "找不到编号列 %q；请在规则 ballots.survey.ballot 中写明哪一列是票号",
	DataSurveyGroupMatrix:     "第 %s 题是矩阵题，不能给出代表类别",
	DataSurveyNoGroupQuestion: "找不到规则 ballots.survey.group 所说的题目 %q",
	DataSurveyWhichGroup:      "无法确定哪道题给出代表类别（候选：%s）；请在规则 ballots.survey.group 中写明题号",
	DataSurveyWhichDimension:  "无法确定第 %d 题评议哪项内容（%s）：题目中没有写明；请在规则 ballots.survey.dimensions 中指定",

	MetaOther: "其他", MetaSubmitted: "提交时间", MetaStarted: "开始时间", MetaSeconds: "用时", MetaIP: "IP 地址", MetaChannel: "来源",

	NoteOtherQuestion: "其他题目，不计分",

	EvidenceStraightLine: "给全部 %d 个评议对象的评价都是“%s”",
	EvidenceStraightFile: "%d 张有效票中 %d 张全部同一评价（%.1f%%）",
	EvidenceRun:          "连续 %d 张票相同或近似（%s 第 %d–%d 行，与第一张最多相差 %d 格）",
	EvidenceWindow:       "%d 份提交相同或近似，提交于 %s 至 %s（与第一份最多相差 %d 格），%s",
	EvidenceAddress:      "%d 份提交相同或近似，都来自 IP %s，提交于 %s 至 %s（与第一份最多相差 %d 格）",
	EvidenceInvalidShare: "%d 张中 %d 张无效（%.1f%%）",
	EvidenceDisagreement: "与其他代表类别合并排序的等级相关系数为 %.2f（%d 个评议对象）",
	EvidenceOneAddress:   "都来自 IP %s",
	EvidenceAddresses:    "来自 %d 个 IP",
	EvidenceNoAddress:    "未记录 IP",

	ValRekeyIdentical: "内容相同：同一张票重复录入，计一次",
	ValRekeyConflict:  "内容不同：本票作废，请核对纸质票",
	ValFlagged:        "仅标记，照常计票",

	CheckRekeys:        "票号重录 (%d)",
	CheckRekeyLine:     "%s: %s 第 %d 行: %s 已于 %s: %s 第 %d 行录入：%s",
	CheckColumns:       "列的识别 (%d 个工作表)",
	CheckSheetLine:     "%s: %s（%s，表头在第 %d 行）",
	CheckRatingColumns: "%s–%s\t%d 列评价：%s … %s",
	CheckAnomalies:     "异常 (%d)",
	CheckAgreement:     "组间一致性 (%d 对)",
	CheckQuestion:      "（第 %d 题）",

	KeyingTwice:        "%s 中票号重复",
	KeyingHeading:      "双录比对：%s 与 %s",
	KeyingPaired:       "按票号配对 %d 张，其中 %d 张完全一致",
	KeyingCells:        "不一致的单元格 (%d)",
	KeyingCellLine:     "%s: %s: %s ≠ %s",
	KeyingOnlyA:        "只在第一份录入中 (%d)",
	KeyingOnlyB:        "只在第二份录入中 (%d)",
	KeyingOnlyLine:     "%s: %s 工作表 %s 第 %d 行",
	KeyingNoCell:       "（空白）",
	KeyingFirst:        "第一份录入",
	KeyingSecond:       "第二份录入",
	KeyingPairedItem:   "配对票数",
	KeyingAgreeingItem: "完全一致票数",
	KeyingCellsItem:    "不一致单元格数",
	KeyingVerdict:      "结论",
	KeyingAgree:        "两份录入完全一致",
	KeyingDiffer:       "两份录入不一致：请对照纸质票逐一核对后改正，再次比对",

	CmdKeyingsDiffer:     "两份录入仍有不一致（%d 个单元格，%d 张票只在一份中），见上方列表",
	ReconcileFileSuffix:  "-双录比对.xlsx",
	AgreedFileSuffix:     "-一致.xlsx",
	NoteAgreedNotWritten: "两份录入不一致，未写入一致的选票",
}
