package ingest

import (
	"strings"

	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/msg"
)

// column is a column a reader looks for, and whether it must be there.
type column struct {
	label    contract.Label
	required bool
}

func required(l contract.Label) column { return column{label: l, required: true} }
func optional(l contract.Label) column { return column{label: l} }

// headerSearchRows is how far down a header row may sit below title rows.
const headerSearchRows = 10

// header is a resolved header row.
type header struct {
	row   int
	cells []string
	index map[msg.Key]int // column label -> 0-based column
}

// has reports whether the optional column was found.
func (h header) has(l contract.Label) bool {
	_, ok := h.index[l.Key]
	return ok
}

// col is the 0-based position of a column that was found.
func (h header) col(l contract.Label) int { return h.index[l.Key] }

// get returns the column's value in a data row, "" when absent.
func (h header) get(cells []string, l contract.Label) string {
	i, ok := h.index[l.Key]
	if !ok {
		return ""
	}
	return at(cells, i)
}

// known reports whether column i is one of the resolved columns.
func (h header) known(i int) bool {
	for _, c := range h.index {
		if c == i {
			return true
		}
	}
	return false
}

// findHeader locates the first row, among the first few, that holds every
// required column, and maps each column to its position.
func (w *Workbook) findHeader(sheet string, cols []column) (header, error) {
	var found header
	err := w.eachRow(sheet, func(row int, cells []string) error {
		if row > headerSearchRows {
			return errStop
		}
		index := map[msg.Key]int{}
		for i, text := range cells {
			for _, c := range cols {
				if c.label.Matches(text) {
					if prev, dup := index[c.label.Key]; dup {
						return dataErr(w.Path, sheet, cellName(i, row), msg.DataColumnTwice, text, cellName(prev, row))
					}
					index[c.label.Key] = i
				}
			}
		}
		for _, c := range cols {
			if _, ok := index[c.label.Key]; c.required && !ok {
				return nil
			}
		}
		found = header{row: row, cells: cells, index: index}
		return errStop
	})
	if err != nil {
		return header{}, err
	}
	if found.row == 0 {
		var want []string
		for _, c := range cols {
			if c.required {
				want = append(want, strings.Join(c.label.Names(), "/"))
			}
		}
		return header{}, dataErr(w.Path, sheet, "", msg.DataNoHeader, strings.Join(want, ", "), headerSearchRows)
	}
	return found, nil
}

// emptyCell is the error of a required cell left empty, naming its column
// as headed.
func (h header) emptyCell(file, sheet string, l contract.Label, row int) error {
	return dataErr(file, sheet, cellName(h.col(l), row), msg.DataCellEmpty, at(h.cells, h.col(l)))
}
