package main

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/evalctl/evalctl/internal/sample"
)

// The generated rounds have no ties, so a tiny hand-made round exercises what
// they cannot: a tie straddling the bottom cutoff, a tie at the 5th award,
// the satisfaction tie-break, the deduction cap, renormalised group weights,
// a veto with the best score, and every kind of invalid ballot. Its outcome is
// checked against the recount and, independently, against values worked out
// by hand below.

// edgeTarget is a roster row; pattern gives the ratings of the j-th ballot of
// each group (A 满意, B 基本满意, C 不满意, - blank), or per group if it has
// five parts separated by "|".
type edgeTarget struct {
	id, category, unit, supervisor, pattern string
	test                                    float64
}

const (
	svc = "公共服务和行政执法类"
	gen = "综合管理类"
)

var edgeTargets = []edgeTarget{
	{"S01", svc, "市丁局", "丁分管", "AAAAAAAA", 90},
	{"S02", svc, "市丁局", "丁分管", "AAAAAAAB", 80},
	{"S03", svc, "市丁局", "丁分管", "AAAAAABB", 80},
	{"S04", svc, "市丁局", "丁分管", "AAAAABBB", 80},
	{"S05", svc, "市丁局", "丁分管", "AAAABBBB", 80}, // tied 5th with S06
	{"S06", svc, "市丁局", "丁分管", "BBBBAAAA", 80},
	{"S07", svc, "市丁局", "丁分管", "AAABBBBB", 80}, // 75, all satisfied
	{"S08", svc, "市丁局", "丁分管", "AAAAAACC", 80}, // 75, 6/8 satisfied
	{"S09", svc, "市丙局", "丙分管", "BBBBCCCC", 80}, // S09–S11 tied across the cutoff
	{"S10", svc, "市丁局", "丁分管", "CCCCBBBB", 80},
	{"S11", svc, "市丁局", "丁分管", "BCBCBCBC", 80},
	{"S12", svc, "市甲局", "甲分管", "BBCCCCCC", 80},
	{"S13", svc, "市甲局", "甲分管", "CCCCCCCC", 80},
	{"G01", gen, "市乙局", "乙分管一", "AAAAAAAA", 80}, // veto
	{"G02", gen, "市丁局", "丁分管", "AAAAAAAB", 80},  // 3 verified: −6%
	{"G03", gen, "市丁局", "丁分管", "AAAAAAAB", 80},  // 6 verified: −10% (cap)
	{"G04", gen, "市丁局", "丁分管", "AAAAABBB", 88},
	{"G05", gen, "市丁局", "丁分管", "AAAAAAAA|BBBBBBBB|BBBBBBBB|--------|BBBBBBBB", 80},
	{"G06", gen, "市丁局", "丁分管", "BBBB----", 80}, // 20 ratings: insufficient
	{"G07", gen, "市丁局", "丁分管", "ABBBBBBB", 80},
	{"G08", gen, "市乙局", "乙分管二", "BBBBBBCC", 80},
}

var edgeLevel = map[byte]string{'A': "满意", 'B': "基本满意", 'C': "不满意", '-': ""}

func edgeSheets() []sample.Sheet {
	principal := map[string]string{"市甲局": "甲局长", "市乙局": "乙局长", "市丙局": "丙局长", "市丁局": "丁局长"}
	roster := [][]any{{"编号", "姓名", "单位", "股室", "类别", "分管领导", "主要领导"}}
	tests := [][]any{{"编号", "成绩"}}
	ballots := [][]any{{"票号", "代表类别"}}
	for i, t := range edgeTargets {
		roster = append(roster, []any{t.id, fmt.Sprintf("姓名%02d", i+1), t.unit, "股" + t.id, t.category, t.supervisor, principal[t.unit]})
		tests = append(tests, []any{t.id, t.test})
		ballots[0] = append(ballots[0], t.id)
	}
	for i := range 40 { // 8 valid ballots per group, groups interleaved
		g, j := i%5, i/5
		row := []any{fmt.Sprintf("P%03d", i+1), rcGroups[g]}
		for _, t := range edgeTargets {
			p := t.pattern
			if parts := strings.Split(p, "|"); len(parts) == 5 {
				p = parts[g]
			}
			row = append(row, edgeLevel[p[j]])
		}
		ballots = append(ballots, row)
	}
	last := len(edgeTargets) + 1 // column of G08, rated 满意 by every invalid ballot
	invalid := func(id, group, level string) []any {
		row := make([]any, last+1)
		row[0], row[1], row[last] = id, group, level
		return row
	}
	ballots = append(ballots,
		invalid("", "党代表", "满意"),    // row 42: no 票号
		invalid("X1", "群众代表", "满意"), // row 43: unknown group
		invalid("X2", "", "满意"),     // row 44: no group
		invalid("X3", "党代表", "满议"),  // row 45: not a level
		invalid("X4", "党代表", ""),    // row 46: blank
		invalid("X3", "社会人士", "满意"), // row 47: keys the (invalid) X3 again, with other contents: not read
		slices.Clone(ballots[1]),    // row 48: keys P001 again as it was: counted once
	)
	ledger := [][]any{{"编号", "日期", "内容", "核查结果"}, {"G01", "2026-04-01", "x", "一票否决"}, {"S07", "2026-04-02", "x", "不实"}}
	for range 3 {
		ledger = append(ledger, []any{"G02", "2026-05-01", "x", "查实"})
	}
	for range 6 {
		ledger = append(ledger, []any{"G03", "2026-05-02", "x", "查实"})
	}
	ledger = append(ledger, []any{"G03", "2026-05-03", "x", "不实"})
	return []sample.Sheet{{Name: "名册", Rows: roster}, {Name: "选票", Rows: ballots},
		{Name: "投诉台账", Rows: ledger}, {Name: "测试成绩", Rows: tests}}
}

func TestRecountEdgeRound(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "edge.xlsx")
	if err := sample.WriteWorkbook(path, edgeSheets()); err != nil {
		t.Fatal(err)
	}
	got := scoreJSON(t, path)
	want := checkRecount(t, path, got)
	if want.read != 45 || want.valid != 40 || !slices.Equal(want.invalidRows, []int{42, 43, 44, 45, 46}) {
		t.Errorf("recount: read %d valid %d invalid rows %v", want.read, want.valid, want.invalidRows)
	}
	// Worked by hand. final: S01 0.7·100+0.3·90 = 97; G02 (0.7·95+24)·0.94
	// = 85.07; G03 90.5·0.90 = 81.45; G04 0.7·85+0.3·88 = 85.9; G05 ballot
	// (100+60+60+60)/4 = 70, not 56. verdict: u unsatisfactory, t tied at the
	// cutoff, a award, r reserve, w tied at the award cutoff.
	hand := []struct {
		id      string
		rank    int // 0 = null
		final   float64
		verdict string
	}{
		{"S01", 1, 97, "ar"}, {"S02", 2, 90.5, "a"}, {"S03", 3, 87, "a"}, {"S04", 4, 83.5, "a"},
		{"S05", 5, 80, "aw"}, {"S06", 5, 80, "aw"}, {"S07", 7, 76.5, ""}, {"S08", 8, 76.5, ""},
		{"S09", 9, 45, "t"}, {"S10", 9, 45, "t"}, {"S11", 9, 45, "t"}, {"S12", 12, 34.5, "u"}, {"S13", 13, 24, "u"},
		{"G01", 7, 94, "u"}, {"G02", 2, 85.07, "a"}, {"G03", 3, 81.45, "a"}, {"G04", 1, 85.9, "ar"},
		{"G05", 4, 73, "a"}, {"G06", 0, 66, ""}, {"G07", 5, 69.5, "a"}, {"G08", 6, 55.5, "u"},
	}
	for i, h := range hand {
		g := got.Targets[i]
		rank := 0
		if g.Rank != nil {
			rank = *g.Rank
		}
		verdict := ""
		for _, f := range []struct {
			on bool
			c  string
		}{{g.Unsatisfactory, "u"}, {slices.Contains(g.Flags, "tie_at_cutoff"), "t"}, {g.Award, "a"},
			{g.Reserve, "r"}, {slices.Contains(g.Flags, "tie_at_award_cutoff"), "w"}} {
			if f.on {
				verdict += f.c
			}
		}
		if g.ID != h.id || rank != h.rank || g.FinalScore == nil || fmt.Sprintf("%.6f", *g.FinalScore) != fmt.Sprintf("%.6f", h.final) || verdict != h.verdict {
			t.Errorf("%s: rank %d, final %v, verdict %q; want %s rank %d, final %v, verdict %q",
				g.ID, rank, deref(g.FinalScore), verdict, h.id, h.rank, h.final, h.verdict)
		}
	}
	wantActions := map[rcKey]string{
		{"甲局长", "principal", "市甲局"}:   "书面检查 诫勉谈话 通报批评",
		{"甲分管", "supervisor", "市甲局"}:  "免职 诫勉谈话 通报批评",
		{"乙局长", "principal", "市乙局"}:   "书面检查 诫勉谈话 通报批评",
		{"乙分管一", "supervisor", "市乙局"}: "诫勉谈话 通报批评",
		{"乙分管二", "supervisor", "市乙局"}: "诫勉谈话 通报批评",
	}
	if len(got.Accountability) != len(wantActions) {
		t.Errorf("%d accountability entries, want %d", len(got.Accountability), len(wantActions))
	}
	for _, a := range got.Accountability {
		if w, acts := wantActions[rcKey{a.Person, string(a.Role), a.Unit}], strings.Join(sorted(a.Actions), " "); acts != w {
			t.Errorf("%s %s %s: actions %q, want %q", a.Person, a.Role, a.Unit, acts, w)
		}
	}
}

func deref(p *float64) any {
	if p == nil {
		return "null"
	}
	return *p
}
