package report

import (
	"bytes"
	"strconv"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/msg"
)

// Provenance lists the notes of the rules' base preset that still hold: those
// whose field has the preset's value in these rules. A field a rules file
// changed is the office's own, and its note is dropped. Rules without a
// preset for a base have no notes.
func Provenance(r *evaluate.Rules) ([]evaluate.Note, error) {
	notes, _, err := provenance(r)
	return notes, err
}

// provenance is Provenance with the rules as a YAML node, which the callers
// read the notes' values from: the rules are encoded once.
func provenance(r *evaluate.Rules) ([]evaluate.Note, *yaml.Node, error) {
	mine, err := rulesNode(r)
	if err != nil {
		return nil, nil, err
	}
	notes := evaluate.PresetNotes(r.Base)
	if len(notes) == 0 {
		return nil, mine, nil
	}
	theirs, err := presetNode(r.Base)
	if err != nil {
		return nil, nil, err
	}
	var out []evaluate.Note
	for _, n := range notes {
		_, a := nodeAt(mine, n.Path)
		_, b := nodeAt(theirs, n.Path)
		if a != nil && b != nil && sameValue(a, b) {
			out = append(out, n)
		}
	}
	return out, mine, nil
}

// presetNodes holds the presets' rules as YAML nodes, each encoded the
// first time a rules file based on it is written: a preset never changes,
// and its node is only read.
var presetNodes sync.Map // preset name → *yaml.Node

func presetNode(name string) (*yaml.Node, error) {
	if n, ok := presetNodes.Load(name); ok {
		return n.(*yaml.Node), nil
	}
	preset, err := evaluate.Preset(name)
	if err != nil {
		return nil, err
	}
	n, err := rulesNode(preset)
	if err != nil {
		return nil, err
	}
	stored, _ := presetNodes.LoadOrStore(name, n)
	return stored.(*yaml.Node), nil
}

// sameValue reports whether two nodes hold the same value, as flowText
// would write them alike: a scalar by its text, a mapping or a list by its
// entries, each scalar in them by its text, tag and style.
func sameValue(a, b *yaml.Node) bool {
	if a.Kind == yaml.ScalarNode && b.Kind == yaml.ScalarNode {
		return a.Value == b.Value
	}
	return sameNode(a, b)
}

func sameNode(a, b *yaml.Node) bool {
	if a.Kind != b.Kind || a.Tag != b.Tag || a.Value != b.Value || a.Style&^yaml.FlowStyle != b.Style&^yaml.FlowStyle || len(a.Content) != len(b.Content) {
		return false
	}
	for i := range a.Content {
		if !sameNode(a.Content[i], b.Content[i]) {
			return false
		}
	}
	return true
}

// RulesYAMLNoted renders the rules as RulesYAML does, with each note that
// holds as a comment above its field: the source's words, or why the number
// was chosen. Comments are not rules: the text without its comment lines is
// RulesYAML's, and reads back as the same rules.
func RulesYAMLNoted(r *evaluate.Rules, lang msg.Lang) ([]byte, error) {
	notes, root, err := provenance(r)
	if err != nil {
		return nil, err
	}
	for _, n := range notes {
		at := commentNode(root, n.Path)
		if at == nil {
			continue
		}
		if at.HeadComment != "" {
			at.HeadComment += "\n"
		}
		at.HeadComment += "# " + strings.ReplaceAll(NoteText(n, lang), "\n", " ")
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(root); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// NoteText tells a note: the source's words, or the reason for a choice
// (with the words it reads, if any).
func NoteText(n evaluate.Note, lang msg.Lang) string {
	switch {
	case n.Source && n.Why != "":
		return lang.F(msg.ProvSourceWhy, n.Quote, lang.T(n.Why))
	case n.Source:
		return lang.F(msg.ProvSource, n.Quote)
	case n.Quote != "":
		return lang.F(msg.ProvChosenQuote, lang.T(n.Why), n.Quote)
	}
	return lang.F(msg.ProvChosen, lang.T(n.Why))
}

// noteValue is the value of a note's field in the rules (as rulesNode
// encodes them), on one line; empty when the rules lack the field.
func noteValue(root *yaml.Node, n evaluate.Note) string {
	_, v := nodeAt(root, n.Path)
	if v == nil {
		return ""
	}
	return flowText(v)
}

// rulesNode is the rules as a YAML mapping node.
func rulesNode(r *evaluate.Rules) (*yaml.Node, error) {
	var doc yaml.Node
	if err := doc.Encode(r); err != nil {
		return nil, err
	}
	return &doc, nil
}

// commentNode is the node whose head comment sits above a field path's
// line: its key, or for a list element the element; the first key of a
// list element is written on the element's line ("- name: …"), so it is
// the element that takes the comment.
func commentNode(root *yaml.Node, path string) *yaml.Node {
	key, value := nodeAt(root, path)
	if key == nil {
		return value
	}
	if i := strings.LastIndexByte(path, '.'); i > 0 && strings.HasSuffix(path[:i], "]") {
		if _, item := nodeAt(root, path[:i]); item != nil && len(item.Content) > 0 && item.Content[0] == key {
			return item
		}
	}
	return key
}

// nodeAt finds a field path (categories[0].bottom) in a mapping: the key
// node naming it (nil for a list element) and its value; nil when absent.
func nodeAt(root *yaml.Node, path string) (key, value *yaml.Node) {
	n := root
	for _, part := range strings.Split(path, ".") {
		name, index := part, -1
		if i := strings.IndexByte(part, '['); i >= 0 && strings.HasSuffix(part, "]") {
			name = part[:i]
			index, _ = strconv.Atoi(part[i+1 : len(part)-1])
		}
		key, value = nil, nil
		if n.Kind != yaml.MappingNode {
			return nil, nil
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == name {
				key, value = n.Content[i], n.Content[i+1]
			}
		}
		if value == nil {
			return nil, nil
		}
		if index >= 0 {
			if value.Kind != yaml.SequenceNode || index >= len(value.Content) {
				return nil, nil
			}
			key, value = nil, value.Content[index]
		}
		n = value
	}
	return key, value
}

// flowText is a node written on one line: a scalar as itself, a mapping or
// a list in YAML's flow style.
func flowText(n *yaml.Node) string {
	if n.Kind == yaml.ScalarNode {
		return n.Value
	}
	c := deepCopy(n)
	setFlow(c)
	out, err := yaml.Marshal(c)
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}

func deepCopy(n *yaml.Node) *yaml.Node {
	c := *n
	c.Content = make([]*yaml.Node, len(n.Content))
	for i, k := range n.Content {
		c.Content[i] = deepCopy(k)
	}
	return &c
}

func setFlow(n *yaml.Node) {
	if n.Kind == yaml.MappingNode || n.Kind == yaml.SequenceNode {
		n.Style = yaml.FlowStyle
	}
	for _, k := range n.Content {
		setFlow(k)
	}
}
