package sample

import (
	"fmt"
	"math/rand/v2"
	"time"
)

// The 溧水 windows round: its categories and its one group.
const (
	CategoryWindows = "服务窗口"
	CategoryStaff   = "窗口工作人员"
	GroupServed     = "服务对象"
)

// LishuiWindowsRound is the generated round and the facts planted in it.
type LishuiWindowsRound struct {
	Sheets []Sheet
	// Ballots is the number of valid ballots.
	Ballots int
	// Worst are the planted worst window and member of staff; Best the
	// planted best of each.
	Worst, Best [2]string
	// Warned has one verified complaint, Suspended two: members of staff.
	// BestViolator is a member of staff rated among the best with one
	// verified complaint; WindowViolator a window with one.
	Warned, Suspended, BestViolator, WindowViolator string
	// Insufficient is a member of staff rated by too few recipients.
	Insufficient string
	Invalid      []PlantedBallot
}

// lishuiWindows are the 31 windows of the 行政服务中心 (设立服务窗口31个)
// and the departments that run them, in roster order (W01 …).
var lishuiWindows = [][2]string{
	{"发改窗口", "县发展和改革局"}, {"经信窗口", "县经济和信息化委员会"}, {"教育窗口", "县教育局"},
	{"科技窗口", "县科学技术局"}, {"户政窗口", "县公安局"}, {"出入境窗口", "县公安局"}, {"民政窗口", "县民政局"},
	{"财政窗口", "县财政局"}, {"人社窗口", "县人力资源和社会保障局"}, {"社保窗口", "县人力资源和社会保障局"},
	{"国土窗口", "县国土资源局"}, {"规划窗口", "县规划局"}, {"环保窗口", "县环境保护局"},
	{"建设窗口", "县住房和城乡建设局"}, {"房产窗口", "县住房和城乡建设局"}, {"交通窗口", "县交通运输局"},
	{"水务窗口", "县水务局"}, {"农业窗口", "县农业局"}, {"商务窗口", "县商务局"}, {"文广窗口", "县文化广电新闻出版局"},
	{"卫生窗口", "县卫生局"}, {"人防窗口", "县人民防空办公室"}, {"工商窗口", "县工商行政管理局"},
	{"质监窗口", "县质量技术监督局"}, {"国税窗口", "县国家税务局"}, {"地税窗口", "县地方税务局"},
	{"安监窗口", "县安全生产监督管理局"}, {"消防窗口", "县公安消防大队"}, {"气象窗口", "县气象局"},
	{"供电窗口", "县供电公司"}, {"物价窗口", "县物价局"},
}

// Planted targets: windows W01–W31, staff S001–S062 (two per window, the
// window's in turn).
const (
	lwWorstWindow    = "W14" // 房产窗口
	lwBestWindow     = "W25" // 国税窗口
	lwWorstStaff     = "S034"
	lwBestStaff      = "S009"
	lwWarned         = "S021"
	lwSuspended      = "S045"
	lwBestViolator   = "S050"
	lwWindowViolator = "W07"
	lwInsufficient   = "S060"
	lwStaffPerWindow = 2
	lwBallotsPerWin  = 20 // valid ballots per window
	lwRareRaters     = 6
)

var lwPlanted = map[string]float64{
	lwWorstWindow: 50, lwWorstStaff: 45, lwBestWindow: 96, lwBestStaff: 97, lwBestViolator: 96,
	lwWarned: 80, lwSuspended: 78, lwWindowViolator: 82,
}

// Streams of the 溧水 windows generator.
const (
	streamLWNames uint64 = iota + 0x15b_2026_0000
	streamLWScores
	streamLWBallots
	streamLWComplaints
)

// LishuiWindows generates, for seed, the yearly 最佳/最差 round of 溧水's
// 行政服务中心 (seed 002, preset lishui-windows): the 31 windows (category
// 服务窗口) and two members of staff at each (窗口工作人员), rated 满意 / 基本
// 满意 / 不满意 by service recipients alone. Each recipient rates the one
// window used and, most of the time, each member of its staff: 620 ballots,
// 20 a window. A window's 姓名 is its name and its 单位 the department that
// runs it; a member of staff's 股室 is the window. As in [Chibi], the
// roster and the planted cases do not depend on the seed:
//
//   - [LishuiWindowsRound.Worst] and [LishuiWindowsRound.Best]: the worst and
//     best window and member of staff, planted apart from the others.
//   - [LishuiWindowsRound.Warned] has one verified complaint (警告),
//     [LishuiWindowsRound.Suspended] two (待岗); [LishuiWindowsRound.BestViolator],
//     rated among the best, has one and so is not among the 最佳;
//     [LishuiWindowsRound.WindowViolator], a window, has one: a window is
//     not warned, its department's head is proposed for accountability.
//   - [LishuiWindowsRound.Insufficient] is rated by only 6 recipients.
//   - [LishuiWindowsRound.Invalid]: a ballot with a level that is not one, a
//     blank ballot and a 票号 keyed again with other contents.
//
// Equal seeds give equal rounds.
func LishuiWindows(seed uint64) LishuiWindowsRound {
	targets := lishuiWindowsRoster(seed)
	ballots, invalid, n := lishuiWindowsBallots(newRand(seed, streamLWBallots), targets)
	round := LishuiWindowsRound{
		Ballots: n, Worst: [2]string{lwWorstWindow, lwWorstStaff}, Best: [2]string{lwBestWindow, lwBestStaff},
		Warned: lwWarned, Suspended: lwSuspended, BestViolator: lwBestViolator, WindowViolator: lwWindowViolator,
		Insufficient: lwInsufficient, Invalid: invalid,
	}
	round.Sheets = []Sheet{
		{Name: SheetRoster, Rows: rosterRows(targets)},
		{Name: SheetBallots, Rows: ballots},
		{Name: SheetComplaints, Rows: lishuiWindowsLedger(newRand(seed, streamLWComplaints), targets)},
	}
	return round
}

// lishuiWindowsRoster lays out the windows, then their staff; each
// department has a head and a deputy who supervises its windows.
func lishuiWindowsRoster(seed uint64) []target {
	names := nameDrawer{r: newRand(seed, streamLWNames), used: map[string]bool{}}
	scores := newRand(seed, streamLWScores)
	type leaders struct{ head, deputy string }
	depts := map[string]leaders{}
	var windows, staff []target
	for i, w := range lishuiWindows {
		l, ok := depts[w[1]]
		if !ok {
			l = leaders{names.next(), names.next()}
			depts[w[1]] = l
		}
		windows = append(windows, target{id: fmt.Sprintf("W%02d", i+1), name: w[0], unit: w[1], section: "县行政服务中心",
			category: CategoryWindows, supervisor: l.deputy, principal: l.head, mu: 72 + 20*(scores.Float64()+scores.Float64())/2})
		for range lwStaffPerWindow {
			staff = append(staff, target{id: fmt.Sprintf("S%03d", len(staff)+1), name: names.next(), unit: w[1], section: w[0],
				category: CategoryStaff, supervisor: l.deputy, principal: l.head, mu: 72 + 20*(scores.Float64()+scores.Float64())/2})
		}
	}
	out := append(windows, staff...)
	for i := range out {
		if mu, ok := lwPlanted[out[i].id]; ok {
			out[i].mu = mu
		}
	}
	return out
}

// lishuiWindowsBallots draws the 选票 sheet: 20 valid ballots a window, in a
// shuffled order, each rating its window and, with a chance of 0.85 each,
// its two members of staff; the insufficient one is rated by 6 only. The
// invalid rows are inserted among them.
func lishuiWindowsBallots(r *rand.Rand, targets []target) ([][]any, []PlantedBallot, int) {
	header := []any{"票号", "代表类别"}
	for _, t := range targets {
		header = append(header, t.id)
	}
	nw := len(lishuiWindows)
	var order []int
	for w := range nw {
		for range lwBallotsPerWin {
			order = append(order, w)
		}
	}
	r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	rareSeen := 0
	ballot := func(id string, w int) []any {
		row := make([]any, len(header))
		row[0], row[1] = id, GroupServed
		lenient := r.NormFloat64() * 4
		row[2+w] = drawLevel(r, targets[w].mu+lenient)
		for k := range lwStaffPerWindow {
			s := nw + w*lwStaffPerWindow + k
			rate := r.Float64() < 0.85
			if targets[s].id == lwInsufficient {
				rate = rareSeen < lwRareRaters
				if rate {
					rareSeen++
				}
			}
			if rate {
				row[2+s] = drawLevel(r, targets[s].mu+lenient)
			}
		}
		return row
	}
	rows := [][]any{header}
	var invalid []PlantedBallot
	firstRow := map[string]int{}
	var ids []string
	for i, w := range order {
		id := fmt.Sprintf("LW%04d", i+1)
		ids = append(ids, id)
		firstRow[id] = len(rows) + 1
		rows = append(rows, ballot(id, w))
		switch i + 1 {
		case 150: // a level that is not one
			pb := PlantedBallot{ID: fmt.Sprintf("LW%04d", 9001), Row: len(rows) + 1, Group: GroupServed, Defect: DefectBadLevel, Target: targets[w].id}
			row := ballot(pb.ID, w)
			row[2+w] = "挺好"
			rows = append(rows, row)
			invalid = append(invalid, pb)
		case 300: // blank
			pb := PlantedBallot{ID: fmt.Sprintf("LW%04d", 9002), Row: len(rows) + 1, Group: GroupServed, Defect: DefectBlank}
			rows = append(rows, []any{pb.ID, GroupServed})
			invalid = append(invalid, pb)
		case 500: // the 票号 of the 100th keyed again, rating another window
			pb := PlantedBallot{ID: ids[99], Row: len(rows) + 1, Group: GroupServed, Defect: DefectDuplicate, FirstRow: firstRow[ids[99]]}
			rows = append(rows, ballot(pb.ID, (order[99]+1)%nw))
			invalid = append(invalid, pb)
		}
	}
	return rows, invalid, len(order) - 1 // the 100th ballot is made invalid by its second keying
}

// lishuiWindowsLedger draws the 投诉台账: the planted violations, and
// complaints found not verified spread over windows and staff.
func lishuiWindowsLedger(r *rand.Rand, targets []target) [][]any {
	l := newLedger(r, time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC), 300)
	add := func(id string, results ...string) { l.drawn(id, lishuiWindowTexts, "", results...) }
	add(lwWarned, "查实", "不实")
	add(lwSuspended, "查实", "查实")
	add(lwBestViolator, "查实")
	add(lwWindowViolator, "查实", "不实")
	for _, i := range r.Perm(len(targets))[:8] {
		if _, planted := lwPlanted[targets[i].id]; !planted {
			add(targets[i].id, "不实")
		}
	}
	return l.rows()
}

// What recipients complain of at a service window.
var lishuiWindowTexts = []string{
	"首问不负责，让群众来回跑", "未一次性告知所需材料", "工作时间离岗", "态度生硬", "超过承诺时限办结",
	"窗口受理后又让去部门办理", "办事需要找熟人",
}
