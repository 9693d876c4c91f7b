// Package sample generates sample round workbooks for evalctl and writes
// workbooks in general.
//
// [WriteWorkbook] writes named sheets of rows to an .xlsx file; tests use it
// to build tiny hand-made rounds.
//
// [Chibi] generates the 赤壁 "百名股长群众评" round: 214 section chiefs (股长)
// of 30 city agencies in two categories, rated 满意 / 基本满意 / 不满意 by a
// panel of 1,001 evaluators in five groups, with competency-test scores and a
// complaint ledger. Each chief has a latent expected ballot score; ratings,
// test scores and complaints are drawn around it, so results look real but
// are fully determined by the seed. The roster itself does not depend on the
// seed, so every planted case below sits at the same ID for any seed:
//
//   - [ChibiRound.Insufficient] is rated by only 20 valid ballots, to exercise
//     the insufficient-data rule (min_ratings 30).
//   - [ChibiRound.NoEnterprise] is rated by no 企业代表 ballot, so the group
//     weights of its score must be renormalised over the groups that rated it.
//   - [ChibiRound.WeakPair] are two very weak chiefs in one unit under one
//     分管领导, so joint liability fires for that unit and supervisor.
//   - [ChibiRound.Bottom] lists, per category, the four chiefs planted well
//     below everyone else, so the bottom list does not depend on noise.
//   - [ChibiRound.Veto] is a mid-ranked chief with the ledger's only
//     一票否决 entry, so the veto, not the rank, must decide the verdict.
//   - [ChibiRound.Invalid] are five extra ballot rows, one per defect a ballot
//     can have, on top of the 1,001 valid ones.
package sample

import (
	"fmt"
	"math/rand/v2"
)

// Sheet names of a round workbook.
const (
	SheetRoster     = "名册"
	SheetBallots    = "选票"
	SheetComplaints = "投诉台账"
	SheetTests      = "测试成绩"
)

// Categories of the 赤壁 round.
const (
	CategoryService = "公共服务和行政执法类"
	CategoryGeneral = "综合管理类"
)

// Rating levels.
const (
	LevelSatisfied    = "满意"
	LevelBasic        = "基本满意"
	LevelDissatisfied = "不满意"
)

// Groups of the 赤壁 panel.
const (
	GroupParty      = "党代表"
	GroupPeople     = "人大代表"
	GroupCPPCC      = "政协委员"
	GroupEnterprise = "企业代表"
	GroupPublic     = "社会人士"
)

// GroupSize is an evaluator group and how many valid ballots it cast.
type GroupSize struct {
	Name    string
	Ballots int
}

// ChibiRound is the generated round and the facts planted in it.
type ChibiRound struct {
	Sheets []Sheet
	// Groups gives the valid ballots per group, in sheet order.
	Groups []GroupSize

	// Insufficient is rated by exactly InsufficientRatings valid ballots.
	Insufficient        string
	InsufficientRatings int
	// NoEnterprise is rated by no 企业代表 ballot.
	NoEnterprise string
	// WeakPair share WeakUnit and WeakSupervisor, both 公共服务和行政执法类.
	WeakPair       [2]string
	WeakUnit       string
	WeakSupervisor string
	// Bottom maps a category to its four planted weakest chiefs, weakest
	// first; the weak pair are the first two of CategoryService.
	Bottom map[string][]string
	// Veto has the ledger's only 一票否决 entry.
	Veto string
	// Invalid lists the planted invalid ballot rows in sheet order.
	Invalid []PlantedBallot
}

// Planted targets. IDs follow roster order, which chibiUnits fixes.
const (
	chibiInsufficient = "T076" // 市交通运输局 综合规划股, 综合管理类
	chibiNoEnterprise = "T029" // 市民政局 婚姻登记股, which businesses rarely visit
	chibiVeto         = "T161" // 市林业局 计划财务股, 综合管理类
)

var (
	// The weak pair: 市市场监督管理局 登记注册股 and 食品安全监管股, both
	// under the unit's second 分管领导 (who also has its 法规股).
	chibiWeakPair = [2]string{"T141", "T142"}
	// Planted bottoms with their expected ballot scores, weakest first. Every
	// other chief is drawn from 63–95 and chibiTests keeps the bottoms' test
	// scores low, so the gaps hold against sampling noise. Apart from the weak
	// pair they sit in distinct units, so no other joint liability arises.
	chibiBottom = map[string][]plantedScore{
		// 市市场监督管理局 ×2, 市住房和城乡建设局, 市城市管理执法局.
		CategoryService: {{"T141", 34}, {"T142", 39}, {"T070", 45}, {"T171", 51}},
		// 市医疗保障局, 市人力资源和社会保障局, 市乡村振兴局, 市卫生健康局.
		CategoryGeneral: {{"T154", 37}, {"T047", 43}, {"T196", 49}, {"T111", 55}},
	}
	// Mid-table scores for the other planted targets, so only the planted
	// feature, not an extreme score, makes them special.
	chibiMid = map[string]float64{chibiInsufficient: 72, chibiNoEnterprise: 80, chibiVeto: 79}
)

type plantedScore struct {
	id string
	mu float64
}

// target is one roster row plus its latent expected ballot score mu.
type target struct {
	id, name, unit, section, category, supervisor, principal string
	mu                                                       float64
}

// Streams of the generator: each part draws from its own PCG stream, so a
// change to one part does not reshuffle the others.
const (
	streamNames uint64 = iota + 0xc41b1_2026_0000
	streamScores
	streamBallots
	streamComplaints
	streamTests
)

func newRand(seed, stream uint64) *rand.Rand {
	return rand.New(rand.NewPCG(seed, stream))
}

// Chibi generates the 赤壁 round for seed; equal seeds give equal rounds.
func Chibi(seed uint64) ChibiRound {
	targets := chibiRoster(seed)
	ballots, invalid := chibiBallots(newRand(seed, streamBallots), targets)
	round := ChibiRound{
		Groups:              chibiGroups(),
		Insufficient:        chibiInsufficient,
		InsufficientRatings: insufficientRatings,
		NoEnterprise:        chibiNoEnterprise,
		WeakPair:            chibiWeakPair,
		Bottom:              map[string][]string{},
		Veto:                chibiVeto,
		Invalid:             invalid,
	}
	byID := map[string]target{}
	for _, t := range targets {
		byID[t.id] = t
	}
	round.WeakUnit = byID[chibiWeakPair[0]].unit
	round.WeakSupervisor = byID[chibiWeakPair[0]].supervisor
	for cat, ps := range chibiBottom {
		for _, p := range ps {
			round.Bottom[cat] = append(round.Bottom[cat], p.id)
		}
	}
	round.Sheets = []Sheet{
		{Name: SheetRoster, Rows: rosterRows(targets)},
		{Name: SheetBallots, Rows: ballots},
		{Name: SheetComplaints, Rows: chibiComplaints(newRand(seed, streamComplaints), targets)},
		{Name: SheetTests, Rows: chibiTests(newRand(seed, streamTests), targets)},
	}
	return round
}

// chibiRoster lays out the fixed roster, draws names and supervisors' names,
// and gives each chief a latent score.
func chibiRoster(seed uint64) []target {
	names := nameDrawer{r: newRand(seed, streamNames), used: map[string]bool{}}
	scores := newRand(seed, streamScores)
	planted := map[string]float64{}
	for _, ps := range chibiBottom {
		for _, p := range ps {
			planted[p.id] = p.mu
		}
	}
	for id, mu := range chibiMid {
		planted[id] = mu
	}
	return drawRoster(chibiUnits, &names, scores, planted)
}

// drawRoster lays out the roster of units, gives each chief a latent score
// drawn from scores (or planted, by ID) and draws every name from names:
// the leaders' first, unit by unit, then the chiefs'.
func drawRoster(units []unitSpec, names *nameDrawer, scores *rand.Rand, planted map[string]float64) []target {
	var targets []target
	for _, u := range units {
		principal := names.next()
		sections := append(append([]string{}, u.general...), u.service...)
		n := len(sections)
		deputies := make([]string, deputyCount(n))
		for i := range deputies {
			deputies[i] = names.next()
		}
		for i, sec := range sections {
			cat := CategoryGeneral
			if i >= len(u.general) {
				cat = CategoryService
			}
			t := target{
				id: fmt.Sprintf("T%03d", len(targets)+1), unit: u.name, section: sec,
				category: cat, principal: principal,
				// Contiguous blocks: a deputy supervises neighbouring sections.
				supervisor: deputies[i*len(deputies)/n],
			}
			// Draw for every chief, planted or not, so that planting does not
			// shift the draws of the others.
			t.mu = 63 + 32*(scores.Float64()+scores.Float64())/2
			if mu, ok := planted[t.id]; ok {
				t.mu = mu
			}
			targets = append(targets, t)
		}
	}
	// Chiefs are named after all leaders so that leader names are drawn first
	// and the two lists cannot collide.
	for i := range targets {
		targets[i].name = names.next()
	}
	return targets
}

// deputyCount is how many 分管领导 a unit of n sections has: 2 to 4.
func deputyCount(n int) int {
	switch {
	case n <= 5:
		return 2
	case n <= 8:
		return 3
	default:
		return 4
	}
}

// nameDrawer draws personal names, never the same one twice.
type nameDrawer struct {
	r    *rand.Rand
	used map[string]bool
}

func (d *nameDrawer) next() string {
	for {
		name := []rune{surnames[d.r.IntN(len(surnames))], givenChars[d.r.IntN(len(givenChars))]}
		if d.r.IntN(100) < 70 {
			name = append(name, givenChars[d.r.IntN(len(givenChars))])
		}
		if len(name) == 3 && name[1] == name[2] {
			continue // 叠字 names exist, but drawn at random they look odd
		}
		if s := string(name); !d.used[s] {
			d.used[s] = true
			return s
		}
	}
}

func rosterRows(targets []target) [][]any {
	rows := [][]any{{"编号", "姓名", "单位", "股室", "类别", "分管领导", "主要领导"}}
	for _, t := range targets {
		rows = append(rows, []any{t.id, t.name, t.unit, t.section, t.category, t.supervisor, t.principal})
	}
	return rows
}

// chibiTests draws competency-test scores correlated with the latent score.
// Planted bottoms get low scores without noise, so the test component cannot
// lift one of them past a regular chief.
func chibiTests(r *rand.Rand, targets []target) [][]any {
	rows := [][]any{{"编号", "成绩"}}
	bottom := map[string]bool{}
	for _, ps := range chibiBottom {
		for _, p := range ps {
			bottom[p.id] = true
		}
	}
	for _, t := range targets {
		noise := r.NormFloat64() * 4
		decimal := r.IntN(10) < 3
		score, lo, hi := 62+(t.mu-63)+noise, 58.0, 98.0
		if bottom[t.id] {
			score, lo, hi = 55+(t.mu-34)/4, 55, 60
		}
		score = min(max(score, lo), hi)
		rows = append(rows, []any{t.id, testScore(score, decimal)})
	}
	return rows
}

// testScore is a test score as keyed: to one decimal, or whole.
func testScore(score float64, decimal bool) float64 {
	if decimal {
		return float64(int(score*10+0.5)) / 10
	}
	return float64(int(score + 0.5))
}
