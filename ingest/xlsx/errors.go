package xlsx

import (
	"fmt"
	"strings"
)

// ErrorKind says what sort of problem an [Error] is. A kind is itself an
// error, so a caller can write errors.Is(err, xlsx.Malformed).
type ErrorKind int

const (
	// Malformed is XML that is not well-formed: a bare "&", an unknown
	// entity, an unterminated or mismatched tag, invalid UTF-8, a character
	// XML forbids.
	Malformed ErrorKind = iota + 1
	// Invalid is well-formed XML that is not a valid workbook or sheet: a
	// bad cell reference, cells or rows going backwards, an unknown cell
	// type, a number that is not one, a shared-string index out of range,
	// overlapping merged ranges, a missing part.
	Invalid
	// Corrupt is a damaged zip container: a bad directory, truncated or
	// corrupt deflate data, a CRC or size mismatch.
	Corrupt
	// TooLarge is a [Limits] bound exceeded; the Detail names the limit.
	TooLarge
	// NotFound is a sheet name the workbook does not have.
	NotFound
)

func (k ErrorKind) String() string {
	switch k {
	case Malformed:
		return "malformed XML"
	case Invalid:
		return "invalid"
	case Corrupt:
		return "corrupt zip"
	case TooLarge:
		return "too large"
	case NotFound:
		return "not found"
	}
	return fmt.Sprintf("ErrorKind(%d)", int(k))
}

// Error makes a kind usable as an errors.Is target.
func (k ErrorKind) Error() string { return "xlsx: " + k.String() }

// Error is every error this package returns about a workbook's contents. It
// says where reading stopped, as precisely as is known.
type Error struct {
	Part   string // zip part, e.g. "xl/worksheets/sheet1.xml"
	Sheet  string // sheet name, when reading a sheet
	Row    int    // 1-based row reached, 0 when none
	Cell   string // A1 reference of the cell (or range) reached, when known
	Offset int64  // byte offset in the inflated part, -1 when not known
	Kind   ErrorKind
	Detail string // in English: Format with Args
	// Format and Args make Detail. Format is one of this package's
	// constant formats, never a text built at run time, so that a caller
	// can tell the error in its own words, with the same arguments; the
	// arguments are values of their own (no views of the reader's buffers).
	Format string
	Args   []any
	Err    error // underlying error (zip, flate), or nil
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("xlsx: ")
	var where []string
	if e.Sheet != "" {
		where = append(where, fmt.Sprintf("sheet %q", e.Sheet))
	}
	switch {
	case e.Cell != "":
		where = append(where, e.Cell)
	case e.Row > 0:
		where = append(where, fmt.Sprintf("row %d", e.Row))
	}
	if e.Part != "" {
		p := e.Part
		if e.Offset >= 0 {
			p += fmt.Sprintf(" byte %d", e.Offset)
		}
		where = append(where, "("+p+")")
	}
	if len(where) > 0 {
		b.WriteString(strings.Join(where, " "))
		b.WriteString(": ")
	}
	b.WriteString(e.Kind.String())
	if e.Detail != "" {
		b.WriteString(": ")
		b.WriteString(e.Detail)
	}
	if e.Err != nil {
		b.WriteString(": ")
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap gives the underlying zip or flate error, if any.
func (e *Error) Unwrap() error { return e.Err }

// Is matches an [ErrorKind].
func (e *Error) Is(target error) bool {
	k, ok := target.(ErrorKind)
	return ok && k == e.Kind
}

// newError makes every Error. The format must be a constant (a test of
// package ingest reads the calls and holds each format to a text of the
// message catalogue).
func newError(kind ErrorKind, format string, args ...any) *Error {
	kept := make([]any, len(args))
	for i, a := range args {
		if b, ok := a.([]byte); ok {
			a = string(b) // a view of the reader's window, which moves on
		}
		kept[i] = a
	}
	return &Error{Kind: kind, Detail: fmt.Sprintf(format, kept...), Format: format, Args: kept, Offset: -1}
}
