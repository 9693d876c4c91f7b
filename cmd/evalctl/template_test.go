package main

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/evalctl/evalctl/internal/sample"
	"github.com/xuri/excelize/v2"
)

// withoutBallots writes the sample round without its 选票 sheet: the roster,
// the complaint ledger and the test scores, as the office keeps them while
// the clerks key in the ballots elsewhere.
//
// Under -race it keeps the first 40 targets and their rows only: the
// template, its dropdowns and the reading back are the same code over fewer
// columns (still past column Z), and the test's ballots rate T001 and T002.
func withoutBallots(t *testing.T, dir string) string {
	t.Helper()
	kept := map[any]bool{"编号": true} // the sheets' header rows
	var sheets []sample.Sheet
	for _, s := range sample.Chibi(sample.Seed).Sheets {
		switch {
		case s.Name == "选票":
			continue
		case raceDetector && s.Name == "名册":
			s.Rows = s.Rows[:1+40]
			for _, row := range s.Rows {
				kept[row[0]] = true
			}
		}
		sheets = append(sheets, s)
	}
	if raceDetector {
		for i, s := range sheets {
			sheets[i].Rows = slices.DeleteFunc(slices.Clone(s.Rows), func(row []any) bool { return !kept[row[0]] })
		}
	}
	path := filepath.Join(dir, "round.xlsx")
	if err := sample.WriteWorkbook(path, sheets); err != nil {
		t.Fatal(err)
	}
	return path
}

// dropdown returns the values of the list validation whose range starts in
// the column, as a clerk picking from it would see them.
func dropdown(t *testing.T, f *excelize.File, sheet, col string) []string {
	t.Helper()
	dvs, err := f.GetDataValidations(sheet)
	if err != nil {
		t.Fatal(err)
	}
	for _, dv := range dvs {
		if strings.HasPrefix(dv.Sqref, col) && dv.Type == "list" {
			return strings.Split(strings.Trim(dv.Formula1, `"`), ",")
		}
	}
	t.Fatalf("%s: no list validation from column %s", sheet, col)
	return nil
}

// The filled ballots, worked out by hand for T001 (chibi: 满意 100, 基本满意 60,
// 不满意 0; every group weighs 0.2, so the two groups that rated T001 count
// equally):
//
//	on the first (or only) dimension
//	  党代表   b1 满意, b2 满意, b3 基本满意  mean 86.667
//	  企业代表 b4 不满意, b5 满意           mean 50
//	  S = 68.333, satisfaction 4/5
//	on the second dimension, when there is one
//	  党代表   满意 ×3 -> 100; 企业代表 基本满意, 满意 -> 80;  S = 90
//	  B = (68.333 + 90) / 2 = 79.167
//
// b6 rates only T002; b7 keys b1 again as it was: the same paper, counted
// once and listed.
var filled = []struct {
	id, group string
	t001      [2]int // level index per dimension, -1 for blank
	t002      int
}{
	{"TPL-001", "党代表", [2]int{0, 0}, 0},
	{"TPL-002", "党代表", [2]int{0, 0}, -1},
	{"TPL-003", "党代表", [2]int{1, 0}, -1},
	{"TPL-004", "企业代表", [2]int{2, 1}, -1},
	{"TPL-005", "企业代表", [2]int{0, 0}, -1},
	{"TPL-006", "企业代表", [2]int{-1, -1}, 1},
	{"TPL-001", "党代表", [2]int{0, 0}, 0},
}

// twoDimensionRules are chibi's with two dimensions (评议内容) of equal weight.
const twoDimensionRules = `base: chibi
dimensions:
  - {name: 服务态度, weight: 0.5}
  - {name: 工作效率, weight: 0.5}
`

// A template made by evalctl template, filled in as a clerk would (票号 typed,
// group and levels picked from the dropdowns), scores without edits.
func TestTemplateRoundTrip(t *testing.T) {
	t.Parallel()
	round := withoutBallots(t, t.TempDir()) // read only, by every case
	for _, tc := range []struct {
		name      string
		args      []string
		sheet     func(group string) string
		dims      int // 2: with twoDimensionRules
		wantScore float64
	}{
		{"one sheet", nil, func(string) string { return "选票" }, 1, (260.0/3 + 50) / 2},
		{"english", []string{"--lang", "en"}, func(string) string { return "ballots" }, 1, (260.0/3 + 50) / 2},
		{"per group", []string{"--per-group"}, func(g string) string { return "选票-" + g }, 1, (260.0/3 + 50) / 2},
		{"two dimensions", nil, func(string) string { return "选票" }, 2, ((260.0/3+50)/2 + 90) / 2},
		{"two dimensions per group", []string{"--per-group"}, func(g string) string { return "选票-" + g }, 2, ((260.0/3+50)/2 + 90) / 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			var rules []string
			if tc.dims == 2 {
				path := filepath.Join(dir, "rules.yaml")
				if err := os.WriteFile(path, []byte(twoDimensionRules), 0o644); err != nil {
					t.Fatal(err)
				}
				rules = []string{"--rules", path}
			}
			template := filepath.Join(dir, "录入.xlsx")
			mustRunBytes(t, append(append([]string{"template", "--roster", round, "-o", template, "--ballots-rows", "20"}, tc.args...), rules...)...)
			fillTemplate(t, template, tc.sheet, tc.dims, strings.Contains(tc.name, "per group"))

			var res struct {
				Ballots struct{ Read, Valid, Invalid int }
				Rekeys  []struct {
					Ballot   string
					Conflict bool
				}
				Targets []struct {
					ID           string   `json:"id"`
					Ratings      int      `json:"ratings"`
					BallotScore  *float64 `json:"ballot_score"`
					Satisfaction *float64 `json:"satisfaction"`
				}
			}
			scoreArgs := append([]string{"score", round, "--ballots", template, "-o", filepath.Join(dir, "out.xlsx"), "--json", "--replicates", "0"}, rules...)
			if err := json.Unmarshal(mustRunBytes(t, scoreArgs...), &res); err != nil {
				t.Fatal(err)
			}
			if b := res.Ballots; b.Read != 6 || b.Valid != 6 || b.Invalid != 0 {
				t.Errorf("ballots read %d, valid %d, invalid %d; want 6, 6, 0", b.Read, b.Valid, b.Invalid)
			}
			if len(res.Rekeys) != 1 || res.Rekeys[0].Ballot != "TPL-001" || res.Rekeys[0].Conflict {
				t.Errorf("rekeyed %+v, want TPL-001 keyed again as it was", res.Rekeys)
			}
			t001 := res.Targets[0]
			if t001.ID != "T001" || t001.Ratings != 5 || t001.BallotScore == nil || math.Abs(*t001.BallotScore-tc.wantScore) > 1e-9 {
				t.Errorf("T001: %s rated by %d, ballot score %v; want T001 rated by 5, score %.4f", t001.ID, t001.Ratings, t001.BallotScore, tc.wantScore)
			}
			if tc.dims == 1 && (t001.Satisfaction == nil || math.Abs(*t001.Satisfaction-0.8) > 1e-9) {
				t.Errorf("T001 satisfaction %v, want 0.8", t001.Satisfaction)
			}
		})
	}
}

// fillTemplate keys the filled ballots into the template's data rows, the
// group and the levels taken from the sheets' own dropdowns.
func fillTemplate(t *testing.T, path string, sheetOf func(string) string, dims int, perGroup bool) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	next := map[string]int{}           // sheet -> next data row
	headers := map[string][][]string{} // sheet -> its rows as the template has them
	for _, b := range filled {
		sheet := sheetOf(b.group)
		header, ok := headers[sheet]
		if !ok {
			rows, err := f.GetRows(sheet)
			if err != nil {
				t.Fatal(err)
			}
			header, headers[sheet] = rows, rows
		}
		// T001 and T002 head the first two targets' columns.
		first := 2
		if !perGroup {
			first = 3
			groups := dropdown(t, f, sheet, "B")
			if !contains(groups, b.group) {
				t.Fatalf("group %s is not in the dropdown %v", b.group, groups)
			}
		}
		if c, _ := excelize.ColumnNumberToName(first); !strings.HasPrefix(header[0][first-1], "T001\n") {
			t.Fatalf("%s!%s1 = %q, want T001 and its name", sheet, c, header[0][first-1])
		}
		col, _ := excelize.ColumnNumberToName(first)
		levels := dropdown(t, f, sheet, col)
		if next[sheet] == 0 {
			next[sheet] = 1 + dims // the header rows
		}
		next[sheet]++
		row := next[sheet]
		set := func(c int, v string) {
			cell, _ := excelize.CoordinatesToCellName(c, row)
			if err := f.SetCellValue(sheet, cell, v); err != nil {
				t.Fatal(err)
			}
		}
		set(1, b.id)
		if !perGroup {
			set(2, b.group)
		}
		for d := range dims {
			if l := b.t001[d]; l >= 0 {
				set(first+d, levels[l])
			}
		}
		if b.t002 >= 0 {
			set(first+dims, levels[b.t002])
		}
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
