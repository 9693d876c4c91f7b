package report

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/msg"
)

func templateTargets() []evaluate.Target {
	return []evaluate.Target{
		{ID: "T001", Name: "张三", Unit: "财政局", Section: "预算股", Category: "综合管理类", Where: "r.xlsx: 名册!A2"},
		{ID: "T002", Name: "李四", Unit: "税务局", Section: "征管股", Category: "综合管理类", Where: "r.xlsx: 名册!A3"},
		{ID: "T003", Name: "王五", Unit: "城管局", Section: "执法股", Category: "公共服务和行政执法类", Where: "r.xlsx: 名册!A4"},
	}
}

func twoDimensions() *evaluate.Rules {
	r := evaluate.Chibi()
	r.Dimensions = []evaluate.Dimension{{Name: "服务态度", Weight: 1}, {Name: "工作效率", Weight: 1}}
	return r
}

// writeTemplate writes a template of the three targets and opens it.
func writeTemplate(t *testing.T, rules *evaluate.Rules, opts TemplateOptions) (*excelize.File, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "录入.xlsx")
	if err := WriteTemplate(path, rules, templateTargets(), opts); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f, path
}

func cellText(t *testing.T, f *excelize.File, sheet, cell string) string {
	t.Helper()
	v, err := f.GetCellValue(sheet, cell)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// validations returns the sheet's data validations by range.
func validations(t *testing.T, f *excelize.File, sheet string) map[string]*excelize.DataValidation {
	t.Helper()
	dvs, err := f.GetDataValidations(sheet)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]*excelize.DataValidation{}
	for _, dv := range dvs {
		out[dv.Sqref] = dv
	}
	return out
}

func wantList(t *testing.T, dvs map[string]*excelize.DataValidation, sqref string, values ...string) {
	t.Helper()
	dv, ok := dvs[sqref]
	if !ok {
		t.Fatalf("no validation over %s; have %v", sqref, keys(dvs))
	}
	want := `"` + strings.Join(values, ",") + `"`
	if dv.Type != "list" || dv.Formula1 != want || !dv.AllowBlank || !dv.ShowErrorMessage || dv.ShowDropDown {
		t.Errorf("validation %s: type %q formula %q blank %v error %v hidden dropdown %v, want a list %s allowing blanks with an error alert",
			sqref, dv.Type, dv.Formula1, dv.AllowBlank, dv.ShowErrorMessage, dv.ShowDropDown, want)
	}
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// locked reports whether a cell is locked under sheet protection; a cell
// without protection settings is, as in Excel.
func locked(t *testing.T, f *excelize.File, sheet, cell string) bool {
	t.Helper()
	id, err := f.GetCellStyle(sheet, cell)
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	return st.Protection == nil || st.Protection.Locked
}

// sheetXML returns the raw XML of the n-th worksheet part.
func sheetXML(t *testing.T, path string, n int) string {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	r, err := zr.Open(fmt.Sprintf("xl/worksheets/sheet%d.xml", n))
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	data, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestTemplateBallotsSheet(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		lang                         msg.Lang
		sheets                       []string
		ballot, group                string
		groupErrTitle, ratingErrText string
	}{
		{msg.Chinese, []string{"选票", "说明"}, "票号", "代表类别", "代表类别有误", "请从下拉列表中选择：满意、基本满意、不满意。未评价的留空。"},
		{msg.English, []string{"ballots", "instructions"}, "Ballot", "Group", "Not a group", "Choose from the dropdown: 满意, 基本满意, 不满意. Leave it blank when not rated."},
	} {
		t.Run(string(tc.lang), func(t *testing.T) {
			t.Parallel()
			f, path := writeTemplate(t, evaluate.Chibi(), TemplateOptions{Lang: tc.lang, Rows: 10})
			if got := f.GetSheetList(); !slices.Equal(got, tc.sheets) {
				t.Fatalf("sheets %v, want %v", got, tc.sheets)
			}
			s := tc.sheets[0]
			for cell, want := range map[string]string{"A1": tc.ballot, "B1": tc.group, "C1": "T001\n张三", "D1": "T002\n李四", "E1": "T003\n王五", "F1": "", "A2": ""} {
				if got := cellText(t, f, s, cell); got != want {
					t.Errorf("%s = %q, want %q", cell, got, want)
				}
			}
			panes, err := f.GetPanes(s)
			if err != nil {
				t.Fatal(err)
			}
			if !panes.Freeze || panes.YSplit != 1 || panes.XSplit != 2 || panes.TopLeftCell != "C2" {
				t.Errorf("panes %+v, want frozen above row 2 and left of column C", panes)
			}
			dvs := validations(t, f, s)
			if len(dvs) != 2 {
				t.Errorf("validations over %v, want two: the group column and the ratings", keys(dvs))
			}
			wantList(t, dvs, "B2:B11", "党代表", "人大代表", "政协委员", "企业代表", "社会人士")
			wantList(t, dvs, "C2:E11", "满意", "基本满意", "不满意")
			if dv := dvs["B2:B11"]; dv.ErrorTitle == nil || *dv.ErrorTitle != tc.groupErrTitle {
				t.Errorf("group validation's error title %v, want %q", dv.ErrorTitle, tc.groupErrTitle)
			}
			if dv := dvs["C2:E11"]; dv.Error == nil || *dv.Error != tc.ratingErrText {
				t.Errorf("rating validation's error %v, want %q", dv.Error, tc.ratingErrText)
			}

			for _, cell := range []string{"A1", "B1", "C1", "E1", "F1", "A12", "C12"} {
				if !locked(t, f, s, cell) {
					t.Errorf("%s is unlocked; only the data rows 2–11 may be", cell)
				}
			}
			for _, cell := range []string{"A2", "B2", "C2", "E11", "A11"} {
				if locked(t, f, s, cell) {
					t.Errorf("%s is locked; the clerks must be able to key it in", cell)
				}
			}
			if id, _ := f.GetCellStyle(s, "A5"); id == 0 {
				t.Error("票号 cell A5 has no style")
			} else if st, _ := f.GetStyle(id); st.NumFmt != 49 {
				t.Errorf("票号 cells have number format %d, want 49 (text), so 0001 keeps its zeros", st.NumFmt)
			}
			if id, _ := f.GetCellStyle(s, "C1"); id == 0 {
				t.Error("header C1 has no style")
			} else if st, _ := f.GetStyle(id); st.Alignment == nil || !st.Alignment.WrapText {
				t.Error("header C1 does not wrap, so 姓名 under 编号 is hidden")
			}
			prot, err := f.GetSheetProtection(s)
			if err != nil {
				t.Fatal(err)
			}
			// Without a <sheetProtection> element every permission reads false.
			if !prot.SelectUnlockedCells || !prot.Sort || prot.InsertColumns || prot.DeleteColumns || prot.FormatCells {
				t.Errorf("sheet protection %+v: want protected, data selectable and sortable, columns fixed", prot)
			}
			if x := sheetXML(t, path, 1); !strings.Contains(x, `sheet="true"`) || strings.Contains(x, "password=") || strings.Contains(x, "hashValue=") {
				t.Errorf("want a protected sheet without a password: %s", x[strings.Index(x, "<sheetProtection"):][:200])
			}
		})
	}
}

func TestTemplatePerGroup(t *testing.T) {
	t.Parallel()
	rules := evaluate.Chibi()
	f, _ := writeTemplate(t, rules, TemplateOptions{Lang: msg.Chinese, PerGroup: true, Rows: 5})
	want := []string{"选票-党代表", "选票-人大代表", "选票-政协委员", "选票-企业代表", "选票-社会人士", "说明"}
	if got := f.GetSheetList(); !slices.Equal(got, want) {
		t.Fatalf("sheets %v, want %v", got, want)
	}
	for _, s := range want[:5] {
		row, err := f.GetRows(s)
		if err != nil || len(row) == 0 {
			t.Fatalf("%s: rows %v, %v", s, row, err)
		}
		if got := row[0]; !slices.Equal(got, []string{"票号", "T001\n张三", "T002\n李四", "T003\n王五"}) {
			t.Errorf("%s header %q: want 票号 then the targets, no 代表类别", s, got)
		}
		dvs := validations(t, f, s)
		if len(dvs) != 1 {
			t.Errorf("%s: validations over %v, want only the ratings B2:D6", s, keys(dvs))
		}
		wantList(t, dvs, "B2:D6", "满意", "基本满意", "不满意")
		if panes, _ := f.GetPanes(s); panes.XSplit != 1 || panes.TopLeftCell != "B2" {
			t.Errorf("%s: panes %+v, want frozen left of column B", s, panes)
		}
		if !locked(t, f, s, "B1") || locked(t, f, s, "B2") || locked(t, f, s, "D6") || !locked(t, f, s, "D7") {
			t.Errorf("%s: want the header and the rows past 6 locked, rows 2–6 unlocked", s)
		}
	}
}

func TestTemplateDimensions(t *testing.T) {
	t.Parallel()
	f, _ := writeTemplate(t, twoDimensions(), TemplateOptions{Lang: msg.Chinese, Rows: 10})
	merges, err := f.GetMergeCells("选票")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, m := range merges {
		got[m.GetStartAxis()+":"+m.GetEndAxis()] = m.GetCellValue()
	}
	want := map[string]string{"A1:A2": "票号", "B1:B2": "代表类别", "C1:D1": "T001\n张三", "E1:F1": "T002\n李四", "G1:H1": "T003\n王五"}
	if !equalMaps(got, want) {
		t.Errorf("merged cells %v, want %v", got, want)
	}
	rows, _ := f.GetRows("选票")
	if len(rows) < 2 || !slices.Equal(rows[1][2:], []string{"服务态度", "工作效率", "服务态度", "工作效率", "服务态度", "工作效率"}) {
		t.Errorf("row 2 = %q, want the dimensions under each target", rows[1])
	}
	dvs := validations(t, f, "选票")
	wantList(t, dvs, "B3:B12", "党代表", "人大代表", "政协委员", "企业代表", "社会人士")
	wantList(t, dvs, "C3:H12", "满意", "基本满意", "不满意")
	if panes, _ := f.GetPanes("选票"); panes.YSplit != 2 || panes.TopLeftCell != "C3" {
		t.Errorf("panes %+v, want both header rows frozen", panes)
	}
	if !locked(t, f, "选票", "D2") || locked(t, f, "选票", "D3") {
		t.Error("want the dimension row locked and the first data row unlocked")
	}
}

func equalMaps(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

func TestTemplateRefuses(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	dup := append(templateTargets(), evaluate.Target{ID: "T002", Name: "赵六", Where: "r.xlsx: 名册!A5"})
	err := WriteTemplate(filepath.Join(dir, "a.xlsx"), evaluate.Chibi(), dup, TemplateOptions{Rows: 10})
	if !errors.Is(err, evaluate.ErrInvalidData) || !strings.Contains(err.Error(), "T002 is listed twice (first at r.xlsx: 名册!A3)") {
		t.Errorf("duplicate ID: %v", err)
	}
	rules := evaluate.Chibi()
	rules.Groups[0].Name = "企业/个体"
	err = WriteTemplate(filepath.Join(dir, "b.xlsx"), rules, templateTargets(), TemplateOptions{Lang: msg.Chinese, PerGroup: true, Rows: 10})
	if !errors.Is(err, evaluate.ErrRules) || !strings.Contains(err.Error(), `"选票-企业/个体"`) {
		t.Errorf("a group that cannot name a sheet: %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("refused templates left files behind: %v", entries)
	}
}

func TestTemplateDeterministic(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	var first []byte
	for i := range 5 {
		path := filepath.Join(dir, fmt.Sprint(i, ".xlsx"))
		if err := WriteTemplate(path, twoDimensions(), templateTargets(), TemplateOptions{PerGroup: true, Rows: 50}); err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = data
		} else if !bytes.Equal(data, first) {
			t.Fatalf("write %d differs from the first", i+1)
		}
	}
}

// TestTemplateMemoryFlatInRoster holds what a template allocates to its rows
// and its header, not their product: a roster ten times larger (300 targets,
// five per-group sheets of 1,200 rows) must not cost ten times the memory.
// Rows made after a header of hundreds of cells took room for as many cells
// each, some 400 MB here. Not parallel: it reads the process's allocations.
func TestTemplateMemoryFlatInRoster(t *testing.T) {
	allocated := func(n int) uint64 {
		targets := make([]evaluate.Target, n)
		for i := range targets {
			targets[i] = evaluate.Target{ID: fmt.Sprintf("T%03d", i+1), Name: fmt.Sprintf("对象%d", i+1), Unit: "财政局"}
		}
		path := filepath.Join(t.TempDir(), "录入.xlsx")
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		if err := WriteTemplate(path, evaluate.Chibi(), targets, TemplateOptions{Lang: msg.Chinese, PerGroup: true, Rows: DefaultTemplateRows}); err != nil {
			t.Fatal(err)
		}
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc
	}
	small, large := allocated(30), allocated(300)
	if large > 2*small {
		t.Errorf("a template of 300 targets allocated %d MB, one of 30 %d MB: want at most twice as much", large>>20, small>>20)
	}
}
