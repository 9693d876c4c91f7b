package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/sample"
	"github.com/evalctl/evalctl/internal/xlsxdump"
)

// The safeguards of a verdict are tried end to end on small rounds built
// here, one per case: ten ballots, two from each chibi group, the j-th
// ballot rating each target by the j-th letter of its pattern (A 满意,
// B 基本满意, C 不满意, - blank). With every group rating every target
// twice, a ballot score is the plain mean of the ten ratings.

type vTarget struct {
	id, category, pattern string
}

// smallRoundTargets: 公共服务和行政执法类 (bottom 4) has two ranked targets,
// P1 (96: nine 满意, one 基本满意) and P2 (30), and P3 rated twice, too few
// to rank; 综合管理类 (bottom 2) has G1, vetoed with the best score (100),
// and G2 92, G3 84, G4 76, G5 56, G6 36.
var smallRoundTargets = []vTarget{
	{"P1", svc, "AAAAAAAAAB"}, {"P2", svc, "BBBBBCCCCC"}, {"P3", svc, "AA--------"},
	{"G1", gen, "AAAAAAAAAA"}, {"G2", gen, "AAAAAAAABB"}, {"G3", gen, "AAAAAABBBB"},
	{"G4", gen, "AAAABBBBBB"}, {"G5", gen, "AABBBBBBCC"}, {"G6", gen, "BBBBBBCCCC"},
}

// writeVerdictRound writes a round of the targets (every test score 80,
// the ledger given) and a rules file `base: chibi`, min_ratings 5, plus
// extra lines, into a new folder; it returns their paths. A target with no
// pattern has no column; tweak, when given, may change the ballot rows
// (the header first) before they are written.
func writeVerdictRound(t *testing.T, targets []vTarget, ledger [][]any, extra string, tweak ...func([][]any) [][]any) (round, rules string) {
	t.Helper()
	dir := t.TempDir()
	roster := [][]any{{"编号", "姓名", "单位", "股室", "类别", "分管领导", "主要领导"}}
	tests := [][]any{{"编号", "成绩"}}
	ballots := [][]any{{"票号", "代表类别"}}
	for i, tg := range targets {
		roster = append(roster, []any{tg.id, fmt.Sprintf("姓名%02d", i+1), "单位" + tg.id, "股室", tg.category, "分管" + tg.id, "局长" + tg.id})
		tests = append(tests, []any{tg.id, 80.0})
		if tg.pattern != "" {
			ballots[0] = append(ballots[0], tg.id)
		}
	}
	for j := range 10 {
		row := []any{fmt.Sprintf("B%02d", j+1), rcGroups[j%5]}
		for _, tg := range targets {
			if tg.pattern != "" {
				row = append(row, edgeLevel[tg.pattern[j]])
			}
		}
		ballots = append(ballots, row)
	}
	for _, f := range tweak {
		ballots = f(ballots)
	}
	sheets := []sample.Sheet{{Name: "名册", Rows: roster}, {Name: "选票", Rows: ballots}, {Name: "测试成绩", Rows: tests}}
	if ledger != nil {
		sheets = append(sheets, sample.Sheet{Name: "投诉台账", Rows: append([][]any{{"编号", "核查结果"}}, ledger...)})
	}
	round = filepath.Join(dir, "round.xlsx")
	if err := sample.WriteWorkbook(round, sheets); err != nil {
		t.Fatal(err)
	}
	rules = filepath.Join(dir, "rules.yaml")
	if err := os.WriteFile(rules, []byte("base: chibi\nmin_ratings: 5\n"+extra), 0o644); err != nil {
		t.Fatal(err)
	}
	return round, rules
}

// listed gives the IDs of the targets for which f holds, in roster order.
func listed(res contract.Results, f func(contract.Target) bool) []string {
	var out []string
	for _, tg := range res.Targets {
		if f(tg) {
			out = append(out, tg.ID)
		}
	}
	return out
}

func hasFlag(flag string) func(contract.Target) bool {
	return func(tg contract.Target) bool { return slices.Contains(tg.Flags, flag) }
}

// TestSmallCategoryEndToEnd: 公共服务和行政执法类 has 2 ranked targets
// and bottom 4; nobody there is confirmed by rank, both are flagged, and
// the bottom list shows them pending.
func TestSmallCategoryEndToEnd(t *testing.T) {
	t.Parallel()
	round, rules := writeVerdictRound(t, smallRoundTargets, [][]any{{"G1", "一票否决"}}, "")
	res := scoreResults(t, round, "--rules", rules, "-o", filepath.Join(t.TempDir(), "out.xlsx"))
	if got := listed(res, hasFlag("small_category")); !slices.Equal(got, []string{"P1", "P2"}) {
		t.Errorf("small_category = %v, want [P1 P2]", got)
	}
	if got := listed(res, func(tg contract.Target) bool { return tg.Unsatisfactory && tg.Category == svc }); got != nil {
		t.Errorf("confirmed in %s: %v, want nobody", svc, got)
	}
	out := mustRun(t, "bottom", round, "--rules", rules)
	for _, want := range []string{"\tP1\t", "\tP2\t", "类别过小，按名次认定须经评议委员会决定"} {
		if !strings.Contains(out, want) {
			t.Errorf("bottom lacks %q:\n%s", want, out)
		}
	}
}

// TestVetoModesEndToEnd: with G1 vetoed and bottom 2 in 综合管理类, fill
// (the default) lists G1 and the lowest, G6; add lists G1, G5 and G6.
func TestVetoModesEndToEnd(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		extra string
		want  []string
	}{
		{"", []string{"G1", "G6"}},
		{"bottom: {label: 群众不满意股长, action: 免职, max_share: 0.5, vetoes: fill}\n", []string{"G1", "G6"}},
		{"bottom: {label: 群众不满意股长, action: 免职, max_share: 0.5, vetoes: add}\n", []string{"G1", "G5", "G6"}},
	} {
		round, rules := writeVerdictRound(t, smallRoundTargets, [][]any{{"G1", "一票否决"}}, tc.extra)
		res := scoreResults(t, round, "--rules", rules, "-o", filepath.Join(t.TempDir(), "out.xlsx"))
		got := listed(res, func(tg contract.Target) bool { return tg.Unsatisfactory && tg.Category == gen })
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: unsatisfactory %v, want %v", tc.extra, got, tc.want)
		}
	}
}

// degradedTargets: one category of five ranked targets (bottom 2 of 综合管理类
// is within half), and N1, on the roster but on no ballot. The rules of
// degraded rounds have that category alone (oneCategory).
const oneCategory = "categories: [{name: 综合管理类, bottom: 2, awards: 1}]\n"

var degradedTargets = []vTarget{
	{"G2", gen, "AAAAAAAABB"}, {"G3", gen, "AAAAAABBBB"}, {"G4", gen, "AAAABBBBBB"},
	{"G5", gen, "AABBBBBBCC"}, {"G6", gen, "BBBBBBCCCC"}, {"N1", gen, ""},
}

// warningsOf runs check (text and JSON) and score (summary and JSON) on a
// round and returns, per output, the warnings each gives as "code where".
func warningsOf(t *testing.T, round, rules string) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	var chk contract.Check
	code, stdout, stderr := runCLI(t, "check", round, "--rules", rules, "--json")
	if code != exitOK && code != exitData {
		t.Fatalf("check --json: exit %d\n%s", code, stderr)
	}
	decodeJSON(t, stdout, &chk)
	for _, w := range chk.Warnings {
		out["check --json"] = append(out["check --json"], string(w.Code)+" "+w.Where)
		if w.Message == "" {
			t.Errorf("check --json: warning %s at %s has no message", w.Code, w.Where)
		}
	}
	_, text, _ := runCLI(t, "check", round, "--rules", rules)
	res := scoreResults(t, round, "--rules", rules, "-o", filepath.Join(t.TempDir(), "out.xlsx"))
	// Piped, the summary goes to stderr; stdout holds the bottom list.
	_, _, summary := runCLI(t, "score", round, "--rules", rules, "-o", filepath.Join(t.TempDir(), "out.xlsx"))
	for _, w := range res.Warnings {
		out["score --json"] = append(out["score --json"], string(w.Code)+" "+w.Where)
		line := "  " + w.Where + ": " + w.Message + "\n"
		if strings.Contains(text, line) {
			out["check"] = append(out["check"], string(w.Code)+" "+w.Where)
		}
		if strings.Contains(summary, line) {
			out["score"] = append(out["score"], string(w.Code)+" "+w.Where)
		}
	}
	return out
}

// TestDegradedRoundWarnings: each degradation gives its warning, located,
// in check (text and JSON) and score (summary and JSON); check --strict
// exits 3 on them and check without it exits 0.
func TestDegradedRoundWarnings(t *testing.T) {
	t.Parallel()
	noEnterprise := func(rows [][]any) [][]any { // 企业代表's ballots go to 党代表
		for _, r := range rows[1:] {
			if r[1] == "企业代表" {
				r[1] = "党代表"
			}
		}
		return rows
	}
	blankBallots := func(rows [][]any) [][]any { // two blank ballots: 2 of 12 invalid
		return append(rows, []any{"X1", "党代表"}, []any{"X2", "人大代表"})
	}
	tests := []struct {
		name  string
		tweak []func([][]any) [][]any
		want  []string
	}{
		{"group with no ballots", []func([][]any) [][]any{noEnterprise}, []string{"group_no_ballots 代表类别 企业代表"}},
		{"invalid share", []func([][]any) [][]any{blankBallots},
			[]string{"invalid_share 代表类别 党代表", "invalid_share 代表类别 人大代表", "invalid_share round.xlsx"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			targets := degradedTargets[:5] // every target on the ballots
			round, rules := writeVerdictRound(t, targets, nil, oneCategory, tc.tweak...)
			for output, got := range warningsOf(t, round, rules) {
				got = trimDir(got, round)
				if !slices.Equal(got, tc.want) {
					t.Errorf("%s: warnings %q, want %q", output, got, tc.want)
				}
			}
			if code, _, _ := runCLI(t, "check", round, "--rules", rules, "--strict"); code != exitData {
				t.Errorf("check --strict: exit %d, want 3", code)
			}
		})
	}
	t.Run("target with no column", func(t *testing.T) {
		round, rules := writeVerdictRound(t, degradedTargets, nil, oneCategory)
		want := []string{"target_no_column round.xlsx: 名册!A7"}
		got := warningsOf(t, round, rules)
		if len(got) != 4 {
			t.Errorf("warnings in %d outputs, want 4: %q", len(got), got)
		}
		for output, ws := range got {
			if ws = trimDir(ws, round); !slices.Equal(ws, want) {
				t.Errorf("%s: warnings %q, want %q", output, ws, want)
			}
		}
		if code, _, stderr := runCLI(t, "check", round, "--rules", rules); code != exitOK {
			t.Errorf("check: exit %d, want 0 (warnings alone do not fail it)\n%s", code, stderr)
		}
		code, _, stderr := runCLI(t, "check", round, "--rules", rules, "--strict")
		if code != exitData || !strings.Contains(stderr, "本轮评议有 1 条警告") {
			t.Errorf("check --strict: exit %d, want 3\n%s", code, stderr)
		}
	})
	t.Run("empty category", func(t *testing.T) {
		round, rules := writeVerdictRound(t, degradedTargets[:5], nil, "") // chibi's two categories
		for output, got := range warningsOf(t, round, rules) {
			if want := []string{"empty_category 类别 " + svc}; !slices.Equal(got, want) {
				t.Errorf("%s: warnings %q, want %q", output, got, want)
			}
		}
	})
	t.Run("small category", func(t *testing.T) {
		round, rules := writeVerdictRound(t, smallRoundTargets, [][]any{{"G1", "一票否决"}}, "")
		for output, got := range warningsOf(t, round, rules) {
			if want := []string{"small_category 类别 " + svc}; !slices.Equal(got, want) {
				t.Errorf("%s: warnings %q, want %q", output, got, want)
			}
		}
	})
}

// trimDir takes the round's folder out of the locations, leaving the file.
func trimDir(ws []string, round string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = strings.ReplaceAll(w, filepath.Dir(round)+string(filepath.Separator), "")
	}
	return out
}

// TestNoValidBallot: a round whose every ballot is invalid cannot be
// scored: exit 3, saying so.
func TestNoValidBallot(t *testing.T) {
	t.Parallel()
	allBlank := func(rows [][]any) [][]any {
		for _, r := range rows[1:] {
			for c := 2; c < len(r); c++ {
				r[c] = ""
			}
		}
		return rows
	}
	round, rules := writeVerdictRound(t, degradedTargets[:5], nil, oneCategory, allBlank)
	const cause = "没有有效选票（收到 10 张）：无法计分"
	for _, args := range [][]string{{"score", "-o", filepath.Join(t.TempDir(), "out.xlsx")}, {"bottom"}, {"check"}} {
		code, stdout, stderr := runCLI(t, append(args, round, "--rules", rules)...)
		// check lists it among the problems, on stdout; the others fail with it.
		if code != exitData || !strings.Contains(stdout+stderr, cause) {
			t.Errorf("%s: exit %d, want 3 naming the cause\n%s%s", args[0], code, stdout, stderr)
		}
	}
}

// TestMethodSheet: the 说明 sheet states the round's method with the
// numbers of its effective rules, and which veto mode the round used; in
// English with --lang en.
func TestMethodSheet(t *testing.T) {
	t.Parallel()
	extra := "complaints: {mode: fixed, points: 1.5, cap: 6, results: [{name: 查实, effect: deduct}, {name: 一票否决, effect: veto}]}\n" +
		"bottom: {label: 群众不满意股长, action: 免职, max_share: 0.4, vetoes: add}\n"
	round, rules := writeVerdictRound(t, smallRoundTargets, [][]any{{"G1", "一票否决"}}, extra)
	for _, tc := range []struct {
		lang, sheet string
		want        []string
	}{
		{"zh", "说明", []string{"党代表 20%", "综合得分 = 民主评议 70% + 岗位能力测试 30%", "查实每件扣 1.5 分，合计最多扣 6 分",
			"有效评价票少于 5 张", "公共服务和行政执法类：末位 4 名", "综合管理类：末位 2 名", "处理：免职",
			"人数的 40%（向下取整）", "不占末位名额", "bottom.vetoes: add", "后备干部"}},
		{"en", "Method", []string{"党代表 20%", "Composite = 民主评议 70% + 岗位能力测试 30%", "Each 查实 takes 1.5 points, at most 6 points in all",
			"fewer than 5 valid ballots", "公共服务和行政执法类: the bottom 4", "at most 40% (rounded down)", "bottom.vetoes: add"}},
	} {
		out := filepath.Join(t.TempDir(), "out.xlsx")
		mustRun(t, "score", round, "--rules", rules, "-o", out, "--lang", tc.lang)
		book, err := xlsxdump.Read(out)
		if err != nil {
			t.Fatal(err)
		}
		var text strings.Builder
		for _, row := range book.Rows[tc.sheet] {
			text.WriteString(strings.Join(row, "\t") + "\n")
		}
		for _, w := range tc.want {
			if !strings.Contains(text.String(), w) {
				t.Errorf("%s: %s lacks %q:\n%s", tc.lang, tc.sheet, w, text.String())
			}
		}
	}
}
