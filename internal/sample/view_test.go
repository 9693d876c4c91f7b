package sample

import (
	"sync"
	"testing"
)

// roundView indexes a generated round for assertions.
type roundView struct {
	round   ChibiRound
	sheets  map[string][][]any
	roster  map[string][]any // 编号 → roster row
	ids     []string         // roster order
	invalid map[int]bool     // 1-based rows of planted invalid ballots
}

// views are the rounds view has generated, by seed: the tests only read
// them, and several look at the same seed.
var views sync.Map // seed -> roundView

// view generates the round of a seed once per test binary and indexes it.
func view(t *testing.T, seed uint64) roundView {
	t.Helper()
	if v, ok := views.Load(seed); ok {
		return v.(roundView)
	}
	v := roundView{round: Chibi(seed), sheets: map[string][][]any{}, roster: map[string][]any{}, invalid: map[int]bool{}}
	for _, s := range v.round.Sheets {
		v.sheets[s.Name] = s.Rows
	}
	for _, row := range v.sheets[SheetRoster][1:] {
		v.roster[row[0].(string)] = row
		v.ids = append(v.ids, row[0].(string))
	}
	for _, b := range v.round.Invalid {
		v.invalid[b.Row] = true
	}
	views.Store(seed, v)
	return v
}

// validBallots yields the rows of the valid ballots.
func (v roundView) validBallots() [][]any {
	var rows [][]any
	for i, row := range v.sheets[SheetBallots][1:] {
		if !v.invalid[i+2] {
			rows = append(rows, row)
		}
	}
	return rows
}

// ratings counts the valid ballots rating each target, by group.
func (v roundView) ratings() map[string]map[string]int {
	n := map[string]map[string]int{}
	for _, id := range v.ids {
		n[id] = map[string]int{}
	}
	for _, row := range v.validBallots() {
		for i, id := range v.ids {
			if c, _ := row[2+i].(string); c != "" {
				n[id][row[1].(string)]++
			}
		}
	}
	return n
}

// scores is a stand-in for the engine's ballot score: the mean points per
// group, averaged over the groups that rated the target with equal weights.
func (v roundView) scores() map[string]float64 {
	points := map[any]float64{LevelSatisfied: 100, LevelBasic: 60, LevelDissatisfied: 0}
	type acc struct{ sum, n float64 }
	sums := map[string]map[string]*acc{}
	for _, row := range v.validBallots() {
		for i, id := range v.ids {
			if row[2+i] == nil {
				continue
			}
			if sums[id] == nil {
				sums[id] = map[string]*acc{}
			}
			a := sums[id][row[1].(string)]
			if a == nil {
				a = &acc{}
				sums[id][row[1].(string)] = a
			}
			a.sum += points[row[2+i]]
			a.n++
		}
	}
	out := map[string]float64{}
	for id, groups := range sums {
		var s float64
		for _, a := range groups {
			s += a.sum / a.n
		}
		out[id] = s / float64(len(groups))
	}
	return out
}
