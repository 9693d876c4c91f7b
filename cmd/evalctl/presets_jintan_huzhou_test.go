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
		Valid  int
		Groups []struct {
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
		Role, Unit       string
		Actions, Targets []string
	}
	Complaints []struct{ Result, Effect string }
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
// C = 0.7·77.8307 + 0.3·79.8 = 54.4815 + 23.94 = 78.4215. Its ledger: 3 查实
// at 1 point and 1 未办结 at 2 (both counted in verified_complaints, 4), D =
// 5 (cap 10), F = 73.4215. Satisfaction (好, 较好) 239/338, lowest share
// 4/338. Rank 22 of 25: below D14 (74.49), above D15 (73.15), D24 and D21.
//
// D24, planted weakest (F 64.85), and D21, vetoed (一票否决; its F 78.45
// would be mid-table), are the bottom 2, ranked 24 and 25; their heads get
// 通报批评. The top 3 are D01, D11, D04. The ledger holds the seed's 58
// complaints, 56 closed — 22 查实, 33 不实, 1 一票否决 — and 2 未办结 (D05,
// D13): 办结率 96.6%. 402 ballots read (P0342 once), 399 valid.
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
	if !near(d.Ballot, b) || !near(d.Composite, c) || d.Deduction != 5 || !near(d.Final, c-5) || d.Verified != 4 ||
		!near(d.Satisfaction, 239.0/338) || !near(d.Lowest, 4.0/338) || d.Ratings != 338 || d.Rank == nil || *d.Rank != 22 {
		t.Errorf("D05: B %v C %v D %v F %v sat %v rank %v; want %v %v 5 %v %v 22", d.Ballot, d.Composite, d.Deduction, d.Final, d.Satisfaction, d.Rank, b, c, c-5, 239.0/338)
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
	if want := map[string]int{"查实/deduct": 22, "不实/none": 33, "一票否决/veto": 1, "未办结/deduct": 2}; !maps.Equal(results, want) {
		t.Errorf("ledger %v, want %v", results, want)
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
// hand from sample.Huzhou(2026). T030 贾力刚, 市国土资源局 执法监察科: 158
// valid ballots reach its columns, 9 of them 不了解 on all five, so 149
// rate it. The seven layers are pooled (满意 100, 基本满意 60, 不满意 0):
//
//	中心意识  满意 94  基本满意 31  不满意 21  n 146  11,260/146 = 77.1233
//	依法行政  满意 87  基本满意 38  不满意 21  n 146  10,980/146 = 75.2055
//	服务态度  满意 76  基本满意 43  不满意 28  n 147  10,180/147 = 69.2517
//	行政效率  满意 79  基本满意 45  不满意 25  n 149  10,600/149 = 71.1409
//	勤政廉政  满意 99  基本满意 30  不满意 20  n 149  11,700/149 = 78.5235
//
// B = (77.1233 + 75.2055 + 69.2517 + 71.1409 + 78.5235)/5 = 74.2490; two
// 查实 at 2% each: D = 0.04·74.2490 = 2.9700, F = 71.2790; satisfaction
// 622/737, lowest share 115/737; rank 62 of 70.
//
// Returned/issued (统计, return_rate): 党代表 144/150, 人大代表 145/150, 政协
// 委员 143/150, 企业代表 141/150, 基层干部 135/140, 服务对象 132/140, 社会各界
// 131/139; in all 971/1,019 = 95.29% (the seed's 95%), 966 valid. The
// generator writes 972 rows, but H0718 (row 720) is keyed again on row 781
// with other contents: one paper, returned once and invalid. It does not
// rate T030. 企业代表 satisfaction is
// within a point of the seed's 80.6%. The planted T027, T036 and T063 are
// the bottom 3, their heads get 提醒谈话; T001, T038, T016, T050 and T055
// are 群众满意岗位.
func TestHuzhouHandWorked(t *testing.T) {
	t.Parallel()
	dump, res, at := scoreJHResult(t, "huzhou")
	d := res.Targets[at["T030"]]
	b := (11260.0/146 + 10980.0/146 + 10180.0/147 + 10600.0/149 + 11700.0/149) / 5
	if !near(d.Ballot, b) || !near(d.Deduction, 0.04*b) || !near(d.Final, 0.96*b) || d.Ratings != 149 ||
		!near(d.Satisfaction, 622.0/737) || !near(d.Lowest, 115.0/737) || d.Rank == nil || *d.Rank != 62 {
		t.Errorf("T030: B %v D %v F %v sat %v rank %v; want %v %v %v %v 62", d.Ballot, d.Deduction, d.Final, d.Satisfaction, d.Rank, b, 0.04*b, 0.96*b, 622.0/737)
	}
	want := map[string][3]int{ // issued, read, valid
		"党代表": {150, 144, 143}, "人大代表": {150, 145, 145}, "政协委员": {150, 143, 142}, "企业代表": {150, 141, 140},
		"基层干部": {140, 135, 135}, "服务对象": {140, 132, 131}, "社会各界": {139, 131, 130},
	}
	issued, read := 0, 0
	for _, g := range res.Ballots.Groups {
		w := want[g.Group]
		if g.Issued == nil || *g.Issued != w[0] || g.Read != w[1] || g.Valid != w[2] || g.ReturnRate == nil || !near(*g.ReturnRate, float64(w[1])/float64(w[0])) {
			t.Errorf("%s: issued %v read %d valid %d return rate %v; want %v", g.Group, g.Issued, g.Read, g.Valid, g.ReturnRate, w)
			continue
		}
		issued, read = issued+*g.Issued, read+g.Read
		if g.Group == "企业代表" && math.Abs(*g.Satisfaction-0.806) > 0.01 {
			t.Errorf("企业代表 satisfaction %v, want 0.806 within a point", *g.Satisfaction)
		}
	}
	if issued != 1019 || read != 971 || res.Ballots.Valid != 966 || !strings.Contains(dump, "统计!A9\t合计\n统计!B9\t1019\n统计!C9\t971\n") ||
		!strings.Contains(dump, "统计!F9\t95.29%\n") {
		t.Errorf("%d of %d returned, %d valid; want 971 of 1019 (95.29%% on 统计), 966", read, issued, res.Ballots.Valid)
	}
	unsat, awards, liable := verdicts(res, "提醒谈话")
	if !slices.Equal(unsat, []string{"T027", "T036", "T063"}) || !slices.Equal(awards, []string{"T001", "T016", "T038", "T050", "T055"}) ||
		!slices.Equal(liable, []string{"市国土资源局:T027", "市住房和城乡建设局:T036", "市工商行政管理局:T063"}) {
		t.Errorf("unsatisfactory %v, awarded %v, principals given 提醒谈话 %v", unsat, awards, liable)
	}
}
