package sample

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"time"
)

// HuzhouUnitsRound is the generated round and the facts planted in it.
type HuzhouUnitsRound struct {
	Sheets []Sheet
	// Groups gives the valid ballots per layer, in sheet order.
	Groups []GroupSize
	// Bottom are the three units planted well below the others, weakest
	// first; Veto has the ledger's 一票否决.
	Bottom []string
	Veto   string
	// Invalid lists the planted invalid ballot rows in sheet order.
	Invalid []PlantedBallot
}

// huzhouUnitNames are the 92 units of the social evaluation, in roster
// order (U01 …).
var huzhouUnitNames = []string{
	"市委办公室", "市人大常委会办公室", "市政府办公室", "市政协办公室", "市纪委（监察局）", "市委组织部", "市委宣传部", "市委统战部", "市委政法委", "市委政策研究室",
	"市委农村工作办公室", "市委老干部局", "市直机关工委", "市委党校", "市编委办", "市信访局", "市总工会", "团市委", "市妇联", "市科协", "市文联", "市侨联", "市残联",
	"市工商联", "市红十字会", "市发展和改革委员会", "市经济和信息化委员会", "市教育局", "市科学技术局", "市民族宗教事务局", "市公安局", "市民政局", "市司法局", "市财政局",
	"市人力资源和社会保障局", "市国土资源局", "市环境保护局", "市住房和城乡建设局", "市交通运输局", "市水利局", "市农业局", "市林业局", "市商务局",
	"市文化广电新闻出版局", "市卫生局", "市人口和计划生育委员会", "市审计局", "市外事办公室", "市国有资产监督管理委员会", "市地方税务局", "市统计局", "市体育局", "市物价局",
	"市安全生产监督管理局", "市粮食局", "市旅游局", "市人民防空办公室", "市城市管理行政执法局", "市规划局", "市工商行政管理局", "市质量技术监督局", "市食品药品监督管理局",
	"市国家税务局", "市法制办公室", "市金融办公室", "市机关事务管理局", "市行政审批服务中心", "市招商局", "市档案局", "市地方志办公室", "市供销合作社",
	"市住房公积金管理中心", "市公共资源交易中心", "市气象局", "市烟草专卖局", "市邮政管理局", "湖州海关", "市出入境检验检疫局", "市中级人民法院", "市人民检察院",
	"市公路管理局", "市港航管理局", "市运输管理处", "市园林局", "市广播电视总台", "市日报社", "市社会保险事业管理中心", "市疾病预防控制中心", "市公安局交通警察支队",
	"市公安消防支队", "市电力局", "市人民银行中心支行",
}

// huzhouLayers are the seven layers of evaluators (the preset's names), the
// valid ballots of each (4,116 in all: 4000多名) and how each leans.
var huzhouLayers = []struct {
	name    string
	ballots int
	lean    float64
}{
	{"市级领导", 96, 2}, {"人大代表", 420, 0}, {"政协委员", 420, 0}, {"企业代表", 800, -8},
	{"基层干部", 780, 3}, {"服务对象", 900, -5}, {"社会各界", 700, -2},
}

// Planted units: the weakest three, and the veto mid-table.
var huzhouUnitsBottom = []plantedScore{{"U58", 48}, {"U36", 52}, {"U60", 56}}

const (
	huzhouUnitsVeto     = "U71" // 市招商局
	huzhouUnitsPerVoter = 20    // units each evaluator rates
)

// Streams of the 湖州 units generator.
const (
	streamHUNames uint64 = iota + 0x4a3_2026_0000
	streamHUScores
	streamHUBallots
	streamHUComplaints
)

// HuzhouUnits generates, for seed, 湖州's social evaluation of its units
// (seed 004, preset huzhou-units): 92 units (category 市直单位), each its own
// target, rated 满意 / 基本满意 / 不满意 / 不了解 by 4,116 cadres and members
// of the public in seven layers — 市级领导, 人大代表, 政协委员, 企业代表, 基层
// 干部, 服务对象, 社会各界 — each rating the 20 units it knows best, so the
// wide sheet stays sparse. The roster does not depend on the seed:
//
//   - [HuzhouUnitsRound.Bottom] are planted well below the others.
//   - [HuzhouUnitsRound.Veto], a mid-table unit, has the ledger's 一票否决.
//   - [HuzhouUnitsRound.Invalid] are two extra rows: a blank ballot and one
//     whose layer is not one of the seven.
//
// Equal seeds give equal rounds.
func HuzhouUnits(seed uint64) HuzhouUnitsRound {
	units := huzhouUnitsRoster(seed)
	ballots, invalid := huzhouUnitsBallots(newRand(seed, streamHUBallots), units)
	round := HuzhouUnitsRound{Veto: huzhouUnitsVeto, Invalid: invalid}
	for _, p := range huzhouUnitsBottom {
		round.Bottom = append(round.Bottom, p.id)
	}
	for _, l := range huzhouLayers {
		round.Groups = append(round.Groups, GroupSize{l.name, l.ballots})
	}
	round.Sheets = []Sheet{
		{Name: SheetRoster, Rows: rosterRows(units)},
		{Name: SheetBallots, Rows: ballots},
		{Name: SheetComplaints, Rows: huzhouUnitsLedger(newRand(seed, streamHUComplaints), units)},
	}
	return round
}

func huzhouUnitsRoster(seed uint64) []target {
	names := nameDrawer{r: newRand(seed, streamHUNames), used: map[string]bool{}}
	scores := newRand(seed, streamHUScores)
	planted := map[string]float64{huzhouUnitsVeto: 82}
	for _, p := range huzhouUnitsBottom {
		planted[p.id] = p.mu
	}
	var units []target
	for i, n := range huzhouUnitNames {
		t := target{id: fmt.Sprintf("U%02d", i+1), name: n, unit: n, category: CategoryHuzhouUnits,
			principal: names.next(), supervisor: names.next(), mu: 68 + 26*(scores.Float64()+scores.Float64())/2}
		if mu, ok := planted[t.id]; ok {
			t.mu = mu
		}
		units = append(units, t)
	}
	return units
}

// CategoryHuzhouUnits is the huzhou-units category.
const CategoryHuzhouUnits = "市直单位"

// huzhouUnitsBallots draws the 选票 sheet: a row per evaluator, layer by
// layer, rating huzhouUnitsPerVoter units drawn at random (a few of them
// 不了解); the invalid rows go in among them.
func huzhouUnitsBallots(r *rand.Rand, units []target) ([][]any, []PlantedBallot) {
	header := []any{"票号", "代表类别"}
	for _, u := range units {
		header = append(header, u.id)
	}
	rows := [][]any{header}
	var invalid []PlantedBallot
	serial := 0
	for _, l := range huzhouLayers {
		for range l.ballots {
			serial++
			row := make([]any, len(header))
			row[0], row[1] = fmt.Sprintf("HU%05d", serial), l.name
			lenient := l.lean + r.NormFloat64()*4
			chosen := r.Perm(len(units))[:huzhouUnitsPerVoter]
			slices.Sort(chosen)
			for _, i := range chosen {
				if r.Float64() < 0.04 {
					row[2+i] = huzhouNoAnswer
					continue
				}
				row[2+i] = drawLevel(r, units[i].mu+lenient)
			}
			rows = append(rows, row)
			switch serial {
			case 1000:
				pb := PlantedBallot{ID: "HU90001", Row: len(rows) + 1, Group: l.name, Defect: DefectBlank}
				rows = append(rows, []any{pb.ID, l.name})
				invalid = append(invalid, pb)
			case 3000:
				pb := PlantedBallot{ID: "HU90002", Row: len(rows) + 1, Group: "离退休干部", Defect: DefectUnknownGroup}
				bad := slices.Clone(row)
				bad[0], bad[1] = pb.ID, pb.Group
				rows = append(rows, bad)
				invalid = append(invalid, pb)
			}
		}
	}
	return rows, invalid
}

// huzhouUnitsLedger draws the 投诉台账: the veto and a few complaints on
// units expected to score 75 or more.
func huzhouUnitsLedger(r *rand.Rand, units []target) [][]any {
	l := newLedger(r, time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), 270)
	add := func(id string, results ...string) {
		l.drawn(id, huzhouComplaintTexts, "单位负责人违规收受管理对象礼金", results...)
	}
	add(huzhouUnitsVeto, "一票否决")
	var pool []string
	for _, u := range units {
		if u.mu >= 75 && u.id != huzhouUnitsVeto {
			pool = append(pool, u.id)
		}
	}
	for k, i := range r.Perm(len(pool))[:9] {
		add(pool[i], []string{"查实", "不实", "不实"}[k%3])
	}
	return l.rows()
}
