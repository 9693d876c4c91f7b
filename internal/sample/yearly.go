package sample

import (
	"strconv"
	"strings"
)

// yearlyBase is the year whose roster every yearly round shares: the
// people, their units and their leaders stay the same from year to year,
// as in a city that evaluates its section chiefs every year.
const yearlyBase = 2026

// yearlySwaps make the bottom list change from year to year: in the given
// year a planted bottom chief trades ballots and test score with a
// mid-table chief of the same category in a unit with no planted case, so
// the other one is unsatisfactory that year instead.
var yearlySwaps = map[int][2]string{
	2024: {"T070", "T005"}, // 市住房和城乡建设局 ↔ 市发展和改革局 价格管理股
	2025: {"T171", "T013"}, // 市城市管理执法局 ↔ 市教育局 学生资助股
}

// ChibiYear generates the 赤壁 round of a year for the yearly testdata:
// [Chibi] with the year as seed, the people of the 2026 sample round (its
// 名册 sheet), complaint dates in that year, and in 2024 and 2025 one
// planted bottom chief swapped with a mid-table one (yearlySwaps), which
// Bottom reflects. ChibiYear(2026) is the sample round itself.
//
// Under the chibi rules, over 2024–2026 the weak pair (T141, T142), the
// weakest 综合管理类 chief (T154) and the veto target (T161, which takes
// the other 综合管理类 place) are unsatisfactory every year; T070 in 2025
// and 2026, T171 in 2024 and 2026; T005 only in 2024 and T013 only in 2025.
func ChibiYear(year int) ChibiRound {
	round := Chibi(uint64(year))
	if year == yearlyBase {
		return round
	}
	base := Chibi(yearlyBase)
	round.WeakSupervisor = base.WeakSupervisor // named on the shared roster
	sheets := map[string]*Sheet{}
	for i := range round.Sheets {
		sheets[round.Sheets[i].Name] = &round.Sheets[i]
	}
	for _, s := range base.Sheets {
		if s.Name == SheetRoster {
			sheets[SheetRoster].Rows = s.Rows
		}
	}
	for _, row := range sheets[SheetComplaints].Rows[1:] {
		date := strings.TrimPrefix(row[1].(string), strconv.Itoa(yearlyBase))
		row[1] = strconv.Itoa(year) + date
	}
	if swap, ok := yearlySwaps[year]; ok {
		swapColumns(sheets[SheetBallots].Rows, swap)
		swapTests(sheets[SheetTests].Rows, swap)
		for cat, ids := range round.Bottom {
			for i, id := range ids {
				if id == swap[0] {
					round.Bottom[cat][i] = swap[1]
				}
			}
		}
	}
	return round
}

// swapColumns swaps the ratings of two targets on every ballot, leaving the
// header in roster order.
func swapColumns(rows [][]any, ids [2]string) {
	a, b := -1, -1
	for i, h := range rows[0] {
		switch h {
		case ids[0]:
			a = i
		case ids[1]:
			b = i
		}
	}
	for _, row := range rows[1:] {
		if a < len(row) && b < len(row) {
			row[a], row[b] = row[b], row[a]
		}
	}
}

// swapTests swaps the test scores of two targets.
func swapTests(rows [][]any, ids [2]string) {
	var a, b []any
	for _, row := range rows[1:] {
		switch row[0] {
		case ids[0]:
			a = row
		case ids[1]:
			b = row
		}
	}
	a[1], b[1] = b[1], a[1]
}
