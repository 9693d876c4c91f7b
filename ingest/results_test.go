package ingest

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/evalctl/evalctl/internal/msg"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/sample"
	"github.com/evalctl/evalctl/report"
)

// scoredRound scores a small round of 2026 compared with 2025: T1 and T2 of
// U1, T3 of U2 (bottom 1, so T3 is unsatisfactory, as it was last year),
// with an escalation rule, one complaint with details and one without.
func scoredRound(t *testing.T) *evaluate.Result {
	t.Helper()
	rules := evaluate.Chibi()
	rules.MinRatings = 2
	rules.Categories = []evaluate.Category{{Name: "A", Bottom: 1, Awards: 1}}
	rules.Escalation = []evaluate.EscalationRule{{When: evaluate.WhenConsecutiveUnsatisfactory, Target: []string{"免职"}}}
	if err := rules.Validate(); err != nil {
		t.Fatal(err)
	}
	tg := func(id, unit string) evaluate.Target {
		return evaluate.Target{ID: id, Name: "姓名" + id, Unit: unit, Section: "股" + id, Category: "A", Supervisor: "S-" + unit, Principal: "P-" + unit}
	}
	round := &evaluate.Round{
		Targets: []evaluate.Target{tg("T1", "U1"), tg("T2", "U1"), tg("T3", "U2")},
		Tests:   map[string]float64{"T1": 90, "T2": 80, "T3": 70},
		Complaints: []evaluate.Complaint{
			{TargetID: "T2", Result: "查实", Details: []evaluate.Field{{Name: "日期", Value: "2026-04-01"}, {Name: "内容", Value: "办事拖延"}}, Where: "r.xlsx: 投诉台账!D2"},
			{TargetID: "T3", Result: "不实", Where: "r.xlsx: 投诉台账!D3"},
		},
	}
	tally := evaluate.NewTally(rules, 3)
	for i, levels := range [][]string{{"满意", "基本满意", "不满意"}, {"满意", "满意", "基本满意"}, {"基本满意", "不满意", "不满意"}} {
		group := []string{"党代表", "党代表", "企业代表"}[i]
		b := evaluate.Ballot{ID: string(rune('a' + i)), Group: group}
		for ti, l := range levels {
			b.Cells = append(b.Cells, evaluate.Cell{Target: ti, Value: l})
		}
		tally.Add(b)
	}
	res, err := evaluate.Score(rules, round, tally)
	if err != nil {
		t.Fatal(err)
	}
	res.Year = 2026
	res.ApplyPrevious(&evaluate.Previous{Year: 2025, Targets: map[string]evaluate.PreviousTarget{"T3": {Rank: 3, Unsatisfactory: true}}})
	return res
}

// normalized makes empty lists nil, as a file read back gives them, and
// rounds numbers to 12 significant digits: a workbook cell keeps the 15 that
// Excel does.
func normalized(p *evaluate.Published) *evaluate.Published {
	round := func(v *float64) {
		*v, _ = strconv.ParseFloat(strconv.FormatFloat(*v, 'g', 12, 64), 64)
	}
	for i := range p.Targets {
		t := &p.Targets[i]
		if len(t.Flags) == 0 {
			t.Flags = nil
		}
		for _, v := range []*float64{&t.BallotScore, &t.Composite, &t.Deduction, &t.Final, &t.Satisfaction} {
			round(v)
		}
		for c := range t.Components {
			round(&t.Components[c])
		}
		for g := range t.Groups {
			round(&t.Groups[g].Mean)
			round(&t.Groups[g].Satisfaction)
		}
	}
	for i := range p.Ledger {
		if len(p.Ledger[i].Details) == 0 {
			p.Ledger[i].Details = nil
		}
	}
	return p
}

// TestReadResultsRoundTrip writes the results workbook (in both languages)
// and the JSON, and reads each back to what report.Publish gives directly,
// but for what each format does not carry.
func TestReadResultsRoundTrip(t *testing.T) {
	res := scoredRound(t)
	if !res.Targets[2].ConsecutiveUnsatisfactory || len(res.Accountability) == 0 {
		t.Fatal("the round does not exercise a repeated verdict and its escalation")
	}
	dir := t.TempDir()
	for _, lang := range msg.Langs {
		t.Run("workbook "+string(lang), func(t *testing.T) {
			path := filepath.Join(dir, "结果-"+string(lang)+".xlsx")
			rules, err := report.RulesYAML(res.Rules)
			if err != nil {
				t.Fatal(err)
			}
			if err := report.WriteWorkbook(path, res, report.Meta{Version: "test", RulesYAML: rules}, lang); err != nil {
				t.Fatal(err)
			}
			got, digest, err := ReadResults(path)
			if err != nil {
				t.Fatal(err)
			}
			want := normalized(report.Publish(res, lang))
			want.RulesYAML = rules        // the 审计 sheet holds the rules, indented as written
			for i := range want.Targets { // the workbook words the reserve list in the verdict only
				want.Targets[i].Reserve = false
			}
			if !reflect.DeepEqual(normalized(got), want) {
				t.Errorf("read back\n%+v\nwant\n%+v", got, want)
			}
			if len(digest) != 64 {
				t.Errorf("digest %q", digest)
			}
		})
	}
	t.Run("json", func(t *testing.T) {
		var buf bytes.Buffer
		if err := report.WriteJSON(&buf, res, msg.Chinese); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, "results.json")
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		got, _, err := ReadResults(path)
		if err != nil {
			t.Fatal(err)
		}
		want := normalized(report.Publish(res, msg.Chinese))
		want.Components = []string{"测试成绩"} // the contract does not name the component
		for i := range want.Targets {
			want.Targets[i].Verdict = "" // nor word the verdict
		}
		if !reflect.DeepEqual(normalized(got), want) {
			t.Errorf("read back\n%+v\nwant\n%+v", got, want)
		}
	})
}

// An earlier year's ranking made by hand: only 编号, 名次 and 不满意 (and a
// rate), in the only sheet of a workbook or a CSV file; the year comes from
// the file name.
func TestReadResultsHandMade(t *testing.T) {
	xlsx := writeBook(t, "结果-2024.xlsx", sample.Sheet{Name: "Sheet1", Rows: [][]any{
		{"2024年度评议结果"}, {"编号", "姓名", "名次", "不满意", "满意率"}, {"T1", "甲", 1, nil, "85%"}, {"T2", "乙", nil, "是", 0.4}}})
	csv := filepath.Join(t.TempDir(), "2024结果.csv")
	if err := os.WriteFile(csv, []byte("编号,姓名,名次,不满意,满意率\nT1,甲,1,,85%\nT2,乙,,是,0.4\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{xlsx, csv} {
		p, _, err := ReadResults(path)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if p.Year != 2024 || p.Complete || len(p.Targets) != 2 {
			t.Fatalf("%s: year %d, complete %v, %d targets", path, p.Year, p.Complete, len(p.Targets))
		}
		t1, t2 := p.Targets[0], p.Targets[1]
		if t1.Rank != 1 || t1.Unsatisfactory || t1.Status != evaluate.StatusRanked || t1.Satisfaction != 0.85 || !t1.HasSatisfaction {
			t.Errorf("%s: T1 = %+v", path, t1)
		}
		if t2.Rank != 0 || !t2.Unsatisfactory || t2.Status != evaluate.StatusInsufficient || t2.Satisfaction != 0.4 {
			t.Errorf("%s: T2 = %+v", path, t2)
		}
	}
}

func TestReadResultsErrors(t *testing.T) {
	ranking := func(rows ...[]any) sample.Sheet {
		return sample.Sheet{Name: "排名", Rows: append([][]any{{"编号", "名次", "不满意", "满意率"}}, rows...)}
	}
	for _, tc := range []struct {
		name   string
		sheets []sample.Sheet
		want   []located
	}{
		{"not results", []sample.Sheet{{Name: "名册", Rows: [][]any{{"编号"}}}, {Name: "选票", Rows: [][]any{{"票号"}}}},
			[]located{{"", "no sheet named 排名 or Ranking (the workbook has: 名册, 选票)"}}},
		{"no verdict column", []sample.Sheet{{Name: "排名", Rows: [][]any{{"编号", "名次"}, {"T1", 1}}}},
			[]located{{"排名", "no header row with the columns 编号/ID, 名次/Rank, 不满意/Unsatisfactory"}}},
		{"bad cells", []sample.Sheet{ranking([]any{"T1", 1, "可能", 0.5}, []any{"T2", "第二", nil, 1.5}, []any{"T1", 3}, []any{nil, 4})},
			[]located{{"排名!C2", `"可能" is neither 是/yes nor empty/否/no`}, {"排名!B3", `"第二" is not a whole number`},
				{"排名!D3", `"1.5" is not a rate`}, {"排名!A4", "target T1 is listed twice (first at A2)"}, {"排名!A5", "编号 is empty"}}},
		{"group scores of a stranger", []sample.Sheet{ranking([]any{"T1", 1}),
			{Name: "分组得分", Rows: [][]any{{"编号", "代表类别", "评价人数", "评价次数"}, {"T9", "党代表", 3, 3}}}},
			[]located{{"分组得分!A2", `target "T9" is not in the ranking`}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := writeBook(t, "r.xlsx", tc.sheets...)
			_, _, err := ReadResults(path)
			checkDataErrors(t, path, err, tc.want)
		})
	}
}

func TestReadResultsJSONErrors(t *testing.T) {
	for _, tc := range []struct{ name, json, want string }{
		{"newer schema", `{"schema": 2, "targets": [{"id": "T1"}]}`, "schema 2; this evalctl reads schema 1"},
		{"no schema", `{"targets": [{"id": "T1"}]}`, `no "schema"`},
		{"broken", `{"schema": 1, "targets": [`, "not evalctl's JSON results"},
		{"duplicate", `{"schema": 1, "targets": [{"id": "T1"}, {"id": "T1"}]}`, "targets[1]: target T1 is listed twice (first at targets[0])"},
		{"stray complaint", `{"schema": 1, "targets": [{"id": "T1"}], "accountability": [], "complaints": [{"target": "T2"}]}`, `complaints[0]: target "T2" is not in the ranking`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "r.json")
			if err := os.WriteFile(path, []byte(tc.json), 0o644); err != nil {
				t.Fatal(err)
			}
			_, _, err := ReadResults(path)
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), path+": ") {
				t.Errorf("error %v, want %s: …%s", err, path, tc.want)
			}
			if !errors.Is(err, evaluate.ErrInvalidData) {
				t.Errorf("%v does not match ErrInvalidData", err)
			}
		})
	}
}

func TestYearFromName(t *testing.T) {
	for _, tc := range []struct {
		path string
		want int
	}{
		{"结果-2025.xlsx", 2025},
		{"2026年度评议.xlsx", 2026},
		{"dir/round-1999-results.json", 1999},
		{`C:\评议\2024\结果.xlsx`, 0}, // only the file's own name counts
		{"round.xlsx", 0},
		{"round-20250.xlsx", 0},     // five digits are no year
		{"2024-2025 结果.xlsx", 0},    // two years: which one?
		{"2025 结果 2025.xlsx", 2025}, // the same twice is fine
		{"round-3025.xlsx", 0},
	} {
		if got := YearFromName(tc.path); got != tc.want {
			t.Errorf("YearFromName(%q) = %d, want %d", tc.path, got, tc.want)
		}
	}
}

func TestIsResults(t *testing.T) {
	dir := t.TempDir()
	json := filepath.Join(dir, "r.json")
	if err := os.WriteFile(json, []byte("\ufeff {\"schema\": 1}"), 0o644); err != nil {
		t.Fatal(err)
	}
	results := filepath.Join(dir, "结果.xlsx")
	if err := report.WriteWorkbook(results, scoredRound(t), report.Meta{}, msg.English); err != nil {
		t.Fatal(err)
	}
	text := filepath.Join(dir, "notes.xlsx")
	if err := os.WriteFile(text, []byte("not a workbook"), 0o644); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]bool{chibiWorkbook: false, json: true, results: true, text: false} {
		if got, err := IsResults(path); got != want || err != nil {
			t.Errorf("IsResults(%s) = %v, %v; want %v", path, got, err, want)
		}
	}
	if _, err := IsResults(filepath.Join(dir, "missing.xlsx")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a missing file: %v", err)
	}
}
