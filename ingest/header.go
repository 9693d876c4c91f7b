package ingest

import (
	"fmt"
	"strings"
)

// column is a field of a sheet and the header texts that name it.
type column struct {
	field    string
	names    []string
	required bool
}

// headerSearchRows is how far down a header row may sit below title rows.
const headerSearchRows = 10

// header is a resolved header row.
type header struct {
	row   int
	cells []string
	index map[string]int // field -> 0-based column
}

// has reports whether the optional field was found.
func (h header) has(field string) bool {
	_, ok := h.index[field]
	return ok
}

// get returns the field's value in a data row, "" when absent.
func (h header) get(cells []string, field string) string {
	i, ok := h.index[field]
	if !ok {
		return ""
	}
	return at(cells, i)
}

// known reports whether column i is one of the resolved fields.
func (h header) known(i int) bool {
	for _, c := range h.index {
		if c == i {
			return true
		}
	}
	return false
}

func matchesAny(text string, names []string) bool {
	t := strings.ToLower(strings.TrimSpace(text))
	for _, n := range names {
		if t == strings.ToLower(n) {
			return true
		}
	}
	return false
}

// findHeader locates the first row, among the first few, that holds every
// required column, and maps each field to its column.
func (w *Workbook) findHeader(sheet string, cols []column) (header, error) {
	var found header
	err := w.eachRow(sheet, func(row int, cells []string) error {
		if row > headerSearchRows {
			return errStop
		}
		index := map[string]int{}
		for i, text := range cells {
			for _, c := range cols {
				if matchesAny(text, c.names) {
					if prev, dup := index[c.field]; dup {
						return dataErr(w.Path, sheet, cellName(i, row),
							fmt.Sprintf("column %q appears twice (also %s)", text, cellName(prev, row)))
					}
					index[c.field] = i
				}
			}
		}
		for _, c := range cols {
			if _, ok := index[c.field]; c.required && !ok {
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
				want = append(want, strings.Join(c.names, "/"))
			}
		}
		return header{}, dataErr(w.Path, sheet, "",
			fmt.Sprintf("no header row with the columns %s in the first %d rows", strings.Join(want, ", "), headerSearchRows))
	}
	return found, nil
}
