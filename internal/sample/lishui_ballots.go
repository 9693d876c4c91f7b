package sample

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"
)

// The 溧水 panel: valid ballots per group, in sheet order (1,000 in all),
// how each group leans relative to an agency's expected score, and how
// often it answers 不了解 about a 党群部门 and a 政府部门: business owners
// deal with the government departments, rarely with the party's.
var lishuiPanel = []struct {
	name       string
	ballots    int
	lean       float64
	party, gov float64
}{
	{GroupPeople, 250, 1, 0.03, 0.02},
	{GroupCPPCC, 230, 1, 0.03, 0.02},
	{GroupOwners, 280, -3, 0.10, 0.04},
	{GroupSupervisor, 240, -2, 0.05, 0.03},
}

func lishuiGroups() []GroupSize {
	var gs []GroupSize
	for _, g := range lishuiPanel {
		gs = append(gs, GroupSize{g.name, g.ballots})
	}
	return gs
}

// lishuiPlantedRows are the invalid ballots, inserted after the given number
// of valid ones, each with its bad cell; the duplicate reuses the number of
// the lishuiDupOf-th valid ballot, a 软环境建设监督员 one as well.
var lishuiPlantedRows = []struct {
	after  int
	defect Defect
	group  int // index into lishuiPanel
	target string
	value  any
}{
	{100, DefectOutOfRange, 0, "Z06", 120},
	{600, DefectBadLevel, 2, "Z03", "良好"},
	{900, DefectDuplicate, 3, "", nil},
}

const lishuiDupOf = 850

// fullWidth writes the digits of s in full width, as a Chinese input method
// left in full-width mode types them.
func fullWidth(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r - '0' + '０'
		}
		return r
	}, s)
}

// lishuiBallots draws the 选票 sheet, records the planted invalid rows and
// the counts of scores keyed in as text in round.
func lishuiBallots(r *rand.Rand, targets []target, round *LishuiRound) [][]any {
	header := []any{"票号", "代表类别"}
	col := map[string]int{}
	for i, t := range targets {
		header = append(header, t.id)
		col[t.id] = 2 + i
	}
	ballot := func(id string, gi int) []any {
		g := lishuiPanel[gi]
		row := make([]any, len(header))
		row[0], row[1] = id, g.name
		lenient := g.lean + r.NormFloat64()*4
		for i, t := range targets {
			unknown := g.gov
			if t.category == CategoryParty {
				unknown = g.party
			}
			switch x := r.Float64(); {
			case x < 0.02:
				continue
			case x < 0.02+unknown:
				row[2+i] = LevelUnknown
				continue
			}
			v := t.mu + lenient + r.NormFloat64()*7
			if r.IntN(10) < 4 { // many raters think in fives
				v = 5 * math.Round(v/5)
			}
			score := int(min(max(math.Round(v), 30), 100))
			switch x := r.Float64(); {
			case x < 0.001:
				row[2+i] = strconv.Itoa(score)
			case x < 0.0015:
				row[2+i] = fullWidth(strconv.Itoa(score))
			default:
				row[2+i] = score
			}
		}
		return row
	}

	rows := [][]any{header}
	var ids []string
	firstRow := map[string]int{}
	serial := 0
	nextID := func() string {
		serial++
		return fmt.Sprintf("LS%04d", serial)
	}
	valid := 0
	for gi, g := range lishuiPanel {
		for range g.ballots {
			for _, p := range lishuiPlantedRows {
				if p.after != valid {
					continue
				}
				pb := PlantedBallot{Row: len(rows) + 1, Group: lishuiPanel[p.group].name, Defect: p.defect, Target: p.target}
				if p.defect == DefectDuplicate {
					pb.ID = ids[lishuiDupOf-1]
					pb.FirstRow = firstRow[pb.ID]
				} else {
					pb.ID = nextID()
				}
				row := ballot(pb.ID, p.group)
				if p.target != "" {
					row[col[p.target]] = p.value
				}
				rows = append(rows, row)
				round.Invalid = append(round.Invalid, pb)
			}
			id := nextID()
			ids = append(ids, id)
			firstRow[id] = len(rows) + 1
			row := ballot(id, gi)
			for _, c := range row[2:] {
				if s, ok := c.(string); ok && s != LevelUnknown {
					if s == fullWidth(s) {
						round.TextCells++
					} else {
						round.FullWidthCells++
					}
				}
			}
			rows = append(rows, row)
			valid++
		}
	}
	return rows
}

// Complaint texts of the 溧水 round.
var lishuiTexts = []string{
	"办事推诿、多次往返未办结", "窗口人员态度生硬", "服务承诺未兑现", "对企业反映的问题久拖不办",
	"违规收取费用", "执法检查过多过频", "工作日上班时间脱岗",
}

// lishuiComplaints draws the 投诉台账 sheet in date order: the warned agency's
// one 查实 and one 不实, the suspended agency's two 查实 and one 不实, and
// one 不实 each for four other agencies.
func lishuiComplaints(r *rand.Rand, targets []target) [][]any {
	var pool []string
	for _, t := range targets {
		if _, planted := lishuiPlanted[t.id]; !planted {
			pool = append(pool, t.id)
		}
	}
	l := newLedger(r, time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC), 300)
	add := func(id string, results ...string) { l.drawn(id, lishuiTexts, "", results...) }
	add(lishuiOneViolation, "查实", "不实")
	add(lishuiTwoViolations, "查实", "查实", "不实")
	for _, j := range r.Perm(len(pool))[:4] {
		add(pool[j], "不实")
	}
	return l.rows()
}
