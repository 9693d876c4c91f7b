// Package contract is evalctl's output contract, written down once: the
// JSON that scripts read, and the sheets, columns and cell values of the
// workbooks evalctl writes and reads back. Package report writes by it and
// package ingest reads by it (--previous, export, history), so a column is
// defined in one place for the results workbook, the unit exports and the
// readers.
//
// A [Label] names a sheet, a column or a value by its key in the message
// catalogue, which holds its Chinese and English text; a reader accepts
// either, in any case, and the label's aliases (older or common spellings).
// The codes of the JSON contract (roles, effects, statuses, flags) stay the
// same in every language; a [Vocabulary] pairs each with its label.
package contract

import (
	"strings"

	"github.com/evalctl/evalctl/internal/msg"
)

// Label is a sheet name, a column header or a cell value.
type Label struct {
	Key msg.Key
	// Aliases are other spellings a reader accepts.
	Aliases []string
}

// In is the label in a language, as evalctl writes it.
func (l Label) In(lang msg.Lang) string { return lang.T(l.Key) }

// Names lists what a reader accepts: the label in every language, then the
// aliases.
func (l Label) Names() []string {
	var out []string
	for _, lang := range msg.Langs {
		out = append(out, l.In(lang))
	}
	return append(out, l.Aliases...)
}

// Matches reports whether text names the label: in any language, or an
// alias, ignoring case and surrounding blanks.
func (l Label) Matches(text string) bool {
	text = strings.TrimSpace(text)
	for _, n := range l.Names() {
		if strings.EqualFold(text, n) {
			return true
		}
	}
	return false
}

// Term is a code of the JSON contract and its label in the workbooks.
type Term[T ~string] struct {
	Code  T
	Label Label
}

// Vocabulary is the set of codes a column may hold.
type Vocabulary[T ~string] []Term[T]

// In is the label of code in a language; an unknown code is shown as it is.
func (v Vocabulary[T]) In(code T, lang msg.Lang) string {
	for _, t := range v {
		if t.Code == code {
			return t.Label.In(lang)
		}
	}
	return string(code)
}

// Parse reads a cell: a code's label in any language, an alias or the code
// itself.
func (v Vocabulary[T]) Parse(text string) (code T, ok bool) {
	for _, t := range v {
		if t.Label.Matches(text) || strings.EqualFold(strings.TrimSpace(text), string(t.Code)) {
			return t.Code, true
		}
	}
	return "", false
}

// Names lists the labels of every code in the language, for messages.
func (v Vocabulary[T]) Names(lang msg.Lang) []string {
	out := make([]string, len(v))
	for i, t := range v {
		out[i] = t.Label.In(lang)
	}
	return out
}
