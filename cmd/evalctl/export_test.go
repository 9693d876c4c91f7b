package main

import (
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/sample"

	"github.com/evalctl/evalctl/internal/xlsxdump"
)

// sheetRecords reads a sheet as records keyed by its header row, stopping at
// the first blank row (below which an export writes its note).
func sheetRecords(t *testing.T, f xlsxdump.Book, sheet string) []map[string]string {
	t.Helper()
	rows, ok := f.Rows[sheet]
	if !ok && !slices.Contains(f.Names, sheet) {
		t.Fatalf("no sheet %s", sheet)
	}
	if len(rows) == 0 {
		t.Fatalf("sheet %s is empty", sheet)
	}
	var out []map[string]string
	for _, row := range rows[1:] {
		if len(row) == 0 {
			break
		}
		rec := map[string]string{}
		for i, h := range rows[0] {
			if i < len(row) {
				rec[h] = row[i]
			}
		}
		out = append(out, rec)
	}
	return out
}

// TestExportSampleRound exports the sample round and reads every file back:
// each unit's workbook holds exactly that unit's targets, accountability
// entries and complaints, and no per-group figure rests on fewer than 5
// ratings (nor can be worked back by subtraction). Exporting the results
// workbook gives the same files; a foreign file in the folder is untouched.
func TestExportSampleRound(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	round := copyFile(t, sampleRound, dir)
	results := filepath.Join(dir, "结果.xlsx")
	// The roster, units and accountability to hold the files against.
	truth := scoreResults(t, round, "-o", results)

	out := filepath.Join(dir, "各单位结果")
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	foreign := filepath.Join(out, "说明.docx")
	if err := os.WriteFile(foreign, []byte("the office's own file"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runOn(t, true, "export", round, "-o", out)
	if code != exitOK {
		t.Fatalf("export: exit %d\n%s", code, errOut)
	}
	if !strings.Contains(errOut, "\r导出 30/30\n") || !strings.Contains(errOut, "写入 30 个单位工作簿和 索引.xlsx") {
		t.Errorf("stderr on a terminal lacks the progress or the summary:\n%q", errOut)
	}

	units := map[string][]string{} // unit -> target IDs, from the scored JSON
	for _, tg := range truth.Targets {
		units[tg.Unit] = append(units[tg.Unit], tg.ID)
	}
	index := openWorkbook(t, filepath.Join(out, "索引.xlsx"))
	entries := sheetRecords(t, index, "索引")
	if len(entries) != 30 || len(units) != 30 {
		t.Fatalf("index lists %d units, the round has %d", len(entries), len(units))
	}
	hidden, seen := 0, map[string]bool{}
	for _, e := range entries {
		unit, file := e["单位"], e["文件"]
		if file != unit+"-结果.xlsx" {
			t.Errorf("%s: file %s", unit, file)
		}
		hidden += checkUnitWorkbook(t, filepath.Join(out, file), unit, units[unit], truth)
		for _, id := range units[unit] {
			seen[id] = true
		}
	}
	if len(seen) != 214 {
		t.Errorf("the unit workbooks hold %d targets, want all 214", len(seen))
	}
	// T076 is rated by 20 ballots over five groups: some group gives it
	// fewer than 5 ratings, so the check above had something to check.
	if hidden == 0 {
		t.Error("no per-group figure was suppressed; the sample should need some")
	}

	// The results workbook exports to the same files; running again
	// replaces them and leaves the foreign file alone.
	again := filepath.Join(dir, "again")
	mustRun(t, "export", results, "-o", again)
	mustRun(t, "export", round, "-o", out)
	names := dirNames(t, out)
	if len(names) != 32 || !slices.Contains(names, "说明.docx") {
		t.Errorf("folder holds %d files (%v…), want 30 units, the index and the foreign file", len(names), names[:3])
	}
	if data, _ := os.ReadFile(foreign); string(data) != "the office's own file" {
		t.Error("the foreign file was touched")
	}
	// The same cells: the same text, or the same numbers to Excel's 15
	// significant digits (the results workbook stores scores to 15 digits, so
	// a unit mean worked from it may differ in the last digit, never in what
	// a cell shows).
	for _, name := range dirNames(t, again) {
		a, b := openWorkbook(t, filepath.Join(out, name)), openWorkbook(t, filepath.Join(again, name))
		if !sameBook(a, b) {
			t.Errorf("%s exported from the results workbook differs from the one exported from the round", name)
		}
	}
}

func sameBook(a, b xlsxdump.Book) bool {
	if !slices.Equal(a.Names, b.Names) {
		return false
	}
	for _, name := range a.Names {
		if !slices.EqualFunc(a.Rows[name], b.Rows[name], func(x, y []string) bool {
			return slices.EqualFunc(x, y, sameCell)
		}) || !slices.Equal(a.Merges[name], b.Merges[name]) {
			return false
		}
	}
	return true
}

func sameCell(x, y string) bool {
	if x == y {
		return true
	}
	fx, errx := strconv.ParseFloat(x, 64)
	fy, erry := strconv.ParseFloat(y, 64)
	return errx == nil && erry == nil && math.Abs(fx-fy) <= 1e-13*math.Max(math.Abs(fx), math.Abs(fy))
}

// checkUnitWorkbook reads one unit's workbook back and returns how many
// per-group cells it suppressed.
func checkUnitWorkbook(t *testing.T, path, unit string, ids []string, truth contract.Results) (hidden int) {
	t.Helper()
	f := openWorkbook(t, path)
	var got []string
	for _, r := range sheetRecords(t, f, "本单位结果") {
		got = append(got, r["编号"])
	}
	if !slices.Equal(sorted(got), sorted(ids)) {
		t.Errorf("%s holds targets %v, want exactly the unit's %v", filepath.Base(path), got, ids)
	}
	mine := map[string]bool{}
	for _, id := range ids {
		mine[id] = true
	}
	byTarget := map[string][]map[string]string{}
	for _, r := range sheetRecords(t, f, "分组满意度") {
		if !mine[r["编号"]] {
			t.Errorf("%s: 分组满意度 lists %s of another unit", filepath.Base(path), r["编号"])
		}
		byTarget[r["编号"]] = append(byTarget[r["编号"]], r)
	}
	for id, rows := range byTarget {
		hiddenN, hiddenSum, rated, ratedSum := 0, 0, 0, 0
		for _, r := range rows {
			n, err := strconv.Atoi(r["评价次数"])
			if err != nil {
				t.Fatalf("%s %s: 评价次数 %q", filepath.Base(path), id, r["评价次数"])
			}
			isHidden := r["平均分"] == "—" && r["满意率"] == "—"
			if n > 0 && n < 5 && !isHidden {
				t.Errorf("%s %s %s: mean %q and rate %q shown from %d ratings", filepath.Base(path), id, r["代表类别"], r["平均分"], r["满意率"], n)
			}
			if n > 0 {
				rated++
				ratedSum += n
			}
			if isHidden {
				hidden++
				hiddenN++
				hiddenSum += n
			}
		}
		// No single hidden group, and hidden groups together hold 5 or
		// more ratings, unless every group that rated is hidden.
		if hiddenN == 1 || (hiddenN > 0 && hiddenSum < 5 && hiddenN < rated) {
			t.Errorf("%s %s: %d group(s) hidden holding %d ratings; could be worked back from the rest", filepath.Base(path), id, hiddenN, hiddenSum)
		}
	}
	for _, r := range sheetRecords(t, f, "问责名单") {
		if r["单位"] != unit {
			t.Errorf("%s: accountability entry of %s (%s)", filepath.Base(path), r["单位"], r["姓名"])
		}
	}
	want := 0
	for _, a := range truth.Accountability {
		if a.Unit == unit {
			want++
		}
	}
	if n := len(sheetRecords(t, f, "问责名单")); n != want {
		t.Errorf("%s: %d accountability entries, want %d", filepath.Base(path), n, want)
	}
	for _, r := range sheetRecords(t, f, "投诉记录") {
		if !mine[r["编号"]] {
			t.Errorf("%s: complaint about %s of another unit", filepath.Base(path), r["编号"])
		}
	}
	return hidden
}

func openWorkbook(t *testing.T, path string) xlsxdump.Book {
	t.Helper()
	f, err := xlsxdump.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func TestExportSubsetAndUsage(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	round := copyFile(t, sampleRound, dir)
	out := filepath.Join(dir, "out")
	code, _, errOut := runOn(t, false, "export", round, "-o", out, "--units", "市民政局，市财政局")
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, errOut)
	}
	if strings.Contains(errOut, "导出") {
		t.Errorf("progress on a pipe: %q", errOut)
	}
	if got := dirNames(t, out); !slices.Equal(got, []string{"市民政局-结果.xlsx", "市财政局-结果.xlsx", "索引.xlsx"}) {
		t.Errorf("files %v", got)
	}
	written := 0
	index := sheetRecords(t, openWorkbook(t, filepath.Join(out, "索引.xlsx")), "索引")
	for _, r := range index {
		if r["本次导出"] == "是" {
			written++
		}
	}
	if len(index) != 30 || written != 2 {
		t.Errorf("index lists %d units, %d written now; want all 30, and the 2 exported", len(index), written)
	}
	// A unit the results do not have, on the tiny round (the round is scored
	// before its units are known).
	tiny := filepath.Join(dir, "tiny.xlsx")
	if err := sample.WriteWorkbook(tiny, edgeSheets()); err != nil {
		t.Fatal(err)
	}
	code, _, errOut = runOn(t, false, "export", tiny, "-o", out, "--units", "市甲局,市外星局")
	if code != exitUsage || !strings.Contains(errOut, "没有名为 市外星局 的单位") {
		t.Errorf("unknown unit: exit %d, %q", code, errOut)
	}
}

// TestExportYear: --year names the round's year in every unit file and the
// index, where neither the file name nor the results say it; results of
// another year are not relabelled.
func TestExportYear(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	round := filepath.Join(dir, "tiny.xlsx")
	if err := sample.WriteWorkbook(round, edgeSheets()); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	mustRun(t, "export", round, "-o", out, "--year", "2026", "--units", "市甲局")
	dump, err := xlsxdump.File(filepath.Join(out, "市甲局-结果.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(dump, "2026") || strings.Contains(dump, "（未知）") {
		t.Errorf("the unit file does not say the year 2026:\n%s", dump)
	}
	results := filepath.Join(dir, "r.xlsx")
	mustRun(t, "score", round, "--year", "2025", "-o", results)
	if code, _, errOut := runCLI(t, "export", results, "-o", out, "--year", "2026"); code != exitUsage || !strings.Contains(errOut, "是 2025 年的结果，与 --year 2026 不符") {
		t.Errorf("results of 2025 as 2026: exit %d, %q", code, errOut)
	}
}
