package ingest

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/sample"
)

// twoDimRules rate two dimensions, for the multi-dimension layouts.
func twoDimRules() *evaluate.Rules {
	r := evaluate.Chibi()
	r.Dimensions = []evaluate.Dimension{{Name: "服务态度", Weight: 0.5}, {Name: "行政效率", Weight: 0.5}}
	return r
}

var layoutTargets = []evaluate.Target{
	{ID: "T001", Name: "张三", Unit: "市财政局"},
	{ID: "T002", Name: "李四", Unit: "市税务局"},
}

// rated is a ballot reduced to what layouts must agree on.
type rated struct {
	ID, Group string
	Cells     []string // "target/dim=value"
}

func readLayout(t *testing.T, path string, rules *evaluate.Rules) ([]rated, error) {
	t.Helper()
	w := openBook(t, path)
	var out []rated
	err := w.Ballots(rules, layoutTargets, func(b evaluate.Ballot) error {
		r := rated{ID: b.ID, Group: b.Group}
		for _, c := range b.Cells {
			r.Cells = append(r.Cells, fmt.Sprintf("%d/%d=%s", c.Target, c.Dim, c.Value))
		}
		out = append(out, r)
		return nil
	})
	return out, err
}

// TestWideHeaderForms: 编号, 姓名, "编号 姓名", "编号\n姓名" and "编号/评议内容"
// headers, and two header rows with merged target cells, all read the same
// ratings.
func TestWideHeaderForms(t *testing.T) {
	want := []rated{{ID: "P1", Group: "党代表", Cells: []string{"0/0=满意", "0/1=基本满意", "1/0=不满意", "1/1=满意"}}}
	slash := writeBook(t, "slash.xlsx", sample.Sheet{Name: "选票", Rows: [][]any{
		{"票号", "代表类别", "T001/服务态度", "张三／行政效率", "T002 李四/服务态度", "T002\n李四/行政效率"},
		{"P1", "党代表", "满意", "基本满意", "不满意", "满意"},
	}})
	got, err := readLayout(t, slash, twoDimRules())
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("one header row: %v, %v; want %v", got, err, want)
	}

	// Two header rows, the target merged over its dimensions, 票号 and
	// 代表类别 merged down, and a title row above.
	two := filepath.Join(t.TempDir(), "two.xlsx")
	f := excelize.NewFile()
	sheet := "选票"
	f.SetSheetName("Sheet1", sheet)
	rows := [][]any{
		{"2026年度测评票"},
		{"票号", "代表类别", "T001 张三", nil, "李四"},
		{nil, nil, "服务态度", "行政效率", "服务态度", "行政效率"},
		{"P1", "党代表", "满意", "基本满意", "不满意", "满意"},
		{"P2", nil, "满意"},
	}
	for i, row := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow(sheet, cell, &row); err != nil {
			t.Fatal(err)
		}
	}
	// 代表类别 merged down over P1 and P2, as offices key runs of one group.
	for _, m := range [][2]string{{"A1", "F1"}, {"A2", "A3"}, {"B2", "B3"}, {"C2", "D2"}, {"E2", "F2"}, {"B4", "B5"}} {
		if err := f.MergeCell(sheet, m[0], m[1]); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SaveAs(two); err != nil {
		t.Fatal(err)
	}
	got, err = readLayout(t, two, twoDimRules())
	want = append(want, rated{ID: "P2", Group: "党代表", Cells: []string{"0/0=满意"}})
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("two header rows: %v, %v; want %v", got, err, want)
	}
}

func TestWideHeaderErrors(t *testing.T) {
	tests := []struct {
		name   string
		header []any
		rules  *evaluate.Rules
		want   located
	}{
		{"names no dimension", []any{"票号", "代表类别", "T001"}, twoDimRules(), located{"选票!C1", "the column names none"}},
		{"unknown dimension", []any{"票号", "代表类别", "T001/态度"}, twoDimRules(), located{"选票!C1", `"态度" is not a dimension`}},
		{"编号 and 姓名 disagree", []any{"票号", "代表类别", "T001 李四"}, evaluate.Chibi(), located{"选票!C1", "T001 is 张三 in the roster, not 李四"}},
		{"same target and dimension twice", []any{"票号", "代表类别", "T001/服务态度", "张三/服务态度"}, twoDimRules(), located{"选票!D1", "already has the column C1"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := writeBook(t, "x.xlsx", sample.Sheet{Name: "选票", Rows: [][]any{tc.header, {"P1", "党代表", "满意"}}})
			_, err := readLayout(t, path, tc.rules)
			checkDataErrors(t, path, err, []located{tc.want})
		})
	}
}

func TestMergedRatingsRejected(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.xlsx")
	f := excelize.NewFile()
	f.SetSheetName("Sheet1", "选票")
	for i, row := range [][]any{{"票号", "代表类别", "T001", "T002"}, {"P1", "党代表", "满意"}} {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		f.SetSheetRow("选票", cell, &row)
	}
	f.MergeCell("选票", "C2", "D2")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	_, err := readLayout(t, path, evaluate.Chibi())
	checkDataErrors(t, path, err, []located{{"选票!C2:D2", "merged cells over ratings"}})
}

// TestPerGroupSheets: the group comes from the sheet's name.
func TestPerGroupSheets(t *testing.T) {
	path := writeBook(t, "g.xlsx",
		sample.Sheet{Name: "选票-党代表", Rows: [][]any{{"票号", "T001"}, {"P1", "满意"}}},
		sample.Sheet{Name: "选票（企业代表）", Rows: [][]any{{"票号", "T002"}, {"P2", "不满意"}}},
		sample.Sheet{Name: "说明", Rows: [][]any{{"not ballots"}}},
	)
	got, err := readLayout(t, path, evaluate.Chibi())
	want := []rated{{ID: "P1", Group: "党代表", Cells: []string{"0/0=满意"}}, {ID: "P2", Group: "企业代表", Cells: []string{"1/0=不满意"}}}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("per-group sheets: %v, %v; want %v", got, err, want)
	}
}

// TestLongLayout: consecutive rows make a ballot; unknown targets, mixed
// groups and a target rated twice reach the tally as problems.
func TestLongLayout(t *testing.T) {
	path := writeBook(t, "long.xlsx", sample.Sheet{Name: "选票", Rows: [][]any{
		{"票号", "代表类别", "编号", "评价"},
		{"P1", "党代表", "T001", "满意"},
		{"P1", "党代表", "李四", "不满意"},
		{"P2", "企业代表", "T009", "满意"},
		{"P3", "党代表", "T001", "满意"},
		{"P3", "人大代表", "T002", "满意"},
		{"P4", "党代表", "T001", "满意"},
		{"P4", "党代表", "T001", "不满意"},
	}})
	rules := evaluate.Chibi()
	tally := evaluate.NewTally(rules, len(layoutTargets))
	w := openBook(t, path)
	problems := map[string][]evaluate.ProblemKind{}
	err := w.Ballots(rules, layoutTargets, func(b evaluate.Ballot) error {
		for _, p := range tally.Add(b) {
			problems[b.ID] = append(problems[b.ID], p.Kind)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]evaluate.ProblemKind{
		"P2": {evaluate.ProblemUnknownTarget},
		"P3": {evaluate.ProblemMixedGroups},
		"P4": {evaluate.ProblemRatedTwice},
	}
	if !reflect.DeepEqual(problems, want) {
		t.Errorf("problems = %v, want %v", problems, want)
	}
	if rec := tally.Reconciliation(); rec.Read != 4 || rec.Valid != 1 {
		t.Errorf("read %d valid %d, want 4 and 1", rec.Read, rec.Valid)
	}
}

// TestCSVEncodings: the same table saved four ways reads the same.
func TestCSVEncodings(t *testing.T) {
	text := "票号,代表类别,T001,T002\nP1,党代表,满意,\nP2,企业代表,\"基本满意\",不满意\n"
	gb, err := simplifiedchinese.GB18030.NewEncoder().String(text)
	if err != nil {
		t.Fatal(err)
	}
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(
		"票号\t代表类别\tT001\tT002\r\nP1\t党代表\t满意\t\r\nP2\t企业代表\t基本满意\t不满意\r\n")
	if err != nil {
		t.Fatal(err)
	}
	want := []rated{{ID: "P1", Group: "党代表", Cells: []string{"0/0=满意"}}, {ID: "P2", Group: "企业代表", Cells: []string{"0/0=基本满意", "1/0=不满意"}}}
	for name, data := range map[string]string{
		"utf8.csv": text, "bom.csv": "\ufeff" + text, "gbk.csv": gb, "unicode.txt": utf16,
		"semicolon.csv": "票号;代表类别;T001;T002\nP1;党代表;满意;\nP2;企业代表;基本满意;不满意\n",
	} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), name)
			if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
				t.Fatal(err)
			}
			got, err := readLayout(t, path, evaluate.Chibi())
			if err != nil || !reflect.DeepEqual(got, want) {
				t.Errorf("%v, %v; want %v", got, err, want)
			}
		})
	}
	bad := filepath.Join(t.TempDir(), "bad.csv")
	os.WriteFile(bad, []byte{0x81, 0x20, 0xFF, 0xFE, 0x80}, 0o644)
	_, err = Open(bad)
	checkDataErrors(t, bad, err, []located{{"", "neither UTF-8 nor GB18030"}})
}
