package evaluate

import "time"

// Comment is one free-text answer of a ballot (意见建议, 备注, a survey's
// open question), as written.
type Comment struct {
	// Target is the index into Round.Targets of the target the column is
	// about (a comment column per target, a survey's row "意见—张三"), or -1
	// for a comment on the ballot as a whole.
	Target int
	// Column is the column's header as written; Col (0-based) and Row
	// (1-based; 0 for the ballot's own row) place it on the sheet.
	Column   string
	Col, Row int
	Text     string
}

// Meta is what a survey platform records of one submission besides its
// answers: when it was submitted, how long it took, from which address and
// through which channel. It is kept for the anomaly checks and never makes
// a ballot invalid: a value that cannot be read is kept as written.
type Meta struct {
	// Submitted is the submit time (提交答卷时间, 结束答题时间); zero when
	// not recorded or not readable.
	Submitted time.Time
	// Seconds is the time taken (所用时间, 答题时长); 0 when unknown.
	Seconds int
	// IP is the address the answers came from, without the place the
	// platform adds ("223.104.63.12(湖北-咸宁)" keeps 223.104.63.12).
	IP string
	// Channel is where the answers came from (来源: 微信, 手机提交 …).
	Channel string
	// Fields are every metadata column, as headed and written, in column
	// order.
	Fields []Field
}
