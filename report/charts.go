package report

import (
	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/msg"
)

// chartsSheet is the results workbook's 图表 sheet: the figures its native
// charts draw, and the charts beside them. Per category, the final scores
// of its ranked targets best first, a bottom-list target's score in a column of
// its own (a bar of another colour) and the cutoff, the best final score of
// those the ranking put on the bottom list, repeated down its rows (a line
// across the chart); then
// the satisfaction rate of each evaluator group that rated, charted too.
//
// The figures are copied here rather than drawn from the 排名 sheet so that
// the charts stay right whatever columns that sheet gains.
func chartsSheet(res *evaluate.Result, title string, lang msg.Lang) *xsheet {
	s := &xsheet{name: contract.SheetCharts.In(lang)}
	head := heads(lang, contract.ColCategory, contract.ColRank, contract.ColID, contract.ColName, contract.ColFinal, contract.ColBottomList, contract.ColCutoff)
	s.widths = []float64{24, 6, 8, 10, 10, 10, 10}
	header := func(r int, texts []string) {
		cells := make([]xcell, len(texts))
		for i, t := range texts {
			cells[i] = xcell{t, styleHeader}
		}
		s.row(r, 30, cells)
	}
	header(1, head)
	onList := map[*evaluate.TargetResult]bool{}
	for _, tr := range res.BottomList() {
		onList[tr] = true
	}
	const (
		chartCol    = 8  // column I, 0-based: right of the figures
		chartWidth  = 14 // columns
		chartHeight = 22 // rows
	)
	row, chartRow := 2, 1
	ordered := Ordered(res)
	for _, c := range res.Rules.Categories {
		var targets []*evaluate.TargetResult
		cutoff, hasCutoff := 0.0, false
		for _, tr := range ordered {
			if tr.Category == c.Name && tr.Rank > 0 && tr.HasBallotScore {
				targets = append(targets, tr)
				// The cutoff is where the ranking put the list, so a veto or
				// a rate under the threshold, listed whatever the score,
				// does not move it.
				if onList[tr] && !tr.Veto && !tr.BelowThreshold && (!hasCutoff || tr.Final > cutoff) {
					cutoff, hasCutoff = tr.Final, true
				}
			}
		}
		if len(targets) == 0 {
			continue
		}
		first := row
		for _, tr := range targets {
			score, listed := any(tr.Final), any(nil)
			if onList[tr] {
				score, listed = nil, tr.Final
			}
			s.row(row, 0, []xcell{{tr.Category, styleDefault}, {rankCell(tr), styleInteger}, {tr.ID, styleDefault},
				{tr.Name, styleDefault}, {score, styleFixed2}, {listed, styleFixed2}, {orNil(cutoff, hasCutoff), styleFixed2}})
			row++
		}
		last := row - 1
		ch := xchart{
			title:   lang.F(msg.ChartFinalScores, c.Name),
			fromCol: chartCol, fromRow: chartRow, toCol: chartCol + chartWidth, toRow: chartRow + chartHeight,
			categories:  cellRange(s.name, 4, first, last),
			valueFormat: "0",
			series: []xseries{
				{name: cellRef(s.name, 5, 1), values: cellRange(s.name, 5, first, last), color: "5B9BD5"},
				{name: cellRef(s.name, 6, 1), values: cellRange(s.name, 6, first, last), color: "C00000"},
			},
		}
		if hasCutoff {
			ch.series = append(ch.series, xseries{name: cellRef(s.name, 7, 1), values: cellRange(s.name, 7, first, last), line: true, dashed: true, color: "C00000"})
		}
		s.charts = append(s.charts, ch)
		chartRow += chartHeight + 2
		row++ // a blank row between categories
	}
	// The satisfaction rate of each evaluator group.
	header(row, heads(lang, contract.ColGroup, contract.ColSatisfaction))
	first := row + 1
	for _, g := range res.Groups {
		if g.Ratings == 0 { // a group that cast no valid ballot has no rate
			continue
		}
		row++
		s.row(row, 0, []xcell{{groupName(lang, g.Group), styleDefault}, {float64(g.Satisfied) / float64(g.Ratings), stylePercent}})
	}
	if row >= first {
		s.charts = append(s.charts, xchart{
			title:   lang.T(msg.ChartGroupSatisfaction),
			fromCol: chartCol, fromRow: chartRow, toCol: chartCol + chartWidth, toRow: chartRow + chartHeight,
			categories:  cellRange(s.name, 1, first, row),
			valueFormat: "0%", min: 0, max: 1,
			series: []xseries{{name: cellRef(s.name, 2, first-1), values: cellRange(s.name, 2, first, row), color: "70AD47"}},
		})
	}
	s.page = pageSetup{landscape: true, footer: lang.T(msg.PrintFooter)}
	if title != "" {
		s.page.header = "&C" + headerText(title) + "&R&A"
	}
	return s
}

// insertAfter puts s into the workbook after the sheet named after, or
// last when there is none.
func (b *xbook) insertAfter(after string, s *xsheet) {
	at := len(b.sheets)
	for i, other := range b.sheets {
		if other.name == after {
			at = i + 1
		}
	}
	b.sheets = append(b.sheets[:at], append([]*xsheet{s}, b.sheets[at:]...)...)
}
