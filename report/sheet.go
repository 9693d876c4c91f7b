package report

import (
	"fmt"
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
	// notes go below the rows, after a blank row.
	notes []string
}

func (tb *table) add(cells ...any) { tb.rows = append(tb.rows, cells) }

// build writes the tables into a new workbook, in order, each with a frozen
// bold header row, readable column widths, fixed number formats, and set
// up to print: title is the round (or what the workbook is about), in the
// page header of every sheet.
func build(title string, lang msg.Lang, tables []table) *xbook {
	b := &xbook{title: title}
	for _, tb := range tables {
		writeTable(b.sheet(tb.name), tb, title, lang)
	}
	return b
}

// writeTable writes a table into its sheet: the column widths and the
// frozen header first, then the header and the rows, each number in its
// column's format, then the notes below a blank row (left out of the
// widths, so a long note does not widen its column); and how it prints.
func writeTable(s *xsheet, tb table, title string, lang msg.Lang) {
	widths := make([]int, len(tb.header))
	for _, cells := range tb.rows {
		for i, c := range cells {
			if i < len(widths) {
				widths[i] = max(widths[i], displayWidth(shown(c, tb.format(i))))
			}
		}
	}
	s.widths = make([]float64, len(widths))
	headerLines := 1
	for i, h := range tb.header {
		// A header longer than its column's values wraps onto a second
		// line rather than widening a column of figures.
		hw := displayWidth(h)
		w := min(max(widths[i], (hw+1)/2, 4), 60)
		s.widths[i] = float64(w + 2)
		headerLines = max(headerLines, min((hw+w-1)/w, 3))
	}
	s.frozen = 1
	s.page = tablePage(s.widths, title, lang)
	cells := make([]xcell, len(tb.header))
	for i, h := range tb.header {
		cells[i] = xcell{h, styleHeader}
	}
	height := 0.0
	if headerLines > 1 {
		height = float64(15*headerLines + 3)
	}
	s.row(1, height, cells)
	styles := make([]xstyle, len(tb.header))
	limits := make([]int, len(tb.header)) // the widest text a column shows on one line
	for i := range styles {
		styles[i] = styleOf(tb.format(i))
		limits[i] = int(s.widths[i]) - 1
	}
	for r, row := range tb.rows {
		cells = cells[:0]
		lines := 1
		for i, c := range row {
			st := styleDefault
			if i < len(styles) && c != nil {
				st = styles[i]
				// Text wider than its column wraps within it, and the row
				// grows to show it, rather than running over the columns
				// beside it and off the printed page.
				if text, ok := c.(string); ok && (st == styleDefault || st == styleWrapped) {
					if n := wrappedLines(text, limits[i]); n > 1 {
						st = styleWrapped
						lines = max(lines, n)
					}
				}
			}
			cells = append(cells, xcell{c, st})
		}
		height := 0.0
		if lines > 1 {
			height = float64(15*lines + 2)
		}
		s.row(r+2, height, cells)
	}
	// The notes span the table's columns, wrapped.
	span := 0
	for _, w := range limits {
		span += w + 1
	}
	last := columnName(max(len(tb.header), 1))
	for n, note := range tb.notes {
		r := len(tb.rows) + 3 + n
		height := 0.0
		if lines := wrappedLines(note, max(span, 1)); lines > 1 {
			height = float64(15*lines + 2)
		}
		s.row(r, height, []xcell{{note, styleWrapped}})
		if len(tb.header) > 1 {
			s.merges = append(s.merges, fmt.Sprintf("A%d:%s%d", r, last, r))
		}
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
