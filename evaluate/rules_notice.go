package evaluate

import "github.com/evalctl/evalctl/internal/msg"

// NoticeRules say how the public notice (公示) of the results is posted;
// flags of evalctl notice override them. None is needed: a notice without
// a period or a telephone number says neither.
type NoticeRules struct {
	// Order is how the notice lists people: by rank, or by 姓氏笔画 where
	// the order must say nothing of rank. Empty means by rank.
	Order NoticeOrder `yaml:"order,omitempty"`
	// Days is how long the notice is posted (公示期), counted from the day
	// it is posted; 0 when the round does not say.
	Days int `yaml:"days,omitempty"`
	// Phone is the telephone for reports during the notice (举报电话).
	Phone string `yaml:"phone,omitempty"`
	// Issuer signs the notice (落款), e.g. 赤壁市优化办.
	Issuer string `yaml:"issuer,omitempty"`
}

// NoticeOrder is the order of a notice's lists.
type NoticeOrder string

// The orders of a notice.
const (
	NoticeByRank    NoticeOrder = "rank"    // as ranked: category, then rank
	NoticeByStrokes NoticeOrder = "strokes" // by 姓氏笔画, saying nothing of rank
)

var noticeOrders = vocabulary[NoticeOrder]{msg.NounNoticeOrder, []NoticeOrder{NoticeByRank, NoticeByStrokes}}

// Valid reports whether the order is one evalctl knows.
func (o NoticeOrder) Valid() bool { return noticeOrders.valid(o) }

func (v *validator) notice(n NoticeRules) {
	if n.Order != "" {
		enum(v, "notice.order", noticeOrders, n.Order)
	}
	v.notNegative("notice.days", n.Days)
}
