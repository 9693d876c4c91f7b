package report

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/msg"
)

func writePrint(t *testing.T, rules *evaluate.Rules, opts TemplateOptions) *excelize.File {
	t.Helper()
	path := filepath.Join(t.TempDir(), "测评表.xlsx")
	if err := WritePrintBallot(path, rules, templateTargets(), opts); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// wantA4 checks the page setup of a printed ballot sheet and that its header
// row repeats on every page.
func wantA4(t *testing.T, f *excelize.File, sheet string) {
	t.Helper()
	layout, err := f.GetPageLayout(sheet)
	if err != nil {
		t.Fatal(err)
	}
	if layout.Size == nil || *layout.Size != 9 || layout.Orientation == nil || *layout.Orientation != "portrait" ||
		layout.FitToWidth == nil || *layout.FitToWidth != 1 || layout.FitToHeight == nil || *layout.FitToHeight != 0 {
		t.Errorf("%s: page layout %+v, want A4 (9) portrait, one page wide", sheet, layout)
	}
	props, err := f.GetSheetProps(sheet)
	if err != nil {
		t.Fatal(err)
	}
	if props.FitToPage == nil || !*props.FitToPage {
		t.Errorf("%s: fit to page is off, so the fit to width is ignored", sheet)
	}
	margins, err := f.GetPageMargins(sheet)
	if err != nil {
		t.Fatal(err)
	}
	if margins.Left == nil || *margins.Left > 0.5 || margins.Right == nil || *margins.Right > 0.5 {
		t.Errorf("%s: margins %+v, want narrow side margins", sheet, margins)
	}
	want := excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: "'" + sheet + "'!$4:$4", Scope: sheet}
	found := false
	for _, dn := range f.GetDefinedName() {
		if dn.Name == want.Name && dn.Scope == sheet {
			found = dn.RefersTo == want.RefersTo
			if !found {
				t.Errorf("%s: print titles %q, want %q", sheet, dn.RefersTo, want.RefersTo)
			}
		}
	}
	if !found {
		t.Errorf("%s: no print titles; defined names %+v", sheet, f.GetDefinedName())
	}
}

func TestPrintBallot(t *testing.T) {
	t.Parallel()
	f := writePrint(t, evaluate.Chibi(), TemplateOptions{Lang: msg.Chinese})
	if got := f.GetSheetList(); !slices.Equal(got, []string{"测评表"}) {
		t.Fatalf("sheets %v", got)
	}
	wantA4(t, f, "测评表")
	rows, err := f.GetRows("测评表")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 7 {
		t.Fatalf("%d rows, want title, instructions, groups, header and a row per target: %q", len(rows), rows)
	}
	if rows[0][0] != `赤壁市"百名股长群众评"测评表` {
		t.Errorf("title %q", rows[0][0])
	}
	if !strings.Contains(rows[1][0], "□内打“√”，每行只选一项") {
		t.Errorf("instructions %q", rows[1][0])
	}
	if !strings.Contains(rows[2][0], "□ 党代表　□ 人大代表　□ 政协委员　□ 企业代表　□ 社会人士") {
		t.Errorf("group boxes %q", rows[2][0])
	}
	if want := []string{"编号", "姓名", "单位", "股室", "满意", "基本满意", "不满意"}; !slices.Equal(rows[3], want) {
		t.Errorf("header %q, want %q", rows[3], want)
	}
	for i, tg := range templateTargets() {
		want := []string{tg.ID, tg.Name, tg.Unit, tg.Section, "□ 满意", "□ 基本满意", "□ 不满意"}
		if !slices.Equal(rows[4+i], want) {
			t.Errorf("row %d = %q, want %q", 5+i, rows[4+i], want)
		}
	}
}

func TestPrintBallotPerGroupAndDimensions(t *testing.T) {
	t.Parallel()
	f := writePrint(t, twoDimensions(), TemplateOptions{Lang: msg.Chinese, PerGroup: true})
	want := []string{"测评表-党代表", "测评表-人大代表", "测评表-政协委员", "测评表-企业代表", "测评表-社会人士"}
	if got := f.GetSheetList(); !slices.Equal(got, want) {
		t.Fatalf("sheets %v, want %v", got, want)
	}
	for _, s := range want {
		wantA4(t, f, s)
	}
	s := "测评表-企业代表"
	rows, _ := f.GetRows(s)
	if len(rows) != 4+2*3 {
		t.Fatalf("%d rows, want a row per target and dimension: %q", len(rows), rows)
	}
	if !strings.HasPrefix(rows[2][0], "代表类别：企业代表") || strings.Contains(rows[2][0], "□") {
		t.Errorf("group line %q, want the sheet's group without boxes", rows[2][0])
	}
	if want := []string{"编号", "姓名", "单位", "股室", "评议内容", "满意", "基本满意", "不满意"}; !slices.Equal(rows[3], want) {
		t.Errorf("header %q, want %q", rows[3], want)
	}
	if got := rows[6]; !slices.Equal(got, []string{"T002", "李四", "税务局", "征管股", "服务态度", "□ 满意", "□ 基本满意", "□ 不满意"}) {
		t.Errorf("row 7 = %q", got)
	}
	if got := rows[7]; !slices.Equal(got, []string{"", "", "", "", "工作效率", "□ 满意", "□ 基本满意", "□ 不满意"}) {
		t.Errorf("row 8 = %q", got)
	}
	merges, _ := f.GetMergeCells(s)
	var refs []string
	for _, m := range merges {
		refs = append(refs, m.GetStartAxis()+":"+m.GetEndAxis())
	}
	for _, ref := range []string{"A1:H1", "A7:A8", "B7:B8", "C7:C8", "D7:D8"} {
		if !slices.Contains(refs, ref) {
			t.Errorf("%s is not merged; merges %v", ref, refs)
		}
	}
}

func TestPrintBallotNumericEnglish(t *testing.T) {
	t.Parallel()
	f := writePrint(t, numericRules(true), TemplateOptions{Lang: msg.English})
	wantA4(t, f, "ballot form")
	rows, _ := f.GetRows("ballot form")
	if want := []string{"ID", "Name", "Unit", "Section", "Score (0–100)", "不了解"}; len(rows) < 5 || !slices.Equal(rows[3], want) {
		t.Fatalf("header %q, want %q", rows[3], want)
	}
	if got := rows[4]; !slices.Equal(got, []string{"T001", "张三", "财政局", "预算股", "", "□ 不了解"}) {
		t.Errorf("row 5 = %q", got)
	}
	if !strings.Contains(rows[1][0], "score from 0 to 100") {
		t.Errorf("instructions %q", rows[1][0])
	}
}
