package sample

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/xuri/excelize/v2"
)

// huzhouPlanted are the invalid ballots among the returned ones: each goes
// after the given number of valid ballots of its group (an index into
// huzhouPanel), so returned = valid + invalid per group. The duplicate
// repeats the 票号 of its group's huzhouDupOf-th valid ballot.
var huzhouPlanted = []struct {
	group, after int
	defect       Defect
}{
	{0, 30, DefectBlank},
	{2, 20, DefectBadLevel},
	{3, 50, DefectBadLevel},
	{5, 70, DefectDuplicate},
	{6, 100, DefectBlank},
}

const (
	huzhouDupOf          = 10
	huzhouDeptsPerBallot = 3
	huzhouPostNoAnswer   = 0.05 // chance an evaluator answers 不了解 for a whole post
	huzhouBlankCell      = 0.01 // chance a clerk leaves one rating blank
)

// huzhouBallots draws the 选票 sheet, reports the planted invalid rows and
// counts each group's ballots.
func huzhouBallots(r *rand.Rand, posts []target) (Sheet, []PlantedBallot, []HuzhouGroup) {
	sheet := huzhouHeader(posts)
	width := 2 + len(posts)*len(HuzhouDimensions)
	var units [][]int // posts of each department, in roster order
	for i, p := range posts {
		if i == 0 || p.unit != posts[i-1].unit {
			units = append(units, nil)
		}
		units[len(units)-1] = append(units[len(units)-1], i)
	}
	ballot := func(id string, g int) []any {
		row := make([]any, width)
		row[0], row[1] = id, huzhouPanel[g].name
		lenient := huzhouPanel[g].lean + r.NormFloat64()*3
		chosen := r.Perm(len(units))[:huzhouDeptsPerBallot]
		slices.Sort(chosen)
		for _, u := range chosen {
			for _, pi := range units[u] {
				col := 2 + pi*len(HuzhouDimensions)
				noAnswer := r.Float64() < huzhouPostNoAnswer
				for d, lean := range huzhouDimLean {
					switch {
					case noAnswer:
						row[col+d] = huzhouNoAnswer
					case r.Float64() < huzhouBlankCell:
					default:
						row[col+d] = drawLevel(r, posts[pi].mu+lenient+lean)
					}
				}
			}
		}
		return row
	}
	serial := 0
	nextID := func() string {
		serial++
		return fmt.Sprintf("H%04d", serial)
	}
	var invalid []PlantedBallot
	var groups []HuzhouGroup
	for gi, g := range huzhouPanel {
		var ids []string
		valid := g.returned
		for _, p := range huzhouPlanted {
			if p.group == gi {
				valid--
			}
		}
		groups = append(groups, HuzhouGroup{Name: g.name, Issued: g.issued, Returned: g.returned, Valid: valid})
		for k := 0; k <= valid; k++ {
			for _, p := range huzhouPlanted {
				if p.group != gi || p.after != k {
					continue
				}
				pb := PlantedBallot{Row: len(sheet.Rows) + 1, Group: g.name, Defect: p.defect}
				var row []any
				switch p.defect {
				case DefectBlank:
					pb.ID = nextID()
					row = []any{pb.ID, g.name}
				case DefectDuplicate:
					pb.ID = ids[huzhouDupOf-1]
					pb.FirstRow = huzhouRowOf(sheet.Rows, pb.ID)
					row = ballot(pb.ID, gi)
				default:
					pb.ID = nextID()
					row = ballot(pb.ID, gi)
					c := slices.IndexFunc(row[2:], func(v any) bool { return v != nil && v != huzhouNoAnswer })
					row[2+c] = huzhouBadValue
					pb.Target = posts[c/len(HuzhouDimensions)].id
				}
				sheet.Rows = append(sheet.Rows, row)
				invalid = append(invalid, pb)
			}
			if k == valid {
				break
			}
			id := nextID()
			ids = append(ids, id)
			sheet.Rows = append(sheet.Rows, ballot(id, gi))
		}
	}
	return sheet, invalid, groups
}

// huzhouRowOf is the 1-based sheet row of the first ballot numbered id.
func huzhouRowOf(rows [][]any, id string) int {
	return 1 + slices.IndexFunc(rows, func(row []any) bool { return row[0] == id })
}

// huzhouHeader writes the two header rows as offices draw them: 票号 and
// 代表类别 merged down both rows; each post's 编号 and 姓名, on two lines,
// merged across its five dimension columns above the row of dimension names.
func huzhouHeader(posts []target) Sheet {
	top, sub := []any{"票号", "代表类别"}, []any{nil, nil}
	s := Sheet{Name: SheetBallots, Merges: []string{"A1:A2", "B1:B2"}}
	for _, p := range posts {
		from, _ := excelize.CoordinatesToCellName(len(top)+1, 1)
		to, _ := excelize.CoordinatesToCellName(len(top)+len(HuzhouDimensions), 1)
		s.Merges = append(s.Merges, from+":"+to)
		for d, dim := range HuzhouDimensions {
			if d == 0 {
				top = append(top, p.id+"\n"+p.name)
			} else {
				top = append(top, nil)
			}
			sub = append(sub, dim)
		}
	}
	s.Rows = [][]any{top, sub}
	return s
}

// huzhouLedger draws the 投诉台账 sheet: 13 complaints in date order. Apart
// from one against the weakest planted post, they go to posts expected to
// score 75 or more, so that a proportional deduction (2% of the composite
// each, at most 10%) cannot push a post onto the bottom list by chance.
func huzhouLedger(r *rand.Rand, posts []target) [][]any {
	var pool []string
	for _, p := range posts {
		if p.mu >= 75 {
			pool = append(pool, p.id)
		}
	}
	pick := make([]string, 10)
	for i, j := range r.Perm(len(pool))[:len(pick)] {
		pick[i] = pool[j]
	}
	l := newLedger(r, time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC), 200)
	add := func(id string, results ...string) { l.drawn(id, huzhouComplaintTexts, "", results...) }
	add(huzhouBottom[0].id, "查实")
	add(pick[0], "查实", "查实")
	add(pick[1], "查实", "不实")
	for _, id := range pick[2:] {
		add(id, []string{"查实", "不实", "不实"}[r.IntN(3)])
	}
	return l.rows()
}

// Complaint texts of a 机关作风 ledger, against a post's conduct.
var huzhouComplaintTexts = []string{
	"办事拖拉、效率低下", "服务态度冷硬", "推诿扯皮", "门难进、脸难看、事难办", "工作时间上网聊天",
	"未按承诺时限办结", "对群众来信来访答复不及时", "执法不规范", "政策解释不耐心", "吃拿卡要",
}
