package main

import (
	"archive/zip"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/ingest"
	"github.com/evalctl/evalctl/internal/contract"
)

// yearlyRounds copies the seeded rounds of 2024 and 2025, the sample round
// as 2026, and the yearly rules into a fresh folder.
func yearlyRounds(t *testing.T) (dir string) {
	t.Helper()
	dir = t.TempDir()
	for src, dst := range map[string]string{
		"../../testdata/yearly/round-2024.xlsx": "round-2024.xlsx",
		"../../testdata/yearly/round-2025.xlsx": "round-2025.xlsx",
		sampleRound:                             "round-2026.xlsx",
		"../../testdata/yearly/rules.yaml":      "rules.yaml",
	} {
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, dst), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestYearlyRounds scores three seeded years, each against the one before,
// and charts them. The generator plants (sample.ChibiYear): T141, T142,
// T154 and the veto T161 unsatisfactory every year; T070 in 2025 and 2026,
// T171 in 2024 and 2026, T005 in 2024 only, T013 in 2025 only. Under 60%
// satisfaction both years: T141 and T154 (T142 is at 57.8% in 2025 but
// 63.3% in 2024 and 61.1% in 2026).
func TestYearlyRounds(t *testing.T) {
	t.Parallel()
	dir := yearlyRounds(t)
	at := func(name string) string { return filepath.Join(dir, name) }
	rules := []string{"--rules", at("rules.yaml")}

	y2024 := scoreResults(t, append([]string{at("round-2024.xlsx"), "-o", at("结果-2024.xlsx")}, rules...)...)
	if y2024.Year == nil || *y2024.Year != 2024 {
		t.Fatalf("2024: year %v, want 2024 from the file name", y2024.Year)
	}
	if got := unsatisfactory(y2024); !slices.Equal(got, []string{"T005", "T141", "T142", "T154", "T161", "T171"}) {
		t.Fatalf("2024 unsatisfactory %v; the seeded years are not what the test expects", got)
	}
	for _, tg := range y2024.Targets {
		if tg.PreviousRank != nil || tg.RankChange != nil || tg.PreviousUnsatisfactory != nil {
			t.Fatalf("2024 has no previous round, yet %s has previous fields", tg.ID)
		}
	}
	years := map[string]contract.Results{"2024": y2024}
	var json2025 string

	for _, tc := range []struct {
		year, previous string
		consecutive    []string
		lowPrincipals  []string // targets behind the principals' escalation entries
	}{
		{"2025", "结果-2024.xlsx", []string{"T141", "T142", "T154", "T161"}, []string{"T141", "T154"}},
		{"2026", "结果-2025.xlsx", []string{"T070", "T141", "T142", "T154", "T161"}, []string{"T141", "T154"}},
	} {
		prevYear := map[string]string{"2025": "2024", "2026": "2025"}[tc.year]
		res, raw := scoreResultsRaw(t, append([]string{at("round-" + tc.year + ".xlsx"), "-o", at("结果-" + tc.year + ".xlsx"),
			"--previous", at(tc.previous)}, rules...)...)
		years[tc.year] = res
		if tc.year == "2025" {
			json2025 = raw
		}
		checkComparison(t, tc.year, res, years[prevYear], tc.consecutive)
		both := prevYear + "年、" + tc.year + "年连续两年"
		var dismissed, admonished []string
		for _, a := range res.Accountability {
			switch {
			case a.Role == "target":
				if !slices.Equal(a.Actions, []string{"免职"}) || a.Reason != both+"被评为群众不满意股长（升级规则1）："+a.Targets[0]+" "+a.Person {
					t.Errorf("%s: target entry %+v", tc.year, a)
				}
				dismissed = append(dismissed, a.Targets...)
			case strings.Contains(a.Reason, "升级规则"):
				if a.Role != "principal" || !slices.Equal(a.Actions, []string{"诫勉谈话"}) || !strings.HasPrefix(a.Reason, both+"满意率低于60%（升级规则2）：") {
					t.Errorf("%s: escalation entry %+v", tc.year, a)
				}
				admonished = append(admonished, a.Targets...)
			}
		}
		if !slices.Equal(sorted(dismissed), tc.consecutive) {
			t.Errorf("%s: dismissed by escalation %v, want %v", tc.year, sorted(dismissed), tc.consecutive)
		}
		if !slices.Equal(sorted(admonished), tc.lowPrincipals) {
			t.Errorf("%s: principals admonished for %v, want %v", tc.year, sorted(admonished), tc.lowPrincipals)
		}
	}

	// The previous round may be given as JSON too: the 2025 JSON reads as
	// the same previous round as the 2025 results workbook, which stores its
	// figures to 15 significant digits, so the 2026 comparison is the same.
	// (Scoring against a previous round's JSON is TestPreviousRulesChanged's,
	// with the rules recorded only as a digest.)
	jsonPath := at("结果-2025.json")
	if err := os.WriteFile(jsonPath, []byte(json2025), 0o644); err != nil {
		t.Fatal(err)
	}
	var previous [2]*evaluate.Previous
	for i, path := range []string{at("结果-2025.xlsx"), jsonPath} {
		p, _, err := ingest.ReadResults(path)
		if err != nil {
			t.Fatal(err)
		}
		previous[i] = p.Previous()
	}
	to15 := func(x float64) string { return strconv.FormatFloat(x, 'g', 15, 64) }
	for _, p := range previous {
		for id, tg := range p.Targets {
			tg.Satisfaction, _ = strconv.ParseFloat(to15(tg.Satisfaction), 64)
			tg.Final, _ = strconv.ParseFloat(to15(tg.Final), 64)
			p.Targets[id] = tg
		}
	}
	if len(previous[0].Targets) != 214 || !reflect.DeepEqual(previous[0], previous[1]) {
		t.Error("the 2025 JSON reads as another previous round than the 2025 results workbook")
	}

	// The 排名 sheet carries the comparison: T171 was not unsatisfactory in
	// 2025 (its ballots went to T013) but is in 2026.
	f := openWorkbook(t, at("结果-2026.xlsx"))
	for _, r := range sheetRecords(t, f, "排名") {
		if r["编号"] == "T171" && (r["不满意"] != "是" || r["上年不满意"] != "否" || r["上年名次"] == "" || r["标记"] != "") {
			t.Errorf("排名 row of T171: %v", r)
		}
		if r["编号"] == "T070" && (r["上年不满意"] != "是" || r["标记"] != "连续两轮不满意") {
			t.Errorf("排名 row of T070: %v", r)
		}
	}

	// history over the three years.
	trend := at("趋势.xlsx")
	code, _, errOut := runOn(t, false, "history", at("结果-2026.xlsx"), at("结果-2024.xlsx"), at("结果-2025.xlsx"), "-o", trend)
	if code != exitOK {
		t.Fatalf("history: exit %d\n%s", code, errOut)
	}
	checkTrend(t, trend)
}

func unsatisfactory(r contract.Results) []string {
	var out []string
	for _, tg := range r.Targets {
		if tg.Unsatisfactory {
			out = append(out, tg.ID)
		}
	}
	return sorted(out)
}

// checkComparison holds each target's previous_rank, rank_change,
// previous_unsatisfactory and flag against the previous year's own JSON.
func checkComparison(t *testing.T, year string, res, prev contract.Results, consecutive []string) {
	t.Helper()
	before := map[string]int{}
	for i, tg := range prev.Targets {
		before[tg.ID] = i
	}
	var flagged []string
	for _, tg := range res.Targets {
		p := prev.Targets[before[tg.ID]]
		if tg.PreviousUnsatisfactory == nil || *tg.PreviousUnsatisfactory != p.Unsatisfactory {
			t.Errorf("%s %s: previous_unsatisfactory %v, want %v", year, tg.ID, tg.PreviousUnsatisfactory, p.Unsatisfactory)
		}
		switch {
		case p.Rank == nil || tg.Rank == nil:
			if tg.RankChange != nil {
				t.Errorf("%s %s: rank_change %d without two ranks", year, tg.ID, *tg.RankChange)
			}
		case tg.PreviousRank == nil || *tg.PreviousRank != *p.Rank || tg.RankChange == nil || *tg.RankChange != *p.Rank-*tg.Rank:
			t.Errorf("%s %s: previous_rank %v, rank_change %v; ranks were %d then %d", year, tg.ID, tg.PreviousRank, tg.RankChange, *p.Rank, *tg.Rank)
		}
		if slices.Contains(tg.Flags, "consecutive_unsatisfactory") {
			flagged = append(flagged, tg.ID)
			if !tg.Unsatisfactory || !p.Unsatisfactory {
				t.Errorf("%s %s flagged but not unsatisfactory both years", year, tg.ID)
			}
		}
	}
	if !slices.Equal(sorted(flagged), consecutive) {
		t.Errorf("%s: consecutive_unsatisfactory on %v, want %v", year, sorted(flagged), consecutive)
	}
}

// checkTrend reads the trend workbook back: its sheets, the repeated
// bottoms with their years, and one line chart per category in the file.
func checkTrend(t *testing.T, path string) {
	t.Helper()
	f := openWorkbook(t, path)
	if got, want := f.Names, []string{"历年名次", "末位重复", "公共服务和行政执法类", "综合管理类"}; !slices.Equal(got, want) {
		t.Fatalf("sheets %v, want %v", got, want)
	}
	rows := sheetRecords(t, f, "历年名次")
	if len(rows) != 214 || rows[0]["2024 名次"] == "" || rows[0]["2026 最终得分"] == "" {
		t.Errorf("历年名次: %d rows, first %v", len(rows), rows[0])
	}
	repeats := map[string]string{}
	for _, r := range sheetRecords(t, f, "末位重复") {
		repeats[r["编号"]] = r["次数"] + ":" + r["年度"]
	}
	want := map[string]string{
		"T141": "3:2024、2025、2026", "T142": "3:2024、2025、2026", "T154": "3:2024、2025、2026", "T161": "3:2024、2025、2026",
		"T070": "2:2025、2026", "T171": "2:2024、2026",
	}
	if len(repeats) != len(want) {
		t.Errorf("末位重复 %v, want %v", repeats, want)
	}
	for id, w := range want {
		if repeats[id] != w {
			t.Errorf("末位重复 %s: %q, want %q", id, repeats[id], w)
		}
	}
	dist := sheetRecords(t, f, "综合管理类")
	if len(dist) != 3 || dist[0]["年度"] != "2024" || dist[2]["已排名"] != "83" {
		t.Errorf("综合管理类 distribution %v", dist)
	}
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	charts := 0
	for _, part := range zr.File {
		if strings.HasPrefix(part.Name, "xl/charts/chart") && strings.HasSuffix(part.Name, ".xml") {
			charts++
			rc, err := part.Open()
			if err != nil {
				t.Fatal(err)
			}
			data, err := io.ReadAll(rc)
			rc.Close()
			if err != nil || !strings.Contains(string(data), "<c:lineChart>") {
				t.Errorf("%s is not a line chart (%v)", part.Name, err)
			}
		}
	}
	if charts != 2 {
		t.Errorf("%d charts in the trend workbook, want one per category", charts)
	}
}
