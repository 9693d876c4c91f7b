package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/sample"
)

// brokenRound has a mistake planted in every sheet; sample.Broken lists them.
const brokenRound = "../../testdata/broken/round.xlsx"

// checkResult is `evalctl check --json`, decoded without package report.
type checkResult struct {
	Schema               int                `json:"schema"`
	Problems             []contract.Problem `json:"problems"`
	InvalidBallots       []checkBallot      `json:"invalid_ballots"`
	Files                []checkFileSum     `json:"files"`
	Groups               []checkFileSum     `json:"groups"` // File unused
	Read, Valid, Invalid int
}

type checkBallot struct {
	Ballot, File, Sheet, Reason string
	Row                         int
	Problems                    []string
}

type checkFileSum struct {
	File, Group                   string
	Read, Valid, Invalid, Rekeyed int
}

func checkJSON(t *testing.T, wantCode int, args ...string) checkResult {
	t.Helper()
	code, out, errOut := runCLI(t, append([]string{"check", "--json"}, args...)...)
	if code != wantCode {
		t.Fatalf("evalctl check %s: exit %d, want %d\n%s", strings.Join(args, " "), code, wantCode, errOut)
	}
	var res checkResult
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("decoding the JSON: %v\n%s", err, out)
	}
	return res
}

// TestCheckBroken holds evalctl check to every planted problem of the broken
// round, at its exact place, in the JSON and in the text.
func TestCheckBroken(t *testing.T) {
	t.Parallel()
	res := checkJSON(t, exitData, brokenRound)
	code, text, _ := runCLI(t, "check", brokenRound)
	if code != exitData {
		t.Errorf("evalctl check (text): exit %d, want %d", code, exitData)
	}
	lines := strings.Split(text, "\n")
	var ballots []string
	for _, p := range sample.Broken().Planted {
		if p.Code != "" {
			ballots = append(ballots, fmt.Sprintf("%s %d %s", p.Sheet, p.Row, p.Code))
		}
		t.Run(p.String(), func(t *testing.T) {
			if p.Code == "" {
				prefix := fmt.Sprintf("%s: %s!%s: ", brokenRound, p.Sheet, p.Cell)
				if !slices.ContainsFunc(problemTexts(res), func(s string) bool { return strings.HasPrefix(s, prefix) }) {
					t.Errorf("no problem at %s in %q", prefix, problemTexts(res))
				}
				if !slices.ContainsFunc(lines, func(s string) bool { return strings.HasPrefix(s, "  "+prefix) }) {
					t.Errorf("the text lists no problem at %s", prefix)
				}
				return
			}
			i := slices.IndexFunc(res.InvalidBallots, func(b checkBallot) bool {
				return b.File == brokenRound && b.Sheet == p.Sheet && b.Row == p.Row
			})
			if i < 0 {
				t.Fatalf("no invalid ballot at %s %s row %d", brokenRound, p.Sheet, p.Row)
			}
			b := res.InvalidBallots[i]
			if b.Ballot != p.Ballot || !slices.Contains(b.Problems, p.Code) {
				t.Errorf("ballot %q problems %v, want %q with %s", b.Ballot, b.Problems, p.Ballot, p.Code)
			}
			if p.Cell != "" && !strings.Contains(b.Reason, p.Sheet+"!"+p.Cell) {
				t.Errorf("reason %q does not name the cell %s!%s", b.Reason, p.Sheet, p.Cell)
			}
			// 无效票: "  file: sheet 第 row 行: 票号: reason"
			prefix := fmt.Sprintf("  %s: %s 第 %d 行: %s: ", brokenRound, p.Sheet, p.Row, p.Ballot)
			j := slices.IndexFunc(lines, func(s string) bool { return strings.HasPrefix(s, prefix) })
			if j < 0 || (p.Cell != "" && !strings.Contains(lines[j], p.Sheet+"!"+p.Cell)) {
				t.Errorf("the text has no line %q naming %s!%s", prefix, p.Sheet, p.Cell)
			}
		})
	}
	// Nothing but the planted ballots is invalid, and the counts reconcile.
	var got []string
	for _, b := range res.InvalidBallots {
		for _, c := range b.Problems {
			got = append(got, fmt.Sprintf("%s %d %s", b.Sheet, b.Row, c))
		}
	}
	if !slices.Equal(sorted(got), sorted(ballots)) {
		t.Errorf("invalid ballots %q, want %q", got, ballots)
	}
	if res.Read != 11 || res.Valid != 3 || res.Invalid != 8 || len(res.Files) != 1 || res.Files[0].Read != 11 || res.Files[0].Rekeyed != 1 {
		t.Errorf("read %d = valid %d + invalid %d, files %v; want 11 = 3 + 8 in one file, one row keying P002 again", res.Read, res.Valid, res.Invalid, res.Files)
	}
}

// TestCheckSample lists the five planted invalid ballots of the sample round.
func TestCheckSample(t *testing.T) {
	t.Parallel()
	res := checkJSON(t, exitData, sampleRound)
	if len(res.Problems) != 0 {
		t.Errorf("problems %q, want none", res.Problems)
	}
	var got, want []string
	for _, b := range res.InvalidBallots {
		got = append(got, fmt.Sprintf("%s %s row %d %v", b.Ballot, b.Sheet, b.Row, b.Problems))
	}
	for _, p := range sample.Chibi(2026).Invalid {
		row := p.Row
		if p.Defect == sample.DefectDuplicate {
			row = p.FirstRow // the ballot keyed again with other contents is invalid where first read
		}
		want = append(want, fmt.Sprintf("%s 选票 row %d [%s]", p.ID, row, p.Defect))
	}
	if !slices.Equal(got, want) {
		t.Errorf("invalid ballots:\n got %q\nwant %q", got, want)
	}
	if res.Read != 1005 || res.Valid != 1000 || res.Invalid != 5 {
		t.Errorf("read %d = valid %d + invalid %d, want 1005 = 1000 + 5", res.Read, res.Valid, res.Invalid)
	}
}

// TestCheckLayouts: a round without invalid ballots is clean (exit 0); the
// clerks' files are reconciled one by one.
func TestCheckLayouts(t *testing.T) {
	t.Parallel()
	in := func(p string) string { return filepath.Join(layoutsDir, p) }
	rules := in("one/rules.yaml")
	clean := checkJSON(t, exitOK, in("one/clean.xlsx"), "--rules", rules)
	if len(clean.Problems) != 0 || clean.Read != 59 || clean.Valid != 59 {
		t.Errorf("clean round: problems %q, read %d, valid %d; want none, 59, 59", clean.Problems, clean.Read, clean.Valid)
	}
	a, b := in("one/clerks/ballots/a.xlsx"), in("one/clerks/ballots/b.csv")
	res := checkJSON(t, exitData, in("one/clerks/round.xlsx"), "--rules", rules, "--ballots", a, "--ballots", b)
	got := fmt.Sprint(res.Files)
	// a.xlsx: 党代表, 人大代表, 政协委员 with the blank ballot and the 满议
	// typo, and P017, invalid since b.csv keys it again with other
	// contents; b.csv: 企业代表 and 社会人士, and that keying, not read as a
	// ballot of its own.
	want := fmt.Sprint([]checkFileSum{{File: a, Read: 38, Valid: 35, Invalid: 3}, {File: b, Read: 24, Valid: 24, Rekeyed: 1}})
	if got != want {
		t.Errorf("files %s, want %s", got, want)
	}
}

// TestScoreStrict: --strict exits 3 on the broken round and at the first
// invalid ballot of the layouts round, naming it.
func TestScoreStrict(t *testing.T) {
	t.Parallel()
	out := filepath.Join(t.TempDir(), "out.xlsx")
	if code, _, errOut := runCLI(t, "score", brokenRound, "--strict", "-o", out); code != exitData {
		t.Errorf("score broken --strict: exit %d, want 3\n%s", code, errOut)
	}
	wide := filepath.Join(layoutsDir, "one", "wide.xlsx")
	code, _, errOut := runCLI(t, "score", wide, "--rules", filepath.Join(layoutsDir, "one", "rules.yaml"), "--strict", "-o", out)
	if want := fmt.Sprintf("evalctl: %s: 选票: 第 7 行，票号 \"P006\"：空白票", wide); code != exitData || !strings.HasPrefix(errOut, want) {
		t.Errorf("score wide --strict: exit %d, stderr %q; want 3, %q", code, errOut, want)
	}
}

// TestCheckGroupReconciliation: check reconciles the ballots per evaluator
// group as well as per file.
func TestCheckGroupReconciliation(t *testing.T) {
	t.Parallel()
	res := checkJSON(t, exitData, filepath.Join(layoutsDir, "one", "wide.xlsx"), "--rules", filepath.Join(layoutsDir, "one", "rules.yaml"))
	// P017 is keyed as a 人大代表 ballot and again, with other contents, as
	// an 企业代表 one: one ballot, invalid, whose group is in doubt.
	want := []checkFileSum{
		{Group: "党代表", Read: 13, Valid: 12, Invalid: 1}, // the blank ballot
		{Group: "人大代表", Read: 11, Valid: 11},
		{Group: "政协委员", Read: 13, Valid: 12, Invalid: 1}, // 满议
		{Group: "企业代表", Read: 12, Valid: 12},
		{Group: "社会人士", Read: 12, Valid: 12},
		{Group: "", Read: 1, Invalid: 1}, // P017
	}
	if fmt.Sprint(res.Groups) != fmt.Sprint(want) {
		t.Errorf("groups %v, want %v", res.Groups, want)
	}
}

// TestCheckMaskedProblems: each problem is still found, and said the same
// way, once the problems around it are mended.
func TestCheckMaskedProblems(t *testing.T) {
	t.Parallel()
	round := sample.Broken()
	sheet := func(name string) *sample.Sheet {
		i := slices.IndexFunc(round.Sheets, func(s sample.Sheet) bool { return s.Name == name })
		return &round.Sheets[i]
	}
	check := func(want string) {
		t.Helper()
		path := filepath.Join(t.TempDir(), "round.xlsx")
		if err := sample.WriteWorkbook(path, round.Sheets); err != nil {
			t.Fatal(err)
		}
		res := checkJSON(t, exitData, path, "--lang", "en")
		if !slices.Contains(problemTexts(res), path+": "+want) {
			t.Errorf("problems %q, want %q", problemTexts(res), want)
		}
	}
	sheet("名册").Rows[3][1] = "李娜"
	check("测试成绩!A8: T0O1 has a score but is not in the roster")
	tests := sheet("测试成绩")
	tests.Rows[2][1] = 79.5
	tests.Rows = tests.Rows[:len(tests.Rows)-1]
	check(`投诉台账!D3: 核查结果 "待查" is not one of 查实/不实/一票否决`)
}

// TestCheckListsEveryProblem: a header naming no target (T999) is one
// problem, and the rest of the sheet is still checked: a bad level, an
// unknown group and a second bad level are each listed with its cell.
func TestCheckListsEveryProblem(t *testing.T) {
	t.Parallel()
	const s, b, d = sample.LevelSatisfied, sample.LevelBasic, sample.LevelDissatisfied
	roster := [][]any{{"编号", "姓名", "单位", "股室", "类别", "分管领导", "主要领导"}}
	tests := [][]any{{"编号", "成绩"}}
	for i, name := range []string{"张伟", "王芳", "李娜"} {
		id := fmt.Sprintf("T%03d", i+1)
		roster = append(roster, []any{id, name, "市民政局", "办公室", "综合管理类", "李文斌", "周建国"})
		tests = append(tests, []any{id, 80.0})
	}
	path := filepath.Join(t.TempDir(), "round.xlsx")
	err := sample.WriteWorkbook(path, []sample.Sheet{
		{Name: "名册", Rows: roster},
		{Name: "选票", Rows: [][]any{
			{"票号", "代表类别", "T001", "T002", "T999", "T003"},
			{"P1", "党代表", s, "满议", s, b},   // D2: not a level
			{"P2", "群众代表", s, b, d, s},     // B3: not a group
			{"P3", "人大代表", b, s, s, "很满意"}, // F4: not a level
			{"P4", "企业代表", s, s, b, s},
		}},
		{Name: "测试成绩", Rows: tests},
	})
	if err != nil {
		t.Fatal(err)
	}
	res := checkJSON(t, exitData, path)
	if p := problemTexts(res); len(p) != 1 || !strings.HasPrefix(p[0], path+": 选票!E1: ") || !strings.Contains(p[0], "T999") {
		t.Errorf("problems %q, want the one T999 header at 选票!E1", res.Problems)
	}
	var got []string
	for _, ib := range res.InvalidBallots {
		got = append(got, ib.Ballot+" "+strings.Join(ib.Problems, ",")+" "+ib.Reason)
	}
	want := []string{
		`P1 not_a_level 选票!D2 "满议" 不是评价等次`,
		`P2 unknown_group 选票!B3 代表类别 "群众代表" 不在规则中`,
		`P3 not_a_level 选票!F4 "很满意" 不是评价等次`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("invalid ballots\n got %q\nwant %q", got, want)
	}
	// P4 is valid: the T999 column is left out, not held against it.
	if res.Read != 4 || res.Valid != 1 || res.Invalid != 3 {
		t.Errorf("read %d = valid %d + invalid %d, want 4 = 1 + 3", res.Read, res.Valid, res.Invalid)
	}
	_, text, _ := runCLI(t, "check", path)
	for _, line := range []string{"问题 (1)", "无效票 (3)"} {
		if !strings.Contains(text, "\n"+line+"\n") && !strings.HasPrefix(text, line+"\n") {
			t.Errorf("the text lacks %q:\n%s", line, text)
		}
	}
}

// problemTexts are check's problems as its text output tells them: where,
// then what.
func problemTexts(c checkResult) []string {
	var out []string
	for _, p := range c.Problems {
		if p.Where == "" {
			out = append(out, p.Message)
		} else {
			out = append(out, p.Where+": "+p.Message)
		}
	}
	return out
}
