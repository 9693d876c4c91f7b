package report

// noticeFieldDocs documents the rules of the public notice.
var noticeFieldDocs = map[string]string{
	"notice":        "how the results are posted (公示); flags of evalctl notice override each",
	"notice.order":  "rank: as ranked; strokes: by 姓氏笔画, where the order must say nothing of rank (default rank)",
	"notice.days":   "how many days the notice is posted (公示期), from the day given by --from",
	"notice.phone":  "the telephone for reports during the notice (举报电话)",
	"notice.issuer": "who signs the notice (落款)",
}
