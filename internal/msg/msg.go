// Package msg is evalctl's catalogue of user-facing text: sheet names,
// column headers, values, sentences, errors, notes and progress lines.
//
// Every text is named by a typed [Key] and written once per language, in
// that language's catalogue (zh_*.go, en_*.go). Code never uses display text
// as a key: it asks a [Lang] for the text of a key, or builds a [Text] (a key
// and its arguments) to be rendered later in the user's language, as errors
// are. The tests check that every key has a text in every language, that the
// two texts of a key take the same arguments, and that no key is unused.
//
// A text with arguments is a fmt format. Where Chinese and English place the
// arguments in another order, the format says so with explicit indexes
// (%[2]s).
package msg

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
)

// Key names a text of the catalogue.
type Key string

// Lang is a language of the catalogue.
type Lang string

// The languages. Chinese is the default everywhere.
const (
	Chinese Lang = "zh"
	English Lang = "en"
)

// Langs lists the languages, the default first.
var Langs = []Lang{Chinese, English}

var catalogues = map[Lang]map[Key]string{Chinese: zh, English: en}

// ParseLang accepts "zh" or "en", in any case.
func ParseLang(s string) (Lang, error) {
	switch l := Lang(strings.ToLower(strings.TrimSpace(s))); l {
	case Chinese, English:
		return l, nil
	}
	return "", Errorf(UnknownLang, s)
}

// T is the text of k. A key missing from the catalogue, which the tests
// rule out, shows as itself rather than as nothing.
func (l Lang) T(k Key) string {
	if s, ok := catalogues[l][k]; ok {
		return s
	}
	if s, ok := en[k]; ok {
		return s
	}
	return string(k)
}

// F formats the text of k with args; an argument that can be told in a
// language (a [Text], an error of this package) is told in l.
func (l Lang) F(k Key, args ...any) string {
	if len(args) == 0 {
		return l.T(k)
	}
	return fmt.Sprintf(l.T(k), l.localizeAll(args)...)
}

// Join joins a list the way the language does: 甲、乙 or a, b.
func (l Lang) Join(items []string) string { return strings.Join(items, l.T(ListSep)) }

// Sep is the separator of clauses: "；" or "; ".
func (l Lang) Sep() string { return l.T(ClauseSep) }

func (l Lang) localizeAll(args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		out[i] = a
		if s, ok := l.localize(a); ok {
			out[i] = s
		}
	}
	return out
}

func (l Lang) localize(a any) (string, bool) {
	switch x := a.(type) {
	case Localizer:
		return x.Localize(l), true
	case error:
		return Localize(x, l), true
	}
	return "", false
}

// Localizer is a value that can be told in a language: a [Text], an error
// carrying one.
type Localizer interface {
	Localize(Lang) string
}

// Text is a text not yet rendered: a key and its arguments. Its String is
// the English text, for logs and for %v.
type Text struct {
	Key  Key
	Args []any
}

// New makes a Text.
func New(k Key, args ...any) Text { return Text{Key: k, Args: args} }

// Localize renders the text in l.
func (t Text) Localize(l Lang) string { return l.F(t.Key, t.Args...) }

func (t Text) String() string { return t.Localize(English) }

// Error is an error whose message is a Text. Arguments that are errors are
// its causes, for errors.Is and errors.As.
type Error struct {
	Text
}

// Errorf makes an error of the text of k with args.
func Errorf(k Key, args ...any) error { return &Error{New(k, args...)} }

func (e *Error) Error() string { return e.Text.String() }

// Unwrap returns the arguments that are errors.
func (e *Error) Unwrap() []error {
	var out []error
	for _, a := range e.Args {
		if err, ok := a.(error); ok {
			out = append(out, err)
		}
	}
	return out
}

// Localize tells err in l: an error of this package, or one that knows its
// own language, in that language; a file-system error with its operation
// and cause in words; anything else as it reads.
func Localize(err error, l Lang) string {
	var pe *fs.PathError
	switch x := err.(type) {
	case nil:
		return ""
	case Localizer:
		return x.Localize(l)
	case interface{ Unwrap() []error }:
		var parts []string
		for _, e := range x.Unwrap() {
			parts = append(parts, Localize(e, l))
		}
		return strings.Join(parts, "\n")
	case interface{ Unwrap() error }:
		// A wrapper that adds no words of its own (a mark for exit codes)
		// is told as what it wraps.
		if inner := x.Unwrap(); inner != nil && inner.Error() == err.Error() {
			return Localize(inner, l)
		}
	}
	if errors.As(err, &pe) && pe.Op != "" {
		return l.F(FileError, pe.Path, l.T(fileOp(pe.Op)), fileCause(pe.Err, l))
	}
	return err.Error()
}

// fileOp names the file operation that failed.
func fileOp(op string) Key {
	switch op {
	case "open", "stat", "lstat", "readdir", "read":
		return FileOpRead
	}
	return FileOpWrite
}

// fileCause says why a file operation failed; a cause without a text of
// its own is the system's words.
func fileCause(err error, l Lang) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return l.T(FileNotExist)
	case errors.Is(err, fs.ErrPermission):
		return l.T(FilePermission)
	case errors.Is(err, fs.ErrExist):
		return l.T(FileExists)
	}
	return err.Error()
}
