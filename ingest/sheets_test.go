package ingest

import (
	"reflect"
	"testing"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/sample"
)

func TestTests(t *testing.T) {
	tests := []struct {
		name string
		rows [][]any
		want map[string]float64
	}{
		{"numbers and text", [][]any{
			{"编号", "成绩"},
			{"T001", "８５．５"},
			{"T002", " 90 "},
			{"T003", 77.25},
			{"T004", 100},
			{"T005", "0"},
			{"T006", "\u3000６０\u3000"},
		}, map[string]float64{"T001": 85.5, "T002": 90, "T003": 77.25, "T004": 100, "T005": 0, "T006": 60}},
		{"english header under a title", [][]any{
			{"岗位能力测试成绩表"},
			{"Score", "remark", "ID"},
			{"88", "补考", "T001"},
			nil,
			{99.5, nil, "T002"},
		}, map[string]float64{"T001": 88, "T002": 99.5}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeBook(t, "x.xlsx", sample.Sheet{Name: "测试成绩", Rows: tt.rows})
			got, err := readTests(openBook(t, path))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestTestsErrors(t *testing.T) {
	path := writeBook(t, "x.xlsx", sample.Sheet{Name: "测试成绩", Rows: [][]any{
		{"编号", "成绩"},
		{"T001", "abc"},
		{"T002", 120},
		{"T003", 80},
		{"T003", 81},
		{"T005", nil},
		{nil, 70},
		{"T007", -0.5},
		{"T008", "8 5"},
	}})
	_, err := readTests(openBook(t, path))
	checkDataErrors(t, path, err, []located{
		{"测试成绩!B2", `"abc" is not a number`},
		{"测试成绩!B3", "outside 0–100"},
		{"测试成绩!A5", "T003 already has a score at B4"},
		{"测试成绩!B6", "empty"},
		{"测试成绩!A7", "编号 is empty"},
		{"测试成绩!B8", "outside 0–100"},
		{"测试成绩!B9", `"8 5" is not a number`},
	})
}

func TestTestsMissingSheet(t *testing.T) {
	path := writeBook(t, "x.xlsx", rosterSheet(person("T001", "张三", "市民政局", "", "综合管理类", "李", "王")))
	w := openBook(t, path)
	if _, err := readTests(w); err == nil {
		t.Error("readTests: no error for a workbook without 测试成绩")
	}
	// The chibi rules score the test, so the round needs the sheet.
	if _, err := w.ReadRound(evaluate.Chibi()); err == nil {
		t.Error("ReadRound: no error for a workbook without 测试成绩")
	}
	// Rules without a test component do not look for it.
	rules := evaluate.Chibi()
	rules.Components = []evaluate.Component{{Name: "民主评议", Source: evaluate.SourceBallots, Weight: 1}}
	round, err := w.ReadRound(rules)
	if err != nil {
		t.Fatal(err)
	}
	if round.Tests != nil || len(round.Targets) != 1 {
		t.Errorf("round = %+v", round)
	}
}

func TestComplaints(t *testing.T) {
	tests := []struct {
		name   string
		sheets []sample.Sheet
		want   func(path string) []evaluate.Complaint
	}{
		{"absent", []sample.Sheet{rosterSheet()}, func(string) []evaluate.Complaint { return nil }},
		{"details in order", []sample.Sheet{{Name: "投诉台账", Rows: [][]any{
			{"投诉台账（2026年）"},
			{"日期", "编号", "内容", "核查结果", nil, "来源"},
			{"2026-03-02", "T001", "办事拖拉", "查实", nil, "热线"},
			nil,
			{"2026-04-11", "T002", nil, "不实"},
		}}}, func(path string) []evaluate.Complaint {
			return []evaluate.Complaint{
				{TargetID: "T001", Result: "查实", Where: path + ": 投诉台账!D3",
					Details: []evaluate.Field{{Name: "日期", Value: "2026-03-02"}, {Name: "内容", Value: "办事拖拉"}, {Name: "来源", Value: "热线"}}},
				{TargetID: "T002", Result: "不实", Where: path + ": 投诉台账!D5",
					Details: []evaluate.Field{{Name: "日期", Value: "2026-04-11"}, {Name: "内容", Value: ""}, {Name: "来源", Value: ""}}},
			}
		}},
		{"english", []sample.Sheet{{Name: "Complaints", Rows: [][]any{
			{"result", "id"},
			{"verified", "T009"},
		}}}, func(path string) []evaluate.Complaint {
			return []evaluate.Complaint{{TargetID: "T009", Result: "verified", Where: path + ": Complaints!A2"}}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeBook(t, "x.xlsx", tt.sheets...)
			got, err := readComplaints(openBook(t, path), evaluate.Chibi())
			if err != nil {
				t.Fatal(err)
			}
			if want := tt.want(path); !reflect.DeepEqual(got, want) {
				t.Errorf("got  %+v\nwant %+v", got, want)
			}
		})
	}
}

func TestComplaintsErrors(t *testing.T) {
	tests := []struct {
		name string
		rows [][]any
		want []located
	}{
		{"empty cells", [][]any{
			{"日期", "编号", "内容", "核查结果"},
			{"2026-03-02", "T001", "办事拖拉", nil},
			{"2026-03-03", nil, "态度差", "查实"},
		}, []located{{"投诉台账!D2", "核查结果 is empty"}, {"投诉台账!B3", "编号 is empty"}}},
		{"no 核查结果 column", [][]any{
			{"日期", "编号", "内容"},
			{"2026-03-02", "T001", "办事拖拉"},
		}, []located{{"投诉台账", "核查结果"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeBook(t, "x.xlsx", sample.Sheet{Name: "投诉台账", Rows: tt.rows})
			_, err := readComplaints(openBook(t, path), evaluate.Chibi())
			checkDataErrors(t, path, err, tt.want)
		})
	}
}

// TestComplaintsHandlingColumn: where the rules list handling statuses,
// the 办理状态 column is read apart from the 核查结果, so that a verified
// complaint still being handled is one entry; without statuses it is a
// column like any other, kept for display. With statuses, a ledger without
// the column, or an entry without a status, is an error.
func TestComplaintsHandlingColumn(t *testing.T) {
	rows := [][]any{
		{"编号", "核查结果", "办理状态", "内容"},
		{"D05", "查实", "办理中", "收费不公示"},
		{"D13", "不实", "已办结", nil},
	}
	path := writeBook(t, "x.xlsx", sample.Sheet{Name: "投诉台账", Rows: rows})
	got, err := readComplaints(openBook(t, path), evaluate.Jintan())
	if err != nil {
		t.Fatal(err)
	}
	want := []evaluate.Complaint{
		{TargetID: "D05", Result: "查实", Status: "办理中", StatusWhere: path + ": 投诉台账!C2", Where: path + ": 投诉台账!B2",
			Details: []evaluate.Field{{Name: "内容", Value: "收费不公示"}}},
		{TargetID: "D13", Result: "不实", Status: "已办结", StatusWhere: path + ": 投诉台账!C3", Where: path + ": 投诉台账!B3",
			Details: []evaluate.Field{{Name: "内容", Value: ""}}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
	if got, _ := readComplaints(openBook(t, path), evaluate.Chibi()); got[0].Status != "" || got[0].Details[0] != (evaluate.Field{Name: "办理状态", Value: "办理中"}) {
		t.Errorf("without statuses in the rules, 办理状态 is a column kept for display: %+v", got[0])
	}

	rows[2][2] = nil
	path = writeBook(t, "y.xlsx", sample.Sheet{Name: "投诉台账", Rows: rows})
	_, err = readComplaints(openBook(t, path), evaluate.Jintan())
	checkDataErrors(t, path, err, []located{{"投诉台账!C3", "办理状态 is empty"}})
	path = writeBook(t, "z.xlsx", sample.Sheet{Name: "投诉台账", Rows: [][]any{{"编号", "核查结果"}, {"D05", "查实"}}})
	_, err = readComplaints(openBook(t, path), evaluate.Jintan())
	checkDataErrors(t, path, err, []located{{"投诉台账", "办理状态"}})
}

// TestReadRoundJoinsErrors checks that ReadRound reports the problems of
// every sheet at once rather than stopping at the first.
func TestReadRoundJoinsErrors(t *testing.T) {
	path := writeBook(t, "x.xlsx",
		rosterSheet(person("T001", "张三", "市民政局", "", "综合管理类", "李", "王")),
		sample.Sheet{Name: "测试成绩", Rows: [][]any{{"编号", "成绩"}, {"T001", "很好"}}},
		sample.Sheet{Name: "投诉台账", Rows: [][]any{{"编号", "核查结果"}, {"T001", nil}}},
	)
	_, err := openBook(t, path).ReadRound(evaluate.Chibi())
	checkDataErrors(t, path, err, []located{
		{"测试成绩!B2", `"很好" is not a number`},
		{"投诉台账!B2", "核查结果 is empty"},
	})
}
