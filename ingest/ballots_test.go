package ingest

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/sample"
)

// ballotRoster has four targets; 王五 names two of them.
var ballotRoster = rosterSheet(
	person("T001", "张三", "市民政局", "婚姻登记股", "综合管理类", "李", "王"),
	person("T002", "李四", "市民政局", "办公室", "综合管理类", "李", "王"),
	person("T003", "王五", "市税务局", "征管股", "公共服务和行政执法类", "钱", "孙"),
	person("T004", "王五", "市财政局", "预算股", "综合管理类", "周", "吴"),
)

// readBallots writes the roster and a 选票 sheet of rows, and reads every
// ballot.
func readBallots(t *testing.T, rows [][]any) (string, []evaluate.Ballot, error) {
	t.Helper()
	path := writeBook(t, "x.xlsx", ballotRoster, sample.Sheet{Name: "选票", Rows: rows})
	w := openBook(t, path)
	rules := evaluate.Chibi()
	targets, err := w.Roster(rules)
	if err != nil {
		t.Fatal(err)
	}
	var got []evaluate.Ballot
	err = w.Ballots(rules, targets, func(b evaluate.Ballot) error {
		b.Cells = slices.Clip(slices.Clone(b.Cells)) // the reader reuses them
		if len(b.Cells) == 0 {
			b.Cells = nil
		}
		got = append(got, b)
		return nil
	})
	return path, got, err
}

func TestBallots(t *testing.T) {
	type cell = evaluate.Cell
	tests := []struct {
		name string
		rows [][]any
		// want is given without Source.File, which is the temporary path.
		want []evaluate.Ballot
	}{
		{"ids, names and a note", [][]any{
			{"票号", "代表类别", "T001", "李四", "备注", "T003"},
			{"P001", "党代表", "满意", "不满意", "字迹潦草", nil},
			nil,
			{"P002", "人大代表", nil, "基本满意", nil, " 满意 "},
			{"P003", "社会人士"},
			{nil, nil, nil, nil, "只有备注"},
		}, []evaluate.Ballot{
			// The note (备注) is a comment on the ballot as a whole; the
			// group's cell is column B.
			{ID: "P001", Group: "党代表", Source: evaluate.Source{Sheet: "选票", Row: 2}, Cells: []cell{
				{Target: 0, Value: "满意", Col: 2},
				{Target: 1, Value: "不满意", Col: 3},
			}, GroupColumn: 2, Comments: []evaluate.Comment{{Target: -1, Column: "备注", Col: 4, Text: "字迹潦草"}}},
			{ID: "P002", Group: "人大代表", Source: evaluate.Source{Sheet: "选票", Row: 4}, Cells: []cell{
				{Target: 1, Value: "基本满意", Col: 3},
				{Target: 2, Value: "满意", Col: 5},
			}, GroupColumn: 2},
			{ID: "P003", Group: "社会人士", Source: evaluate.Source{Sheet: "选票", Row: 5}, GroupColumn: 2},
			// A row with nothing but a note is still a row someone keyed in:
			// the tally, not the reader, calls it invalid.
			{Source: evaluate.Source{Sheet: "选票", Row: 6}, GroupColumn: 2, Comments: []evaluate.Comment{{Target: -1, Column: "备注", Col: 4, Text: "只有备注"}}},
		}},
		{"english header under a title, any order", [][]any{
			{"2026年度百名股长群众评 选票录入"},
			{"T004", "Group", "T002", "ballot"},
			{"不满意", "企业代表", 0, "P9"},
		}, []evaluate.Ballot{
			{ID: "P9", Group: "企业代表", Source: evaluate.Source{Sheet: "选票", Row: 3}, Cells: []cell{
				{Target: 3, Value: "不满意", Col: 0},
				{Target: 1, Value: "0", Numeric: true, Number: 0, Col: 2},
			}, GroupColumn: 2},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path, got, err := readBallots(t, tt.rows)
			if err != nil {
				t.Fatal(err)
			}
			for i := range tt.want {
				tt.want[i].Source.File = path
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got\n%+v\nwant\n%+v", got, tt.want)
			}
		})
	}
}

func TestBallotHeaderErrors(t *testing.T) {
	tests := []struct {
		name string
		head []any
		want located
		also []string // further text the message must hold
	}{
		{"shared name", []any{"票号", "代表类别", "T001", "王五"}, located{"选票!D1", "王五"}, []string{"T003", "T004", "编号"}},
		{"unknown column", []any{"票号", "代表类别", "T001", "T999"}, located{"选票!D1", "T999"}, []string{"roster"}},
		{"unknown name", []any{"票号", "代表类别", "赵六"}, located{"选票!C1", "赵六"}, nil},
		{"same target by id and name", []any{"票号", "代表类别", "T001", "李四", "张三"}, located{"选票!E1", "T001"}, []string{"C1"}},
		{"same id twice", []any{"票号", "代表类别", "T002", "T002"}, located{"选票!D1", "T002"}, []string{"C1"}},
		{"no group column", []any{"票号", "T001"}, located{"选票", "代表类别"}, nil},
		{"票号 twice", []any{"票号", "代表类别", "ballot", "T001"}, located{"选票!C1", "twice"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path, got, err := readBallots(t, [][]any{tt.head, {"P1", "党代表", "满意", "满意", "满意"}})
			if len(got) != 0 {
				t.Errorf("read %d ballots despite a bad header", len(got))
			}
			checkDataErrors(t, path, err, []located{tt.want})
			for _, s := range tt.also {
				if err != nil && !strings.Contains(err.Error(), s) {
					t.Errorf("error %q does not mention %q", err, s)
				}
			}
		})
	}
}

// TestBallotsValueWithoutHeader: a rating under a column with no header
// belongs to no target; dropping it silently would change scores and could
// turn a ballot blank, so the reader stops at it.
func TestBallotsValueWithoutHeader(t *testing.T) {
	tests := []struct {
		name string
		rows [][]any
		want located
		read int // ballots delivered before the error
	}{
		{"gap inside the header", [][]any{
			{"票号", "代表类别", "T001", nil, "T002"},
			{"P1", "党代表", "满意", nil, "满意"},
			{"P2", "党代表", "满意", "不满意", "满意"},
		}, located{"选票!D3", `"不满意"`}, 1},
		{"past the header", [][]any{
			{"票号", "代表类别", "T001"},
			{"P1", "党代表", "满意", nil, nil, "基本满意"},
		}, located{"选票!F2", `"基本满意"`}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path, got, err := readBallots(t, tt.rows)
			checkDataErrors(t, path, err, []located{tt.want})
			if len(got) != tt.read {
				t.Errorf("read %d ballots before the error, want %d", len(got), tt.read)
			}
		})
	}
}

func TestBallotsCallbackErrorStops(t *testing.T) {
	path := writeBook(t, "x.xlsx", ballotRoster, sample.Sheet{Name: "选票", Rows: [][]any{
		{"票号", "代表类别", "T001"},
		{"P1", "党代表", "满意"},
		{"P2", "党代表", "满意"},
		{"P3", "党代表", "满意"},
	}})
	w := openBook(t, path)
	rules := evaluate.Chibi()
	targets, err := w.Roster(rules)
	if err != nil {
		t.Fatal(err)
	}
	stop := errors.New("stop here")
	var seen []string
	err = w.Ballots(rules, targets, func(b evaluate.Ballot) error {
		seen = append(seen, b.ID)
		if b.ID == "P2" {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) {
		t.Errorf("err = %v, want the callback's error", err)
	}
	if want := []string{"P1", "P2"}; !reflect.DeepEqual(seen, want) {
		t.Errorf("saw %v, want %v", seen, want)
	}
}

func TestBallotsNeedOneDimension(t *testing.T) {
	path := writeBook(t, "x.xlsx", ballotRoster, sample.Sheet{Name: "选票", Rows: [][]any{
		{"票号", "代表类别", "T001"},
		{"P1", "党代表", "满意"},
	}})
	w := openBook(t, path)
	rules := evaluate.Chibi()
	targets, err := w.Roster(rules)
	if err != nil {
		t.Fatal(err)
	}
	rules.Dimensions = []evaluate.Dimension{{Name: "服务态度", Weight: 0.5}, {Name: "行政效率", Weight: 0.5}}
	called := false
	err = w.Ballots(rules, targets, func(evaluate.Ballot) error { called = true; return nil })
	if err == nil || called {
		t.Errorf("err = %v, called = %v; want an error before any ballot", err, called)
	}
}

func TestBallotsMissingSheet(t *testing.T) {
	path := writeBook(t, "x.xlsx", ballotRoster)
	w := openBook(t, path)
	rules := evaluate.Chibi()
	targets, err := w.Roster(rules)
	if err != nil {
		t.Fatal(err)
	}
	err = w.Ballots(rules, targets, func(evaluate.Ballot) error { return nil })
	checkDataErrors(t, path, err, []located{{"", "选票"}})
}
