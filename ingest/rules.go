package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/evalctl/evalctl/evaluate"
)

// RulesError is a mistake in a rules file, at a line and field.
type RulesError struct {
	File  string
	Line  int // 0 when the field is not written in the file (it came from the base)
	Field string
	Msg   string
}

func (e *RulesError) Error() string {
	switch {
	case e.Line > 0 && e.Field != "":
		return fmt.Sprintf("%s:%d: %s: %s", e.File, e.Line, e.Field, e.Msg)
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	case e.Field != "":
		return fmt.Sprintf("%s: %s (inherited from the base preset): %s", e.File, e.Field, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
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
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, yamlError(path, err)
	}
	base := fallback
	if b := lookupNode(&root, "base"); b != nil && b.Value != "" {
		base = b.Value
	}
	rules, err := evaluate.Preset(base)
	if err != nil {
		line := 0
		if b := lookupNode(&root, "base"); b != nil {
			line = b.Line
		}
		return nil, &RulesError{File: path, Line: line, Field: "base", Msg: err.Error()}
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(rules); err != nil && !errors.Is(err, io.EOF) {
		return nil, yamlError(path, err)
	}
	rules.Base = base
	if err := rules.Validate(); err != nil {
		return nil, locate(path, &root, err)
	}
	return rules, nil
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
		errs = append(errs, &RulesError{File: path, Line: line, Msg: m})
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
		line := 0
		if n := lookupNode(root, fe.Path); n != nil {
			line = n.Line
		}
		out = append(out, &RulesError{File: path, Line: line, Field: fe.Path, Msg: fe.Msg})
	}
	return errors.Join(out...)
}

// flatten unwraps errors.Join.
func flatten(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// lookupNode finds the node of a field path such as "groups[2].weight". When
// the path's tail is not written, it returns the deepest written ancestor,
// except at the top, where an absent field gives nil.
func lookupNode(root *yaml.Node, path string) *yaml.Node {
	n := root
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	var found *yaml.Node
	for _, part := range strings.Split(path, ".") {
		name, index := part, -1
		if i := strings.IndexByte(part, '['); i >= 0 && strings.HasSuffix(part, "]") {
			name = part[:i]
			index, _ = strconv.Atoi(part[i+1 : len(part)-1])
		}
		next := mappingValue(n, name)
		if next == nil {
			return found
		}
		n, found = next, next
		if index >= 0 {
			if n.Kind != yaml.SequenceNode || index >= len(n.Content) {
				return found
			}
			n, found = n.Content[index], n.Content[index]
		}
	}
	return found
}

func mappingValue(n *yaml.Node, key string) *yaml.Node {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}
