// Package layers keeps the house standing: data flows ingest -> evaluate ->
// report, wired by cmd/evalctl, and each package imports only what its layer
// may.
package layers

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/evalctl/evalctl/"

const (
	excelize    = "github.com/xuri/excelize/v2"
	cobra       = "github.com/spf13/cobra"
	tablewriter = "github.com/olekukonko/tablewriter"
	yaml        = "gopkg.in/yaml.v3"
)

// forbidden lists, per package directory, the import paths (and their
// subpackages) it must not use in non-test files. evaluate does no I/O at all.
var forbidden = map[string][]string{
	"evaluate":          {excelize, cobra, tablewriter, yaml, "os", "io", "net"},
	"ingest":            {cobra, tablewriter},
	"report":            {cobra},
	"internal/msg":      {excelize, cobra, tablewriter, yaml},
	"internal/contract": {excelize, cobra, tablewriter, yaml, "os", "io", "net"},
	// The sheet reader replaces excelize's reading; only its tests compare
	// with excelize.
	"ingest/xlsx": {excelize, cobra, tablewriter, yaml},
	// The stroke table orders names; it does no I/O.
	"internal/strokes": {excelize, cobra, tablewriter, yaml, "os", "io", "net"},
}

// allowed lists, per package directory, the packages of this module it may
// import: the message catalogue below everything, the output contract below
// the adapters, which meet only through evaluate and the contract.
var allowed = map[string][]string{
	"internal/msg":      {},
	"evaluate":          {"internal/msg"},
	"internal/contract": {"evaluate", "internal/msg"},
	"ingest":            {"evaluate", "internal/msg", "internal/contract", "ingest/xlsx"},
	"report":            {"evaluate", "internal/msg", "internal/contract", "internal/strokes"},
	"ingest/xlsx":       {}, // a leaf
	"internal/strokes":  {}, // a leaf
}

func imports(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	files, err := filepath.Glob(filepath.Join("..", "..", dir, "*.go"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no Go files in %s: %v", dir, err)
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		parsed, err := parser.ParseFile(token.NewFileSet(), f, src, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range parsed.Imports {
			out[strings.Trim(imp.Path.Value, `"`)] = filepath.Base(f)
		}
	}
	return out
}

func TestLayers(t *testing.T) {
	for dir, bad := range forbidden {
		for path, file := range imports(t, dir) {
			for _, b := range bad {
				if path == b || strings.HasPrefix(path, b+"/") {
					t.Errorf("%s/%s imports %s, which its layer must not", dir, file, path)
				}
			}
			if own, ok := strings.CutPrefix(path, module); ok && !slices.Contains(allowed[dir], own) {
				t.Errorf("%s/%s imports %s; its layer may import only %v of this module", dir, file, own, allowed[dir])
			}
		}
	}
}

func TestOnlyCmdUsesCobra(t *testing.T) {
	if _, ok := imports(t, "cmd/evalctl")[cobra]; !ok {
		t.Error("cmd/evalctl does not import cobra; the test would pass for the wrong reason")
	}
}
