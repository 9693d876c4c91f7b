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
// extra lines, into a new folder; it returns their paths.
func writeVerdictRound(t *testing.T, targets []vTarget, ledger [][]any, extra string) (round, rules string) {
	t.Helper()
	dir := t.TempDir()
	roster := [][]any{{"编号", "姓名", "单位", "股室", "类别", "分管领导", "主要领导"}}
	tests := [][]any{{"编号", "成绩"}}
	ballots := [][]any{{"票号", "代表类别"}}
	for i, tg := range targets {
		roster = append(roster, []any{tg.id, fmt.Sprintf("姓名%02d", i+1), "单位" + tg.id, "股室", tg.category, "分管" + tg.id, "局长" + tg.id})
		tests = append(tests, []any{tg.id, 80.0})
		ballots[0] = append(ballots[0], tg.id)
	}
	for j := range 10 {
		row := []any{fmt.Sprintf("B%02d", j+1), rcGroups[j%5]}
		for _, tg := range targets {
			row = append(row, edgeLevel[tg.pattern[j]])
		}
		ballots = append(ballots, row)
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
