package report

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/msg"
)

// TestEveryPresetNumberHasANote: every number of every preset that is set
// (not 0), and every rule (an element of liability or of the sanctions),
// is covered by a note saying the source states it or why it was chosen,
// and every note names a field of its preset.
func TestEveryPresetNumberHasANote(t *testing.T) {
	for _, name := range evaluate.PresetNames() {
		r, _ := evaluate.Preset(name)
		notes := evaluate.PresetNotes(name)
		root, err := rulesNode(r)
		if err != nil {
			t.Fatal(err)
		}
		walkFields(root, "", func(path string, n *yaml.Node) {
			set := n.Kind == yaml.ScalarNode && (n.Tag == "!!int" || n.Tag == "!!float") && n.Value != "0"
			rule := regexp.MustCompile(`^(liability|complaints\.sanctions|escalation)\[\d+\]$`).MatchString(path)
			if _, ok := evaluate.NoteFor(notes, path); (set || rule) && !ok {
				t.Errorf("%s: %s (%s) has no note", name, path, n.Value)
			}
		})
		for _, note := range notes {
			if _, v := nodeAt(root, note.Path); v == nil {
				t.Errorf("%s: the note of %s names no field", name, note.Path)
			}
		}
	}
}

// walkFields calls fn for every field under n, by its rules-file path.
func walkFields(n *yaml.Node, path string, fn func(string, *yaml.Node)) {
	switch n.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			p := n.Content[i].Value
			if path != "" {
				p = path + "." + p
			}
			fn(p, n.Content[i+1])
			walkFields(n.Content[i+1], p, fn)
		}
	case yaml.SequenceNode:
		for i, c := range n.Content {
			p := path + "[" + strconv.Itoa(i) + "]"
			fn(p, c)
			walkFields(c, p, fn)
		}
	}
}

// TestQuotesAreTheSources: every quote of a note is the source document's
// own words, where the documents are at hand (the project's shared seeds,
// ../../../shared/seeds from here); without them the test has nothing to
// check.
func TestQuotesAreTheSources(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "seeds")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		t.Skip("the source documents are not at hand")
	}
	var all []byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, b...)
	}
	for _, name := range evaluate.PresetNames() {
		for _, n := range evaluate.PresetNotes(name) {
			for _, q := range strings.Split(n.Quote, evaluate.QuoteBreak) {
				if q != "" && !bytes.Contains(all, []byte(q)) {
					t.Errorf("%s %s: %q is not in the source documents", name, n.Path, q)
				}
			}
		}
	}
}

// TestNotesAreComments: rules show's notes are comments and nothing else:
// without its comment lines, the noted text is the canonical rules, in
// both languages; a field a rules file changed loses its note.
func TestNotesAreComments(t *testing.T) {
	comment := regexp.MustCompile(`(?m)^ *#.*\n`)
	for _, name := range evaluate.PresetNames() {
		r, _ := evaluate.Preset(name)
		r.Base = name
		plain, err := RulesYAML(r)
		if err != nil {
			t.Fatal(err)
		}
		for _, lang := range msg.Langs {
			noted, err := RulesYAMLNoted(r, lang)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(comment.ReplaceAll(noted, nil), plain) {
				t.Errorf("%s (%v): the noted rules are not the rules once the comments are left out", name, lang)
			}
			if bytes.Count(noted, []byte("\n#"))+bytes.Count(noted, []byte("# ")) == 0 {
				t.Errorf("%s: no notes", name)
			}
		}
	}
	r, _ := evaluate.Preset("chibi")
	r.Base = "chibi"
	r.MinRatings = 20
	notes, err := Provenance(r)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range notes {
		if n.Path == "min_ratings" {
			t.Error("min_ratings changed by the office keeps the preset's note")
		}
	}
	if len(notes) < 10 {
		t.Errorf("%d notes hold; the others were dropped with min_ratings", len(notes))
	}
}

// TestNotesHoldUntilChanged: a preset's own rules keep every note, also
// those of lists and mappings; changing one value deep in a list drops the
// list's note and no other.
func TestNotesHoldUntilChanged(t *testing.T) {
	for _, name := range evaluate.PresetNames() {
		r, _ := evaluate.Preset(name)
		r.Base = name
		notes, err := Provenance(r)
		if err != nil {
			t.Fatal(err)
		}
		if want := len(evaluate.PresetNotes(name)); len(notes) != want {
			t.Errorf("%s: %d of its %d notes hold on its own rules", name, len(notes), want)
		}
	}
	r, _ := evaluate.Preset("chibi")
	r.Base = "chibi"
	r.Groups[1].Weight += 0.01
	r.Groups[2].Weight -= 0.01
	notes, err := Provenance(r)
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, n := range notes {
		paths = append(paths, n.Path)
	}
	all := evaluate.PresetNotes("chibi")
	if slices.Contains(paths, "groups") || len(paths) != len(all)-1 {
		t.Errorf("with a group's weight changed, the notes of %v hold, of %d", paths, len(all))
	}
}
