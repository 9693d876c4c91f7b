// Package xlsxdump renders a workbook as text, one line per non-empty cell:
// "sheet!A1<TAB>value", sheets in workbook order, cells in row order. Values
// are shown as Excel shows them (number formats applied), so a golden dump
// reads like the workbook a user opens; `git diff` of two dumps reviews a
// change in a report.
//
// The values are as excelize's GetRows gives them. The workbook is read
// with the project's own reader (ingest/xlsx), which gives each value as
// excelize's raw reading does; the cells with a cell format are formatted
// by excelize itself, on a scratch sheet holding just those values with
// those formats. A workbook this cannot do exactly (a date cell, a 1904
// date system, a sheet that is not a worksheet, a part the strict reader
// refuses, ...) is dumped wholly through excelize.
package xlsxdump

import (
	"fmt"
	"strings"

	"github.com/evalctl/evalctl/ingest/xlsx"

	"github.com/xuri/excelize/v2"
)

// File dumps the workbook at path.
func File(path string) (string, error) {
	if dump, ok := Fast(path); ok {
		return dump, nil
	}
	return Excelize(path)
}

// Excelize dumps the workbook at path through excelize alone, as File does
// where Fast cannot.
func Excelize(path string) (string, error) {
	f, err := excelize.OpenFile(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	var b strings.Builder
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet)
		if err != nil {
			return "", fmt.Errorf("%s: %w", sheet, err)
		}
		for r, row := range rows {
			for c, v := range row {
				line(&b, sheet, c, r+1, v)
			}
		}
	}
	return b.String(), nil
}

// line writes one cell's line, or nothing for an empty value.
func line(b *strings.Builder, sheet string, col, row int, v string) {
	if v == "" {
		return
	}
	b.WriteString(sheet)
	b.WriteByte('!')
	b.WriteString(xlsx.CellName(col, row))
	b.WriteByte('\t')
	b.WriteString(strings.ReplaceAll(v, "\n", `\n`))
	b.WriteByte('\n')
}
