package sample

import "fmt"

// Categories and groups of the 溧水 round.
const (
	CategoryParty      = "党群部门"
	CategoryGovernment = "政府部门"

	// The deputies are GroupPeople and GroupCPPCC, as in the 赤壁 panel.
	GroupOwners     = "企业主代表"
	GroupSupervisor = "软环境建设监督员"
)

// DefectOutOfRange is a number outside a numeric scale's range.
const DefectOutOfRange Defect = "out_of_range"

// LishuiRound is the generated round and the facts planted in it.
type LishuiRound struct {
	Sheets []Sheet
	// Groups gives the valid ballots per group, in sheet order.
	Groups []GroupSize

	// Bottom maps a category to its three planted weakest agencies, last
	// first: the targets of 组织调整, 诫勉谈话 and 提醒谈话.
	Bottom map[string][]string
	// OneViolation has exactly one 查实 complaint, TwoViolations two: their
	// heads are proposed for accountability, and no agency is warned or
	// suspended (those sanctions are for staff).
	OneViolation, TwoViolations string
	// TextCells and FullWidthCells count the valid ballots' scores keyed in
	// as text ("85") and in full-width digits ("８５").
	TextCells, FullWidthCells int
	// Invalid lists the planted invalid ballot rows in sheet order.
	Invalid []PlantedBallot
}

// lishuiAgencies are the agencies of 溧水县, by category; IDs
// follow this order: Q01–Q12, then Z01–Z25.
var lishuiAgencies = map[string][]string{
	CategoryParty: {"县纪委（监察局）", "县委办公室", "县委组织部", "县委宣传部", "县委统战部", "县委政法委",
		"县委农村工作办公室", "县委老干部局", "县总工会", "团县委", "县妇联", "县科协"},
	CategoryGovernment: {"县政府办公室", "县发展和改革局", "县教育局", "县科学技术局", "县经济和信息化委员会",
		"县公安局", "县民政局", "县司法局", "县财政局", "县人力资源和社会保障局", "县国土资源局", "县环境保护局",
		"县住房和城乡建设局", "县交通运输局", "县水务局", "县农业局", "县商务局", "县文化广电新闻出版局",
		"县卫生局", "县审计局", "县统计局", "县安全生产监督管理局", "县工商行政管理局", "县质量技术监督局",
		"县城市管理局"},
}

// lishuiLeaders is how many 分管县领导 share the agencies: each supervises a
// run of neighbouring agencies, as a county's division of work assigns them.
const lishuiLeaders = 8

// lishuiPlanted are planted expected scores. The three weakest of each
// category sit well under the others (drawn from 76–93); the agencies with
// verified complaints are fixed in the upper middle so that their
// deductions move no one into or out of the bottom three.
var lishuiPlanted = map[string]float64{
	"Q09": 63, "Q12": 68, "Q10": 72, // 县总工会, 县科协, 团县委
	"Z25": 58, "Z11": 64, "Z13": 70, // 县城市管理局, 县国土资源局, 县住房和城乡建设局
	lishuiOneViolation:  86, // 县工商行政管理局
	lishuiTwoViolations: 88, // 县交通运输局
}

const (
	lishuiOneViolation  = "Z23"
	lishuiTwoViolations = "Z14"
)

var lishuiBottom = map[string][]string{CategoryParty: {"Q09", "Q12", "Q10"}, CategoryGovernment: {"Z25", "Z11", "Z13"}}

// Streams of the 溧水 generator.
const (
	streamLishuiNames uint64 = iota + 0x15a_2026_0000
	streamLishuiScores
	streamLishuiBallots
	streamLishuiComplaints
)

// Lishui generates, for seed, a round of the 溧水 "千人评议机关" (seed 002,
// preset lishui): 37 county agencies, 12 党群部门 and 25 政府部门, each scored
// 0–100 by 1,000 evaluators — 人大代表, 政协委员, 企业主代表 and 软环境建设监督员
// — or marked 不了解. A target's 姓名 and 单位 are the agency, its 主要领导 the
// agency's head and its 分管领导 the 县领导 who supervises it. Scores are
// integers, most stored as numbers, a few keyed in as text or in full-width
// digits, as clerks type them.
//
// As in [Chibi], the roster does not depend on the seed and each planted case
// sits at the same ID for any seed:
//
//   - [LishuiRound.Bottom] are the three agencies of each category planted
//     well below the others, so the tiers of accountability (last 组织调整,
//     next 诫勉谈话, next 提醒谈话) do not depend on noise.
//   - [LishuiRound.OneViolation] has one 查实 complaint and
//     [LishuiRound.TwoViolations] two; every other ledger entry is 不实.
//   - [LishuiRound.Invalid] are three extra ballot rows: a 人大代表 ballot
//     scoring one agency 120, a 企业主代表 ballot with the word 良好 for a
//     score, and a 软环境建设监督员 ballot reusing an earlier 票号.
//
// Equal seeds give equal rounds.
func Lishui(seed uint64) LishuiRound {
	targets := lishuiRoster(seed)
	round := LishuiRound{
		Groups:        lishuiGroups(),
		Bottom:        map[string][]string{},
		OneViolation:  lishuiOneViolation,
		TwoViolations: lishuiTwoViolations,
	}
	ballots := lishuiBallots(newRand(seed, streamLishuiBallots), targets, &round)
	for cat, ids := range lishuiBottom {
		round.Bottom[cat] = append([]string(nil), ids...)
	}
	round.Sheets = []Sheet{
		{Name: SheetRoster, Rows: rosterRows(targets)},
		{Name: SheetBallots, Rows: ballots},
		{Name: SheetComplaints, Rows: lishuiComplaints(newRand(seed, streamLishuiComplaints), targets)},
	}
	return round
}

// lishuiRoster lays out the fixed roster, draws the leaders' names and gives
// each agency its expected score.
func lishuiRoster(seed uint64) []target {
	names := nameDrawer{r: newRand(seed, streamLishuiNames), used: map[string]bool{}}
	scores := newRand(seed, streamLishuiScores)
	leaders := make([]string, lishuiLeaders)
	for i := range leaders {
		leaders[i] = names.next()
	}
	total := len(lishuiAgencies[CategoryParty]) + len(lishuiAgencies[CategoryGovernment])
	var targets []target
	for _, cat := range []string{CategoryParty, CategoryGovernment} {
		prefix := map[string]string{CategoryParty: "Q", CategoryGovernment: "Z"}[cat]
		for i, agency := range lishuiAgencies[cat] {
			n := len(targets)
			t := target{
				id: fmt.Sprintf("%s%02d", prefix, i+1), name: agency, unit: agency, category: cat,
				principal: names.next(), supervisor: leaders[n*lishuiLeaders/total],
				mu: 76 + 17*(scores.Float64()+scores.Float64())/2,
			}
			if mu, ok := lishuiPlanted[t.id]; ok {
				t.mu = mu
			}
			targets = append(targets, t)
		}
	}
	return targets
}
