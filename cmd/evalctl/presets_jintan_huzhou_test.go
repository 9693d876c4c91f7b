package main

import (
	"encoding/json"
	"maps"
	"math"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// jhResult is the part of the JSON contract the hand-worked figures check.
type jhResult struct {
	Ballots struct {
		Read, Valid int
		Issued      *int
		ReturnRate  *float64 `json:"return_rate"`
		Groups      []struct {
			Group        string
			Read, Valid  int
			Issued       *int
			ReturnRate   *float64 `json:"return_rate"`
			Satisfaction *float64
		}
	}
	Targets []struct {
		ID                                 string
		Ratings                            int
		Verified                           int     `json:"verified_complaints"`
		Ballot                             float64 `json:"ballot_score"`
		Composite, Deduction, Satisfaction float64
		Final                              float64 `json:"final_score"`
		Lowest                             float64 `json:"lowest_share"`
		Rank                               *int
		Unsatisfactory, Award              bool
		Flags                              []string
		Groups                             []struct {
			Group   string
			Ratings int
			Mean    float64
		}
	}
	Accountability []struct {
		Person, Role, Unit          string
		Actions, Proposals, Targets []string
	}
	Complaints []struct{ Result, Effect string }
	Comments   struct{ List []struct{ Text string } }
}

// scoreJHResult scores the preset's round and decodes the JSON; at maps an
// ID to its target.
func scoreJHResult(t *testing.T, preset string) (dump string, res jhResult, at map[string]int) {
	t.Helper()
	dump, js := scorePresetRound(t, preset)
	if err := json.Unmarshal(js, &res); err != nil {
		t.Fatal(err)
	}
	at = map[string]int{}
	for i, tg := range res.Targets {
		at[tg.ID] = i
	}
	return dump, res, at
}

func near(got, want float64) bool { return math.Abs(got-want) < 1e-9 }

// verdicts lists, in roster order, the unsatisfactory and the awarded, and
// the principals given action as "unit:targets" (and "other" for any other
// accountability entry).
func verdicts(res jhResult, action string) (unsat, awards, liable []string) {
	for _, tg := range res.Targets {
		if tg.Unsatisfactory {
			unsat = append(unsat, tg.ID)
		}
		if tg.Award {
			awards = append(awards, tg.ID)
		}
	}
	for _, a := range res.Accountability {
		if a.Role != "principal" || !slices.Equal(a.Actions, []string{action}) {
			liable = append(liable, "other")
			continue
		}
		liable = append(liable, a.Unit+":"+strings.Join(a.Targets, ","))
	}
	return unsat, awards, liable
}

// TestJintanHandWorked holds the jintan results to figures worked out by
// hand from the generator's data (sample.Jintan(2026)). D05 市国土资源局, by
// group (好 100, 较好 80, 一般 60, 较差 40; 不了解 and blanks left out):
//
//	企业代表      好 25  较好 73  一般 50  较差 1  n 149  11,380/149 = 76.3758
//	服务对象      好 17  较好 61  一般 35  较差 2  n 115   8,760/115 = 76.1739
//	软环境监督员  好 27  较好 36  一般 10  较差 1  n  74   6,220/74  = 84.0541
//
// (软环境监督员 counts without P0342 of row 343, which rated D05 好: row 364
// keys P0342 again with other contents, so the ballot is invalid.)
// B = 0.4·76.3758 + 0.4·76.1739 + 0.2·84.0541 = 77.8307; 考核得分 79.8, so
// C = 0.7·77.8307 + 0.3·79.8 = 54.4815 + 23.94 = 78.4215. Its ledger: 4
// 查实 at 1 point each, one of them still 办理中 (the 核查结果 and the 办理状态
// are separate columns: a verified entry deducts whether or not it is
// closed), D = 4 (cap 10), F = 74.4215. Satisfaction (好, 较好) 239/338,
// lowest share 4/338. Rank 22 of 25: below D14 (74.45), above D15 (73.14),
// D24 and D21. (Before the two columns, the open entry was a 未办结 result
// deducting 2 of its own: D 5, F 73.42, the same rank.)
//
// D24, planted weakest (F 64.79), and D21, vetoed (一票否决; its F 78.42
// would be mid-table), are the bottom 2, ranked 24 and 25; their heads get
// 通报批评. The top 3 are D01, D11, D04. The ledger holds the seed's 58
// complaints: 23 查实 (D05's fourth still 办理中), 33 不实, 1 一票否决 and 1
// 核查中 (D13's, 办理中); 56 已办结, so the round's 办结率 is 56/58 = 96.55%,
// and D05's 3/4, D13's 2/3. The poll: 355 of the 399 valid ballots answer
// 知道 (知晓率 88.97%, the seed's 89%), and all 387 who answer the second
// question 支持 (支持率 100%). 402 ballots read (P0342 once), 399 valid.
func TestJintanHandWorked(t *testing.T) {
	t.Parallel()
	dump, res, at := scoreJHResult(t, "jintan")
	d := res.Targets[at["D05"]]
	means := [3]float64{11380.0 / 149, 8760.0 / 115, 6220.0 / 74}
	for g, want := range means {
		if got := d.Groups[g]; !near(got.Mean, want) || got.Ratings != [3]int{149, 115, 74}[g] {
			t.Errorf("D05 %s: %d ratings, mean %v; want %v", got.Group, got.Ratings, got.Mean, want)
		}
	}
	b := 0.4*means[0] + 0.4*means[1] + 0.2*means[2]
	c := 0.7*b + 0.3*79.8
	if !near(d.Ballot, b) || !near(d.Composite, c) || d.Deduction != 4 || !near(d.Final, c-4) || d.Verified != 4 ||
		!near(d.Satisfaction, 239.0/338) || !near(d.Lowest, 4.0/338) || d.Ratings != 338 || d.Rank == nil || *d.Rank != 22 {
		t.Errorf("D05: B %v C %v D %v F %v sat %v rank %v; want %v %v 4 %v %v 22", d.Ballot, d.Composite, d.Deduction, d.Final, d.Satisfaction, opt(d.Rank), b, c, c-4, 239.0/338)
	}
	if m := regexp.MustCompile(`(?m)^排名!D(\d+)\tD05$`).FindStringSubmatch(dump); m == nil || !strings.Contains(dump, "\n排名!J"+m[1]+"\t79.80\n") {
		t.Error("排名 does not show D05's 工作考核 79.80 on its row")
	}
	unsat, awards, liable := verdicts(res, "通报批评")
	if v := res.Targets[at["D21"]]; !slices.Equal(unsat, []string{"D21", "D24"}) || !slices.Equal(awards, []string{"D01", "D04", "D11"}) ||
		!slices.Equal(v.Flags, []string{"veto"}) || *v.Rank != 25 || *res.Targets[at["D24"]].Rank != 24 {
		t.Errorf("unsatisfactory %v, awarded %v, D21 flags %v rank %d; want [D21 D24], [D01 D04 D11], veto 25", unsat, awards, v.Flags, *v.Rank)
	}
	if !slices.Equal(liable, []string{"市物价局:D21", "市城市管理局:D24"}) {
		t.Errorf("accountability %v, want the heads of 市物价局 and 市城市管理局 通报批评", liable)
	}
	results := map[string]int{}
	for _, c := range res.Complaints {
		results[c.Result+"/"+c.Effect]++
	}
	if want := map[string]int{"查实/deduct": 23, "不实/none": 33, "一票否决/veto": 1, "核查中/none": 1}; !maps.Equal(results, want) {
		t.Errorf("ledger %v, want %v", results, want)
	}
	for _, line := range []string{
		"统计!A8\t全轮\n统计!C8\t58\n统计!D8\t56\n统计!E8\t96.55%\n",
		"统计!B35\tD05 市国土资源局\n统计!C35\t4\n统计!D35\t3\n统计!E35\t75.00%\n",
		"统计!A58\t知晓率\n统计!B58\t合计\n统计!C58\t355\n统计!D58\t88.97%\n统计!E58\t44\n统计!F58\t11.03%\n统计!G58\t399\n统计!H58\t88.97%\n",
		"统计!A64\t支持率\n统计!B64\t合计\n统计!C64\t387\n",
	} {
		if !strings.Contains(dump, line) {
			t.Errorf("统计 lacks %q", line)
		}
	}
	if res.Ballots.Valid != 399 || !strings.Contains(dump, "审计!B8\t读入 402 = 有效 399 + 无效 3\n") {
		t.Errorf("%d valid ballots, want 399 of 402 read", res.Ballots.Valid)
	}
}

// TestJintanHandlingRate: the preset promises the handling rate (办结率)
// per department. The JSON gives each ledger entry's result, but neither
// whether that result counts as closed nor counts per target.
func TestJintanHandlingRate(t *testing.T) {
	t.Parallel()
	_, js := scorePresetRound(t, "jintan")
	var res struct{ Targets []map[string]any }
	if err := json.Unmarshal(js, &res); err != nil {
		t.Fatal(err)
	}
	if _, ok := res.Targets[4]["complaints_closed"]; !ok {
		t.Fatal("score --json reports no complaints_received / complaints_closed: the jintan preset's 办结率 per department cannot be computed")
	}
	// D05: 3 查实 and 1 未办结; D13: 1 查实, 1 不实, 1 未办结.
	for i, want := range map[int][2]float64{4: {4, 3}, 12: {3, 2}} {
		if tg := res.Targets[i]; tg["complaints_received"] != want[0] || tg["complaints_closed"] != want[1] {
			t.Errorf("%v: received %v closed %v, want %v", tg["id"], tg["complaints_received"], tg["complaints_closed"], want)
		}
	}
}

// TestHuzhouHandWorked holds the huzhou results to figures worked out by
// hand from sample.Huzhou(2026), and recounted from round.xlsx by a
// throwaway script reading its XML without evalctl code. The rated posts
// are 重点涉企 posts, rated by 企业代表, 办事群众 and 基层单位 pooled as one
// panel (the seed's seven layers belong to the 92-unit evaluation,
// huzhou-units). T030 贾力刚, 市国土资源局 执法监察科: 148 valid ballots rate
// it (满意 100, 基本满意 60, 不满意 0; 不了解 left out):
//
//	中心意识  满意 89  基本满意 41  不满意 15  n 145  11,360/145 = 78.3448
//	依法行政  满意 82  基本满意 45  不满意 18  n 145  10,900/145 = 75.1724
//	服务态度  满意 65  基本满意 51  不满意 30  n 146   9,560/146 = 65.4795
//	行政效率  满意 64  基本满意 56  不满意 28  n 148   9,760/148 = 65.9459
//	勤政廉政  满意 85  基本满意 40  不满意 23  n 148  10,900/148 = 73.6486
//
// B = (78.3448 + 75.1724 + 65.4795 + 65.9459 + 73.6486)/5 = 71.7183; two
// 查实 at 2% each: D = 0.04·71.7183 = 2.8687, F = 68.8495; satisfaction
// 618/732, lowest share 114/732; rank 59 of 70 (the script ranks the 70
// posts the same way).
//
// The round records its issued forms as the seed does, for the round:
// 1,019, with 972 returned (企业代表 400, 办事群众 330, 基层单位 242), so the
// return rate is 972/1,019 = 95.39% (the seed's 95%), on 统计's 合计 row and
// in the JSON's ballots, and no group has an issued count of its own. Five
// returned ballots are invalid (two blank, three with 很满意), 967 valid.
// The quorum is 过半, strict: 说明 says that exactly half is not enough.
// 企业代表 satisfaction is within a point of the seed's 80.6%. The 92
// comments (意见建议) are kept, and the 20 无 are not comments. The planted
// T027, T036 and T063 are the bottom 3, their heads get 提醒谈话; the top 10
// (T001, T038, T016, T050, T055, T049, T029, T051, T057, T013) are the 10
// 先进处室, and their holders the 10 先进个人.
func TestHuzhouHandWorked(t *testing.T) {
	t.Parallel()
	dump, res, at := scoreJHResult(t, "huzhou")
	d := res.Targets[at["T030"]]
	b := (11360.0/145 + 10900.0/145 + 9560.0/146 + 9760.0/148 + 10900.0/148) / 5
	if !near(d.Ballot, b) || !near(d.Deduction, 0.04*b) || !near(d.Final, 0.96*b) || d.Ratings != 148 ||
		!near(d.Satisfaction, 618.0/732) || !near(d.Lowest, 114.0/732) || d.Rank == nil || *d.Rank != 59 {
		t.Errorf("T030: B %v D %v F %v sat %v rank %v; want %v %v %v %v 59", d.Ballot, d.Deduction, d.Final, d.Satisfaction, opt(d.Rank), b, 0.04*b, 0.96*b, 618.0/732)
	}
	want := map[string][2]int{"企业代表": {400, 398}, "办事群众": {330, 328}, "基层单位": {242, 241}} // read, valid
	read := 0
	for _, g := range res.Ballots.Groups {
		w, ok := want[g.Group]
		if !ok || g.Issued != nil || g.ReturnRate != nil || g.Read != w[0] || g.Valid != w[1] {
			t.Errorf("%s: issued %v read %d valid %d return rate %v; want none, %v", g.Group, opt(g.Issued), g.Read, g.Valid, opt(g.ReturnRate), w)
			continue
		}
		read += g.Read
		if g.Group == "企业代表" && math.Abs(*g.Satisfaction-0.806) > 0.01 {
			t.Errorf("企业代表 satisfaction %v, want 0.806 within a point", *g.Satisfaction)
		}
	}
	if b := res.Ballots; read != 972 || b.Read != 972 || b.Valid != 967 || b.Issued == nil || *b.Issued != 1019 ||
		b.ReturnRate == nil || !near(*b.ReturnRate, 972.0/1019) {
		t.Errorf("%d (%d by group) of %v returned at %v, %d valid; want 972 of 1019, 967", b.Read, read, opt(b.Issued), opt(b.ReturnRate), b.Valid)
	}
	for _, line := range []string{
		"统计!A5\t合计\n统计!B5\t1019\n统计!C5\t972\n统计!D5\t967\n统计!E5\t5\n统计!F5\t95.39%\n",
		"全轮回收率须超过 50%（严格大于：恰好等于 50% 不够）",
		"即“过半”：超过一半，恰好一半不够。",
	} {
		if !strings.Contains(dump, line) {
			t.Errorf("the workbook lacks %q", line)
		}
	}
	if n := len(res.Comments.List); n != 92 {
		t.Errorf("%d comments, want 92", n)
	}
	unsat, awards, liable := verdicts(res, "提醒谈话")
	top := []string{"T001", "T013", "T016", "T029", "T038", "T049", "T050", "T051", "T055", "T057"}
	if !slices.Equal(unsat, []string{"T027", "T036", "T063"}) || !slices.Equal(awards, top) ||
		!slices.Equal(liable, []string{"市国土资源局:T027", "市住房和城乡建设局:T036", "市工商行政管理局:T063"}) {
		t.Errorf("unsatisfactory %v, awarded %v, principals given 提醒谈话 %v", unsat, awards, liable)
	}
	for _, sheet := range []string{"排名", "表彰名单"} {
		if n := len(regexp.MustCompile(`(?m)^`+sheet+`![A-Z]+\d+\t先进处室、先进个人$`).FindAllString(dump, -1)); n != 10 {
			t.Errorf("%d posts named 先进处室 and 先进个人 on %s, want 10", n, sheet)
		}
	}
}
