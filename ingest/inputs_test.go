package ingest

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/evalctl/evalctl/evaluate"
)

// TestOpenInputsFailuresDoNotPanic: every way of failing to open a round
// returns an error of the right kind, closing whatever was opened.
func TestOpenInputsFailuresDoNotPanic(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "notes.xlsx")
	if err := os.WriteFile(text, []byte("票号,代表类别\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	csvRound := filepath.Join(dir, "round.csv")
	if err := os.WriteFile(csvRound, []byte("编号\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	empty := t.TempDir()
	sample := filepath.Join("..", "testdata", "chibi", "round.xlsx")
	tests := []struct {
		name    string
		round   string
		ballots []string
		is      func(error) bool
	}{
		{"missing round", filepath.Join(dir, "nope.xlsx"), nil, func(e error) bool { return errors.Is(e, fs.ErrNotExist) }},
		{"not a workbook", text, nil, func(e error) bool { return errors.Is(e, evaluate.ErrInvalidData) }},
		{"a CSV as the round", csvRound, nil, func(e error) bool { return errors.Is(e, evaluate.ErrInvalidData) }},
		{"folder without roster", empty, nil, func(e error) bool { return errors.Is(e, evaluate.ErrInvalidData) }},
		{"missing ballots file", sample, []string{filepath.Join(dir, "nope.csv")}, func(e error) bool { return errors.Is(e, fs.ErrNotExist) }},
		{"a file named twice", sample, []string{sample}, ErrUsage},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in, err := OpenInputs(tc.round, tc.ballots, Options{})
			if err == nil || in != nil {
				t.Fatalf("OpenInputs = %v, %v; want an error", in, err)
			}
			if !tc.is(err) {
				t.Errorf("error %v is not of the expected kind", err)
			}
		})
	}
}
