package main

import (
	"os"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/evalctl/evalctl/evaluate"
)

// The README shows scripts that testdata/script runs; each must stay the
// same text as the script file of its txtar archive.
func TestReadmeScripts(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ section, archive, file string }{
		{"### A yearly round as a script", "testdata/script/yearly.txtar", "yearly.sh"},
		{"### Two keyings as a script", "testdata/script/reconcile.txtar", "keyings.sh"},
	} {
		_, section, ok := strings.Cut(string(readme), tc.section)
		if !ok {
			t.Errorf("README has no section %q", tc.section)
			continue
		}
		_, block, ok := strings.Cut(section, "```sh\n")
		block, _, closed := strings.Cut(block, "```")
		if !ok || !closed {
			t.Errorf("%s: the section has no sh block", tc.section)
			continue
		}
		archive, err := txtar.ParseFile(tc.archive)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, f := range archive.Files {
			if f.Name == tc.file {
				found = true
				if string(f.Data) != block {
					t.Errorf("README's %s and %s's %s differ:\nREADME:\n%s\ntxtar:\n%s", tc.section, tc.archive, tc.file, block, f.Data)
				}
			}
		}
		if !found {
			t.Errorf("%s has no %s", tc.archive, tc.file)
		}
	}
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
