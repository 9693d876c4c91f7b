package ingest

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/evalctl/evalctl/internal/contract"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/sample"
)

// chibiWorkbook is the shipped sample round.
var chibiWorkbook = filepath.Join("..", "testdata", "chibi", "round.xlsx")

// rosterHeader is the 名册 header of the sample round, in its order.
var rosterHeader = []any{"编号", "姓名", "单位", "股室", "类别", "分管领导", "主要领导"}

// writeBook writes sheets to name in a fresh temporary directory and returns
// its path.
func writeBook(t *testing.T, name string, sheets ...sample.Sheet) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := sample.WriteWorkbook(path, sheets); err != nil {
		t.Fatal(err)
	}
	return path
}

// openBook opens path and closes it when the test ends.
func openBook(t *testing.T, path string) *Workbook {
	t.Helper()
	w, err := Open(path)
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	t.Cleanup(func() {
		if err := w.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return w
}

// errorLines splits a (possibly joined) error into its lines.
func errorLines(err error) []string {
	if err == nil {
		return nil
	}
	return strings.Split(err.Error(), "\n")
}

// located is an expected data error: the line starts with "file: ref: " (or
// "file: " when ref is empty) and contains fragment.
type located struct {
	ref, fragment string
}

// checkDataErrors fails unless err is a data error whose lines are exactly
// the wanted ones, in order.
func checkDataErrors(t *testing.T, path string, err error, want []located) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want %d", len(want))
	}
	if !errors.Is(err, evaluate.ErrInvalidData) {
		t.Errorf("errors.Is(%v, ErrInvalidData) = false", err)
	}
	lines := errorLines(err)
	if len(lines) != len(want) {
		t.Fatalf("got %d errors, want %d:\n%v", len(lines), len(want), err)
	}
	for i, w := range want {
		prefix := path + ": "
		if w.ref != "" {
			prefix += w.ref + ": "
		}
		if !strings.HasPrefix(lines[i], prefix) || !strings.Contains(lines[i], w.fragment) {
			t.Errorf("error %d = %q, want prefix %q and %q", i, lines[i], prefix, w.fragment)
		}
	}
}

// roster returns a 名册 sheet with the sample header over rows.
func rosterSheet(rows ...[]any) sample.Sheet {
	return sample.Sheet{Name: "名册", Rows: append([][]any{rosterHeader}, rows...)}
}

// person is a roster row of the sample layout.
func person(id, name, unit, section, category, supervisor, principal string) []any {
	return []any{id, name, unit, section, category, supervisor, principal}
}

// readTests reads the 测试成绩 sheet of a workbook.
func readTests(w *Workbook) (map[string]float64, error) {
	sheet, err := w.requireSheet(contract.SheetTests)
	if err != nil {
		return nil, err
	}
	scores, _, err := w.testsFrom(sheet)
	return scores, err
}

// readComplaints reads the 投诉台账 sheet of a workbook, with the rules'
// handling statuses; none without one.
func readComplaints(w *Workbook, rules *evaluate.Rules) ([]evaluate.Complaint, error) {
	sheet := w.sheet(contract.SheetComplaints)
	if sheet == "" {
		return nil, nil
	}
	return w.complaintsFrom(sheet, rules)
}
