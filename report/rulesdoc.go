package report

import (
	"io"
	"maps"
	"reflect"
	"strings"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/msg"
)

// The documentation of every field of a rules file is kept by path ("[]"
// stands for each element of a list) in the maps of the rulesdoc_*.go files,
// one per part of the rules. RulesFields walks the Rules type itself, so a
// field without an entry is found by the tests.

// fieldText is a field's documentation in each language. Both are written
// out, and TestRulesDocComplete fails on either missing.
type fieldText struct{ zh, en string }

// in is the text in lang; Chinese is the default.
func (d fieldText) in(lang msg.Lang) string {
	if lang == msg.English {
		return d.en
	}
	return d.zh
}

// fieldDoc is the documentation of a rules field, empty when it has none.
func fieldDoc(path string) fieldText {
	if d, ok := scoringFieldDocs[path]; ok {
		return d
	}
	if d, ok := verdictFieldDocs[path]; ok {
		return d
	}
	if d, ok := noticeFieldDocs[path]; ok {
		return d
	}
	if d, ok := bootstrapFieldDocs[path]; ok {
		return d
	}
	return ballotFieldDocs[path]
}

// allFieldDocs are every field's documentation, for the tests.
func allFieldDocs() map[string]fieldText {
	out := maps.Clone(scoringFieldDocs)
	maps.Copy(out, verdictFieldDocs)
	maps.Copy(out, ballotFieldDocs)
	maps.Copy(out, noticeFieldDocs)
	maps.Copy(out, bootstrapFieldDocs)
	return out
}

// RuleField is one field of the rules-file format, told in one language.
type RuleField struct {
	Path, Kind, Doc string
}

// RulesFields lists every field of the rules format in order, from the
// Rules type, with its kind and documentation in lang (Doc is "" when the
// field has none).
func RulesFields(lang msg.Lang) []RuleField {
	var out []RuleField
	var walk func(prefix string, t reflect.Type)
	walk = func(prefix string, t reflect.Type) {
		for i := range t.NumField() {
			f := t.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
			if name == "" || name == "-" {
				continue
			}
			path := strings.TrimPrefix(prefix+"."+name, ".")
			if variantSection(path) {
				continue // a variant's sections are written as the rules' own
			}
			ft := f.Type
			for ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			out = append(out, RuleField{Path: path, Kind: kindOf(ft, lang), Doc: fieldDoc(path).in(lang)})
			switch {
			case ft.Kind() == reflect.Struct:
				walk(path, ft)
			case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.Struct:
				walk(path+"[]", ft.Elem())
			}
		}
	}
	walk("", reflect.TypeOf(evaluate.Rules{}))
	return out
}

// kindOf names the kind of a field's value in lang; a kind the catalogue
// does not name (none today, which the tests check) shows as Go's name.
func kindOf(t reflect.Type, lang msg.Lang) string {
	switch t.Kind() {
	case reflect.String:
		return lang.T(msg.RulesKindText)
	case reflect.Bool:
		return lang.T(msg.RulesKindBool)
	case reflect.Int:
		return lang.T(msg.RulesKindInt)
	case reflect.Float64:
		return lang.T(msg.RulesKindNumber)
	case reflect.Struct:
		return lang.T(msg.RulesKindSect)
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Struct {
			return lang.T(msg.RulesKindList)
		}
		return lang.F(msg.RulesKindListOf, kindOf(t.Elem(), lang))
	}
	return t.Kind().String()
}

// The columns of the reference: the field's name, indented by its depth,
// then its kind, then its documentation.
const (
	rulesDocNameWidth = 34
	rulesDocKindWidth = 14
)

// WriteRulesDoc prints the reference of the rules-file format in lang. The
// columns are padded by display width, so that they stay aligned on a
// terminal where a Chinese character takes two columns.
func WriteRulesDoc(w io.Writer, lang msg.Lang) error {
	var b strings.Builder
	b.WriteString(lang.T(msg.RulesDocHeading))
	b.WriteString("\n\n")
	for _, f := range RulesFields(lang) {
		depth := strings.Count(f.Path, ".")
		b.WriteString(strings.Repeat("  ", depth))
		b.WriteString(padDisplay(lastPart(f.Path), rulesDocNameWidth-2*depth))
		b.WriteString(" ")
		b.WriteString(padDisplay(f.Kind, rulesDocKindWidth))
		b.WriteString(" ")
		b.WriteString(f.Doc)
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// padDisplay pads s with spaces to width terminal columns.
func padDisplay(s string, width int) string {
	return s + strings.Repeat(" ", max(0, width-displayWidth(s)))
}

func lastPart(path string) string {
	if i := strings.LastIndex(path, "."); i >= 0 {
		return path[i+1:]
	}
	return path
}
