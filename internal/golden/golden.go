// Package golden holds test output to reviewed golden files. Every test
// package imports it, so that one flag rewrites every golden file of the
// module:
//
//	go test ./... -update
//
// and git diff shows what changed, for review. The figures a review checks
// are asserted by hand-worked tests beside each golden file, so a rewritten
// golden file cannot quietly carry a wrong number.
package golden

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files (review the change with git diff)")

// Updating reports whether the golden files are being rewritten.
func Updating() bool { return *update }

// Check compares got with the golden file at path, or under -update writes
// it there first.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test ./... -update writes it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; if the change is meant, run go test ./... -update and review it with git diff", path)
	}
}
