package report

// noticeFieldDocs documents the rules of the public notice.
var noticeFieldDocs = map[string]fieldText{
	"notice": {
		zh: "结果如何公示；evalctl notice 的各选项可逐项覆盖",
		en: "how the results are posted (公示); flags of evalctl notice override each",
	},
	"notice.order": {
		zh: "rank：按名次；strokes：按姓氏笔画，用于顺序不得透露名次的场合（默认 rank）",
		en: "rank: as ranked; strokes: by 姓氏笔画, where the order must say nothing of rank (default rank)",
	},
	"notice.days": {
		zh: "公示天数（公示期），自 --from 给出的日期起算",
		en: "how many days the notice is posted (公示期), from the day given by --from",
	},
	"notice.phone": {
		zh: "公示期间受理举报的电话（举报电话）",
		en: "the telephone for reports during the notice (举报电话)",
	},
	"notice.issuer": {
		zh: "公示的署名单位（落款）",
		en: "who signs the notice (落款)",
	},
}
