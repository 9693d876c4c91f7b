package report

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/msg"
	"github.com/evalctl/evalctl/internal/xlsxdump"
)

// handYearly is the hand round of 2026 compared with 2025, under two
// escalation rules. Last year T1 ranked 2nd of A, T3 was last of A and
// unsatisfactory at 40% satisfaction, T4 ranked 1st of B, T7 was unranked;
// T5 and T6 are new. T3 is unsatisfactory again at 1/3 satisfaction
// (党代表 不满意 ×2, 企业代表 基本满意), so both rules fire on T3 alone.
func handYearly(t *testing.T) *evaluate.Result {
	t.Helper()
	res := handRound(t)
	res.Rules.Escalation = []evaluate.EscalationRule{
		{When: evaluate.WhenConsecutiveUnsatisfactory, Target: []string{"免职"}, Principal: []string{"组织调整"}},
		{When: evaluate.WhenConsecutiveLowSatisfaction, Below: 0.5, Principal: []string{"诫勉谈话"}},
	}
	res.Year = 2026
	res.Ledger[0].Details = []evaluate.Field{{Name: "日期", Value: "2026-04-01"}, {Name: "内容", Value: "办事拖延"}}
	renamed := res.ApplyPrevious(&evaluate.Previous{Year: 2025, Targets: map[string]evaluate.PreviousTarget{
		"T1": {Name: "姓名T1", Rank: 2, HasSatisfaction: true, Satisfaction: 0.9},
		"T2": {Name: "姓名T2", Rank: 1},
		"T3": {Name: "姓名T3", Rank: 3, Unsatisfactory: true, HasSatisfaction: true, Satisfaction: 0.4},
		"T4": {Name: "姓名T4", Rank: 1, HasSatisfaction: true, Satisfaction: 0.5},
		"T7": {Name: "姓名T7"},
	}})
	if len(renamed) != 0 {
		t.Fatalf("renamed %v", renamed)
	}
	return res
}

func TestYearlyReasons(t *testing.T) {
	res := handYearly(t)
	n := len(res.Accountability)
	if n != 4 {
		t.Fatalf("%d accountability entries, want 2 of joint liability and 2 of escalation", n)
	}
	want := []struct {
		lang              msg.Lang
		principal, target string
	}{
		{msg.Chinese,
			"2025年、2026年连续两年被评为群众不满意股长（升级规则1）：T3 姓名T3；2025年、2026年连续两年满意率低于50%（升级规则2）：T3 姓名T3",
			"2025年、2026年连续两年被评为群众不满意股长（升级规则1）：T3 姓名T3"},
		{msg.English,
			"群众不满意股长 in both 2025 and 2026 (escalation rule 1): T3 姓名T3; satisfaction below 50% in both 2025 and 2026 (escalation rule 2): T3 姓名T3",
			"群众不满意股长 in both 2025 and 2026 (escalation rule 1): T3 姓名T3"},
	}
	for _, w := range want {
		if got := AccountabilityReason(w.lang, res, res.Accountability[2]); got != w.principal {
			t.Errorf("%s principal reason:\n got %s\nwant %s", w.lang, got, w.principal)
		}
		if got := AccountabilityReason(w.lang, res, res.Accountability[3]); got != w.target {
			t.Errorf("%s target reason:\n got %s\nwant %s", w.lang, got, w.target)
		}
	}
	// Unknown years, and years apart.
	for _, tc := range []struct {
		prev, year int
		want       string
	}{
		{0, 2026, "上一轮、本轮连续两轮被评为"},
		{2025, 0, "上一轮、本轮连续两轮被评为"},
		{2023, 2026, "2023年、2026年连续两轮被评为"},
	} {
		res.Previous.Year, res.Year = tc.prev, tc.year
		if got := AccountabilityReason(msg.Chinese, res, res.Accountability[3]); !strings.HasPrefix(got, tc.want) {
			t.Errorf("years %d, %d: %s, want it to start %s", tc.prev, tc.year, got, tc.want)
		}
	}
}

func TestYearlyJSON(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, handYearly(t), msg.Chinese); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Year    *int `json:"year"`
		Targets []struct {
			ID                     string   `json:"id"`
			PreviousRank           *int     `json:"previous_rank"`
			RankChange             *int     `json:"rank_change"`
			PreviousUnsatisfactory *bool    `json:"previous_unsatisfactory"`
			Flags                  []string `json:"flags"`
		} `json:"targets"`
		Accountability []struct {
			Role    string   `json:"role"`
			Actions []string `json:"actions"`
		} `json:"accountability"`
		Complaints []struct {
			Target  string `json:"target"`
			Effect  string `json:"effect"`
			Details []struct{ Name, Value string }
		} `json:"complaints"`
	}
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.Year == nil || *got.Year != 2026 {
		t.Errorf("year %v", got.Year)
	}
	show := func(p *int) any {
		if p == nil {
			return nil
		}
		return *p
	}
	showB := func(p *bool) any {
		if p == nil {
			return nil
		}
		return *p
	}
	// T1 2→1 (+1); T2 1→2 (−1); T3 3→3 (0), unsatisfactory both years;
	// T4 1→3 (−2); T5, T6 new; T7 unranked both years.
	want := map[string][3]any{
		"T1": {2, 1, false}, "T2": {1, -1, false}, "T3": {3, 0, true}, "T4": {1, -2, false},
		"T5": {nil, nil, nil}, "T6": {nil, nil, nil}, "T7": {nil, nil, false},
	}
	for _, tg := range got.Targets {
		if g := [3]any{show(tg.PreviousRank), show(tg.RankChange), showB(tg.PreviousUnsatisfactory)}; g != want[tg.ID] {
			t.Errorf("%s: previous_rank, rank_change, previous_unsatisfactory = %v, want %v", tg.ID, g, want[tg.ID])
		}
		consecutive := strings.Contains(strings.Join(tg.Flags, ","), evaluate.FlagConsecutiveUnsatisfactory)
		if consecutive != (tg.ID == "T3") {
			t.Errorf("%s flags %v", tg.ID, tg.Flags)
		}
	}
	if a := got.Accountability[3]; a.Role != "target" || strings.Join(a.Actions, ",") != "免职" {
		t.Errorf("last entry %+v, want the target's 免职", a)
	}
	if len(got.Complaints) != 2 || got.Complaints[0].Effect != "deduct" || got.Complaints[0].Details[1].Value != "办事拖延" {
		t.Errorf("complaints %+v", got.Complaints)
	}
}

// TestYearlyWorkbookGolden covers the comparison columns of 排名, the
// escalation entries of 问责名单, the ledger's extra columns and the years
// in 审计.
func TestYearlyWorkbookGolden(t *testing.T) {
	res := handYearly(t)
	path := filepath.Join(t.TempDir(), "out.xlsx")
	meta := testMeta
	meta.Previous = &Input{Path: "结果-2025.xlsx", SHA256: strings.Repeat("cd", 32)}
	if err := WriteWorkbook(path, res, meta, msg.Chinese); err != nil {
		t.Fatal(err)
	}
	dump, err := xlsxdump.File(path)
	if err != nil {
		t.Fatal(err)
	}
	var keep []string
	for _, line := range strings.SplitAfter(dump, "\n") {
		for _, sheet := range []string{"排名!", "问责名单!", "投诉记录!", "审计!"} {
			if strings.HasPrefix(line, sheet) {
				keep = append(keep, line)
			}
		}
	}
	golden(t, "hand-yearly-zh.golden", strings.Join(keep, ""))
}
