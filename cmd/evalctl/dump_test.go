package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/evalctl/evalctl/internal/xlsxdump"

	"github.com/xuri/excelize/v2"
)

// TestDumpFastAsExcelize: the dump of the golden files read with
// ingest/xlsx (xlsxdump.Fast) is the dump excelize gives, number formats
// applied, on a workbook of awkward values in every format the fast path
// formats; the golden dumps hold it on the workbooks evalctl writes. (Here
// rather than in a test binary of xlsxdump's own, whose linking would cost
// more than the test.)
func TestDumpFastAsExcelize(t *testing.T) {
	t.Parallel()
	f := excelize.NewFile()
	defer f.Close()
	numbers := []string{"0", "1", "-1", "0.5", "-1.5", "0.125", "2.675", "-0.005", "99.995", "0.1234567890123",
		"123456789012", "1234567890123456789", "12345678901234567", "100000000000000000000", "1E-7", "3.14159265358979",
		"0.30000000000000004", "-123456.789", "76.92307692307692", "1.005", "4.35", "0.045"}
	code := "0.000;[Red]-0.000"
	styles := []*excelize.Style{{NumFmt: 1}, {NumFmt: 2}, {NumFmt: 3}, {NumFmt: 4}, {NumFmt: 9}, {NumFmt: 10},
		{NumFmt: 11}, {NumFmt: 37}, {NumFmt: 49}, {CustomNumFmt: &code}, {Font: &excelize.Font{Bold: true}}}
	ids := []int{0}
	for _, s := range styles {
		id, err := f.NewStyle(s)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	sheet := "Sheet1"
	for c, id := range ids {
		for r, v := range numbers {
			cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
			if err := f.SetCellDefault(sheet, cell, v); err != nil {
				t.Fatal(err)
			}
			if err := f.SetCellStyle(sheet, cell, cell, id); err != nil {
				t.Fatal(err)
			}
		}
		if styles := append([]*excelize.Style{nil}, styles...); styles[c] == nil || styles[c].CustomNumFmt == nil { // a custom format may show text otherwise
			cell, _ := excelize.CoordinatesToCellName(c+1, len(numbers)+1)
			f.SetCellStr(sheet, cell, "文本 _x0041_ & <b>")
			f.SetCellStyle(sheet, cell, cell, id)
		}
	}
	f.NewSheet("其他")
	f.SetCellBool("其他", "A1", true)
	f.SetCellBool("其他", "B1", false)
	f.SetCellStr("其他", "C3", "line\nbreak")
	f.SetCellFormula("其他", "D4", `"a"&"b"`)
	path := filepath.Join(t.TempDir(), "awkward.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	want, err := xlsxdump.Excelize(path)
	if err != nil {
		t.Fatal(err)
	}
	got, ok := xlsxdump.Fast(path)
	if !ok {
		t.Fatal("the fast path gave up on the workbook")
	}
	if got != want {
		g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
		for i := range min(len(g), len(w)) {
			if g[i] != w[i] {
				t.Errorf("line %d: %q, excelize %q", i+1, g[i], w[i])
			}
		}
		if len(g) != len(w) {
			t.Errorf("%d lines, excelize %d", len(g), len(w))
		}
	}
	if !strings.Contains(want, "Sheet1!B1\t0\n") || !strings.Contains(want, "Sheet1!G2\t100.00%\n") {
		t.Errorf("the dump does not apply the formats:\n%s", want)
	}
}
