package ingest

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/sample"
	"github.com/evalctl/evalctl/internal/xlsxdump"
)

// surveyRoster has three targets; 王五 names two of them, so only its
// 编号 tells them apart.
var surveyRoster = rosterSheet(
	person("T001", "张三", "市民政局", "婚姻登记股", "综合管理类", "李", "王"),
	person("T002", "李四", "市民政局", "办公室", "综合管理类", "李", "王"),
	person("T003", "王五", "市税务局", "征管股", "公共服务和行政执法类", "钱", "孙"),
	person("T004", "王五", "市财政局", "预算股", "综合管理类", "周", "吴"),
)

func TestParseQuestion(t *testing.T) {
	rules := evaluate.Chibi()
	r := newResolver(rules, []evaluate.Target{{ID: "T001", Name: "张三"}, {ID: "T002", Name: "李四"}})
	tests := []struct {
		header     string
		n          int
		title, row string
		ok         bool
	}{
		{"第3题(张三)", 3, "", "张三", true},
		{"第12题（李四）", 12, "", "李四", true},
		{"3(张三)", 3, "", "张三", true},
		{"3、请对以下人员进行评价—张三", 3, "请对以下人员进行评价", "张三", true},
		{"3、服务态度-T002", 3, "服务态度", "T002", true},
		{"1、您的身份是：", 1, "您的身份是：", "", true},
		{"4. 您的意见和建议", 4, "您的意见和建议", "", true},
		// A dash whose right side names nobody is part of the title.
		{"5、机关效能—作风建设", 5, "机关效能—作风建设", "", true},
		{"序号", 0, "", "", false},
		{"提交答卷时间", 0, "", "", false},
		{"第三题(张三)", 0, "", "", false},
	}
	for _, tt := range tests {
		n, title, row, ok := parseQuestion(tt.header, r)
		if n != tt.n || title != tt.title || row != tt.row || ok != tt.ok {
			t.Errorf("%q: %d %q %q %v, want %d %q %q %v", tt.header, n, title, row, ok, tt.n, tt.title, tt.row, tt.ok)
		}
	}
}

func TestSurveyMetaValues(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int
	}{{"156秒", 156}, {"2分36秒", 156}, {"1小时2分", 3720}, {"00:02:36", 156}, {"156", 156}, {"about 3 min", 0}, {"", 0}} {
		if got := parseSeconds(tt.in); got != tt.want {
			t.Errorf("parseSeconds(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
	want := time.Date(2026, 3, 18, 9, 5, 33, 0, time.UTC)
	for _, in := range []string{"2026/3/18 9:05:33", "2026-03-18 09:05:33", "46099.378854166667"} {
		if got := parseTime(in); !got.Equal(want) {
			t.Errorf("parseTime(%q) = %v, want %v", in, got, want)
		}
	}
	if got := parseTime("昨天上午"); !got.IsZero() {
		t.Errorf("parseTime of words = %v, want the zero time", got)
	}
	for in, want := range map[string]string{"223.104.63.12(湖北-咸宁)": "223.104.63.12", "10.0.0.1（本地）": "10.0.0.1", "10.0.0.2": "10.0.0.2"} {
		if got := parseIP(in); got != want {
			t.Errorf("parseIP(%q) = %q, want %q", in, got, want)
		}
	}
}

// readSurvey writes the roster and one export sheet, and reads its ballots
// with the rules (chibi's, changed by edit).
func readSurvey(t *testing.T, keepGoing bool, edit func(*evaluate.Rules), rows [][]any) ([]evaluate.Ballot, *Inputs, error) {
	t.Helper()
	round := writeBook(t, "round.xlsx", surveyRoster)
	export := writeBook(t, "export.xlsx", sample.Sheet{Name: "Sheet1", Rows: rows})
	rules := evaluate.Chibi()
	if edit != nil {
		edit(rules)
	}
	in, err := OpenInputs(round, []string{export}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(in.Close)
	in.KeepGoing = keepGoing
	r, _ := in.ReadRound(rules) // no test scores: the roster is all these tests need
	var got []evaluate.Ballot
	err = in.Ballots(rules, r.Targets, func(b evaluate.Ballot) error {
		got = append(got, b)
		return nil
	})
	return got, in, err
}

var wjxHeader = []any{"序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP", "1、您的身份是：", "第2题(张三)", "第2题(李四)", "第2题(T003)", "3、其他意见建议"}

// TestSurveyWJX reads a 问卷星 export by option text: the group from the
// identity question, the matrix rows as targets (王五 by 编号), skips as
// blanks, the open question as a comment, and the metadata kept.
func TestSurveyWJX(t *testing.T) {
	got, in, err := readSurvey(t, false, nil, [][]any{wjxHeader,
		{1, "2026/3/18 9:05:33", "156秒", "微信", "N/A", "223.104.63.12(湖北-咸宁)", "党代表", "满意", "(跳过)", "不满意", "窗口排队久"},
		{2, "2026/3/18 9:20:01", "2分5秒", "手机提交", "N/A", "117.136.1.2(湖北-武汉)", "人大代表", "基本满意", "满意", "(空)", "(跳过)"},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("%d ballots, want 2", len(got))
	}
	b := got[0]
	if b.ID != "1" || b.Group != "党代表" || b.GroupColumn != 7 || len(b.Cells) != 2 || b.Cells[0].Target != 0 || b.Cells[1].Target != 2 || b.Cells[1].Value != "不满意" {
		t.Errorf("ballot 1: %+v", b)
	}
	if len(b.Comments) != 1 || b.Comments[0].Text != "窗口排队久" || b.Comments[0].Target != -1 {
		t.Errorf("ballot 1 comments %+v, want the open answer", b.Comments)
	}
	m := b.Meta
	if m == nil || !m.Submitted.Equal(time.Date(2026, 3, 18, 9, 5, 33, 0, time.UTC)) || m.Seconds != 156 || m.IP != "223.104.63.12" || m.Channel != "微信" || len(m.Fields) != 6 {
		t.Errorf("ballot 1 metadata %+v", m)
	}
	if len(got[1].Cells) != 2 || len(got[1].Comments) != 0 || got[1].Meta.Seconds != 125 {
		t.Errorf("ballot 2: %d cells, comments %+v, %d seconds; want 2, none, 125", len(got[1].Cells), got[1].Comments, got[1].Meta.Seconds)
	}
	cols := in.Columns()
	if len(cols) != 1 || cols[0].Layout != "wjx_text" || len(cols[0].Columns) != len(wjxHeader) {
		t.Fatalf("columns %+v", cols)
	}
	for i, role := range []string{"ballot", "metadata", "metadata", "metadata", "metadata", "metadata", "group", "rating", "rating", "rating", "comment"} {
		if c := cols[0].Columns[i]; c.Role != role {
			t.Errorf("column %s %q: %s, want %s", c.Column, c.Header, c.Role, role)
		}
	}
}

// TestSurveyCoded reads an export by option number through the rules'
// option lists, and refuses one without them, naming the first code.
func TestSurveyCoded(t *testing.T) {
	rows := [][]any{wjxHeader,
		{1, "2026/3/18 9:05:33", "156秒", "微信", "N/A", "223.104.63.12", 2, 1, -2, 3, "(跳过)"},
	}
	got, in, err := readSurvey(t, false, func(r *evaluate.Rules) {
		r.Ballots.Survey.GroupOptions = []string{"党代表", "人大代表"}
		r.Ballots.Survey.Options = []string{"满意", "基本满意", "不满意"}
	}, rows)
	if err != nil {
		t.Fatal(err)
	}
	if b := got[0]; b.Group != "人大代表" || len(b.Cells) != 2 || b.Cells[0].Value != "满意" || b.Cells[1].Value != "不满意" {
		t.Errorf("coded ballot: group %q cells %+v", b.Group, b.Cells)
	}
	if in.Columns()[0].Layout != "wjx_coded" {
		t.Errorf("layout %s, want wjx_coded", in.Columns()[0].Layout)
	}
	_, _, err = readSurvey(t, true, nil, rows)
	if err == nil || !strings.Contains(err.Error(), "Sheet1!H2") || !strings.Contains(err.Error(), "ballots.survey.options") {
		t.Errorf("without options: %v, want an error at Sheet1!H2 naming ballots.survey.options", err)
	}
}

// TestSurveyProblems: an unknown matrix row is one problem and the rest is
// read (with keep going); a question the group cannot be told from, or a
// matrix question whose dimension cannot be told, is said so.
func TestSurveyProblems(t *testing.T) {
	header := append(append([]any{}, wjxHeader[:9]...), "第2题(赵六)", "3、其他意见建议")
	got, _, err := readSurvey(t, true, nil, [][]any{header,
		{1, "2026/3/18 9:05:33", "156秒", "微信", "N/A", "1.2.3.4", "党代表", "满意", "满意", "满意", nil},
	})
	if err == nil || !strings.Contains(err.Error(), "Sheet1!J1") || strings.Count(err.Error(), "\n") != 0 {
		t.Errorf("unknown row: %v, want one problem at Sheet1!J1", err)
	}
	if len(got) != 1 || len(got[0].Cells) != 2 {
		t.Errorf("read %d ballots, the first with %d cells; want 1 with 2", len(got), len(got[0].Cells))
	}

	twoPlain := []any{"序号", "提交答卷时间", "所用时间", "1、您的性别", "2、您的年龄段", "第3题(张三)"}
	_, _, err = readSurvey(t, true, nil, [][]any{twoPlain, {1, "2026/3/18 9:05:33", "156秒", "男", "30-40", "满意"}})
	if err == nil || !strings.Contains(err.Error(), "ballots.survey.group") {
		t.Errorf("no group question: %v, want to be asked for ballots.survey.group", err)
	}

	twoDims := []any{"序号", "提交答卷时间", "所用时间", "1、您的身份", "第2题(张三)", "第3题(张三)"}
	_, _, err = readSurvey(t, true, func(r *evaluate.Rules) {
		r.Dimensions = []evaluate.Dimension{{Name: "服务态度", Weight: 0.5}, {Name: "工作效率", Weight: 0.5}}
		r.Ballots.Survey.Dimensions = []evaluate.SurveyDimension{{Question: 2, Dimension: "服务态度"}}
	}, [][]any{twoDims, {1, "2026/3/18 9:05:33", "156秒", "党代表", "满意", "满意"}})
	if err == nil || !strings.Contains(err.Error(), "Sheet1!F1") || !strings.Contains(err.Error(), "question 3") {
		t.Errorf("question 3 without a dimension: %v, want it named at Sheet1!F1", err)
	}
}

// TestSurveyTencentMeta: the generated 腾讯问卷 export's first submission
// keeps its metadata as written (read independently with the test reader).
func TestSurveyTencentMeta(t *testing.T) {
	path := filepath.Join("..", "testdata", "layouts", "one", "survey", "tencent.xlsx")
	book, err := xlsxdump.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	row := book.Rows["Sheet1"][1] // 编号, 开始答题时间, 结束答题时间, 答题时长 …
	end, err := time.ParseInLocation("2006-01-02 15:04:05", row[2], time.UTC)
	if err != nil {
		t.Fatal(err)
	}
	w := openBook(t, path)
	sv, err := w.findSurvey("Sheet1")
	if err != nil || sv == nil || sv.platform.layout != "tencent" {
		t.Fatalf("findSurvey: %v, %v", sv, err)
	}
	sv.parseHeader(evaluate.Chibi(), newResolver(evaluate.Chibi(), nil))
	m := sv.metaOf(row)
	if !m.Submitted.Equal(end) || m.Seconds != parseSeconds(row[3]) || m.Seconds == 0 || m.IP != "" || len(m.Fields) != 10 {
		t.Errorf("metadata %+v, want submitted %v after %s", m, end, row[3])
	}
}

// TestCommentColumns: comments in a wide sheet (意见建议, a column the rules
// name, a comment about one target) and in a long one (about the row's
// target), each with its column and place.
func TestCommentColumns(t *testing.T) {
	rules := evaluate.Chibi()
	rules.Ballots.Comments.Columns = []string{"群众留言"}
	read := func(rows [][]any) []evaluate.Ballot {
		t.Helper()
		w := openBook(t, writeBook(t, "x.xlsx", surveyRoster, sample.Sheet{Name: "选票", Rows: rows}))
		targets, err := w.Roster(rules)
		if err != nil {
			t.Fatal(err)
		}
		var got []evaluate.Ballot
		if err := w.Ballots(rules, targets, func(b evaluate.Ballot) error { got = append(got, b); return nil }); err != nil {
			t.Fatal(err)
		}
		return got
	}
	wide := read([][]any{
		{"票号", "代表类别", "T001", "T002", "意见建议", "群众留言", "T002/意见建议"},
		{"P1", "党代表", "满意", "满意", "窗口少", "希望延时服务", "李四很热情"},
	})
	want := []evaluate.Comment{
		{Target: -1, Column: "意见建议", Col: 4, Text: "窗口少"},
		{Target: -1, Column: "群众留言", Col: 5, Text: "希望延时服务"},
		{Target: 1, Column: "T002/意见建议", Col: 6, Text: "李四很热情"},
	}
	if len(wide) != 1 || len(wide[0].Cells) != 2 || fmt.Sprint(wide[0].Comments) != fmt.Sprint(want) {
		t.Errorf("wide: %+v, want 2 ratings and comments %+v", wide, want)
	}
	long := read([][]any{
		{"票号", "代表类别", "编号", "评价", "群众留言"},
		{"P1", "党代表", "T001", "满意", nil},
		{"P1", "党代表", "T003", "不满意", "办事拖拉"},
	})
	if len(long) != 1 || fmt.Sprint(long[0].Comments) != fmt.Sprint([]evaluate.Comment{{Target: 2, Column: "群众留言", Col: 4, Row: 3, Text: "办事拖拉"}}) {
		t.Errorf("long: comments %+v, want one about T003 on row 3", long[0].Comments)
	}
}
