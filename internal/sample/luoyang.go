package sample

import "fmt"

// Categories and groups of the 洛阳 round.
const (
	CategoryWindow = "服务窗口"
	CategoryUnit   = "效能单位"

	GroupBusiness  = "企业"
	GroupRecipient = "服务对象"
	GroupMasses    = "群众"
	// The deputies are named as in the 赤壁 panel: GroupPeople, GroupCPPCC.

	LevelUnknown = "不了解"
)

// LuoyangRound is the generated round and the facts planted in it.
type LuoyangRound struct {
	Sheets []Sheet
	// Groups gives the valid ballots per group, in sheet order.
	Groups []GroupSize

	// Insufficient is rated by exactly InsufficientRatings valid ballots,
	// all of them 服务对象.
	Insufficient        string
	InsufficientRatings int
	// Weak maps a category to its planted weak targets. They are planted
	// well below the others, not apart from each other: which of two is last
	// is left to the ballots.
	Weak map[string][]string
	// WeakUnit runs a weak window and is itself a weak unit.
	WeakUnit string
	// Veto has the ledger's only 一票否决 entry.
	Veto string
	// Invalid lists the planted invalid ballot rows in sheet order.
	Invalid []PlantedBallot
}

// luoyangWindows are the windows of the 市行政服务中心 and the units that
// run them; luoyangUnits the city units appraised for efficiency. IDs follow
// this order: C01–C30, then D01–D30.
var (
	luoyangWindows = [][2]string{
		{"工商窗口", "市市场监督管理局"}, {"税务窗口", "国家税务总局洛阳市税务局"}, {"户政窗口", "市公安局"},
		{"出入境窗口", "市公安局"}, {"车管窗口", "市公安局"}, {"不动产登记窗口", "市不动产登记中心"},
		{"住房公积金窗口", "市住房公积金管理中心"}, {"社会保险窗口", "市人力资源和社会保障局"},
		{"就业人才窗口", "市人力资源和社会保障局"}, {"医保窗口", "市医疗保障局"}, {"投资项目审批窗口", "市发展和改革委员会"},
		{"规划窗口", "市自然资源和规划局"}, {"建设工程窗口", "市住房和城乡建设局"}, {"房产交易窗口", "市住房和城乡建设局"},
		{"环评窗口", "市生态环境局"}, {"卫生健康窗口", "市卫生健康委员会"}, {"食品药品窗口", "市市场监督管理局"},
		{"文化旅游窗口", "市文化广电和旅游局"}, {"交通运输窗口", "市交通运输局"}, {"水利窗口", "市水利局"},
		{"农业农村窗口", "市农业农村局"}, {"民政窗口", "市民政局"}, {"教育窗口", "市教育局"},
		{"商务窗口", "市商务局"}, {"城管窗口", "市城市管理局"}, {"人防窗口", "市人民防空办公室"},
		{"消防窗口", "市消防救援支队"}, {"气象窗口", "市气象局"}, {"供电窗口", "国网洛阳供电公司"},
		{"供水窗口", "市自来水公司"},
	}
	luoyangUnits = []string{
		"市发展和改革委员会", "市教育局", "市科学技术局", "市工业和信息化局", "市公安局", "市民政局",
		"市司法局", "市财政局", "市人力资源和社会保障局", "市自然资源和规划局", "市生态环境局",
		"市住房和城乡建设局", "市城市管理局", "市交通运输局", "市水利局", "市农业农村局", "市商务局",
		"市文化广电和旅游局", "市卫生健康委员会", "市应急管理局", "市审计局", "市市场监督管理局",
		"市统计局", "市医疗保障局", "市林业局", "国家税务总局洛阳市税务局", "市住房公积金管理中心",
		"市不动产登记中心", "市人民防空办公室", "市行政服务中心管理办公室",
	}
)

// Planted targets of the 洛阳 round.
const (
	luoyangInsufficient = "C26" // 人防窗口
	luoyangVeto         = "C14" // 房产交易窗口
	luoyangWeakUnit     = "市城市管理局"
	luoyangRareRaters   = 14
)

// luoyangPlanted are the planted expected scores: the weak targets well
// under the others (drawn from 66–94), the veto and the insufficient target
// mid-table so that only their planted feature sets them apart.
var luoyangPlanted = map[string]float64{
	"C25":               44, // 城管窗口
	"D13":               47, // 市城市管理局
	"D28":               53, // 市不动产登记中心
	luoyangVeto:         82, // 房产交易窗口
	luoyangInsufficient: 76, // 人防窗口
}

// luoyangWeak lists the weak targets per category.
var luoyangWeak = map[string][]string{CategoryWindow: {"C25"}, CategoryUnit: {"D13", "D28"}}

// Streams of the 洛阳 generator.
const (
	streamLuoyangNames uint64 = iota + 0x1a0_2026_0000
	streamLuoyangScores
	streamLuoyangBallots
	streamLuoyangComplaints
)

// Luoyang generates, for seed, a round of the 洛阳 "效能提升社会评议" (seed
// 001, preset luoyang): 30 service windows of the 市行政服务中心 (category
// 服务窗口) and 30 city units (效能单位), rated 满意 / 基本满意 / 不满意, or
// 不了解, by 600 evaluators in five groups: 企业, 服务对象, 群众, 人大代表 and
// 政协委员. A target's 姓名 is the window's or the unit's name; 单位 is the unit that runs
// it, 主要领导 that unit's head and 分管领导 one of its deputies. 企业, 群众 and
// the deputies rate nearly everything, saying 不了解 where they do not know a
// target; a 服务对象 rates only the one to four windows or units it used and
// leaves the rest blank, so its group has few ratings per target.
//
// As in [Chibi], the roster does not depend on the seed and each planted case
// sits at the same ID for any seed:
//
//   - [LuoyangRound.Insufficient], the 人防窗口, is rated only by
//     [LuoyangRound.InsufficientRatings] (14) 服务对象, under the preset's
//     min_ratings of 20; everyone else leaves it blank or writes 不了解.
//   - [LuoyangRound.Weak] lists, per category, the targets planted well below
//     the others: the 城管窗口, and the units 市城市管理局 (which runs that
//     window, so its head answers for both) and 市不动产登记中心.
//   - [LuoyangRound.Veto], a mid-table window, has the ledger's 一票否决: it
//     ranks last of the windows and takes one of their two bottom places.
//   - [LuoyangRound.Invalid] are three extra ballot rows: a 群众 ballot of
//     nothing but 不了解 (blank), a 服务对象 ballot with the level 较满意, and
//     a 政协委员 ballot reusing an earlier 票号.
//
// Equal seeds give equal rounds.
func Luoyang(seed uint64) LuoyangRound {
	targets := luoyangRoster(seed)
	ballots, invalid := luoyangBallots(newRand(seed, streamLuoyangBallots), targets)
	round := LuoyangRound{
		Groups:              luoyangGroups(),
		Insufficient:        luoyangInsufficient,
		InsufficientRatings: luoyangRareRaters,
		Weak:                map[string][]string{},
		WeakUnit:            luoyangWeakUnit,
		Veto:                luoyangVeto,
		Invalid:             invalid,
	}
	for cat, ids := range luoyangWeak {
		round.Weak[cat] = append([]string(nil), ids...)
	}
	round.Sheets = []Sheet{
		{Name: SheetRoster, Rows: rosterRows(targets)},
		{Name: SheetBallots, Rows: ballots},
		{Name: SheetComplaints, Rows: luoyangComplaints(newRand(seed, streamLuoyangComplaints), targets)},
	}
	return round
}

// luoyangRoster lays out the fixed roster: the windows, then the units. Each
// unit that runs a window or is appraised gets a head and two or three
// deputies; a unit's own row names its first deputy, its windows the others
// in turn. Leaders' names are drawn from the seed, scores around each
// target's planted or drawn expectation.
func luoyangRoster(seed uint64) []target {
	names := nameDrawer{r: newRand(seed, streamLuoyangNames), used: map[string]bool{}}
	scores := newRand(seed, streamLuoyangScores)
	type leaders struct {
		principal string
		deputies  []string
		windows   int
	}
	units := map[string]*leaders{}
	unit := func(name string) *leaders {
		if l, ok := units[name]; ok {
			return l
		}
		l := &leaders{principal: names.next()}
		for range 2 + names.r.IntN(2) {
			l.deputies = append(l.deputies, names.next())
		}
		units[name] = l
		return l
	}
	var targets []target
	for i, w := range luoyangWindows {
		l := unit(w[1])
		l.windows++
		targets = append(targets, target{
			id: fmt.Sprintf("C%02d", i+1), name: w[0], unit: w[1], section: "市行政服务中心",
			category: CategoryWindow, principal: l.principal,
			supervisor: l.deputies[1+(l.windows-1)%(len(l.deputies)-1)],
			mu:         66 + 28*(scores.Float64()+scores.Float64())/2,
		})
	}
	for i, u := range luoyangUnits {
		l := unit(u)
		targets = append(targets, target{
			id: fmt.Sprintf("D%02d", i+1), name: u, unit: u, category: CategoryUnit,
			principal: l.principal, supervisor: l.deputies[0],
			mu: 66 + 28*(scores.Float64()+scores.Float64())/2,
		})
	}
	for i := range targets {
		if mu, ok := luoyangPlanted[targets[i].id]; ok {
			targets[i].mu = mu
		}
	}
	return targets
}
