package report

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

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
	f, err := build(tables)
	if err != nil {
		return err
	}
	defer f.Close()
	for i, ct := range tr.Categories {
		if err := addDistributionChart(f, tables[2+i].name, ct.Category, len(tr.Years), lang); err != nil {
			return fmt.Errorf("chart of %s: %w", ct.Category, err)
		}
	}
	sortContentTypes(f)
	return saveAtomic(f, path)
}

// sortContentTypes puts the package's default content types in a fixed
// order. Adding a chart makes excelize declare the image types from a Go
// map, in an order that changes from run to run; the same years must give
// the same bytes.
func sortContentTypes(f *excelize.File) {
	if f.ContentTypes == nil {
		return
	}
	defaults := f.ContentTypes.Defaults
	sort.SliceStable(defaults, func(i, j int) bool { return defaults[i].Extension < defaults[j].Extension })
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

// addDistributionChart draws one line per statistic over the years, beside
// the table.
func addDistributionChart(f *excelize.File, sheet, category string, years int, lang msg.Lang) error {
	quoted := "'" + strings.ReplaceAll(sheet, "'", "''") + "'"
	categories := fmt.Sprintf("%s!$A$2:$A$%d", quoted, years+1)
	var series []excelize.ChartSeries
	for col := 3; col <= 7; col++ {
		name, _ := excelize.ColumnNumberToName(col)
		series = append(series, excelize.ChartSeries{
			Name:       fmt.Sprintf("%s!$%s$1", quoted, name),
			Categories: categories,
			Values:     fmt.Sprintf("%s!$%s$2:$%s$%d", quoted, name, name, years+1),
			Marker:     excelize.ChartMarker{Symbol: "circle", Size: 5},
		})
	}
	return f.AddChart(sheet, "I2", &excelize.Chart{
		Type:      excelize.Line,
		Series:    series,
		Dimension: excelize.ChartDimension{Width: 640, Height: 360},
		Title: excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{
			Text: lang.F(msg.DistributionName, category),
		}}},
		Legend:       excelize.ChartLegend{Position: "bottom"},
		ShowBlanksAs: "gap",
		YAxis:        excelize.ChartAxis{MajorGridLines: true},
	})
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
