package main

import (
	"os"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/evalctl/evalctl/evaluate"
)

// The README shows the yearly script that testdata/script/yearly.txtar
// runs; they must stay the same text.
func TestReadmeYearlyScript(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(readme), "### A yearly round as a script")
	if !ok {
		t.Fatal("README has no section “A yearly round as a script”")
	}
	_, block, ok := strings.Cut(section, "```sh\n")
	block, _, closed := strings.Cut(block, "```")
	if !ok || !closed {
		t.Fatal("the section has no sh block")
	}
	archive, err := txtar.ParseFile("testdata/script/yearly.txtar")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range archive.Files {
		if f.Name == "yearly.sh" {
			if string(f.Data) != block {
				t.Errorf("README's yearly script and testdata/script/yearly.txtar's yearly.sh differ:\nREADME:\n%s\ntxtar:\n%s", block, f.Data)
			}
			return
		}
	}
	t.Error("yearly.txtar has no yearly.sh")
}

// The README's table of warnings names every warning code.
func TestReadmeWarnings(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(readme), "### Warnings")
	if !ok {
		t.Fatal("README has no section “Warnings”")
	}
	for _, c := range evaluate.WarningCodes {
		if !strings.Contains(section, "| `"+string(c)+"` |") {
			t.Errorf("README's table of warnings lacks %s", c)
		}
	}
}
