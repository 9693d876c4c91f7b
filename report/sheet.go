package report

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
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
	wrapped        // text wrapped within the column, top-aligned: sentences
)

// table is one sheet: a header row and data rows. A nil cell stays empty.
type table struct {
	name    string
	header  []string
	formats []format // per column; missing = text
	rows    [][]any
	// sections are more tables below the rows, each after a blank row, with
	// a header row of its own.
	sections []section
	// notes go below the rows, after a blank row.
	notes []string
}

// section is a table below a sheet's own: its header row, formats and rows.
type section struct {
	header  []string
	formats []format
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
	if styles[wrapped], err = f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}); err != nil {
		return nil, err
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

// writeTable streams a table into its sheet: the column widths and the
// frozen header first, then the header and the rows, each number in its
// column's format, then the notes below a blank row (left out of the
// widths, so a long note does not widen its column).
func writeTable(f *excelize.File, tb table, headerStyle int, styles map[format]int) error {
	widths := make([]int, len(tb.header))
	for i, h := range tb.header {
		widths[i] = displayWidth(h)
	}
	for _, cells := range tb.rows {
		for i, c := range cells {
			if i < len(widths) {
				widths[i] = max(widths[i], displayWidth(shown(c, tb.format(i))))
			}
		}
	}
	for _, s := range tb.sections {
		sub := table{formats: s.formats}
		for i, h := range s.header {
			if i >= len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], displayWidth(h))
		}
		for _, cells := range s.rows {
			for i, c := range cells {
				if i < len(widths) {
					widths[i] = max(widths[i], displayWidth(shown(c, sub.format(i))))
				}
			}
		}
	}
	sw, err := f.NewStreamWriter(tb.name)
	if err != nil {
		return err
	}
	for i, w := range widths {
		if err := sw.SetColWidth(i+1, i+1, float64(min(w, 60)+2)); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	row := make([]any, len(tb.header))
	for i, h := range tb.header {
		row[i] = excelize.Cell{StyleID: headerStyle, Value: h}
	}
	if err := sw.SetRow("A1", row); err != nil {
		return err
	}
	for r, cells := range tb.rows {
		row = row[:0]
		for i, c := range cells {
			if fm := tb.format(i); fm != text && c != nil {
				c = excelize.Cell{StyleID: styles[fm], Value: c}
			}
			row = append(row, c)
		}
		cell, _ := excelize.CoordinatesToCellName(1, r+2)
		if err := sw.SetRow(cell, row); err != nil {
			return err
		}
	}
	next := len(tb.rows) + 1 // the last row written
	for _, s := range tb.sections {
		next += 2
		head := make([]any, len(s.header))
		for i, h := range s.header {
			head[i] = excelize.Cell{StyleID: headerStyle, Value: h}
		}
		cell, _ := excelize.CoordinatesToCellName(1, next)
		if err := sw.SetRow(cell, head); err != nil {
			return err
		}
		sub := table{formats: s.formats}
		for _, cells := range s.rows {
			next++
			row = row[:0]
			for i, c := range cells {
				if fm := sub.format(i); fm != text && c != nil {
					c = excelize.Cell{StyleID: styles[fm], Value: c}
				}
				row = append(row, c)
			}
			cell, _ := excelize.CoordinatesToCellName(1, next)
			if err := sw.SetRow(cell, row); err != nil {
				return err
			}
		}
	}
	for n, note := range tb.notes {
		cell, _ := excelize.CoordinatesToCellName(1, next+2+n)
		if err := sw.SetRow(cell, []any{note}); err != nil {
			return err
		}
	}
	return sw.Flush()
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
	case string:
		if fm == wrapped { // as wide as its longest line; wrapped beyond the cap
			w := ""
			for _, line := range strings.Split(x, "\n") {
				if displayWidth(line) > displayWidth(w) {
					w = line
				}
			}
			return w
		}
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
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".evalctl-*.xlsx.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // no-op after the rename
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if err := canonicalZip(tmp, buf.Bytes()); err != nil {
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

// canonicalZip copies a workbook's zip with its parts in a fixed order:
// [Content_Types].xml first, as Office writes it, then by name. excelize
// writes streamed sheets in a Go map's order, and the same result must give
// the same bytes. The parts are copied as they are compressed.
func canonicalZip(w io.Writer, data []byte) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return err
	}
	files := slices.Clone(zr.File)
	slices.SortFunc(files, func(a, b *zip.File) int {
		if (a.Name == "[Content_Types].xml") != (b.Name == "[Content_Types].xml") {
			if a.Name == "[Content_Types].xml" {
				return -1
			}
			return 1
		}
		return strings.Compare(a.Name, b.Name)
	})
	zw := zip.NewWriter(w)
	for _, f := range files {
		raw, err := f.OpenRaw()
		if err != nil {
			return err
		}
		h := f.FileHeader
		out, err := zw.CreateRaw(&h)
		if err != nil {
			return err
		}
		if _, err := io.Copy(out, raw); err != nil {
			return err
		}
	}
	return zw.Close()
}
