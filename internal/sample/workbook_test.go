package sample

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/evalctl/evalctl/internal/xlsxdump"
	"github.com/xuri/excelize/v2"
)

// renderRows gives the cell texts a reader sees for rows: numbers in their
// shortest form, absent cells as "", trailing absent cells dropped.
func renderRows(t *testing.T, rows [][]any) [][]string {
	t.Helper()
	out := make([][]string, len(rows))
	for i, row := range rows {
		cells := make([]string, len(row))
		for j, v := range row {
			switch v := v.(type) {
			case nil:
			case string:
				cells[j] = v
			case float64:
				cells[j] = strconv.FormatFloat(v, 'f', -1, 64)
			case int:
				cells[j] = strconv.Itoa(v)
			default:
				t.Fatalf("row %d cell %d: unexpected %T", i+1, j+1, v)
			}
		}
		for len(cells) > 0 && cells[len(cells)-1] == "" {
			cells = cells[:len(cells)-1]
		}
		out[i] = cells
	}
	return out
}

// readWorkbook opens path and returns its sheet names and raw cell texts.
func readWorkbook(t *testing.T, path string) ([]string, map[string][][]string) {
	t.Helper()
	names, sheets, _ := readBook(t, path)
	return names, sheets
}

// compareSheets reports every difference between want and the workbook.
func compareSheets(t *testing.T, want []Sheet, gotNames []string, got map[string][][]string) {
	t.Helper()
	var wantNames []string
	for _, s := range want {
		wantNames = append(wantNames, s.Name)
	}
	if !slices.Equal(gotNames, wantNames) {
		t.Fatalf("sheets = %q, want %q", gotNames, wantNames)
	}
	for _, s := range want {
		rows := renderRows(t, s.Rows)
		if len(got[s.Name]) != len(rows) {
			t.Errorf("%s: %d rows, want %d", s.Name, len(got[s.Name]), len(rows))
			continue
		}
		bad := 0
		for i := range rows {
			if !slices.Equal(got[s.Name][i], rows[i]) {
				if bad++; bad <= 3 {
					t.Errorf("%s row %d:\n got %q\nwant %q", s.Name, i+1, got[s.Name][i], rows[i])
				}
			}
		}
		if bad > 3 {
			t.Errorf("%s: %d rows differ in all", s.Name, bad)
		}
	}
}

func TestWriteWorkbookRoundTrip(t *testing.T) {
	sheets := []Sheet{
		{Name: "名册", Rows: [][]any{
			{"编号", "姓名", "单位"},
			{"T001", "张伟", "市财政局"},
			{"T002", nil, "市市场监督管理局"}, // gap in the middle of a row
		}},
		{Name: "测试成绩", Rows: [][]any{
			{"编号", "成绩"},
			{"T001", 88.5},
			{"T002", 72},
			{"T003", 0.1},
			{},                 // empty row
			{"T005", 60.0, ""}, // trailing blank
		}},
	}
	path := filepath.Join(t.TempDir(), "round.xlsx")
	if err := WriteWorkbook(path, sheets); err != nil {
		t.Fatal(err)
	}
	names, got := readWorkbook(t, path)
	compareSheets(t, sheets, names, got)

	// Numbers must be stored as numbers and text as shared strings, since
	// readers treat the two differently.
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, tc := range []struct {
		sheet, cell string
		want        excelize.CellType
	}{
		{"名册", "B2", excelize.CellTypeSharedString},
		{"测试成绩", "A2", excelize.CellTypeSharedString},
		{"测试成绩", "B2", excelize.CellTypeUnset}, // a plain number has no t attribute
		{"测试成绩", "B3", excelize.CellTypeUnset},
		{"名册", "B3", excelize.CellTypeUnset}, // absent
	} {
		typ, err := f.GetCellType(tc.sheet, tc.cell)
		if err != nil {
			t.Fatal(err)
		}
		if typ != tc.want {
			t.Errorf("%s!%s type = %v, want %v", tc.sheet, tc.cell, typ, tc.want)
		}
	}
	if v, _ := f.GetCellValue("名册", "B3"); v != "" {
		t.Errorf("名册!B3 = %q, want absent", v)
	}
	if v, _ := f.GetCellValue("测试成绩", "B2", excelize.Options{RawCellValue: true}); v != "88.5" {
		t.Errorf("测试成绩!B2 = %q, want 88.5", v)
	}
}

func TestWriteWorkbookDeterministic(t *testing.T) {
	sheets := []Sheet{{Name: "选票", Rows: [][]any{{"票号", "代表类别", "T001"}, {"P0001", "党代表", "满意"}}}}
	dir := t.TempDir()
	var files [2][]byte
	for i := range files {
		path := filepath.Join(dir, strconv.Itoa(i)+".xlsx")
		if err := WriteWorkbook(path, sheets); err != nil {
			t.Fatal(err)
		}
		var err error
		if files[i], err = os.ReadFile(path); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(files[0], files[1]) {
		t.Error("two writes of the same sheets differ; excelize may have started writing timestamps")
	}
}

func TestWriteWorkbookReplaces(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "round.xlsx")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	sheets := []Sheet{{Name: "名册", Rows: [][]any{{"编号"}, {"T001"}}}}
	if err := WriteWorkbook(path, sheets); err != nil {
		t.Fatal(err)
	}
	names, got := readWorkbook(t, path)
	compareSheets(t, sheets, names, got)
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 {
		t.Errorf("directory holds %d entries, want only round.xlsx (temp file left?)", len(entries))
	}
}

func TestWriteWorkbookErrors(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name   string
		path   string
		sheets []Sheet
		want   string
	}{
		{"no sheets", "a.xlsx", nil, "no sheets"},
		{"duplicate sheet", "b.xlsx", []Sheet{{Name: "名册"}, {Name: "名册"}}, "duplicate sheet"},
		{"bad cell type", "c.xlsx", []Sheet{{Name: "名册", Rows: [][]any{{true}}}}, "unsupported cell type bool"},
		{"bad sheet name", "d.xlsx", []Sheet{{Name: "名册"}, {Name: "a:b"}}, `sheet "a:b"`},
		{"missing directory", filepath.Join("nope", "e.xlsx"), []Sheet{{Name: "名册"}}, "write workbook"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, tc.path)
			err := WriteWorkbook(path, tc.sheets)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want one containing %q", err, tc.want)
			}
			if _, err := os.Stat(path); !os.IsNotExist(err) {
				t.Errorf("%s exists after a failed write", path)
			}
		})
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("failed writes left %d files behind", len(entries))
	}
}

// readBook reads every sheet of a workbook with the strict reader, as ingest
// does (whose differential tests hold it to excelize's reading): the sheet
// names, each sheet's rows as strings, and each sheet's merged ranges.
func readBook(t *testing.T, path string) ([]string, map[string][][]string, map[string][]string) {
	t.Helper()
	book, err := xlsxdump.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	return book.Names, book.Rows, book.Merges
}
