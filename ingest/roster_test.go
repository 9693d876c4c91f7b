package ingest

import (
	"errors"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/sample"
)

func TestRoster(t *testing.T) {
	// want builds the two targets every layout below describes; where gives
	// the 1-based roster rows of T001 and T002 and the column of 编号.
	want := func(path, sheet, col string, row1, row2 int) []evaluate.Target {
		at := func(row int) string { return path + ": " + sheet + "!" + col + strconv.Itoa(row) }
		return []evaluate.Target{
			{ID: "T001", Name: "张三", Unit: "市民政局", Section: "婚姻登记股", Category: "综合管理类", Supervisor: "李副局长", Principal: "王局长", Where: at(row1)},
			{ID: "T002", Name: "赵六", Unit: "市税务局", Section: "征管股", Category: "公共服务和行政执法类", Supervisor: "钱副局长", Principal: "孙局长", Where: at(row2)},
		}
	}
	t1 := person("T001", "张三", "市民政局", "婚姻登记股", "综合管理类", "李副局长", "王局长")
	t2 := person("T002", "赵六", "市税务局", "征管股", "公共服务和行政执法类", "钱副局长", "孙局长")
	// shuffle reorders a sample-layout row as category, principal, id,
	// supervisor, name, section, unit.
	shuffle := func(r []any) []any { return []any{r[4], r[6], r[0], r[5], r[1], r[3], r[2]} }

	tests := []struct {
		name       string
		sheet      sample.Sheet
		col        string
		row1, row2 int
		around     bool // put other sheets before and after the roster
	}{
		{"chinese", rosterSheet(t1, t2), "A", 2, 3, false},
		{"english shuffled", sample.Sheet{Name: "roster", Rows: [][]any{
			{"category", "Principal", "ID", "supervisor", "NAME", "section", "unit"},
			shuffle(t1), shuffle(t2),
		}}, "C", 2, 3, false},
		{"title row", sample.Sheet{Name: "名册", Rows: [][]any{
			{"2026年度百名股长群众评名册"},
			rosterHeader, t1, t2,
		}}, "A", 3, 4, false},
		{"blank rows and padded cells", sample.Sheet{Name: "名册", Rows: [][]any{
			{"2026年度百名股长群众评名册"},
			nil,
			{" 编号 ", "姓名", "单位", "科室", "类别", "分管领导", "主要领导"},
			t1,
			nil,
			{" T002", "赵六 ", "市税务局", "征管股", "公共服务和行政执法类", "钱副局长", "孙局长"},
		}}, "A", 4, 6, false},
		{"sheet among others", rosterSheet(t1, t2), "A", 2, 3, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sheets := []sample.Sheet{tt.sheet}
			if tt.around {
				sheets = []sample.Sheet{{Name: "说明", Rows: [][]any{{"编号"}}}, tt.sheet, {Name: "选票", Rows: [][]any{{"票号"}}}}
			}
			path := writeBook(t, "x.xlsx", sheets...)
			got, err := openBook(t, path).Roster(evaluate.Chibi())
			if err != nil {
				t.Fatal(err)
			}
			if w := want(path, tt.sheet.Name, tt.col, tt.row1, tt.row2); !reflect.DeepEqual(got, w) {
				t.Errorf("got  %+v\nwant %+v", got, w)
			}
		})
	}
}

func TestRosterErrors(t *testing.T) {
	noLeaders := evaluate.Chibi()
	noLeaders.Liability = nil
	tests := []struct {
		name   string
		rules  *evaluate.Rules
		sheets []sample.Sheet
		want   []located
	}{
		{"empty cells", evaluate.Chibi(), []sample.Sheet{rosterSheet(
			person("T001", "张三", "市民政局", "", "综合管理类", "李", "王"),
			person("T002", "", "市民政局", "", "综合管理类", "李", "王"),
			person("", "赵六", "", "", "", "李", "王"),
		)}, []located{
			{"名册!B3", "姓名 is empty"},
			{"名册!A4", "编号 is empty"},
			{"名册!C4", "单位 is empty"},
			{"名册!E4", "类别 is empty"},
		}},
		{"empty cells under a title row", noLeaders, []sample.Sheet{{Name: "名册", Rows: [][]any{
			{"2026年度名册"},
			{"name", "id", "unit", "category"},
			{"张三", "T001", nil, "综合管理类"},
		}}}, []located{{"名册!C3", "unit is empty"}}},
		{"no header", evaluate.Chibi(), []sample.Sheet{{Name: "名册", Rows: [][]any{{"编号", "姓名"}, {"T001", "张三"}}}},
			[]located{{"名册", "no header row"}}},
		{"no rows", evaluate.Chibi(), []sample.Sheet{rosterSheet()}, []located{{"名册", "no targets"}}},
		{"no 分管领导", evaluate.Chibi(), []sample.Sheet{{Name: "名册", Rows: [][]any{
			{"编号", "姓名", "单位", "类别", "主要领导"},
			{"T001", "张三", "市民政局", "综合管理类", "王"},
		}}}, []located{{"名册", "分管领导"}}},
		{"no 主要领导", evaluate.Chibi(), []sample.Sheet{{Name: "名册", Rows: [][]any{
			{"编号", "姓名", "单位", "类别", "分管领导"},
			{"T001", "张三", "市民政局", "综合管理类", "李"},
		}}}, []located{{"名册", "主要领导"}}},
		{"column twice", noLeaders, []sample.Sheet{{Name: "名册", Rows: [][]any{
			{"编号", "姓名", "单位", "类别", "id"},
			{"T001", "张三", "市民政局", "综合管理类", "T001"},
		}}}, []located{{"名册!E1", "appears twice"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeBook(t, "x.xlsx", tt.sheets...)
			_, err := openBook(t, path).Roster(tt.rules)
			checkDataErrors(t, path, err, tt.want)
		})
	}
}

func TestRosterMissingSheetListsSheets(t *testing.T) {
	path := writeBook(t, "x.xlsx", sample.Sheet{Name: "选票", Rows: [][]any{{"票号"}}}, sample.Sheet{Name: "测试成绩", Rows: [][]any{{"编号"}}})
	_, err := openBook(t, path).Roster(evaluate.Chibi())
	if err == nil {
		t.Fatal("no error")
	}
	if !errors.Is(err, evaluate.ErrInvalidData) {
		t.Errorf("errors.Is(%v, ErrInvalidData) = false", err)
	}
	for _, s := range []string{path + ": ", "名册", "选票", "测试成绩"} {
		if !strings.Contains(err.Error(), s) {
			t.Errorf("error %q does not mention %q", err, s)
		}
	}
}

func TestRosterLeadersOptionalWithoutLiability(t *testing.T) {
	rules := evaluate.Chibi()
	rules.Liability = nil
	path := writeBook(t, "x.xlsx", sample.Sheet{Name: "名册", Rows: [][]any{
		{"编号", "姓名", "单位", "类别"},
		{"T001", "张三", "市民政局", "综合管理类"},
	}})
	got, err := openBook(t, path).Roster(rules)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Supervisor != "" || got[0].Principal != "" || got[0].Section != "" {
		t.Errorf("got %+v", got)
	}
}
