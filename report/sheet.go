package report

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/evalctl/evalctl/internal/msg"
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

// bytesPerCell is about what a cell of a results table takes as XML.
const bytesPerCell = 40

// cells is about how many cells the table has: its size, to write the
// largest first.
func (tb *table) cells() int {
	n := len(tb.rows) * len(tb.header)
	for _, sec := range tb.sections {
		n += len(sec.rows) * len(sec.header)
	}
	return n
}

// build writes the tables into a new workbook, in order, each with a frozen
// bold header row, readable column widths, fixed number formats, and set
// up to print: title is the round (or what the workbook is about), in the
// page header of every sheet.
func build(title string, lang msg.Lang, tables []table) *xbook {
	b := &xbook{title: title}
	sheets := make([]*xsheet, len(tables))
	order := make([]int, len(tables))
	for i, tb := range tables {
		sheets[i], order[i] = b.sheet(tb.name), i
	}
	// Each table into its own sheet, side by side, the largest first.
	slices.SortStableFunc(order, func(i, j int) int { return tables[j].cells() - tables[i].cells() })
	inParallel(len(order), func(k int) {
		i := order[k]
		writeTable(sheets[i], tables[i], title, lang)
	})
	return b
}

// writeTable writes a table into its sheet: the column widths and the
// frozen header first, then the header and the rows, each number in its
// column's format, then the notes below a blank row (left out of the
// widths, so a long note does not widen its column); and how it prints.
func writeTable(s *xsheet, tb table, title string, lang msg.Lang) {
	s.rows.Grow(tb.cells() * bytesPerCell) // grown once, not doubled and copied over and over
	widths := make([]int, len(tb.header))
	measure := func(rows [][]any, formats []format) {
		sub := table{formats: formats}
		for _, cells := range rows {
			for i, c := range cells {
				if i < len(widths) {
					widths[i] = max(widths[i], displayWidth(shown(c, sub.format(i))))
				}
			}
		}
	}
	measure(tb.rows, tb.formats)
	for _, sec := range tb.sections {
		for i, h := range sec.header {
			if i >= len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], displayWidth(h))
		}
		measure(sec.rows, sec.formats)
	}
	s.widths = make([]float64, len(widths))
	headerLines := 1
	for i := range widths {
		// A header longer than its column's values wraps onto a second
		// line rather than widening a column of figures.
		hw := 0
		if i < len(tb.header) {
			hw = displayWidth(tb.header[i])
		}
		w := min(max(widths[i], (hw+1)/2, 4), 60)
		s.widths[i] = float64(w + 2)
		headerLines = max(headerLines, min((hw+w-1)/w, 3))
	}
	s.frozen = 1
	s.page = tablePage(s.widths, title, lang)
	limits := make([]int, len(widths)) // the widest text a column shows on one line
	for i := range limits {
		limits[i] = int(s.widths[i]) - 1
	}
	writeHeader(s, 1, tb.header, headerLines)
	writeRows(s, 2, tb.rows, tb.formats, limits)
	next := len(tb.rows) + 1 // the last row written
	for _, sec := range tb.sections {
		next += 2
		writeHeader(s, next, sec.header, 1)
		writeRows(s, next+1, sec.rows, sec.formats, limits)
		next += len(sec.rows)
	}
	// The notes span the table's columns, wrapped.
	span := 0
	for _, w := range limits {
		span += w + 1
	}
	last := columnName(max(len(widths), 1))
	for n, note := range tb.notes {
		r := next + 2 + n
		height := 0.0
		if lines := wrappedLines(note, max(span, 1)); lines > 1 {
			height = float64(15*lines + 2)
		}
		s.row(r, height, []xcell{{note, styleWrapped}})
		if len(widths) > 1 {
			s.merges = append(s.merges, fmt.Sprintf("A%d:%s%d", r, last, r))
		}
	}
}

// writeHeader writes a bold header row at row r, lines high.
func writeHeader(s *xsheet, r int, header []string, lines int) {
	cells := make([]xcell, len(header))
	for i, h := range header {
		cells[i] = xcell{h, styleHeader}
	}
	height := 0.0
	if lines > 1 {
		height = float64(15*lines + 3)
	}
	s.row(r, height, cells)
}

// writeRows writes rows from row r on, each number in its column's format.
// Text wider than its column (limits) wraps within it, and the row grows to
// show it, rather than running over the columns beside it and off the
// printed page.
func writeRows(s *xsheet, r int, rows [][]any, formats []format, limits []int) {
	sub := table{formats: formats}
	var cells []xcell
	for n, row := range rows {
		cells = cells[:0]
		lines := 1
		for i, c := range row {
			st := styleDefault
			if c != nil {
				st = styleOf(sub.format(i))
				if text, ok := c.(string); ok && i < len(limits) && (st == styleDefault || st == styleWrapped) {
					if k := wrappedLines(text, limits[i]); k > 1 {
						st = styleWrapped
						lines = max(lines, k)
					}
				}
			}
			cells = append(cells, xcell{c, st})
		}
		height := 0.0
		if lines > 1 {
			height = float64(15*lines + 2)
		}
		s.row(r+n, height, cells)
	}
}

// tablePage prints a sheet on A4 one page wide, in landscape when its
// columns are wider than a portrait page holds, the title in the header
// and the page numbers in the footer.
func tablePage(widths []float64, title string, lang msg.Lang) pageSetup {
	total := 0.0
	for _, w := range widths {
		total += w
	}
	p := pageSetup{landscape: total > portraitWidth, footer: lang.T(msg.PrintFooter)}
	if title != "" {
		p.header = "&C" + headerText(title) + "&R&A"
	}
	return p
}

// portraitWidth is about what an A4 portrait page holds at full size, in
// characters of the default font; wider sheets print in landscape.
const portraitWidth = 100

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
