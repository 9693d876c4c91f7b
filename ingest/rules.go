package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/evalctl/evalctl/internal/msg"

	"gopkg.in/yaml.v3"

	"github.com/evalctl/evalctl/evaluate"
)

// RulesError is a mistake in a rules file, at a line and field.
type RulesError struct {
	File  string
	Line  int // 0 when the field is not written in the file (it came from the base)
	Field string
	Msg   msg.Text
}

func (e *RulesError) Error() string { return e.Localize(msg.English) }

// Localize tells the mistake in a language, after its file, line and field.
func (e *RulesError) Localize(l msg.Lang) string {
	text := e.Msg.Localize(l)
	switch {
	case e.Line > 0 && e.Field != "":
		return fmt.Sprintf("%s:%d: %s: %s", e.File, e.Line, e.Field, text)
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, text)
	case e.Field != "":
		return fmt.Sprintf("%s: %s%s: %s", e.File, e.Field, l.T(msg.RulesInherited), text)
	}
	return fmt.Sprintf("%s: %s", e.File, text)
}

func (e *RulesError) Is(target error) bool { return target == evaluate.ErrRules }

// LoadRules reads a rules file. It starts from the preset named by the file's
// `base:` field, or from fallback when the file names none, and overrides only
// the fields the file sets (a list replaces the whole list). The result is
// validated; every mistake is reported with its line and field.
func LoadRules(path, fallback string) (*evaluate.Rules, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseRules(path, data, fallback)
}

// ParseRules reads rules written as a rules file, as LoadRules does; path
// names where they come from in messages.
func ParseRules(path string, data []byte, fallback string) (*evaluate.Rules, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, yamlError(path, err)
	}
	base := fallback
	b, _ := lookupNode(&root, "base")
	if b != nil && b.Kind == yaml.AliasNode && b.Alias != nil {
		b = b.Alias // base: *anchor names the anchored value, not the anchor
	}
	if b != nil && b.Value != "" {
		base = b.Value
	}
	rules, err := evaluate.Preset(base)
	if err != nil {
		_, line := lookupNode(&root, "base")
		return nil, &RulesError{File: path, Line: line, Field: "base", Msg: localizable(err)}
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	switch err := dec.Decode(rules); {
	case errors.Is(err, io.EOF):
	case err != nil:
		return nil, yamlError(path, err)
	default:
		if err := singleDocument(path, dec); err != nil {
			return nil, err
		}
	}
	rules.Base = base
	if err := variantSections(path, &root, rules); err != nil {
		return nil, err
	}
	if n, _ := lookupNode(&root, "robustness"); n == nil {
		// The base's variants, inherited, only while they fit the rules
		// the file makes.
		rules.KeepFittingVariants()
	}
	if err := rules.Validate(); err != nil {
		return nil, locate(path, &root, err)
	}
	return rules, nil
}

// variantSections reads the sections a robustness variant writes (scale,
// trim, complaints, bottom) over the rules' own, as a rules file's sections
// are read over its base's: each sets only the fields it writes, a list
// replacing the whole list.
func variantSections(path string, root *yaml.Node, rules *evaluate.Rules) error {
	list, _ := lookupNode(root, "robustness")
	if list == nil || list.Kind != yaml.SequenceNode {
		return nil
	}
	for i, item := range list.Content {
		if i >= len(rules.Robustness) {
			break
		}
		v := &rules.Robustness[i]
		if _, n := mappingEntry(item, "scale"); n != nil {
			s := rules.Scale
			if s.Range != nil {
				r := *s.Range // decoding writes through a pointer
				s.Range = &r
			}
			if err := n.Decode(&s); err != nil {
				return yamlError(path, err)
			}
			v.Scale = &s
		}
		if _, n := mappingEntry(item, "trim"); n != nil {
			t := rules.Trim
			if err := n.Decode(&t); err != nil {
				return yamlError(path, err)
			}
			v.Trim = &t
		}
		if _, n := mappingEntry(item, "complaints"); n != nil {
			c := rules.Complaints
			if err := n.Decode(&c); err != nil {
				return yamlError(path, err)
			}
			v.Complaints = &c
		}
		if _, n := mappingEntry(item, "bottom"); n != nil {
			b := rules.Bottom
			if err := n.Decode(&b); err != nil {
				return yamlError(path, err)
			}
			v.Bottom = &b
		}
	}
	return nil
}

// singleDocument fails when the rest of the file holds another YAML document:
// its rules would otherwise be silently ignored. A bare trailing "---" is
// allowed.
func singleDocument(path string, dec *yaml.Decoder) error {
	var next yaml.Node
	switch err := dec.Decode(&next); {
	case errors.Is(err, io.EOF):
		return nil
	case err != nil:
		return yamlError(path, err)
	}
	if len(next.Content) == 1 && next.Content[0].Tag == "!!null" {
		return nil
	}
	return &RulesError{File: path, Line: next.Line, Msg: msg.New(msg.RulesSecondDoc)}
}

// yamlError turns the YAML library's "yaml: line N: msg" into a RulesError.
func yamlError(path string, err error) error {
	var te *yaml.TypeError
	msgs := []string{err.Error()}
	if errors.As(err, &te) {
		msgs = te.Errors
	}
	var errs []error
	for _, m := range msgs {
		m = strings.TrimPrefix(m, "yaml: ")
		line := 0
		if rest, ok := strings.CutPrefix(m, "line "); ok {
			if n, after, ok := strings.Cut(rest, ": "); ok {
				if v, err := strconv.Atoi(n); err == nil {
					line, m = v, after
				}
			}
		}
		errs = append(errs, &RulesError{File: path, Line: line, Msg: msg.New(msg.RulesYAML, m)})
	}
	return errors.Join(errs...)
}

// locate gives each validation error the line of its field in the file.
func locate(path string, root *yaml.Node, err error) error {
	var out []error
	for _, e := range flatten(err) {
		var fe *evaluate.FieldError
		if !errors.As(e, &fe) {
			out = append(out, e)
			continue
		}
		_, line := lookupNode(root, fe.Path)
		out = append(out, &RulesError{File: path, Line: line, Field: fe.Path, Msg: fe.Msg})
	}
	return errors.Join(out...)
}

// flatten unwraps errors.Join, at any depth; nil is no error, and an error
// of the catalogue (which unwraps to its arguments) is one error.
func flatten(err error) []error {
	if err == nil {
		return nil
	}
	if _, ok := err.(msg.Localizer); ok {
		return []error{err}
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, flatten(e)...)
		}
		return out
	}
	return []error{err}
}

// lookupNode finds the node of a field path such as "groups[2].weight", and
// the line to report for it: the line of its key, since a block list or
// mapping starts on the line after the key that names it, or the line of
// the item for a list element. When the path's tail is not written, it
// returns the deepest written ancestor, except at the top, where an absent
// field gives nil and line 0.
func lookupNode(root *yaml.Node, path string) (found *yaml.Node, line int) {
	n := root
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	for _, part := range strings.Split(path, ".") {
		name, index := part, -1
		if i := strings.IndexByte(part, '['); i >= 0 && strings.HasSuffix(part, "]") {
			name = part[:i]
			index, _ = strconv.Atoi(part[i+1 : len(part)-1])
		}
		key, next := mappingEntry(n, name)
		if next == nil {
			return found, line
		}
		n, found, line = next, next, key.Line
		if index >= 0 {
			if n.Kind != yaml.SequenceNode || index >= len(n.Content) {
				return found, line
			}
			n, found, line = n.Content[index], n.Content[index], n.Content[index].Line
		}
	}
	return found, line
}

// mappingEntry returns the key and value nodes of key in mapping n.
func mappingEntry(n *yaml.Node, key string) (k, v *yaml.Node) {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil, nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i], n.Content[i+1]
		}
	}
	return nil, nil
}

// localizable keeps the text of an error that can be told in a language.
func localizable(err error) msg.Text {
	if l, ok := err.(msg.Localizer); ok {
		return msg.New(msg.RulesYAML, l)
	}
	return msg.New(msg.RulesYAML, err.Error())
}
