package report

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/msg"
)

// WriteHistory writes the trend workbook of several years atomically: the
// target × year table of ranks and final scores, the targets on the bottom
// list more than once, and per category a table of the final-score
// distribution per year with a native Excel line chart of it.
func WriteHistory(path string, tr *evaluate.Trend, lang msg.Lang) error {
	tables := []table{trendTable(tr, lang), repeatsTable(tr, lang)}
	taken := map[string]bool{strings.ToLower(tables[0].name): true, strings.ToLower(tables[1].name): true}
	for _, ct := range tr.Categories {
		tb := distributionTable(tr, ct, lang)
		tb.name = uniqueSheetName(ct.Category, taken)
		tables = append(tables, tb)
	}
	book := build(contract.SheetTrend.In(lang), lang, tables)
	for i, ct := range tr.Categories {
		sheet := book.sheets[2+i]
		sheet.charts = append(sheet.charts, distributionChart(sheet.name, ct.Category, len(tr.Years), lang))
		sheet.page.landscape = true
	}
	return book.save(path)
}

func trendTable(tr *evaluate.Trend, lang msg.Lang) table {
	tb := table{name: contract.SheetTrend.In(lang)}
	tb.header = heads(lang, contract.ColID, contract.ColName, contract.ColUnit, contract.ColCategory)
	tb.formats = []format{text, text, text, text}
	for _, y := range tr.Years {
		tb.header = append(tb.header, fmt.Sprintf("%d %s", y, contract.ColRank.In(lang)), fmt.Sprintf("%d %s", y, contract.ColFinal.In(lang)))
		tb.formats = append(tb.formats, integer, fixed2)
	}
	for _, r := range tr.Rows {
		row := []any{r.ID, r.Name, r.Unit, r.Category}
		for _, c := range r.Years {
			var rank any
			if c.Rank > 0 {
				rank = c.Rank
			}
			row = append(row, rank, orNil(c.Final, c.Listed && c.HasFinal))
		}
		tb.add(row...)
	}
	return tb
}

func repeatsTable(tr *evaluate.Trend, lang msg.Lang) table {
	tb := table{name: contract.SheetRepeats.In(lang)}
	tb.header = heads(lang, contract.ColID, contract.ColName, contract.ColUnit, contract.ColCategory, contract.ColTimes, contract.ColYears)
	tb.formats = []format{text, text, text, text, integer, text}
	for _, r := range tr.Repeats() {
		years := r.BottomYears(tr.Years)
		texts := make([]string, len(years))
		for i, y := range years {
			texts[i] = strconv.Itoa(y)
		}
		tb.add(r.ID, r.Name, r.Unit, r.Category, len(years), lang.Join(texts))
	}
	return tb
}

// distributionTable: one row per year, the category's ranked count and the
// minimum, quartiles, median and maximum of their final scores. A year
// without ranked targets leaves the figures empty, a gap in the chart.
func distributionTable(tr *evaluate.Trend, ct evaluate.CategoryTrend, lang msg.Lang) table {
	tb := table{header: heads(lang, contract.ColYear, contract.ColRanked, contract.ColMinimum, contract.ColLowerQuartile, contract.ColMedian, contract.ColUpperQuartile, contract.ColMaximum)}
	tb.formats = []format{text, integer, fixed2, fixed2, fixed2, fixed2, fixed2}
	for i, d := range ct.Years {
		has := d.N > 0
		tb.add(strconv.Itoa(tr.Years[i]), d.N, orNil(d.Min, has), orNil(d.Q1, has), orNil(d.Median, has), orNil(d.Q3, has), orNil(d.Max, has))
	}
	return tb
}

// distributionChart draws one line per statistic over the years, beside
// the table.
func distributionChart(sheet, category string, years int, lang msg.Lang) xchart {
	c := xchart{
		title:   lang.F(msg.DistributionName, category),
		fromCol: 8, fromRow: 1, toCol: 18, toRow: 20,
		categories: cellRange(sheet, 1, 2, years+1),
	}
	colors := []string{"4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5"}
	for col := 3; col <= 7; col++ {
		c.series = append(c.series, xseries{
			name: cellRef(sheet, col, 1), values: cellRange(sheet, col, 2, years+1),
			line: true, marker: true, color: colors[col-3],
		})
	}
	return c
}

// uniqueSheetName makes a category name a valid sheet name, distinct from
// those taken: Excel forbids [ ] : * ? / \ and more than 31 characters.
func uniqueSheetName(name string, taken map[string]bool) string {
	var b strings.Builder
	for _, r := range name {
		if strings.ContainsRune(`[]:*?/\`, r) {
			r = '_'
		}
		b.WriteRune(r)
	}
	base := []rune(strings.Trim(b.String(), "'"))
	if len(base) == 0 {
		base = []rune("_")
	}
	if len(base) > 31 {
		base = base[:31]
	}
	s := string(base)
	for n := 2; taken[strings.ToLower(s)]; n++ {
		suffix := fmt.Sprintf("(%d)", n)
		s = string(base[:min(len(base), 31-len(suffix))]) + suffix
	}
	taken[strings.ToLower(s)] = true
	return s
}
