package sample

import (
	"fmt"
	"math/rand/v2"
)

// The layouts round is one small round keyed in every way offices key
// ballots in: wide, wide with names, one sheet per group, long, CSV in four
// encodings, split between two clerks; and, rated on five dimensions, with
// two header rows, "编号/评议内容" headers and long. Every layout of a family
// holds the same ballots, so every layout must score the same.
//
// Its 12 section chiefs sit in three units, in both 赤壁 categories. The 60
// valid ballots, 12 per group, are drawn around each chief's expected score,
// except for two planted chiefs whose ratings are fixed so that their
// results can be worked out by hand:
//
//   - [LayoutHand] is rated by exactly the first ballot of each group, with
//     the levels of [LayoutHandLevels];
//   - [LayoutInsufficient] is rated by three ballots only, below the
//     layouts rules' min_ratings of 5.
//
// Three invalid ballots sit among the valid ones: a blank ballot, a ballot
// with the typo 满议, and a ballot reusing an earlier ballot's 票号.
//
// [LayoutFiles] writes the files and [LayoutRounds] says how to score each.
const (
	LayoutHand         = "T007"
	LayoutInsufficient = "T011"
)

// LayoutDimensions are the dimensions of the "five" family (湖州, seed 004).
var LayoutDimensions = []string{"中心意识", "依法行政", "服务态度", "行政效率", "勤政廉政"}

// LayoutHandLevels are the ratings of [LayoutHand] by the first ballot of
// each group, in group order (党代表, 人大代表, 政协委员, 企业代表, 社会人士),
// one per dimension: the "one" family uses the first column only.
var LayoutHandLevels = [5][5]string{
	{LevelSatisfied, LevelSatisfied, LevelSatisfied, LevelSatisfied, LevelSatisfied},
	{LevelSatisfied, LevelBasic, LevelSatisfied, LevelSatisfied, LevelBasic},
	{LevelBasic, LevelBasic, LevelSatisfied, LevelBasic, LevelSatisfied},
	{LevelDissatisfied, LevelBasic, LevelDissatisfied, LevelBasic, LevelSatisfied},
	{LevelSatisfied, LevelSatisfied, LevelBasic, LevelDissatisfied, LevelSatisfied},
}

// layoutTarget is a chief of the layouts round and the expected ballot
// score its ratings are drawn around.
type layoutTarget struct {
	id, name, unit, section, category, supervisor, principal string
	test                                                     float64
	mu                                                       float64
}

// The roster is fixed, not drawn: the hand-worked values in the tests read
// it. T003 and T006 are planted weak, one per category, so each category's
// bottom place does not depend on sampling noise.
var layoutTargets = []layoutTarget{
	{"T001", "张伟", "市市场监督管理局", "办公室", CategoryGeneral, "李文斌", "周建国", 88, 86},
	{"T002", "王芳", "市市场监督管理局", "法规股", CategoryGeneral, "李文斌", "周建国", 79.5, 80},
	{"T003", "李娜", "市市场监督管理局", "登记注册股", CategoryService, "陈海燕", "周建国", 58, 45},
	{"T004", "刘洋", "市市场监督管理局", "食品安全监管股", CategoryService, "陈海燕", "周建国", 91, 83},
	{"T005", "陈静", "市政务服务和大数据管理局", "办公室", CategoryGeneral, "吴晓明", "黄志强", 84, 89},
	{"T006", "杨磊", "市政务服务和大数据管理局", "督查股", CategoryGeneral, "吴晓明", "黄志强", 61.5, 50},
	{"T007", "赵敏", "市政务服务和大数据管理局", "政务服务股", CategoryService, "吴晓明", "黄志强", 81.5, 0},
	{"T008", "孙强", "市政务服务和大数据管理局", "审批服务股", CategoryService, "郑丽娟", "黄志强", 76, 74},
	{"T009", "马超", "市不动产登记中心", "综合股", CategoryGeneral, "王春华", "刘德胜", 86, 78},
	{"T010", "朱婷", "市不动产登记中心", "登记受理股", CategoryService, "王春华", "刘德胜", 90.5, 92},
	{"T011", "胡杰", "市不动产登记中心", "档案查询股", CategoryService, "徐俊峰", "刘德胜", 73, 70},
	{"T012", "郭慧", "市不动产登记中心", "交易登记股", CategoryService, "徐俊峰", "刘德胜", 82, 81},
}

// layoutDimLean shifts a chief's expected score per dimension: evaluators
// are kinder on 勤政廉政 than on 服务态度.
var layoutDimLean = []float64{2, 0, -3, -2, 3}

func layoutRosterRows() [][]any {
	rows := [][]any{{"编号", "姓名", "单位", "股室", "类别", "分管领导", "主要领导"}}
	for _, t := range layoutTargets {
		rows = append(rows, []any{t.id, t.name, t.unit, t.section, t.category, t.supervisor, t.principal})
	}
	return rows
}

func layoutTestRows() [][]any {
	rows := [][]any{{"编号", "成绩"}}
	for _, t := range layoutTargets {
		rows = append(rows, []any{t.id, t.test})
	}
	return rows
}

// layoutComplaintRows is the ledger: one verified complaint against the
// hand-worked chief, so its deduction is part of the hand computation. One
// text holds an ASCII comma, which CSV must quote.
func layoutComplaintRows() [][]any {
	return [][]any{
		{"编号", "日期", "内容", "核查结果"},
		{"T010", "2026-03-18", "态度生硬", "不实"},
		{"T003", "2026-04-12", "办事拖延", "查实"},
		{"T007", "2026-05-06", "未一次性告知所需材料", "查实"},
		{"T008", "2026-06-20", "电话长期无人接听, 多次催办无回音", "查实"},
		{"T008", "2026-09-02", "承诺时限内未办结", "查实"},
		{"T001", "2026-10-15", "推诿扯皮", "不实"},
	}
}

// layoutBallot is one ballot of the layouts round as keyed in. ratings[t][d]
// is the level written for target t on dimension d; "" is blank.
type layoutBallot struct {
	id, group string
	ratings   [][]string
	defect    Defect // "" for a valid ballot
}

// Where the invalid ballots go: after the given number of valid ballots of
// the group. The duplicate reuses the 票号 of 人大代表's 4th ballot, from a
// 企业代表 block, so that a clerk split after 政协委员 puts the two numbers
// in different files.
var layoutPlanted = []struct {
	group  int // index into chibiPanel
	after  int
	defect Defect
}{
	{0, 5, DefectBlank},
	{2, 3, DefectBadLevel},
	{3, 6, DefectDuplicate},
}

const (
	layoutBallotsPerGroup = 12
	layoutDupOfGroup      = 1 // 人大代表
	layoutDupOf           = 4
	layoutBadTarget       = 4 // T005
	layoutBadDim          = 2 // 服务态度, in the "five" family
	layoutSkip            = 0.08
	layoutSkipDim         = 0.04
)

// layoutInsufficientBy are the valid ballots, as (group, 1-based index in
// the group), that rate LayoutInsufficient.
var layoutInsufficientBy = [][2]int{{0, 2}, {1, 8}, {4, 5}}

// layoutBallots draws the ballots of a family with dims dimensions, in
// sheet order: group by group, each group's invalid ballot among its own.
func layoutBallots(r *rand.Rand, dims int) []layoutBallot {
	var out []layoutBallot
	serial := 0
	nextID := func() string {
		serial++
		return fmt.Sprintf("P%03d", serial)
	}
	var dupID string
	for gi, g := range chibiPanel {
		for k := 0; k <= layoutBallotsPerGroup; k++ {
			for _, p := range layoutPlanted {
				if p.group != gi || p.after != k {
					continue
				}
				b := layoutBallot{group: g.name, defect: p.defect}
				switch p.defect {
				case DefectBlank:
					b.id, b.ratings = nextID(), blankRatings(dims)
				case DefectDuplicate:
					b.id, b.ratings = dupID, drawRatings(r, dims, g.lean, -1, -1)
				case DefectBadLevel:
					b.id, b.ratings = nextID(), drawRatings(r, dims, g.lean, -1, -1)
					b.ratings[layoutBadTarget][layoutBadDim%dims] = badValue
				}
				out = append(out, b)
			}
			if k == layoutBallotsPerGroup {
				break
			}
			b := layoutBallot{id: nextID(), group: g.name}
			if gi == layoutDupOfGroup && k+1 == layoutDupOf {
				dupID = b.id
			}
			b.ratings = drawRatings(r, dims, g.lean, gi, k+1)
			out = append(out, b)
		}
	}
	return out
}

func blankRatings(dims int) [][]string {
	out := make([][]string, len(layoutTargets))
	for i := range out {
		out[i] = make([]string, dims)
	}
	return out
}

// drawRatings draws one ballot's ratings. group and index (1-based within
// the group) place a valid ballot, for the planted chiefs; -1 for an
// invalid one, which rates neither.
func drawRatings(r *rand.Rand, dims int, lean float64, group, index int) [][]string {
	out := blankRatings(dims)
	lenient := lean + r.NormFloat64()*3
	for i, t := range layoutTargets {
		switch t.id {
		case LayoutHand:
			if index == 1 {
				copy(out[i], LayoutHandLevels[group][:dims])
			}
			continue
		case LayoutInsufficient:
			rates := false
			for _, by := range layoutInsufficientBy {
				rates = rates || (by[0] == group && by[1] == index)
			}
			if !rates {
				continue
			}
		default:
			if r.Float64() < layoutSkip {
				continue
			}
		}
		for d := range dims {
			if dims > 1 && r.Float64() < layoutSkipDim {
				continue
			}
			mu := t.mu + lenient
			if dims > 1 {
				mu += layoutDimLean[d]
			}
			out[i][d] = drawLevel(r, mu)
		}
	}
	return out
}
