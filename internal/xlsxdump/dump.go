// Package xlsxdump renders a workbook as text, one line per non-empty cell:
// "sheet!A1<TAB>value", sheets in workbook order, cells in row order. Values
// are shown as Excel shows them (number formats applied), so a golden dump
// reads like the workbook a user opens; `git diff` of two dumps reviews a
// change in a report.
package xlsxdump

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"
)

// File dumps the workbook at path.
func File(path string) (string, error) {
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
				if v == "" {
					continue
				}
				ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
				fmt.Fprintf(&b, "%s!%s\t%s\n", sheet, ref, strings.ReplaceAll(v, "\n", `\n`))
			}
		}
	}
	return b.String(), nil
}
