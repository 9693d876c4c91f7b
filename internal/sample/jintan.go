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
	jintanUnhandled  = "未办结"
	jintanBadValue   = "很好" // not a level of the 金坛 scale
	jintanComplaints = 58
	jintanClosed     = 56
)

// JintanRound is the generated round and the facts planted in it.
type JintanRound struct {
	Sheets []Sheet
	// Groups gives the valid ballots per group, in sheet order.
	Groups    []GroupSize
	Weakest   string
	Veto      string
	Unhandled [2]string
	Invalid   []PlantedBallot
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

var jintanUnhandledIDs = [2]string{"D05", "D13"} // 市国土资源局, 市工商行政管理局

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
// evaluators — 企业代表, 服务对象 and 软环境监督员. The complaint ledger holds
// the seed's 58 complaints, 56 of them closed (查实, 不实 or 一票否决) and 2
// still 未办结. As in [Chibi], the roster and the planted cases do not depend
// on the seed:
//
//   - [JintanRound.Weakest] is planted well below every other department, so
//     it is on the bottom list whatever the noise.
//   - [JintanRound.Veto] is a mid-table department with the ledger's only
//     一票否决 entry, so it takes the other bottom place.
//   - [JintanRound.Unhandled] are the two departments with a 未办结 entry,
//     deducting 2 points each, beside their ordinary complaints.
//   - [JintanRound.Invalid] are three extra ballot rows: blank, a cell that
//     is not a level, and a reused 票号.
//
// Equal seeds give equal rounds.
func Jintan(seed uint64) JintanRound {
	depts := jintanRoster(seed)
	ballots, invalid := jintanBallots(newRand(seed, streamJintanBallots), depts)
	round := JintanRound{Weakest: jintanWeakest, Veto: jintanVeto, Unhandled: jintanUnhandledIDs, Invalid: invalid}
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
