package xlsx

import (
	"bytes"
	"strconv"
)

// Excel's grid: rows 1..1,048,576, columns A..XFD.
const (
	maxRows    = 1 << 20
	maxColumns = 1 << 14
)

// parseCellRef parses an A1 reference exactly as Excel writes one:
// uppercase column letters up to XFD, then a row number from 1 to 1,048,576
// without leading zeros or "$". col is 0-based.
func parseCellRef(b []byte) (col, row int, ok bool) {
	i := 0
	for i < len(b) && i < 3 && 'A' <= b[i] && b[i] <= 'Z' {
		col = col*26 + int(b[i]-'A'+1)
		i++
	}
	if i == 0 || col > maxColumns {
		return 0, 0, false
	}
	digits := b[i:]
	if len(digits) == 0 || len(digits) > 7 || digits[0] == '0' {
		return 0, 0, false
	}
	for _, c := range digits {
		if c < '0' || c > '9' {
			return 0, 0, false
		}
		row = row*10 + int(c-'0')
	}
	if row > maxRows {
		return 0, 0, false
	}
	return col - 1, row, true
}

// ColumnName is the letters of a 0-based column: 0 is "A", 16383 is "XFD".
func ColumnName(col int) string {
	var b [8]byte
	i := len(b)
	for n := col + 1; n > 0; n = (n - 1) / 26 {
		i--
		b[i] = byte('A' + (n-1)%26)
	}
	return string(b[i:])
}

// CellName is the A1 reference of a 0-based column in a 1-based row.
func CellName(col, row int) string { return ColumnName(col) + strconv.Itoa(row) }

// Range is a rectangle of cells, as a merged range: rows FirstRow..LastRow
// (1-based) and columns FirstCol..LastCol (0-based, as [Cell].Col), both
// ends included.
type Range struct {
	FirstRow, FirstCol, LastRow, LastCol int
}

// String is the range in A1 notation, "C2:D2".
func (r Range) String() string {
	return CellName(r.FirstCol, r.FirstRow) + ":" + CellName(r.LastCol, r.LastRow)
}

// Contains reports whether the cell at a 1-based row and 0-based column is
// in the range.
func (r Range) Contains(row, col int) bool {
	return r.FirstRow <= row && row <= r.LastRow && r.FirstCol <= col && col <= r.LastCol
}

// parseRange parses "A1:B2", or a lone "A1" as a one-cell range; corners
// given the other way round are put in order.
func parseRange(b []byte) (Range, bool) {
	a, z, found := bytes.Cut(b, []byte(":"))
	if !found {
		z = a
	}
	c1, r1, ok1 := parseCellRef(a)
	c2, r2, ok2 := parseCellRef(z)
	if !ok1 || !ok2 {
		return Range{}, false
	}
	return Range{FirstRow: min(r1, r2), FirstCol: min(c1, c2), LastRow: max(r1, r2), LastCol: max(c1, c2)}, true
}
