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
	{0, 200, DefectBadLevel},
	{1, 50, DefectBadLevel},
	{1, 170, DefectBadLevel},
	{2, 100, DefectBlank},
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
		groups = append(groups, HuzhouGroup{Name: g.name, Returned: g.returned, Valid: valid})
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

// huzhouComment adds the 意见建议 column (merged down both header rows) and
// writes the comments: on 92 valid ballots, drawn from the comments' own
// stream, a remark about one of the posts the ballot rated, naming its
// department and section; on 20 others, 无.
func huzhouComment(r *rand.Rand, sheet *Sheet, invalid []PlantedBallot, posts []target) {
	col := len(sheet.Rows[0])
	sheet.Rows[0] = append(sheet.Rows[0], "意见建议")
	sheet.Rows[1] = append(sheet.Rows[1], nil)
	cell, _ := excelize.CoordinatesToCellName(col+1, 1)
	below, _ := excelize.CoordinatesToCellName(col+1, 2)
	sheet.Merges = append(sheet.Merges, cell+":"+below)
	bad := map[int]bool{}
	for _, p := range invalid {
		bad[p.Row-1] = true
	}
	var valid []int
	for i := 2; i < len(sheet.Rows); i++ {
		if !bad[i] {
			valid = append(valid, i)
		}
	}
	for k, j := range r.Perm(len(valid))[:huzhouComments+huzhouNoComments] {
		row := sheet.Rows[valid[j]]
		for len(row) < col {
			row = append(row, nil)
		}
		text := "无"
		if k < huzhouComments {
			var rated []int
			for c := 2; c < col; c += len(HuzhouDimensions) {
				if row[c] != nil && row[c] != huzhouNoAnswer {
					rated = append(rated, (c-2)/len(HuzhouDimensions))
				}
			}
			if len(rated) == 0 { // every post of its departments 不了解
				rated = append(rated, r.IntN(len(posts)))
			}
			p := posts[rated[r.IntN(len(rated))]]
			text = p.unit + p.section + huzhouRemarks[r.IntN(len(huzhouRemarks))]
		}
		sheet.Rows[valid[j]] = append(row, text)
	}
}

// Remarks of a 机关作风 评议表's 意见建议 box, after the post they are about.
var huzhouRemarks = []string{
	"：办事效率还需提高，材料多次补正", "：窗口服务态度较好，希望保持", "：审批时限偏长，跑了好几趟",
	"：执法检查过于频繁，建议合并检查", "：政策解释耐心，值得肯定", "：收费项目应当公示清楚",
	"：个别人员态度冷淡，推诿", "：希望推行网上预约，减少排队", "：廉洁自律方面群众反映良好",
	"：建议一次性告知办事要求",
}
