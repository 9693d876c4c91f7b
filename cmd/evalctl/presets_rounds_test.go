package main

import (
	"slices"
	"strings"
	"testing"
)

// TestLishuiWindowsHandWorked holds the lishui-windows results to figures
// worked out by hand from sample.LishuiWindows(2026) and recounted from
// round.xlsx by a throwaway script reading its XML without evalctl code.
// 623 ballot rows: LW0100 keyed twice with other contents (rows 101 and
// 504) is one paper, invalid, its second keying not read; LW9001 has 挺好
// (not a level) and LW9002 is blank. 622 read, 619 valid, all 服务对象.
//
//	W14 建设窗口     满意 1  基本满意 7  不满意 12  n 20  (100 + 420)/20 = 26.00, 8/20 satisfied
//	S034 郑娟兰      满意 1  基本满意 8  不满意 7   n 16  (100 + 480)/16 = 36.25, 9/16 satisfied
//	S045 陶锋        满意 12 基本满意 2  不满意 3   n 17  (1200 + 120)/17 = 77.6471
//
// W14 is last of the 31 windows and S034 last of the 61 staff ranked (S060
// has 6 ratings, under min_ratings 10): the 最差 窗口和工作人员, exposed, with
// 追究责任 proposed for them and 追究领导责任 for their units' heads (the
// source's leading group decides after an inquiry). The ledger's 查实: W07
// once, S021 once, S045 twice, S050 once; a verified complaint deducts no
// points (the source's consequence is the sanction): S021 and S050 警告,
// S045 待岗 (the highest reached), and W07, a window, no staff sanction;
// the head of each violator's unit is proposed for 追究领导责任. 11 entries:
// 6 heads, 3 sanctions, 2 of the worst. Awards, 3 per category, none to a
// violator: the windows W11 (100), W02 (96), W29 (94) — W07 is 4th anyway;
// the staff S050 (100, first with S052 on satisfaction and lowest share
// alike) loses it to S052, S009 (97.89) and the tie at 97.14 of S043 and
// S056, both awarded and flagged.
func TestLishuiWindowsHandWorked(t *testing.T) {
	t.Parallel()
	_, res, at := scoreJHResult(t, "lishui-windows")
	if res.Ballots.Read != 622 || res.Ballots.Valid != 619 {
		t.Errorf("%d read, %d valid; want 622, 619", res.Ballots.Read, res.Ballots.Valid)
	}
	for id, w := range map[string]struct {
		final, sat float64
		n, rank    int
	}{"W14": {26, 8.0 / 20, 20, 31}, "S034": {36.25, 9.0 / 16, 16, 61}, "S045": {1320.0 / 17, 14.0 / 17, 17, 44}} {
		tg := res.Targets[at[id]]
		if !near(tg.Final, w.final) || !near(tg.Ballot, w.final) || !near(tg.Satisfaction, w.sat) || tg.Ratings != w.n || tg.Rank == nil || *tg.Rank != w.rank || tg.Deduction != 0 {
			t.Errorf("%s: B %v F %v sat %v n %d rank %v; want %v, %v, %d, %d", id, tg.Ballot, tg.Final, tg.Satisfaction, tg.Ratings, opt(tg.Rank), w.final, w.sat, w.n, w.rank)
		}
	}
	if s060 := res.Targets[at["S060"]]; s060.Rank != nil || s060.Ratings != 6 {
		t.Errorf("S060: %d ratings, rank %v; want 6, none", s060.Ratings, opt(s060.Rank))
	}
	unsat, awards, _ := verdicts(res, "")
	if want := []string{"W02", "W11", "W29", "S009", "S043", "S052", "S056"}; !slices.Equal(unsat, []string{"W14", "S034"}) || !slices.Equal(awards, want) {
		t.Errorf("worst %v, best %v; want [W14 S034], %v", unsat, awards, want)
	}
	for _, id := range []string{"S043", "S056"} {
		if f := res.Targets[at[id]].Flags; !slices.Contains(f, "tie_at_award_cutoff") {
			t.Errorf("%s flags %v, want the tie at the award cutoff", id, f)
		}
	}
	var got []string
	for _, a := range res.Accountability {
		got = append(got, a.Role+" "+a.Unit+" "+strings.Join(a.Actions, ",")+"/"+strings.Join(a.Proposals, ",")+" <- "+strings.Join(a.Targets, ","))
	}
	want := []string{
		"principal 县民政局 /追究领导责任 <- W07",
		"principal 县国土资源局 /追究领导责任 <- S021",
		"target 县国土资源局 警告/ <- S021",
		"principal 县住房和城乡建设局 /追究领导责任 <- W14",
		"target 县住房和城乡建设局 /追究责任 <- W14",
		"principal 县水务局 /追究领导责任 <- S034",
		"target 县水务局 /追究责任 <- S034",
		"principal 县工商行政管理局 /追究领导责任 <- S045",
		"target 县工商行政管理局 待岗/ <- S045",
		"principal 县国家税务局 /追究领导责任 <- S050",
		"target 县国家税务局 警告/ <- S050",
	}
	if !slices.Equal(got, want) {
		t.Errorf("accountability\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestHuzhouUnitsHandWorked holds the huzhou-units results to figures
// worked out by hand from sample.HuzhouUnits(2026) and recounted from
// round.xlsx by a throwaway script reading its XML. 4,118 read: HU90001 is
// blank and HU90002 names a layer the rules do not have (离退休干部), so
// 4,116 valid — 市级领导 96, 人大代表 420, 政协委员 420, 企业代表 800 (of 801
// read: the blank ballot is theirs), 基层干部 780, 服务对象 900, 社会各界 700 —
// the seven layers pooled:
//
//	U57 市人民防空办公室  满意 648  基本满意 128  不满意 56  (不了解 38)  n 832
//	  B = (64,800 + 7,680)/832 = 87.1154; one 查实 at 2%: F = 0.98·B = 85.3731, 9th
//	U71 市供销合作社      满意 576  基本满意 173  不满意 93  n 842: B 80.7363, but 一票否决
//	U58 市城市管理行政执法局  89/480/285  n 854: 37,700/854 = 44.1452, 91st
//	U36 市国土资源局      128/481/255  n 864: 41,660/864 = 48.2176, 90th
//
// The bottom 3 are U71 (ranked last, filling a place), U58 and U36, their
// heads 提醒谈话; U60 (55.29, 89th) is not. The top 15 are the 作风建设满意单位.
func TestHuzhouUnitsHandWorked(t *testing.T) {
	t.Parallel()
	_, res, at := scoreJHResult(t, "huzhou-units")
	// The ballot of no known layer is counted under the empty group, so
	// that read = valid + invalid holds there too.
	groups := map[string][2]int{"市级领导": {96, 96}, "人大代表": {420, 420}, "政协委员": {420, 420}, "企业代表": {801, 800},
		"基层干部": {780, 780}, "服务对象": {900, 900}, "社会各界": {700, 700}, "": {1, 0}}
	for _, g := range res.Ballots.Groups {
		if w := groups[g.Group]; g.Read != w[0] || g.Valid != w[1] {
			t.Errorf("%q: %d read, %d valid; want %v", g.Group, g.Read, g.Valid, w)
		}
	}
	if res.Ballots.Read != 4118 || res.Ballots.Valid != 4116 || len(res.Ballots.Groups) != 8 {
		t.Errorf("%d read, %d valid in %d groups; want 4118, 4116, the seven layers and the unknown", res.Ballots.Read, res.Ballots.Valid, len(res.Ballots.Groups))
	}
	u57 := res.Targets[at["U57"]]
	if b := 72480.0 / 832; !near(u57.Ballot, b) || !near(u57.Final, 0.98*b) || u57.Ratings != 832 || u57.Rank == nil || *u57.Rank != 9 || !u57.Award {
		t.Errorf("U57: B %v F %v n %d rank %v award %v; want %v %v 832 9 true", u57.Ballot, u57.Final, u57.Ratings, opt(u57.Rank), u57.Award, b, 0.98*b)
	}
	for id, w := range map[string]struct {
		b    float64
		rank int
	}{"U71": {67980.0 / 842, 92}, "U58": {37700.0 / 854, 91}, "U36": {41660.0 / 864, 90}} {
		if tg := res.Targets[at[id]]; !near(tg.Final, w.b) || tg.Rank == nil || *tg.Rank != w.rank || !tg.Unsatisfactory {
			t.Errorf("%s: F %v rank %v unsatisfactory %v; want %v, %d, true", id, tg.Final, opt(tg.Rank), tg.Unsatisfactory, w.b, w.rank)
		}
	}
	unsat, awards, liable := verdicts(res, "提醒谈话")
	top := []string{"U03", "U15", "U21", "U23", "U31", "U42", "U46", "U52", "U57", "U61", "U68", "U76", "U81", "U91", "U92"}
	if !slices.Equal(unsat, []string{"U36", "U58", "U71"}) || !slices.Equal(awards, top) ||
		!slices.Equal(liable, []string{"市国土资源局:U36", "市城市管理行政执法局:U58", "市供销合作社:U71"}) {
		t.Errorf("unsatisfactory %v, awarded %v, heads given 提醒谈话 %v", unsat, awards, liable)
	}
}
