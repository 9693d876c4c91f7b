package xlsx

import "sort"

// Kind is what a cell holds, from its type attribute t and its elements.
type Kind uint8

const (
	// Blank is a cell present without a value, e.g. only styled.
	Blank Kind = iota
	// Number is a number (no t, or t="n"), as written: "12345678901",
	// "1E-7"; no formatting is applied.
	Number
	// SharedString is a string from the shared-string table (t="s").
	SharedString
	// InlineString is a string in the cell itself (t="inlineStr").
	InlineString
	// FormulaString is a formula's cached string result (t="str").
	FormulaString
	// Boolean is TRUE or FALSE (t="b"); the text is "TRUE" or "FALSE", as
	// Excel shows it, never "1" or "0".
	Boolean
	// ErrorCode is an error value (t="e"): "#N/A", "#DIV/0!".
	ErrorCode
	// Date is an ISO 8601 date-time written as such (t="d"), as written.
	Date
	// FormulaNoValue is a formula without a cached value: the writer never
	// calculated it, so its value is unknown (not blank). Text is "".
	FormulaNoValue
)

var kindNames = [...]string{"blank", "number", "shared string", "inline string", "formula string", "boolean", "error", "date", "formula without value"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// Cell is one cell present in a sheet's XML.
type Cell struct {
	Col     int    // 0-based column
	Text    string // the value as text; a string that stays good after the row
	Kind    Kind
	Formula bool // the cell has a formula <f>
}

// Row is a row present in a sheet's XML, with its cells present, by
// ascending column. Cells is reused by the next row: keep a Row with Clone.
// (Each cell's Text is an ordinary string and may be kept as it is.)
type Row struct {
	Num   int // 1-based
	Cells []Cell
}

// Clone copies the row so that it outlives the next.
func (r Row) Clone() Row {
	r.Cells = append([]Cell(nil), r.Cells...)
	return r
}

// Cell finds the cell in a 0-based column.
func (r Row) Cell(col int) (Cell, bool) {
	i := sort.Search(len(r.Cells), func(i int) bool { return r.Cells[i].Col >= col })
	if i < len(r.Cells) && r.Cells[i].Col == col {
		return r.Cells[i], true
	}
	return Cell{}, false
}

// Strings appends the row's texts to dst[:0] by column, as excelize's
// Rows().Columns gives them: "" for a column without a cell, up to the last
// cell that has text or a formula. With a dst reused from row to row it
// does not allocate.
func (r Row) Strings(dst []string) []string {
	dst = dst[:0]
	last := -1
	for i := len(r.Cells) - 1; i >= 0; i-- {
		if c := r.Cells[i]; c.Text != "" || c.Formula {
			last = c.Col
			break
		}
	}
	for _, c := range r.Cells {
		if c.Col > last {
			break
		}
		for len(dst) < c.Col {
			dst = append(dst, "")
		}
		dst = append(dst, c.Text)
	}
	return dst
}

// isNumber reports whether b is a number as spreadsheets write one:
// [sign] digits [. digits] [e [sign] digits], or starting at the point.
// Go-only forms (hex, "_", "Inf", "NaN") are not numbers.
func isNumber(b []byte) bool {
	i := 0
	if i < len(b) && (b[i] == '-' || b[i] == '+') {
		i++
	}
	digits := 0
	for i < len(b) && '0' <= b[i] && b[i] <= '9' {
		i++
		digits++
	}
	if i < len(b) && b[i] == '.' {
		i++
		for i < len(b) && '0' <= b[i] && b[i] <= '9' {
			i++
			digits++
		}
	}
	if digits == 0 {
		return false
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '-' || b[i] == '+') {
			i++
		}
		exp := 0
		for i < len(b) && '0' <= b[i] && b[i] <= '9' {
			i++
			exp++
		}
		if exp == 0 {
			return false
		}
	}
	return i == len(b)
}

// parseIndex parses a shared-string index: ASCII digits only.
func parseIndex(b []byte) (int, bool) {
	if len(b) == 0 || len(b) > 10 {
		return 0, false
	}
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}
