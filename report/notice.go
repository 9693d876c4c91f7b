package report

import (
	"slices"
	"time"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/msg"
	"github.com/evalctl/evalctl/internal/strokes"
)

// NoticeOptions say what the public notice (公示) shows: the rules' notice
// section, overridden by evalctl notice's flags.
type NoticeOptions struct {
	Lang  msg.Lang
	Order evaluate.NoticeOrder
	// IDs adds the 编号 column; Scores the final scores, which a notice
	// leaves out unless asked.
	IDs, Scores bool
	// From and To bound the notice period (公示期); a zero To is From plus
	// Days. Either may be zero: the notice then says what it knows.
	From, To time.Time
	Days     int
	Phone    string
	Issuer   string
}

// Notice is what the office posts: a title, the lists, and how to object.
type Notice struct {
	Title string
	Intro string
	Lists []NoticeList
	// Order says how the lists are ordered.
	Order string
	// Period, Phone and Closing are sentences, empty when unknown.
	Period, Phone, Closing string
	Issuer, Date           string
	Header                 []string
	// Scores and IDs mirror the options: which columns the rows fill.
	Scores, IDs bool
	// Pending counts the targets left off the notice while the committee
	// decides (tied across the cutoff, or in a category too small).
	Pending int
	// Unknown are the characters of the names the stroke table lacks,
	// ordered by code point after those of as many strokes.
	Unknown []rune
}

// NoticeList is one list of the notice: the unsatisfactory, or the awarded.
type NoticeList struct {
	Heading string
	Rows    []NoticeRow
}

// NoticeRow is one person (or unit) on a list.
type NoticeRow struct {
	ID, Name, Unit, Section, Verdict string
	Final                            float64
	HasFinal                         bool
}

// NewNotice makes the notice of a published round under its rules: the
// confirmed unsatisfactory, then the awarded, ordered as asked.
func NewNotice(p *evaluate.Published, rules *evaluate.Rules, opts NoticeOptions) Notice {
	lang := opts.Lang
	n := Notice{Title: lang.F(msg.NoticeTitle, p.Round), Intro: lang.T(msg.NoticeIntro), Scores: opts.Scores, IDs: opts.IDs}
	bottom := NoticeList{Heading: orLabel(rules.Bottom.Label, contract.SheetBottom.In(lang))}
	awards := NoticeList{Heading: orLabel(rules.Awards.Name, contract.SheetAwards.In(lang))}
	for i := range p.Targets {
		t := &p.Targets[i]
		row := NoticeRow{ID: t.ID, Name: t.Name, Unit: t.Unit, Section: t.Section, Final: t.Final, HasFinal: t.HasScore}
		switch {
		case t.Unsatisfactory:
			row.Verdict = bottom.Heading
			bottom.Rows = append(bottom.Rows, row)
		case t.HasFlag(evaluate.FlagTieAtCutoff) || t.HasFlag(evaluate.FlagSmallCategory):
			n.Pending++
		}
		if t.Award {
			row.Verdict = awardVerdict(t, rules, lang)
			awards.Rows = append(awards.Rows, row)
		}
	}
	n.Lists = []NoticeList{bottom, awards}
	n.Order = lang.T(msg.NoticeOrderRank)
	if opts.Order == evaluate.NoticeByStrokes {
		n.Order = lang.T(msg.NoticeOrderStrokes)
		for _, l := range n.Lists {
			slices.SortStableFunc(l.Rows, func(a, b NoticeRow) int { return strokes.Compare(a.Name, b.Name) })
			for _, r := range l.Rows {
				n.Unknown = append(n.Unknown, strokes.Unknown(r.Name)...)
			}
		}
		n.Unknown = strokes.Unknown(string(n.Unknown))
	}
	n.Header = []string{lang.T(msg.ColSeq)}
	if opts.IDs {
		n.Header = append(n.Header, contract.ColID.In(lang))
	}
	n.Header = append(n.Header, heads(lang, contract.ColName, contract.ColUnit, contract.ColSection, contract.ColVerdict)...)
	if opts.Scores {
		n.Header = append(n.Header, contract.ColFinal.In(lang))
	}
	to := opts.To
	if to.IsZero() && !opts.From.IsZero() && opts.Days > 0 {
		to = opts.From.AddDate(0, 0, opts.Days-1)
	}
	switch {
	case !opts.From.IsZero() && !to.IsZero():
		n.Period = lang.F(msg.NoticePeriod, noticeDate(opts.From, lang), noticeDate(to, lang))
	case opts.Days > 0:
		n.Period = lang.F(msg.NoticeDays, opts.Days)
	}
	if opts.Phone != "" {
		n.Phone = lang.F(msg.NoticePhone, opts.Phone)
	}
	n.Closing = lang.T(msg.NoticeClosing)
	n.Issuer = opts.Issuer
	if !opts.From.IsZero() {
		n.Date = noticeDate(opts.From, lang)
	}
	return n
}

// cells is the row as the notice shows it, numbered seq.
func (n Notice) cells(seq int, r NoticeRow) []any {
	out := []any{seq}
	if n.IDs {
		out = append(out, r.ID)
	}
	out = append(out, r.Name, r.Unit, r.Section, r.Verdict)
	if n.Scores {
		out = append(out, orNil(r.Final, r.HasFinal))
	}
	return out
}

// awardVerdict is the honour, and the reserve list where the target is on
// it: as the results say it, else as the rules name them.
func awardVerdict(t *evaluate.PublishedTarget, rules *evaluate.Rules, lang msg.Lang) string {
	if t.Verdict != "" {
		return t.Verdict
	}
	parts := []string{orLabel(rules.Awards.Name, contract.SheetAwards.In(lang))}
	if t.Reserve && rules.Awards.Reserve.Name != "" {
		parts = append(parts, rules.Awards.Reserve.Name)
	}
	return lang.Join(parts)
}

func orLabel(s, fallback string) string {
	if s == "" {
		return fallback
	}
	return s
}

// noticeDate writes a date as the language does: 2026年1月5日, 2026-01-05.
func noticeDate(d time.Time, lang msg.Lang) string {
	return lang.F(msg.NoticeDate, d.Year(), int(d.Month()), d.Day())
}

// heading heads a list with its count.
func (l NoticeList) heading(lang msg.Lang) string {
	return lang.F(msg.NoticeListHeading, l.Heading, len(l.Rows))
}
