package main

import (
	"slices"
	"strings"
	"testing"

	"github.com/evalctl/evalctl/internal/sample"
)

// The goldens of testdata/luoyang and testdata/lishui were reviewed by
// reading the dumps, against an independent recount of round.xlsx by a
// throwaway script that read its XML without evalctl code (every target's
// ratings, group means, trimmed means, ballot, final and satisfaction agreed
// to 1e-9, and every rank), and against the figures below, worked out by
// hand from the generator's ballots. The tests hold the JSON to these
// figures, so a golden rewritten by -update-presets cannot quietly carry a
// wrong number.
//
// A 票号 keyed twice with other contents is one ballot, invalid: each
// round's reused 票号 takes its first ballot out of the figures below (its
// second keying is not read), so the rounds read a ballot fewer than their
// rows. The figures were worked out again without those first ballots.
//
// 洛阳 (preset luoyang): 602 ballots read = 599 valid + 3 invalid (LY0201
// 较满意, LY0402 all 不了解 so blank, LY0552 keyed again with other contents
// on row 584: its row 553, a 政协委员 ballot rating C20 基本满意, is out).
//
//	C20 水利窗口      满意 基本满意 不满意 (不了解)   n    mean
//	  企业   0.25       82    41     15    (6)    138  10660/138 = 77.2464
//	  服务对象 0.25      8     3      0           11    980/11  = 89.0909
//	  群众   0.20       79    34     14   (21)    127   9940/127 = 78.2677
//	  人大代表 0.15      40    12      6    (1)     58   4720/58  = 81.3793
//	  政协委员 0.15      49     4      6            59   5140/59  = 87.1186
//	  B = .25·77.2464 + .25·89.0909 + .2·78.2677 + .15·81.3793 + .15·87.1186 = 82.5126
//	  ratings 393, satisfaction (393−41)/393 = 352/393 = 89.57%; no complaint, F = B;
//	  rank 10 of 29 windows; C30 above it has verified violations, so C20 is
//	  the ninth 十佳服务窗口 and C28 (11th at 81.42) the tenth.
//	C26 人防窗口: rated by 14 服务对象 only (8/4/2: 1040/14 = 74.29), under
//	  min_ratings 20: insufficient, no rank.
//	C14 房产交易窗口: B 85.28 but 一票否决: ranked 29 of 29, with C25 城管窗口
//	  (45.03) the windows' two 效能评议末位 (限期整改); D28 (47.06) and D13
//	  (53.84) the units'. The source gives the bottom no sanction of its own.
//	C30 供水窗口: two 查实 → 2·2 = 4 points off: F = 90.5333 − 4 = 86.5333, 8th,
//	  but no 十佳: 效能告诫 is tied to 评先, so a verified violation costs the
//	  honour (awards.exclude_violators); likewise D19 (7th, one 查实), and D01
//	  (11th) is the tenth 十佳效能单位.
//	Violations (违者给予效能告诫; 既要追究当事人责任，也要追究单位领导责任;
//	  谁分管…追究谁): the ledger's verified entries are C13 (1 查实), C14 (一票
//	  否决), C30 (2 查实), D12 (1 查实) and D19 (1 查实). Each of the five gets
//	  效能告诫 (a decision), and the 暗访监督组 proposes (提出责任追究建议)
//	  追究领导责任 for the head of its unit (市住房和城乡建设局 once for C13, C14
//	  and D12; 市卫生健康委员会 for D19; 市自来水公司 for C30) and for its
//	  supervising leader (five): 5 + 3 + 5 = 13 entries.
//
// 溧水 (preset lishui): 1,002 read = 999 valid + 3 invalid (LS0101 scores
// 120, LS0602 良好, LS0852 keyed again with other contents on row 904: its
// row 853, a 软环境建设监督员 ballot giving Q12 68 and Z23 90, is out); of the
// valid ballots' scores, 39 are keyed in as text and 20 in full-width
// digits, all read as numbers.
//
//	Q12 县科协        n   sum    min max  mean     trimmed (drop min and max)
//	  人大代表        239 16594  50  85   69.4310  16459/237 = 69.4473
//	  政协委员        222 15346  50  90   69.1261  15206/220 = 69.1182
//	  企业主代表       254 16661  42  87   65.5945  16532/252 = 65.6032
//	  软环境建设监督员  219 14464  40  91   66.0457  14333/217 = 66.0507
//	  B = (69.4473 + 69.1182 + 65.6032 + 66.0507)/4 = 67.5549 (untrimmed it would be 67.5493);
//	  ratings 934 (38 不了解 left out), under 60: 22+28+40+38 = 128, satisfaction 806/934 = 86.30%;
//	  rank 11 of 12: second from the bottom, so its head gets 诫勉谈话.
//	Z23 县工商行政管理局: one 查实, B 85.3632 − 2 = 83.3632, rank 12 of 25.
//	Z14 县交通运输局: two 查实, 4 points off. The source's 一次投诉查实警告，两次
//	  投诉查实待岗 is for staff under the 首问负责制, not for agencies (it is in
//	  lishui-windows): here a violation makes the agency's head answerable
//	  (追究单位主要领导的责任), proposed to the committee for Z23 and Z14.
//	Tiers (视考核结果, so proposals, not decisions): 党群部门 Q09 (last) 组织调整,
//	  Q12 诫勉谈话, Q10 提醒谈话; 政府部门 Z25, Z11, Z13 likewise; Q09 and Z25 are
//	  the 最差单位, Q03 and Z03 the 最佳单位.

func TestLuoyangReviewed(t *testing.T) {
	t.Parallel()
	r := reviewPreset(t, "luoyang")
	if b := r.Ballots; b.Read != 602 || b.Valid != 599 || b.Invalid != 3 {
		t.Errorf("ballots read/valid/invalid %d/%d/%d, want 602/599/3", b.Read, b.Valid, b.Invalid)
	}
	if got, want := r.invalid(), []string{"LY0201 not_a_level", "LY0402 blank_ballot", "LY0552 duplicate_ballot_number"}; !slices.Equal(got, want) {
		t.Errorf("invalid ballots %v, want %v", got, want)
	}
	groups := []string{"企业", "服务对象", "群众", "人大代表", "政协委员"}
	for i, g := range r.Ballots.Groups { // 三满意: each group's satisfaction
		if i >= len(groups) || g.Group != groups[i] || g.Satisfaction == nil {
			t.Errorf("group %d: %s satisfaction %v, want %v with a rate", i, g.Group, opt(g.Satisfaction), groups)
		}
	}

	c20 := r.target(t, "C20")
	for i, w := range []struct{ n, points int }{{138, 10660}, {11, 980}, {127, 9940}, {58, 4720}, {59, 5140}} {
		g := c20.Groups[i]
		if g.Group != groups[i] || g.Ratings != w.n {
			t.Errorf("C20 %s: %d ratings, want %s: %d", g.Group, g.Ratings, groups[i], w.n)
		}
		nearHand(t, "C20 mean of "+groups[i], g.Mean, float64(w.points)/float64(w.n))
	}
	nearHand(t, "C20 ballot score", c20.Ballot, .25*10660/138+.25*980/11+.2*9940/127+.15*4720/58+.15*5140/59)
	nearHand(t, "C20 ballot score", c20.Ballot, 82.51255794460607)
	nearHand(t, "C20 satisfaction", c20.Satisfaction, 352.0/393)
	if opt(c20.Rank) != 10 || c20.CategorySize != 29 || c20.Ratings != 393 || r.award["C20"] != "十佳服务窗口" {
		t.Errorf("C20: rank %v of %d, %d ratings, award %q; want 10 of 29, 393, 十佳服务窗口", opt(c20.Rank), c20.CategorySize, c20.Ratings, r.award["C20"])
	}
	if c26 := r.target(t, "C26"); c26.Ratings != 14 || c26.Status != "insufficient" || c26.Rank != nil {
		t.Errorf("C26: %d ratings, %s, rank %v; want 14, insufficient, none", c26.Ratings, c26.Status, opt(c26.Rank))
	}
	if c14 := r.target(t, "C14"); opt(c14.Rank) != 29 || !slices.Contains(c14.Flags, "veto") {
		t.Errorf("C14: rank %v, flags %v; want 29 and veto", opt(c14.Rank), c14.Flags)
	}
	c30 := r.target(t, "C30")
	nearHand(t, "C30 final", c30.Final, *c30.Ballot-4)

	violators := map[string]bool{"C13": true, "C14": true, "C30": true, "D12": true, "D19": true}
	awards := map[string]int{}
	eligible := map[string]int{} // eligible targets ranked so far, by category
	ranked := slices.Clone(r.Targets)
	slices.SortStableFunc(ranked, func(a, b *reviewTarget) int { return cmpRank(a.Rank, b.Rank) })
	for _, tg := range ranked {
		want := "" // the first 10 of each category without a verified violation
		if tg.Rank != nil && !violators[tg.ID] && !tg.Unsatisfactory {
			eligible[tg.Category]++
			if eligible[tg.Category] <= 10 {
				want = map[string]string{"服务窗口": "十佳服务窗口", "效能单位": "十佳效能单位"}[tg.Category]
			}
		}
		if r.award[tg.ID] != want || tg.Award != (want != "") {
			t.Errorf("%s ranked %v: award %q, want %q", tg.ID, opt(tg.Rank), r.award[tg.ID], want)
		}
		awards[r.award[tg.ID]]++
		if want := map[string]bool{"C14": true, "C25": true, "D13": true, "D28": true}[tg.ID]; tg.Unsatisfactory != want ||
			(want && r.verdict[tg.ID] != "确认 效能评议末位") {
			t.Errorf("%s: unsatisfactory %v, verdict %q; want %v", tg.ID, tg.Unsatisfactory, r.verdict[tg.ID], want)
		}
	}
	if awards["十佳服务窗口"] != 10 || awards["十佳效能单位"] != 10 || r.award["C28"] == "" || r.award["D01"] == "" {
		t.Errorf("awards %v, want 10 of each, C28 and D01 among them", awards)
	}
	warned := map[string]bool{}
	for _, a := range r.Accountability {
		switch a.Role {
		case "target":
			if !slices.Equal(a.Actions, []string{"效能告诫"}) || len(a.Proposals) > 0 || len(a.Targets) != 1 || !violators[a.Targets[0]] {
				t.Errorf("target entry %+v, want 效能告诫 for a violator", a)
			}
			warned[a.Targets[0]] = true
		case "supervisor":
			if len(a.Actions) > 0 || !slices.Equal(a.Proposals, []string{"追究领导责任"}) || len(a.Targets) != 1 || !violators[a.Targets[0]] {
				t.Errorf("supervisor entry %+v, want 追究领导责任 proposed for one violator", a)
			}
		}
	}
	if len(warned) != len(violators) {
		t.Errorf("效能告诫 for %v, want %v", warned, violators)
	}
	for unit, want := range map[string][]string{"市住房和城乡建设局": {"C13", "C14", "D12"}, "市卫生健康委员会": {"D19"}, "市自来水公司": {"C30"},
		"市城市管理局": nil, "市不动产登记中心": nil} {
		got := r.entries("principal", unit)
		if (want == nil) != (len(got) == 0) || (want != nil && (len(got) != 1 || !strings.HasSuffix(got[0], ":  / 追究领导责任 <- "+strings.Join(want, ",")))) {
			t.Errorf("head of %s: %v, want 追究领导责任 proposed for %v", unit, got, want)
		}
	}
	if len(r.Accountability) != 13 {
		t.Errorf("%d accountability entries, want 13", len(r.Accountability))
	}
}

// cmpRank orders by rank, the unranked last.
func cmpRank(a, b *int) int {
	switch {
	case a == nil && b == nil:
		return 0
	case a == nil:
		return 1
	case b == nil:
		return -1
	}
	return *a - *b
}

func TestLishuiReviewed(t *testing.T) {
	t.Parallel()
	r := reviewPreset(t, "lishui")
	if b := r.Ballots; b.Read != 1002 || b.Valid != 999 || b.Invalid != 3 {
		t.Errorf("ballots read/valid/invalid %d/%d/%d, want 1002/999/3", b.Read, b.Valid, b.Invalid)
	}
	if got, want := r.invalid(), []string{"LS0101 out_of_range", "LS0602 not_a_level", "LS0852 duplicate_ballot_number"}; !slices.Equal(got, want) {
		t.Errorf("invalid ballots %v, want %v", got, want)
	}

	q12, trimmed := r.target(t, "Q12"), 0.0
	for i, w := range []struct {
		group          string
		n              int
		sum, low, high float64
	}{{"人大代表", 239, 16594, 50, 85}, {"政协委员", 222, 15346, 50, 90}, {"企业主代表", 254, 16661, 42, 87}, {"软环境建设监督员", 219, 14464, 40, 91}} {
		if g := q12.Groups[i]; g.Group != w.group || g.Ratings != w.n {
			t.Errorf("Q12 %s: %d ratings, want %s: %d", g.Group, g.Ratings, w.group, w.n)
		}
		nearHand(t, "Q12 untrimmed mean of "+w.group, q12.Groups[i].Mean, w.sum/float64(w.n))
		trimmed += .25 * (w.sum - w.low - w.high) / float64(w.n-2)
	}
	nearHand(t, "Q12 ballot score", q12.Ballot, trimmed)
	nearHand(t, "Q12 ballot score", q12.Ballot, (16594.0-50-85)/237/4+(15346.0-50-90)/220/4+(16661.0-42-87)/252/4+(14464.0-40-91)/217/4)
	nearHand(t, "Q12 satisfaction", q12.Satisfaction, 806.0/934)
	if q12.Ratings != 934 || opt(q12.Rank) != 11 || q12.CategorySize != 12 {
		t.Errorf("Q12: %d ratings, rank %v of %d; want 934, 11 of 12", q12.Ratings, opt(q12.Rank), q12.CategorySize)
	}
	nearHand(t, "Z23 final", r.target(t, "Z23").Final, 83.36324987776631)

	tiers := []string{"组织调整", "诫勉谈话", "提醒谈话"}
	for cat, ids := range sample.Lishui(2026).Bottom {
		for place, id := range ids {
			tg := r.target(t, id)
			if opt(tg.Rank) != tg.CategorySize-place {
				t.Errorf("%s %s: rank %v of %d, want place %d from the bottom", cat, id, opt(tg.Rank), tg.CategorySize, place+1)
			}
			if got, want := r.entries("principal", tg.Unit), ":  / "+tiers[place]+" <- "+id; len(got) != 1 || !strings.HasSuffix(got[0], want) {
				t.Errorf("head of %s: %v, want %s proposed for %s", tg.Unit, got, tiers[place], id)
			}
			if want := place == 0; tg.Unsatisfactory != want || (want && r.verdict[id] != "确认 最差单位") {
				t.Errorf("%s: unsatisfactory %v, verdict %q; want %v 最差单位", id, tg.Unsatisfactory, r.verdict[id], want)
			}
		}
	}
	for id, deduction := range map[string]float64{"Z23": 2, "Z14": 4} {
		tg := r.target(t, id)
		if got := r.entries("principal", tg.Unit); len(got) != 1 || !strings.HasSuffix(got[0], ":  / 追究领导责任 <- "+id) || tg.Deduction != deduction {
			t.Errorf("%s: head's entries %v, deduction %v; want 追究领导责任 proposed, %v", id, got, tg.Deduction, deduction)
		}
	}
	for _, a := range r.Accountability {
		if a.Role != "principal" || len(a.Actions) > 0 {
			t.Errorf("entry %+v: an agency answers through its head, and every action here is a proposal", a)
		}
	}
	if len(r.Accountability) != 8 {
		t.Errorf("%d accountability entries, want 6 tiers and 2 heads of violators", len(r.Accountability))
	}
	for _, id := range []string{"Q03", "Z03"} {
		if tg := r.target(t, id); opt(tg.Rank) != 1 || r.award[id] != "最佳单位" {
			t.Errorf("%s: rank %v, award %q; want 1, 最佳单位", id, opt(tg.Rank), r.award[id])
		}
	}
	if len(r.award) != 2 {
		t.Errorf("awards %v, want the first of each category", r.award)
	}
}

// TestLuoyangSmallGroupsCarryNoWeight: luoyang counts a group in a target's
// weighted mean only from 5 evaluators (min_group_ballots). D27 市体育局 has
// 3 服务对象 ballots, all 满意: counted at a quarter of the weight they would
// lift it to 82.72 and into the 十佳; without them it scores 76.96 (the
// other four groups renormalised) and D21, 10th at 82.51, takes the place.
func TestLuoyangSmallGroupsCarryNoWeight(t *testing.T) {
	r := reviewPreset(t, "luoyang")
	d27, d21 := r.target(t, "D27"), r.target(t, "D21")
	if g := d27.Groups[1]; g.Group != "服务对象" || g.Ballots != 3 {
		t.Fatalf("D27 服务对象 = %+v, want 3 ballots", g)
	}
	// 企业 9740/132, 群众 8100/112, 人大代表 4440/55, 政协委员 4680/55 (without
	// LY0552's 基本满意, a ballot keyed again with other contents), their
	// weights renormalised over 0.75; with 服务对象's 100 at 0.25 it would be
	// about 82.8.
	nearHand(t, "D27 ballot score", d27.Ballot, (0.25*9740/132+0.2*8100/112+0.15*4440/55+0.15*4680/55)/0.75)
	if d27.Award || !d21.Award || *d21.Rank != 10 {
		t.Errorf("D27 award %v, D21 award %v rank %d; want D21 10th in the 十佳 instead of D27", d27.Award, d21.Award, *d21.Rank)
	}
}
