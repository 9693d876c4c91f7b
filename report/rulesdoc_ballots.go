package report

// ballotFieldDocs explain the fields of the ballots section.
var ballotFieldDocs = map[string]fieldText{
	"ballots": {
		zh: "选票如何到来：编号、问卷导出、意见建议、异常检查",
		en: "how ballots arrive: numbering, survey exports, comments, anomaly checks",
	},
	"ballots.numbering": {
		zh: "round：一个票号即一张纸质选票（再次录入时：内容相同只计一次，不同则无效）；file：票号只在每个文件内唯一",
		en: "round: a 票号 is one paper (read again: counted once if identical, invalid if not); file: unique only within each file",
	},
	"ballots.survey": {
		zh: "问卷星或腾讯问卷的导出如何对应本轮，用于导出本身说明不了的地方",
		en: "how a 问卷星 or 腾讯问卷 export maps onto the round, where the export cannot say it",
	},
	"ballots.survey.ballot": {
		zh: "票号所在的列；留空：平台自带的（序号、编号）",
		en: "the column holding the ballot number; empty: the platform's (序号, 编号)",
	},
	"ballots.survey.group": {
		zh: "给出代表类别的题目：题号或列标题；留空：问身份/类别/代表的题，或答案为代表类别的题",
		en: "the question giving the group: its number or header; empty: the one asking 身份/类别/代表, or whose answers are groups",
	},
	"ballots.survey.group_options": {
		zh: "按选项序号导出时，代表类别题的选项顺序（选项 1 = 第一个）",
		en: "the group question's options in order, for an export by option number (option 1 = the first)",
	},
	"ballots.survey.rows": {
		zh: "矩阵题各行如何指明评议对象：name（姓名）、id（编号）或 either（二者皆可）",
		en: "how a matrix question's rows name targets: name (姓名), id (编号) or either",
	},
	"ballots.survey.options": {
		zh: "按选项序号导出时，评价选项的顺序（1 = 满意 …）",
		en: "the rating options in order, for an export by option number (1 = 满意 …)",
	},
	"ballots.survey.dimensions": {
		zh: "每道矩阵题评价哪项评议内容，用于题目标题未写明时",
		en: "which dimension each matrix question rates, when its title names none",
	},
	"ballots.survey.dimensions[].question": {
		zh: "题号",
		en: "the question's number",
	},
	"ballots.survey.dimensions[].dimension": {
		zh: "该题评价的评议内容",
		en: "the dimension it rates",
	},
	"ballots.survey.metadata": {
		zh: "平台自带列（提交时间、所用时间、IP、来源）之外，随每张选票保留的其他列",
		en: "more columns kept with each ballot, beyond the platform's own (submit time, duration, IP, source)",
	},
	"ballots.comments": {
		zh: "自由填写的回答（意见建议），连同所涉评议对象和单位一并收集",
		en: "free-text answers (意见建议), collected with their target and unit",
	},
	"ballots.comments.columns": {
		zh: "其他意见列；意见建议、备注和问卷的开放题会自动识别",
		en: "more comment columns; 意见建议, 备注 and a survey's open questions are recognised",
	},
	"ballots.comments.topics": {
		zh: "按关键词把意见归入主题（一条意见可归入多个主题）",
		en: "sort comments by keyword into topics (a comment may fall under several)",
	},
	"ballots.comments.topics[].name": {
		zh: "主题（服务态度）",
		en: "the topic (服务态度)",
	},
	"ballots.comments.topics[].keywords": {
		zh: "使意见归入该主题的词语（态度、粗暴）",
		en: "words that put a comment in the topic (态度, 粗暴)",
	},
	"ballots.anomalies": {
		zh: "可疑选票：连同证据标出；只有处理方式设为作废时才无效",
		en: "suspicious ballots: flagged with their evidence; invalid only where an action says so",
	},
	"ballots.anomalies.straight_line": {
		zh: "对所评每个对象都给出同一等次的选票",
		en: "a ballot giving every target it rates the same level",
	},
	"ballots.anomalies.straight_line.min_targets": {
		zh: "所评对象至少有这么多个",
		en: "over at least this many targets",
	},
	"ballots.anomalies.straight_line.file_share": {
		zh: "至少这一比例的选票如此的文件，也一并标出",
		en: "a file where at least this share of the ballots do it is flagged too",
	},
	"ballots.anomalies.straight_line.action": {
		zh: "off（不检查）、flag（标出）或 invalid（作废）",
		en: "off, flag, or invalid",
	},
	"ballots.anomalies.burst": {
		zh: "成批相同或几乎相同的选票：在同一文件中连续出现、在一个时间窗内提交、或来自同一地址",
		en: "runs of identical or near-identical ballots: in a row of one file, within a time window, from one address",
	},
	"ballots.anomalies.burst.min_ballots": {
		zh: "至少这么多张选票（0：不检查）",
		en: "at least this many ballots (0: no check)",
	},
	"ballots.anomalies.burst.min_ratings": {
		zh: "只比较评价了至少这么多个单元格的选票",
		en: "compare only ballots rating at least this many cells",
	},
	"ballots.anomalies.burst.max_differences": {
		zh: "不同的单元格至多这么多个的选票，视为几乎相同",
		en: "ballots differing in at most this many cells are near-identical",
	},
	"ballots.anomalies.burst.window": {
		zh: "一批选票第一张与最后一张提交时间相隔的秒数（0：不检查时间）",
		en: "seconds between the first and last submit time of a burst (0: no time check)",
	},
	"ballots.anomalies.max_invalid_share": {
		zh: "标出无效票占比高于此值的文件（某位录入员的）（0：不检查）",
		en: "flag a file (a clerk's) with a larger share of invalid ballots (0: no check)",
	},
	"ballots.anomalies.min_file_ballots": {
		zh: "只看至少有这么多张选票的文件",
		en: "only files with at least this many ballots",
	},
	"ballots.anomalies.min_agreement": {
		zh: "标出其排名与其他代表类别合并排名的一致程度低于此值的代表类别（秩相关系数，−1 到 1）",
		en: "flag a group whose ranking agrees with the other groups' together less than this (rank correlation, −1 to 1)",
	},
	"ballots.anomalies.agreement_min_ratings": {
		zh: "只对每个代表类别都评价了至少这么多次的评议对象排名",
		en: "rank only targets each group rated at least this many times",
	},
}
