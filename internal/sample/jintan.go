package sample

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// The 金坛 category and levels.
const (
	CategoryJintan   = "市级机关部门"
	jintanGood       = "好"
	jintanFair       = "较好"
	jintanAverage    = "一般"
	jintanPoor       = "较差"
	jintanNoAnswer   = "不了解"
	jintanBadValue   = "很好" // not a level of the 金坛 scale
	jintanComplaints = 58
	jintanClosed     = 56

	// The handling statuses of the ledger, and the results of the two
	// entries still open: one verified, one still under inquiry.
	jintanDone     = "已办结"
	jintanOpen     = "办理中"
	jintanInquiry  = "核查中"
	jintanVerified = "查实"
)

// The poll asked on the ballot (民意调查): the questions' columns, as the
// jintan preset names them, and how many valid ballots answer 不知道 and
// leave the second question blank. 44 of the 399 valid ballots make the
// seed's 89% (355/399 = 88.97%); everyone who answers the second supports.
const (
	JintanKnowColumn    = "是否知道市委市政府在抓“优质服务年”"
	JintanSupportColumn = "是否支持市委市政府抓机关作风建设"
	jintanDontKnow      = 44
	jintanNoSupport     = 12
)

// JintanRound is the generated round and the facts planted in it.
type JintanRound struct {
	Sheets []Sheet
	// Groups gives the valid ballots per group, in sheet order.
	Groups  []GroupSize
	Weakest string
	Veto    string
	// Open are the two departments with an entry still being handled
	// (办理中): the first verified (查实), the second still under inquiry.
	Open    [2]string
	Invalid []PlantedBallot
	// Know and Support count the valid ballots answering 知道 and 支持, of
	// Answered and SupportAnswered.
	Know, Answered, Support, SupportAnswered int
}

// jintanDepartments are the 25 departments, in roster order (D01 …), and how
// much the public deals with them: the share of complaints they draw and,
// inversely, how often an evaluator answers 不了解.
var jintanDepartments = []struct {
	name     string
	exposure float64
}{
	{"市发展和改革局", 2}, {"市经济和信息化委员会", 2}, {"市商务局", 1.5}, {"市财政局", 1},
	{"市国土资源局", 4}, {"市规划局", 3}, {"市住房和城乡建设局", 4}, {"市环境保护局", 3},
	{"市交通运输局", 2}, {"市水利农机局", 1}, {"市农林局", 1}, {"市人力资源和社会保障局", 3},
	{"市工商行政管理局", 4}, {"市质量技术监督局", 2}, {"市食品药品监督管理局", 1.5}, {"市安全生产监督管理局", 2},
	{"市卫生局", 1.5}, {"市公安局", 3}, {"市国家税务局", 2.5}, {"市地方税务局", 2.5},
	{"市物价局", 1}, {"市审计局", 0.5}, {"市行政服务中心", 4}, {"市城市管理局", 3}, {"市科学技术局", 1},
}

// Planted departments.
const (
	jintanWeakest = "D24" // 市城市管理局
	jintanVeto    = "D21" // 市物价局
)

var jintanOpenIDs = [2]string{"D05", "D13"} // 市国土资源局, 市工商行政管理局

// The panel: valid ballots per group, how each leans, and how often it
// answers 不了解 for a department of exposure 1. Enterprises meet the
// departments as applicants and rate harder; the supervisors (软环境监督员)
// follow every department and rarely answer 不了解.
var jintanPanel = []struct {
	name     string
	ballots  int
	lean     float64
	noAnswer float64
}{
	{"企业代表", 170, -3, 0.3},
	{"服务对象", 150, -1, 0.4},
	{"软环境监督员", 80, 1, 0.08},
}

// Streams of the 金坛 generator.
const (
	streamJintanNames uint64 = iota + 0x7a17a_2026_0000
	streamJintanScores
	streamJintanBallots
	streamJintanComplaints
	streamJintanSheet
	streamJintanPoll
)

// jintanDept is one department: a roster row plus its latent score mu, the
// expected points of its ratings (好 100 … 较差 40).
type jintanDept struct {
	id, name, deputy, head string
	exposure, mu           float64
}

// Jintan generates the 金坛 "优化经济发展软环境" round (seed 003) for the
// jintan preset: 25 city departments (category 市级机关部门), each both the
// target and its own unit, appraised by the 软环境工作考核办法 (the 考核得分
// sheet, 0–100) and rated 好 / 较好 / 一般 / 较差 / 不了解 by about 400
// evaluators — 企业代表, 服务对象 and 软环境监督员 — who also answer the poll's
// two questions, which rate no department: 知道 or 不知道 the campaign, 支持
// it or not. The complaint ledger holds the seed's 58 complaints with their
// 核查结果 and, in a column of its own, their 办理状态: 56 已办结 (查实, 不实
// or 一票否决) and 2 办理中. As in [Chibi], the roster and the planted cases do
// not depend on the seed:
//
//   - [JintanRound.Weakest] is planted well below every other department, so
//     it is on the bottom list whatever the noise.
//   - [JintanRound.Veto] is a mid-table department with the ledger's only
//     一票否决 entry, so it takes the other bottom place.
//   - [JintanRound.Open] are the two departments with an entry still 办理中,
//     beside their ordinary complaints: the first verified (查实, so it
//     deducts though open), the second still under inquiry (核查中).
//   - Of the 399 valid ballots, 355 answer 知道 (the seed's 89%) and 387
//     answer the second question, all 支持 (the seed's 100%).
//   - [JintanRound.Invalid] are three extra ballot rows: blank, a cell that
//     is not a level, and a reused 票号.
//
// Equal seeds give equal rounds.
func Jintan(seed uint64) JintanRound {
	depts := jintanRoster(seed)
	ballots, invalid := jintanBallots(newRand(seed, streamJintanBallots), depts)
	round := JintanRound{Weakest: jintanWeakest, Veto: jintanVeto, Open: jintanOpenIDs, Invalid: invalid}
	jintanPoll(newRand(seed, streamJintanPoll), ballots, invalid, &round)
	for _, g := range jintanPanel {
		round.Groups = append(round.Groups, GroupSize{g.name, g.ballots})
	}
	roster := [][]any{{"编号", "姓名", "单位", "股室", "类别", "分管领导", "主要领导"}}
	for _, d := range depts {
		roster = append(roster, []any{d.id, d.name, d.name, nil, CategoryJintan, d.deputy, d.head})
	}
	round.Sheets = []Sheet{
		{Name: SheetRoster, Rows: roster},
		{Name: SheetBallots, Rows: ballots},
		{Name: SheetComplaints, Rows: jintanLedger(newRand(seed, streamJintanComplaints), depts)},
		{Name: SheetJintanAppraisal, Rows: jintanAppraisal(newRand(seed, streamJintanSheet), depts)},
	}
	return round
}

// SheetJintanAppraisal is the jintan preset's score sheet (工作考核).
const SheetJintanAppraisal = "考核得分"

func jintanRoster(seed uint64) []jintanDept {
	names := nameDrawer{r: newRand(seed, streamJintanNames), used: map[string]bool{}}
	scores := newRand(seed, streamJintanScores)
	var depts []jintanDept
	for i, d := range jintanDepartments {
		dept := jintanDept{id: fmt.Sprintf("D%02d", i+1), name: d.name, exposure: d.exposure}
		dept.head, dept.deputy = names.next(), names.next()
		// Draw for every department, planted or not, so planting does not
		// shift the others' draws.
		dept.mu = 74 + 16*(scores.Float64()+scores.Float64())/2
		switch dept.id {
		case jintanWeakest:
			dept.mu = 62
		case jintanVeto:
			dept.mu = 82
		}
		depts = append(depts, dept)
	}
	return depts
}

// jintanGrade draws a rating whose expected points are about m: a latent
// opinion around m, read through the cut points 90, 70 and 50.
func jintanGrade(r *rand.Rand, m float64) string {
	switch x := m + r.NormFloat64()*13; {
	case x >= 90:
		return jintanGood
	case x >= 70:
		return jintanFair
	case x >= 50:
		return jintanAverage
	default:
		return jintanPoor
	}
}

// jintanAppraisal draws the 考核得分 sheet: the appraisal follows the same
// latent quality, with the noise of a different method; one decimal.
func jintanAppraisal(r *rand.Rand, depts []jintanDept) [][]any {
	rows := [][]any{{"编号", "得分"}}
	for _, d := range depts {
		s := 80 + 0.6*(d.mu-80) + r.NormFloat64()*3
		s = math.Round(min(max(s, 60), 98)*10) / 10
		rows = append(rows, []any{d.id, s})
	}
	return rows
}
