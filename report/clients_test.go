package report

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/msg"
	"github.com/evalctl/evalctl/internal/xlsxlint"
)

// everyWorkbook writes every kind of workbook evalctl writes (results,
// unit exports and their index, entry templates and paper ballots, trends,
// reconciliations, notices), in both
// languages, into dir, and returns their paths.
func everyWorkbook(t *testing.T, dir string) []string {
	t.Helper()
	res := handRound(t)
	var paths []string
	at := func(name string) string {
		p := filepath.Join(dir, name)
		paths = append(paths, p)
		return p
	}
	manyGroups := evaluate.Chibi()
	manyGroups.Groups = nil
	for i := range 60 { // a dropdown too long for Excel to hold inline
		manyGroups.Groups = append(manyGroups.Groups, evaluate.Group{Name: fmt.Sprintf("第%d代表团", i+1), Weight: 1})
	}
	for _, lang := range msg.Langs {
		l := string(lang)
		if err := WriteWorkbook(at(l+"-results.xlsx"), res, Meta{Version: "test", RulesFrom: "preset chibi"}, lang); err != nil {
			t.Fatal(err)
		}
		exported := filepath.Join(dir, l+"-export")
		if err := os.Mkdir(exported, 0o755); err != nil {
			t.Fatal(err)
		}
		units, err := Export(Publish(res, lang), ExportOptions{Dir: exported, Lang: lang, MinGroupRatings: 2})
		if err != nil {
			t.Fatal(err)
		}
		for _, u := range units {
			paths = append(paths, filepath.Join(exported, u.File))
		}
		paths = append(paths, filepath.Join(exported, IndexFile(lang)))
		for _, perGroup := range []bool{false, true} {
			opts := TemplateOptions{Lang: lang, Rows: 20, PerGroup: perGroup}
			if err := WriteTemplate(at(fmt.Sprintf("%s-entry-%v.xlsx", l, perGroup)), res.Rules, templateTargets(), opts); err != nil {
				t.Fatal(err)
			}
			if err := WritePrintBallot(at(fmt.Sprintf("%s-paper-%v.xlsx", l, perGroup)), twoDimensions(), templateTargets(), opts); err != nil {
				t.Fatal(err)
			}
		}
		if err := WriteTemplate(at(l+"-entry-groups.xlsx"), manyGroups, templateTargets(), TemplateOptions{Lang: lang, Rows: 20}); err != nil {
			t.Fatal(err)
		}
		tr, err := evaluate.NewTrend([]*evaluate.Published{withYear(Publish(res, lang), 2025), withYear(Publish(res, lang), 2026)})
		if err != nil {
			t.Fatal(err)
		}
		if err := WriteHistory(at(l+"-trend.xlsx"), tr, lang); err != nil {
			t.Fatal(err)
		}
		rec := contract.Reconcile{A: "甲.xlsx", B: "乙.xlsx", Ballots: 2, Agreeing: 1,
			Cells:   []contract.ReconcileCell{{Ballot: "0001", What: "T1 张三", CellA: "选票!C2", ValueA: "满意", CellB: "选票!C2", ValueB: "不满意"}},
			OnlyInA: []contract.ReconcileOnly{{Ballot: "0002", Sheet: "选票", Row: 3}}}
		if err := WriteReconcileWorkbook(at(l+"-reconcile.xlsx"), rec, lang); err != nil {
			t.Fatal(err)
		}
		notice := NewNotice(Publish(res, lang), res.Rules, NoticeOptions{Lang: lang, IDs: true, Scores: true, Days: 7, Phone: "12345"})
		if err := WriteNoticeWorkbook(at(l+"-notice.xlsx"), notice, lang); err != nil {
			t.Fatal(err)
		}
	}
	return paths
}

func withYear(p *evaluate.Published, year int) *evaluate.Published {
	p.Year = year
	return p
}

// Every workbook evalctl writes holds to what its clients enforce, part by
// part.
func TestEveryWorkbookOpensCleanly(t *testing.T) {
	for _, path := range everyWorkbook(t, t.TempDir()) {
		problems, err := xlsxlint.Check(path)
		if err != nil {
			t.Fatalf("%s: %v", filepath.Base(path), err)
		}
		for _, p := range problems {
			t.Errorf("%s: %s", filepath.Base(path), p)
		}
	}
}

// The check finds what the library writes when left to itself: borders
// without a colour, a bold font without name or size, every sheet at A1,
// the library's author.
func TestLintFindsTheDefects(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	style, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true},
		Border: []excelize.Border{{Type: "left", Style: 1}}})
	if err != nil {
		t.Fatal(err)
	}
	if err := f.SetSheetRow("Sheet1", "A1", &[]any{"编号", "姓名", "单位"}); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellStyle("Sheet1", "A1", "C3", style); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "raw.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	problems, err := xlsxlint.Check(path)
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(problems, "\n")
	for _, want := range []string{`colour "FF"`, "a font without its name or size", "dimension A1, but its cells span A1:C3", `creator "xuri"`} {
		if !strings.Contains(text, want) {
			t.Errorf("the check misses %q; it found:\n%s", want, text)
		}
	}
}

// The results workbook charts each category's final scores, the bottom
// list in bars of their own and the cutoff as a line, and the
// satisfaction rate of each evaluator group, from the 图表 sheet's cells.
func TestResultsCharts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "results.xlsx")
	if err := WriteWorkbook(path, handRound(t), Meta{}, msg.Chinese); err != nil {
		t.Fatal(err)
	}
	charts := chartParts(t, path)
	names := slices.Sorted(func(yield func(string) bool) {
		for n := range charts {
			if !yield(n) {
				return
			}
		}
	})
	if want := []string{"xl/charts/chart1.xml", "xl/charts/chart2.xml", "xl/charts/chart3.xml"}; !slices.Equal(names, want) {
		t.Fatalf("chart parts %v, want %v (categories A, B, then the groups)", names, want)
	}
	refs := regexp.MustCompile(`<c:f>([^<]*)</c:f>`)
	for _, tc := range []struct {
		part  string
		title string
		refs  []string
		line  bool
	}{
		// Category A: T1, T2, T3 in rows 2-4; B: T5, T6, T4 in rows 6-8 (T7 is not ranked).
		{"xl/charts/chart1.xml", "A：最终得分（按名次）", []string{"'图表'!$E$1", "'图表'!$D$2:$D$4", "'图表'!$E$2:$E$4",
			"'图表'!$F$1", "'图表'!$D$2:$D$4", "'图表'!$F$2:$F$4", "'图表'!$G$1", "'图表'!$D$2:$D$4", "'图表'!$G$2:$G$4"}, true},
		{"xl/charts/chart2.xml", "B：最终得分（按名次）", []string{"'图表'!$E$1", "'图表'!$D$6:$D$8", "'图表'!$E$6:$E$8",
			"'图表'!$F$1", "'图表'!$D$6:$D$8", "'图表'!$F$6:$F$8", "'图表'!$G$1", "'图表'!$D$6:$D$8", "'图表'!$G$6:$G$8"}, true},
		// The groups' table starts after a blank row: its header in row 10.
		{"xl/charts/chart3.xml", "各代表类别满意率", []string{"'图表'!$B$10", "'图表'!$A$11:$A$12", "'图表'!$B$11:$B$12"}, false},
	} {
		xml := charts[tc.part]
		var got []string
		for _, m := range refs.FindAllStringSubmatch(xml, -1) {
			got = append(got, strings.ReplaceAll(m[1], "&#39;", "'"))
		}
		if !slices.Equal(got, tc.refs) {
			t.Errorf("%s draws %v, want %v", tc.part, got, tc.refs)
		}
		if !strings.Contains(xml, "<a:t>"+tc.title+"</a:t>") || !strings.Contains(xml, "<c:barChart>") {
			t.Errorf("%s is not a bar chart titled %s", tc.part, tc.title)
		}
		if strings.Contains(xml, "<c:lineChart>") != tc.line {
			t.Errorf("%s: cutoff line %v, want %v", tc.part, !tc.line, tc.line)
		}
	}
	// The cells the charts draw: the bottom list apart, the cutoff the best
	// score the ranking listed (T3's 42 in A; the tied T5 and T6 in B, not
	// the veto's 89.40).
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for cell, want := range map[string]string{"E2": "83.00", "F2": "", "F4": "42.00", "G4": "42.00", "E4": "",
		"F6": "78.50", "F8": "89.40", "G8": "78.50", "A11": "党代表", "B11": "84.62%", "A12": "企业代表", "B12": "83.33%", "A13": ""} {
		if got, _ := f.GetCellValue("图表", cell); got != want {
			t.Errorf("图表!%s = %q, want %q", cell, got, want)
		}
	}
}

// Every sheet of a workbook written from tables prints on A4 one page
// wide, with its header row on every page, the round in the page header
// and the page numbers in the footer; a wide sheet in landscape.
func TestTablesPrint(t *testing.T) {
	path := filepath.Join(t.TempDir(), "results.xlsx")
	if err := WriteWorkbook(path, handRound(t), Meta{}, msg.Chinese); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	titles := map[string]string{}
	for _, n := range f.GetDefinedName() {
		if n.Name == "_xlnm.Print_Titles" {
			titles[n.Scope] = n.RefersTo
		}
	}
	for _, sheet := range f.GetSheetList() {
		layout, err := f.GetPageLayout(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if *layout.Size != 9 || *layout.FitToWidth != 1 || *layout.FitToHeight != 0 {
			t.Errorf("%s: paper %d, %d page wide, %d tall; want A4, 1, as many as needed", sheet, *layout.Size, *layout.FitToWidth, *layout.FitToHeight)
		}
		props, err := f.GetSheetProps(sheet)
		if err != nil || props.FitToPage == nil || !*props.FitToPage {
			t.Errorf("%s: not fitted to the page", sheet)
		}
		hf, err := f.GetHeaderFooter(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(hf.OddHeader, "赤壁市") || hf.OddFooter != "&C第 &P 页，共 &N 页" {
			t.Errorf("%s: header %q, footer %q", sheet, hf.OddHeader, hf.OddFooter)
		}
		if sheet != "图表" && titles[sheet] != quoteSheet(sheet)+"!$1:$1" {
			t.Errorf("%s: print titles %q, want its header row", sheet, titles[sheet])
		}
		wantLandscape := map[string]bool{"排名": true, "图表": true, "审计": false}
		if want, ok := wantLandscape[sheet]; ok && (*layout.Orientation == "landscape") != want {
			t.Errorf("%s: orientation %s", sheet, *layout.Orientation)
		}
	}
}
