package sample

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"time"
)

// jintanPlanted are the invalid ballots, extra rows among the 400 valid
// ones: each goes after the given number of valid ballots, inside a group's
// block. The duplicate repeats the 票号 of the dupOf-th valid ballot, a
// 软环境监督员 ballot like itself.
var jintanPlanted = []struct {
	after  int
	defect Defect
	group  int // index into jintanPanel
}{
	{40, DefectBlank, 0},
	{200, DefectBadLevel, 1},
	{360, DefectDuplicate, 2},
}

const (
	jintanDupOf     = 340
	jintanBadTarget = "D07" // column of the cell holding jintanBadValue
	jintanBlankCell = 0.01  // chance a clerk leaves a rating blank
)

// jintanBallots draws the 选票 sheet and reports the planted invalid rows.
func jintanBallots(r *rand.Rand, depts []jintanDept) ([][]any, []PlantedBallot) {
	header := []any{"票号", "代表类别"}
	col := map[string]int{}
	for i, d := range depts {
		header = append(header, d.id)
		col[d.id] = 2 + i
	}
	var groups []int // panel index of each valid ballot
	for gi, g := range jintanPanel {
		for range g.ballots {
			groups = append(groups, gi)
		}
	}
	ballot := func(id string, g int) []any {
		row := make([]any, len(header))
		row[0], row[1] = id, jintanPanel[g].name
		lenient := jintanPanel[g].lean + r.NormFloat64()*4
		for i, d := range depts {
			switch x := r.Float64(); {
			case x < min(0.8, jintanPanel[g].noAnswer/math.Sqrt(d.exposure)):
				row[2+i] = jintanNoAnswer
			case x > 1-jintanBlankCell:
			default:
				row[2+i] = jintanGrade(r, d.mu+lenient)
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
		return fmt.Sprintf("P%04d", serial)
	}
	for i := 0; i <= len(groups); i++ {
		for _, p := range jintanPlanted {
			if p.after != i {
				continue
			}
			pb := PlantedBallot{Row: len(rows) + 1, Group: jintanPanel[p.group].name, Defect: p.defect}
			var row []any
			switch p.defect {
			case DefectBlank:
				pb.ID = nextID()
				row = []any{pb.ID, pb.Group}
			case DefectDuplicate:
				pb.ID = ids[jintanDupOf-1]
				pb.FirstRow = firstRow[pb.ID]
				row = ballot(pb.ID, p.group)
			default:
				pb.ID = nextID()
				row = ballot(pb.ID, p.group)
				pb.Target = jintanBadTarget
				row[col[jintanBadTarget]] = jintanBadValue
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
		rows = append(rows, ballot(id, groups[i]))
	}
	return rows, invalid
}

// jintanLedger draws the 投诉台账 sheet: the seed's 58 complaints in date
// order, 56 closed — 22 查实, 33 不实 and the 一票否决 — and 2 未办结. The
// ordinary complaints fall on departments in proportion to their exposure.
func jintanLedger(r *rand.Rand, depts []jintanDept) [][]any {
	l := newLedger(r, time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC), 320)
	add := l.dated // the text is chosen (and drawn) before the date
	text := func() string { return jintanComplaintTexts[r.IntN(len(jintanComplaintTexts))] }
	add(jintanVeto, "一票否决", jintanVetoText)
	for i, id := range jintanOpenIDs {
		add(id, []string{jintanVerified, jintanInquiry}[i], text())
		l.entries[len(l.entries)-1].status = jintanOpen
	}
	var total float64
	for _, d := range depts {
		total += d.exposure
	}
	pick := func() string {
		x := r.Float64() * total
		for _, d := range depts {
			if x -= d.exposure; x < 0 {
				return d.id
			}
		}
		return depts[len(depts)-1].id
	}
	results := slices.Repeat([]string{"查实"}, 22)
	results = append(results, slices.Repeat([]string{"不实"}, jintanComplaints-len(l.entries)-22)...)
	for _, res := range results {
		add(pick(), res, text())
	}
	for i := range l.entries {
		if l.entries[i].status == "" {
			l.entries[i].status = jintanDone
		}
	}
	return l.rowsWithStatus()
}

// jintanPoll adds the poll's two columns to the 选票 sheet and answers them:
// on the valid ballots, a fixed number answer 不知道 and leave the second
// question blank, drawn from the poll's own stream; the invalid ones answer
// 知道 and 支持, except the blank ballot, which answers nothing.
func jintanPoll(r *rand.Rand, rows [][]any, invalid []PlantedBallot, round *JintanRound) {
	width := len(rows[0])
	rows[0] = append(rows[0], JintanKnowColumn, JintanSupportColumn)
	skip := map[int]bool{}
	blank := map[int]bool{}
	for _, p := range invalid {
		skip[p.Row-1] = true
		if p.Defect == DefectDuplicate {
			skip[p.FirstRow-1] = true // the first keying, made invalid by the second
		}
		if p.Defect == DefectBlank {
			blank[p.Row-1] = true
		}
	}
	var valid []int
	for i := 1; i < len(rows); i++ {
		if !skip[i] {
			valid = append(valid, i)
		}
	}
	dontKnow, noSupport := map[int]bool{}, map[int]bool{}
	for k, j := range r.Perm(len(valid)) {
		switch {
		case k < jintanDontKnow:
			dontKnow[valid[j]] = true
		case k < jintanDontKnow+jintanNoSupport:
			noSupport[valid[j]] = true
		}
	}
	for i := 1; i < len(rows); i++ {
		know, support := any("知道"), any("支持")
		switch {
		case blank[i]:
			know, support = nil, nil
		case dontKnow[i]:
			know = "不知道"
		case noSupport[i]:
			support = nil
		}
		for len(rows[i]) < width {
			rows[i] = append(rows[i], nil)
		}
		rows[i] = append(rows[i], know, support)
	}
	round.Answered, round.Know = len(valid), len(valid)-jintanDontKnow
	round.SupportAnswered, round.Support = len(valid)-jintanNoSupport, len(valid)-jintanNoSupport
}

// Complaint texts of a soft-environment ledger: what enterprises and the
// public complain of when dealing with a department. The veto text is a
// matter 一票否决 exists for: an integrity breach, not a service lapse.
var (
	jintanComplaintTexts = []string{
		"审批超过承诺时限", "要求企业提供不必要的材料", "重复检查、多头执法", "办事推诿扯皮",
		"窗口人员态度生硬", "违规收取费用", "政策兑现不到位", "对企业诉求回复不及时",
		"未一次性告知办事要求", "执法随意性大", "工作时间擅离岗位", "涉企检查未按规定报备",
	}
	jintanVetoText = "工作人员借检查之机向企业索要财物"
)
