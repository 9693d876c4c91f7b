package ingest

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/evalctl/evalctl/internal/sample"
)

// TestReadAhead: rows decoded ahead reach the caller as rows read in turn
// do: every row, over many batches, with the estimate of the sheet's rows
// given once; a sheet that fails part-way, up to the same row and with the
// same error; and a caller that stops early stops the reading goroutine.
func TestReadAhead(t *testing.T) {
	rows := [][]any{{"票号", "代表类别", "T001", "T002"}}
	for i := range 3000 {
		rows = append(rows, []any{fmt.Sprintf("P%04d", i), "党代表", "满意", strings.Repeat("基本满意", i%3)})
	}
	big := writeBook(t, "big.xlsx", sample.Sheet{Name: "选票", Rows: rows})
	broken := filepath.Join("..", "testdata", "malformed", "amp-in-ballots.xlsx")
	walk := func(path string, ahead bool, stopAt int) (got []string, hints []int, err error) {
		w := openBook(t, path)
		w.ahead = ahead
		w.rowsHint = func(n int) { hints = append(hints, n) }
		err = w.eachRow("选票", func(row int, cells []string) error {
			got = append(got, fmt.Sprint(row, cells))
			if row == stopAt {
				return errStop
			}
			return nil
		})
		return got, hints, err
	}
	for _, tc := range []struct {
		path   string
		stopAt int
	}{{big, 0}, {big, 5}, {big, 2000}, {broken, 0}} {
		want, wantHints, wantErr := walk(tc.path, false, tc.stopAt)
		got, hints, err := walk(tc.path, true, tc.stopAt)
		if fmt.Sprint(err) != fmt.Sprint(wantErr) {
			t.Errorf("%s, stop at %d: error %v, want %v", filepath.Base(tc.path), tc.stopAt, err, wantErr)
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s, stop at %d: %d rows read ahead, %d in turn, or other rows", filepath.Base(tc.path), tc.stopAt, len(got), len(want))
		}
		if fmt.Sprint(hints) != fmt.Sprint(wantHints) {
			t.Errorf("%s, stop at %d: estimates %v, want %v", filepath.Base(tc.path), tc.stopAt, hints, wantHints)
		}
	}
	if _, _, err := walk(broken, false, 0); err == nil || !strings.Contains(err.Error(), "选票") {
		t.Errorf("the broken sheet reads without a located error: %v", err)
	}
	// Closed early, the reading goroutine has ended when Close returns.
	w := openBook(t, big)
	sh, err := w.book.OpenSheet("选票")
	if err != nil {
		t.Fatal(err)
	}
	defer sh.Close()
	a := readAhead(sh)
	for range 5 {
		if !a.Next(nil) {
			t.Fatal("the sheet ended early")
		}
	}
	a.Close()
	select {
	case _, open := <-a.full:
		if open {
			t.Error("a batch came after Close")
		}
	default:
		t.Error("the reading goroutine still runs after Close")
	}
}
