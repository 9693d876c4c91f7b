package msg

// The results workbook's charts.
const (
	SheetCharts            Key = "sheet.charts"
	ColBottomList          Key = "col.bottom_list"
	ColCutoff              Key = "col.cutoff"
	ChartFinalScores       Key = "chart.final_scores"
	ChartGroupSatisfaction Key = "chart.group_satisfaction"
)

// The public notice (公示) and its rules.
const (
	NounNoticeOrder Key = "noun.notice_order"
)

// The public notice (公示): its sheet, texts and command.
const (
	SheetNotice        Key = "sheet.notice"
	ColSeq             Key = "col.seq"
	NoticeTitle        Key = "notice.title"
	NoticeIntro        Key = "notice.intro"
	NoticeListHeading  Key = "notice.list_heading"
	NoticeNone         Key = "notice.none"
	NoticeOrderRank    Key = "notice.order_rank"
	NoticeOrderStrokes Key = "notice.order_strokes"
	NoticePeriod       Key = "notice.period"
	NoticeDays         Key = "notice.days"
	NoticePhone        Key = "notice.phone"
	NoticeClosing      Key = "notice.closing"
	NoticeDate         Key = "notice.date"
	NoticeFileSuffix   Key = "notice.file_suffix"
	NoteWroteNotice    Key = "note.wrote_notice"
	NoteNoticePending  Key = "note.notice_pending"
	NoteNoticeStrokes  Key = "note.notice_strokes"
	CmdBadDate         Key = "cmd.bad_date"
	CmdNoticeDates     Key = "cmd.notice_dates"
)
