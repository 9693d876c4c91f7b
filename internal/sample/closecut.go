package sample

import (
	"fmt"
	"math/rand/v2"
	"time"
)

// CloseCutRound is the close-cut sample round and the facts planted in it.
//
// [CloseCut] generates a round in the 赤壁 shape, scored under the chibi
// preset's rules, where the bottom list of 公共服务和行政执法类 is cut
// between chiefs the ballots cannot tell apart: the section chiefs of the
// first 17 units of the 赤壁 roster (53 综合管理类, 78 公共服务和行政执法类,
// 131 in all), rated 满意 / 基本满意 / 不满意 by the 赤壁 panel of 1,001
// evaluators, with competency tests and a few complaints. No ballot is
// invalid and nobody is vetoed: the round is about the cut alone.
//
//   - [CloseCutRound.Clear] are, per category, the chiefs planted well below
//     everyone else: two in each, so 综合管理类 (bottom 2) is cut clearly.
//   - [CloseCutRound.Straddlers] are three chiefs of 公共服务和行政执法类
//     planted at nearly the same expected score just above the clear two:
//     two of them fill the list's last two places, the third is the first
//     place off it, and which is which the ballots barely decide.
//
// The roster does not depend on the seed (the names do), so the planted
// chiefs keep their IDs for any seed; that the cut is within a point is a
// property of the committed round (seed 2026), which evalctl's tests hold.
type CloseCutRound struct {
	Sheets     []Sheet
	Groups     []GroupSize
	Clear      map[string][]string
	Straddlers []string
}

// closeCutUnits is how many of the 赤壁 units, from the first, the close-cut
// round takes.
const closeCutUnits = 17

var (
	// The clear bottoms, weakest first: 市交通运输局 行政审批股 and 市人力资源和
	// 社会保障局 劳动保障监察股; 市财政局 综合股 and 市交通运输局 综合规划股.
	closeCutClear = map[string][]plantedScore{
		CategoryService: {{"T081", 47}, {"T054", 52}},
		CategoryGeneral: {{"T039", 48}, {"T076", 53}},
	}
	// The straddlers, three enforcement sections of three units:
	// 市自然资源和规划局 执法监察股, 市农业农村局 农业综合执法股, 市文化和旅游局
	// 文化市场综合执法股. Every other chief is drawn from 63–95.
	closeCutStraddlers = []plantedScore{{"T064", 57.5}, {"T098", 57.8}, {"T110", 58.1}}
)

// Streams of the close-cut generator, apart from the 赤壁 round's.
const (
	streamCloseNames uint64 = iota + 0xc105e_2026_0000
	streamCloseScores
	streamCloseBallots
	streamCloseComplaints
	streamCloseTests
)

// CloseCut generates the close-cut round for seed; equal seeds give equal
// rounds.
func CloseCut(seed uint64) CloseCutRound {
	planted := map[string]float64{}
	round := CloseCutRound{Groups: chibiGroups(), Clear: map[string][]string{}}
	for cat, ps := range closeCutClear {
		for _, p := range ps {
			planted[p.id] = p.mu
			round.Clear[cat] = append(round.Clear[cat], p.id)
		}
	}
	for _, p := range closeCutStraddlers {
		planted[p.id] = p.mu
		round.Straddlers = append(round.Straddlers, p.id)
	}
	names := nameDrawer{r: newRand(seed, streamCloseNames), used: map[string]bool{}}
	targets := drawRoster(chibiUnits[:closeCutUnits], &names, newRand(seed, streamCloseScores), planted)
	round.Sheets = []Sheet{
		{Name: SheetRoster, Rows: rosterRows(targets)},
		{Name: SheetBallots, Rows: closeCutBallots(newRand(seed, streamCloseBallots), targets)},
		{Name: SheetComplaints, Rows: closeCutComplaints(newRand(seed, streamCloseComplaints), targets, planted)},
		{Name: SheetTests, Rows: closeCutTests(newRand(seed, streamCloseTests), targets, planted)},
	}
	return round
}

// closeCutBallots draws the 选票 sheet: the 赤壁 panel's 1,001 ballots, each
// evaluator with a leniency of their own and skipping a few chiefs, as the
// 赤壁 round's are drawn.
func closeCutBallots(r *rand.Rand, targets []target) [][]any {
	header := []any{"票号", "代表类别"}
	for _, t := range targets {
		header = append(header, t.id)
	}
	rows := [][]any{header}
	for _, g := range chibiPanel {
		for range g.ballots {
			row := make([]any, len(header))
			row[0], row[1] = fmt.Sprintf("P%04d", len(rows)), g.name
			lenient := g.lean + r.NormFloat64()*3
			skip := 0.04 + 0.12*r.Float64()
			for i, t := range targets {
				if r.Float64() < skip {
					continue
				}
				row[2+i] = drawLevel(r, t.mu+lenient)
			}
			rows = append(rows, row)
		}
	}
	return rows
}

// closeCutTests draws the test scores as the 赤壁 round does; the planted
// chiefs' follow their expected score without noise (at least 55), so the
// test neither lifts a clear bottom nor spreads the straddlers apart.
func closeCutTests(r *rand.Rand, targets []target, planted map[string]float64) [][]any {
	rows := [][]any{{"编号", "成绩"}}
	for _, t := range targets {
		noise := r.NormFloat64() * 4
		decimal := r.IntN(10) < 3
		score, lo := 62+(t.mu-63)+noise, 58.0
		if _, ok := planted[t.id]; ok {
			score, lo = 62+(t.mu-63), 55
		}
		score = min(max(score, lo), 98)
		rows = append(rows, []any{t.id, testScore(score, decimal)})
	}
	return rows
}

// closeCutComplaints draws a small ledger: ten entries over seven chiefs
// whose expected score is 70 or more, so no deduction comes near the cut.
func closeCutComplaints(r *rand.Rand, targets []target, planted map[string]float64) [][]any {
	var pool []string
	category := map[string]string{}
	for _, t := range targets {
		category[t.id] = t.category
		if _, ok := planted[t.id]; !ok && t.mu >= 70 {
			pool = append(pool, t.id)
		}
	}
	pick := make([]string, 7)
	for i, j := range r.Perm(len(pool))[:len(pick)] {
		pick[i] = pool[j]
	}
	l := newLedger(r, time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), 245)
	add := func(id string, results ...string) { l.drawn(id, complaintTexts[category[id]], "", results...) }
	add(pick[0], "查实", "查实")
	add(pick[1], "查实", "不实")
	add(pick[2], "不实", "不实")
	for _, id := range pick[3:] {
		add(id, []string{"查实", "不实"}[r.IntN(2)])
	}
	return l.rows()
}
