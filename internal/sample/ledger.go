package sample

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"time"
)

// ledger collects the entries of a sample complaint ledger (投诉台账) and
// writes them as the sheet, in date order. Its methods draw from r in a
// fixed order, so a generator's output depends on its seed alone.
type ledger struct {
	r       *rand.Rand
	start   time.Time // the first day complaints are taken
	days    int       // how many days the hotline runs
	entries []ledgerEntry
}

type ledgerEntry struct{ id, date, text, result, status string }

func newLedger(r *rand.Rand, start time.Time, days int) *ledger {
	return &ledger{r: r, start: start, days: days}
}

// dated records an entry with a text chosen by the caller, drawing its date.
func (l *ledger) dated(id, result, text string) {
	day := l.start.AddDate(0, 0, l.r.IntN(l.days))
	l.entries = append(l.entries, ledgerEntry{id: id, date: day.Format(time.DateOnly), text: text, result: result})
}

// drawn records one entry per result, drawing its date and then its text
// from texts; a veto entry reads vetoText instead, when one is given.
func (l *ledger) drawn(id string, texts []string, vetoText string, results ...string) {
	for _, res := range results {
		day := l.start.AddDate(0, 0, l.r.IntN(l.days))
		text := texts[l.r.IntN(len(texts))]
		if res == "一票否决" && vetoText != "" {
			text = vetoText
		}
		l.entries = append(l.entries, ledgerEntry{id: id, date: day.Format(time.DateOnly), text: text, result: res})
	}
}

// rows is the 投诉台账 sheet: a header, then the entries by date and 编号.
func (l *ledger) rows() [][]any {
	l.sort()
	rows := [][]any{{"编号", "日期", "内容", "核查结果"}}
	for _, e := range l.entries {
		rows = append(rows, []any{e.id, e.date, e.text, e.result})
	}
	return rows
}

// rowsWithStatus is the 投诉台账 sheet of a ledger that keeps each entry's
// handling status (办理状态) in a column of its own, beside its result.
func (l *ledger) rowsWithStatus() [][]any {
	l.sort()
	rows := [][]any{{"编号", "日期", "内容", "核查结果", "办理状态"}}
	for _, e := range l.entries {
		rows = append(rows, []any{e.id, e.date, e.text, e.result, e.status})
	}
	return rows
}

func (l *ledger) sort() {
	slices.SortStableFunc(l.entries, func(a, b ledgerEntry) int {
		return cmp.Or(cmp.Compare(a.date, b.date), cmp.Compare(a.id, b.id))
	})
}
