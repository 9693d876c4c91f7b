package sample

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"time"
)

// The 洛阳 panel: valid ballots per group, in sheet order (600 in all), how
// each group leans relative to a target's expected score, and how often it
// answers 不了解 about a window and about a unit. A 服务对象 rates only what
// it used, so it has no 不了解 rate.
var luoyangPanel = []luoyangGroup{
	{GroupBusiness, 150, -3, 0.06, 0.10},
	{GroupRecipient, 180, 0, 0, 0},
	{GroupMasses, 150, -2, 0.10, 0.22},
	{GroupPeople, 60, 2, 0.03, 0.03},
	{GroupCPPCC, 60, 2, 0.03, 0.03},
}

type luoyangGroup struct {
	name          string
	ballots       int
	lean          float64
	window, units float64
}

func luoyangGroups() []GroupSize {
	var gs []GroupSize
	for _, g := range luoyangPanel {
		gs = append(gs, GroupSize{g.name, g.ballots})
	}
	return gs
}

// luoyangPlantedRows are the invalid ballots, inserted after the given
// number of valid ones; the duplicate reuses the number of the
// luoyangDupOf-th valid ballot, a 政协委员 one as well.
var luoyangPlantedRows = []struct {
	after  int
	defect Defect
	group  string
}{
	{200, DefectBadLevel, GroupRecipient},
	{400, DefectBlank, GroupMasses},
	{580, DefectDuplicate, GroupCPPCC},
}

const (
	luoyangDupOf     = 550
	luoyangBadTarget = "C01"
	luoyangBadValue  = "较满意"
)

// luoyangBallots draws the 选票 sheet and reports the planted invalid rows.
func luoyangBallots(r *rand.Rand, targets []target) ([][]any, []PlantedBallot) {
	header := []any{"票号", "代表类别"}
	col := map[string]int{}
	var windows, units []int // indices of the targets a 服务对象 may have used
	for i, t := range targets {
		header = append(header, t.id)
		col[t.id] = 2 + i
		switch {
		case t.id == luoyangInsufficient:
		case t.category == CategoryWindow:
			windows = append(windows, i)
		default:
			units = append(units, i)
		}
	}
	var groups []int // panel index of each valid ballot
	var recipients []int
	for gi, g := range luoyangPanel {
		for range g.ballots {
			if g.name == GroupRecipient {
				recipients = append(recipients, len(groups))
			}
			groups = append(groups, gi)
		}
	}
	rare := map[int]bool{} // the 服务对象 ballots that used the 人防窗口
	for _, i := range r.Perm(len(recipients))[:luoyangRareRaters] {
		rare[recipients[i]] = true
	}

	ballot := func(id string, gi int, usedRare bool) []any {
		g := luoyangPanel[gi]
		row := make([]any, len(header))
		row[0], row[1] = id, g.name
		lenient := g.lean + r.NormFloat64()*4
		if g.name == GroupRecipient {
			var used []int
			if usedRare {
				used = append(used, col[luoyangInsufficient]-2)
			}
			for k := 1 + r.IntN(4); len(used) < k; {
				pool := windows
				if r.Float64() < 0.3 {
					pool = units
				}
				if i := pool[r.IntN(len(pool))]; !slices.Contains(used, i) {
					used = append(used, i)
				}
			}
			for _, i := range used {
				row[2+i] = drawLevel(r, targets[i].mu+lenient)
			}
			return row
		}
		for i, t := range targets {
			unknown := g.window
			if t.category == CategoryUnit {
				unknown = g.units
			}
			switch x := r.Float64(); {
			case t.id == luoyangInsufficient:
				if x < 0.5 {
					row[2+i] = LevelUnknown
				}
			case x < 0.03:
			case x < 0.03+unknown:
				row[2+i] = LevelUnknown
			default:
				row[2+i] = drawLevel(r, t.mu+lenient)
			}
		}
		return row
	}

	rows := [][]any{header}
	var invalid []PlantedBallot
	var ids []string
	firstRow := map[string]int{}
	serial := 0
	nextID := func() string {
		serial++
		return fmt.Sprintf("LY%04d", serial)
	}
	for i := 0; i <= len(groups); i++ {
		for _, p := range luoyangPlantedRows {
			if p.after != i {
				continue
			}
			pb := PlantedBallot{Row: len(rows) + 1, Group: p.group, Defect: p.defect}
			gi := slices.IndexFunc(luoyangPanel, func(g luoyangGroup) bool { return g.name == p.group })
			var row []any
			switch p.defect {
			case DefectBlank: // 不了解 everywhere: no rating at all
				pb.ID = nextID()
				row = []any{pb.ID, p.group}
				for range targets {
					row = append(row, LevelUnknown)
				}
			case DefectDuplicate:
				pb.ID = ids[luoyangDupOf-1]
				pb.FirstRow = firstRow[pb.ID]
				row = ballot(pb.ID, gi, false)
			case DefectBadLevel:
				pb.ID = nextID()
				row = ballot(pb.ID, gi, false)
				pb.Target = luoyangBadTarget
				row[col[luoyangBadTarget]] = luoyangBadValue
			}
			rows = append(rows, row)
			invalid = append(invalid, pb)
		}
		if i == len(groups) {
			break
		}
		id := nextID()
		ids = append(ids, id)
		firstRow[id] = len(rows) + 1
		rows = append(rows, ballot(id, groups[i], rare[i]))
	}
	return rows, invalid
}

// Complaint texts of the 洛阳 round; the veto is an integrity breach.
var (
	luoyangTexts = map[string][]string{
		CategoryWindow: {"窗口工作人员态度生硬", "未一次性告知所需材料", "超过承诺时限未办结", "窗口工作时间无人值守",
			"要求提交不必要的证明材料", "排队时间过长"},
		CategoryUnit: {"审批环节多、时限长", "推诿扯皮", "惠企政策落实不到位", "企业诉求回复不及时",
			"多头检查、重复检查", "执法随意"},
	}
	luoyangVetoText = "窗口工作人员吃拿卡要，收受办事群众财物"
)

// luoyangComplaints draws the 投诉台账 sheet: ten entries over seven
// targets, in date order. Apart from the veto, complaints go to targets
// expected to score 80 or more, so no deduction reaches the bottom list.
func luoyangComplaints(r *rand.Rand, targets []target) [][]any {
	var pool []string
	category := map[string]string{}
	for _, t := range targets {
		category[t.id] = t.category
		if _, planted := luoyangPlanted[t.id]; !planted && t.mu >= 80 {
			pool = append(pool, t.id)
		}
	}
	pick := make([]string, 6)
	for i, j := range r.Perm(len(pool))[:len(pick)] {
		pick[i] = pool[j]
	}
	l := newLedger(r, time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), 245)
	add := func(id string, results ...string) {
		l.drawn(id, luoyangTexts[category[id]], luoyangVetoText, results...)
	}
	add(luoyangVeto, "一票否决", "不实")
	add(pick[0], "查实", "查实")
	add(pick[1], "查实")
	add(pick[2], "查实", "不实")
	add(pick[3], "不实")
	add(pick[4], "不实")
	add(pick[5], "查实")
	return l.rows()
}
