package report

import (
	"fmt"
	"os"
	"path/filepath"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// format is how a column's numbers are shown; values keep full precision.
type format int

const (
	text    format = iota
	integer        // 0
	fixed2         // 0.00
	percent        // 0.00%
)

// table is one sheet: a header row and data rows. A nil cell stays empty.
type table struct {
	name    string
	header  []string
	formats []format // per column; missing = text
	rows    [][]any
}

func (tb *table) add(cells ...any) { tb.rows = append(tb.rows, cells) }

// build writes the tables into a new workbook, in order, each with a frozen
// bold header row, readable column widths and fixed number formats.
func build(tables []table) (*excelize.File, error) {
	f := excelize.NewFile()
	header, err := f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Color: []string{"DDEBF7"}, Pattern: 1},
		Alignment: &excelize.Alignment{Vertical: "center", WrapText: true},
	})
	if err != nil {
		return nil, err
	}
	// Styles are created in a fixed order: their IDs end up in the file, and
	// the same result must give the same bytes.
	styles := map[format]int{}
	for _, s := range []struct {
		format format
		numFmt int
	}{{integer, 1}, {fixed2, 2}, {percent, 10}} {
		if styles[s.format], err = f.NewStyle(&excelize.Style{NumFmt: s.numFmt}); err != nil {
			return nil, err
		}
	}
	for i, tb := range tables {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", tb.name); err != nil {
				return nil, err
			}
		} else if _, err := f.NewSheet(tb.name); err != nil {
			return nil, err
		}
		if err := writeTable(f, tb, header, styles); err != nil {
			return nil, fmt.Errorf("sheet %s: %w", tb.name, err)
		}
	}
	return f, nil
}

func writeTable(f *excelize.File, tb table, headerStyle int, styles map[format]int) error {
	widths := make([]int, len(tb.header))
	row := make([]any, len(tb.header))
	for i, h := range tb.header {
		row[i] = h
		widths[i] = displayWidth(h)
	}
	if err := f.SetSheetRow(tb.name, "A1", &row); err != nil {
		return err
	}
	for r, cells := range tb.rows {
		cell, _ := excelize.CoordinatesToCellName(1, r+2)
		if err := f.SetSheetRow(tb.name, cell, &cells); err != nil {
			return err
		}
		for i, c := range cells {
			if i < len(widths) {
				widths[i] = max(widths[i], displayWidth(shown(c, tb.format(i))))
			}
		}
	}
	last := len(tb.rows) + 1
	for i := range tb.header {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if fm := tb.format(i); fm != text && last > 1 {
			if err := f.SetCellStyle(tb.name, col+"2", fmt.Sprintf("%s%d", col, last), styles[fm]); err != nil {
				return err
			}
		}
		if err := f.SetColWidth(tb.name, col, col, float64(min(widths[i], 60)+2)); err != nil {
			return err
		}
	}
	lastCol, _ := excelize.ColumnNumberToName(max(len(tb.header), 1))
	if err := f.SetCellStyle(tb.name, "A1", lastCol+"1", headerStyle); err != nil {
		return err
	}
	return f.SetPanes(tb.name, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"})
}

func (tb table) format(i int) format {
	if i < len(tb.formats) {
		return tb.formats[i]
	}
	return text
}

// shown approximates the displayed text of a cell, for column widths.
func shown(v any, fm format) string {
	switch x := v.(type) {
	case nil:
		return ""
	case float64:
		if fm == percent {
			return fmt.Sprintf("%.2f%%", x*100)
		}
		return fmt.Sprintf("%.2f", x)
	}
	return fmt.Sprint(v)
}

// displayWidth counts East Asian characters as two columns.
func displayWidth(s string) int {
	w := 0
	for _, r := range s {
		if r >= 0x1100 && utf8.RuneLen(r) >= 3 {
			w += 2
		} else {
			w++
		}
	}
	return w
}

// saveAtomic writes the workbook to a temporary file beside path and renames
// it into place, so that readers never see a half-written file.
func saveAtomic(f *excelize.File, path string) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".evalctl-*.xlsx.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // no-op after the rename
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if _, err := f.WriteTo(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
