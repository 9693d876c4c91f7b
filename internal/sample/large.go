package sample

import "slices"

// LargeTargets is how many chiefs a large round rates.
const LargeTargets = 18

// Large is a round under the 赤壁 rules too large to hold as rows, for
// measuring time and memory: the first 18 chiefs of the 赤壁 roster rated by
// n ballots, keyed as a clerk keys them into Excel: 票号 the numbers 1 to n,
// 代表类别 and the levels as shared strings. The ballot rows are made on
// demand (Sheet.Stream), so writing the round holds none of them. Every
// ballot is valid; each evaluator has a leniency of their own, so the
// ballots are not all alike.
func Large(n int, seed uint64) []Sheet {
	targets := chibiRoster(seed)[:LargeTargets]
	header := []any{"票号", "代表类别"}
	for _, t := range targets {
		header = append(header, t.id)
	}
	ballots := func(yield func([]any) bool) {
		r := newRand(seed, streamBallots)
		row := make([]any, len(header))
		if !yield(slices.Clone(header)) {
			return
		}
		for i := range n {
			g := chibiPanel[i%len(chibiPanel)]
			leniency := g.lean - 12 + 5*r.NormFloat64()
			row[0], row[1] = i+1, g.name
			for j, t := range targets {
				row[2+j] = drawLevel(r, t.mu+leniency)
			}
			if !yield(row) {
				return
			}
		}
	}
	return []Sheet{
		{Name: SheetRoster, Rows: rosterRows(targets)},
		{Name: SheetBallots, Stream: ballots},
		{Name: SheetComplaints, Rows: [][]any{{"编号", "日期", "内容", "核查结果"}}},
		{Name: SheetTests, Rows: chibiTests(newRand(seed, streamTests), targets)},
	}
}
