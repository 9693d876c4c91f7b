package evaluate

import (
	"fmt"
	"reflect"
	"testing"
)

// rankedRound builds a scored category directly: one ranked target per final
// score, satisfaction satisfied/10, IDs T1, T2 … in order.
func rankedRound(finals []float64, satisfied []int, veto map[int]bool, bottom, nAwards int) *Result {
	r := smallRules()
	r.Categories = []Category{{Name: "A", Bottom: bottom, Awards: nAwards}}
	res := &Result{Rules: r}
	for i, f := range finals {
		tr := TargetResult{Target: target(fmt.Sprintf("T%d", i+1), "U1", "S1"), Final: f, Status: StatusRanked,
			BallotFigures: BallotFigures{RatingCells: 10, Satisfied: 10}, CompositeFigures: CompositeFigures{HasTest: true, Test: 90}}
		if satisfied != nil {
			tr.Satisfied = satisfied[i]
		}
		tr.Veto = veto[i]
		res.Targets = append(res.Targets, tr)
	}
	res.rank()
	return res
}

func column[T any](res *Result, f func(*TargetResult) T) []T {
	out := make([]T, len(res.Targets))
	for i := range res.Targets {
		out[i] = f(&res.Targets[i])
	}
	return out
}

func ids(res *Result, f func(*TargetResult) bool) []string {
	var out []string
	for i := range res.Targets {
		if f(&res.Targets[i]) {
			out = append(out, res.Targets[i].ID)
		}
	}
	return out
}

func TestCompetitionRanks(t *testing.T) {
	tests := []struct {
		name      string
		finals    []float64
		satisfied []int
		want      []int
	}{
		{"distinct", []float64{70, 90, 80}, nil, []int{3, 1, 2}},
		{"shared rank skips", []float64{90, 80, 80, 70}, nil, []int{1, 2, 2, 4}},
		// 80.00001 and 80.00004 are both 80.0000 at four decimals.
		{"float noise does not split", []float64{80.00001, 80.00004, 70}, nil, []int{1, 1, 3}},
		{"fifth decimal rounds apart", []float64{80.00004, 80.00016}, nil, []int{2, 1}},
		{"tie broken by satisfaction", []float64{80, 80, 80}, []int{7, 9, 7}, []int{2, 1, 2}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := rankedRound(tc.finals, tc.satisfied, nil, 0, 0)
			if got := column(res, func(t *TargetResult) int { return t.Rank }); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("ranks = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestLowestShareBreaksTies(t *testing.T) {
	res := &Result{Rules: smallRules()}
	for i, lowest := range []int{3, 1} {
		res.Targets = append(res.Targets, TargetResult{Target: target(fmt.Sprintf("T%d", i+1), "U", "S"),
			Final: 50, Status: StatusRanked, BallotFigures: BallotFigures{RatingCells: 10, Satisfied: 5, LowestCount: lowest}})
	}
	res.rank()
	if res.Targets[0].Rank != 2 || res.Targets[1].Rank != 1 {
		t.Errorf("ranks %d, %d; want 2, 1 (fewer of the lowest level ranks higher)", res.Targets[0].Rank, res.Targets[1].Rank)
	}
}

func TestBottom(t *testing.T) {
	tests := []struct {
		name      string
		finals    []float64
		veto      map[int]bool
		bottom    int
		confirmed []string
		pending   []string
	}{
		{"plain", []float64{90, 80, 70, 60, 50}, nil, 2, []string{"T4", "T5"}, nil},
		// bottom 2 of 90 80 70 60 60 50: the two 60s straddle the cutoff.
		{"tie straddles cutoff", []float64{90, 80, 70, 60, 60, 50}, nil, 2, []string{"T6"}, []string{"T4", "T5"}},
		{"tie inside the list", []float64{90, 80, 70, 60, 60, 50}, nil, 3, []string{"T4", "T5", "T6"}, nil},
		{"tie straddles, nothing below", []float64{90, 60, 60}, nil, 1, nil, []string{"T2", "T3"}},
		// the veto (T1, scored highest) takes one of the two places.
		{"veto counts toward N", []float64{95, 80, 70, 60, 50}, map[int]bool{0: true}, 2, []string{"T1", "T5"}, nil},
		{"more vetoes than N", []float64{95, 80, 70, 60, 50}, map[int]bool{0: true, 1: true}, 1, []string{"T1", "T2"}, nil},
		{"zero bottom", []float64{90, 80}, nil, 0, nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := rankedRound(tc.finals, nil, tc.veto, tc.bottom, 0)
			got := ids(res, func(t *TargetResult) bool { return t.Unsatisfactory })
			if !reflect.DeepEqual(got, tc.confirmed) {
				t.Errorf("confirmed = %v, want %v", got, tc.confirmed)
			}
			if got := ids(res, func(t *TargetResult) bool { return t.TieAtCutoff }); !reflect.DeepEqual(got, tc.pending) {
				t.Errorf("tie_at_cutoff = %v, want %v", got, tc.pending)
			}
		})
	}
}

func TestVetoRanksLast(t *testing.T) {
	res := rankedRound([]float64{95, 80, 70}, nil, map[int]bool{0: true}, 0, 0)
	if got := column(res, func(t *TargetResult) int { return t.Rank }); !reflect.DeepEqual(got, []int{3, 1, 2}) {
		t.Errorf("ranks = %v, want the veto last: [3 1 2]", got)
	}
	if !res.Targets[0].Unsatisfactory {
		t.Error("a veto is unsatisfactory whatever its score")
	}
}

func TestAwards(t *testing.T) {
	tests := []struct {
		name    string
		finals  []float64
		tests   []float64
		awards  int
		award   []string
		tied    []string
		reserve []string
	}{
		{"top two", []float64{90, 80, 70, 60}, []float64{85, 84.9, 99, 99}, 2, []string{"T1", "T2"}, nil, []string{"T1"}},
		// the bottom target (T4) is unsatisfactory and never awarded even when few remain.
		{"never the bottom", []float64{90, 80, 70, 60}, nil, 4, []string{"T1", "T2", "T3"}, nil, []string{"T1", "T2", "T3"}},
		{"tie at the award cutoff awards all tied", []float64{90, 80, 80, 60}, nil, 2, []string{"T1", "T2", "T3"}, []string{"T2", "T3"}, []string{"T1", "T2", "T3"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := smallRules()
			r.Categories = []Category{{Name: "A", Bottom: 1, Awards: tc.awards}}
			res := &Result{Rules: r}
			for i, f := range tc.finals {
				tr := TargetResult{Target: target(fmt.Sprintf("T%d", i+1), "U", "S"), Final: f, Status: StatusRanked,
					BallotFigures: BallotFigures{RatingCells: 1}, CompositeFigures: CompositeFigures{HasTest: true, Test: 90}}
				if tc.tests != nil {
					tr.Test = tc.tests[i]
				}
				res.Targets = append(res.Targets, tr)
			}
			res.rank()
			if got := ids(res, func(t *TargetResult) bool { return t.Award }); !reflect.DeepEqual(got, tc.award) {
				t.Errorf("award = %v, want %v", got, tc.award)
			}
			if got := ids(res, func(t *TargetResult) bool { return t.TieAtAward }); !reflect.DeepEqual(got, tc.tied) {
				t.Errorf("tie at award cutoff = %v, want %v", got, tc.tied)
			}
			if got := ids(res, func(t *TargetResult) bool { return t.Reserve }); !reflect.DeepEqual(got, tc.reserve) {
				t.Errorf("reserve = %v, want %v", got, tc.reserve)
			}
		})
	}
}

// TestUnrankedVetoTakesNoPlace: a veto on a target too little rated to be
// ranked makes it unsatisfactory, but the lowest ranked target still fills
// the bottom place.
func TestUnrankedVetoTakesNoPlace(t *testing.T) {
	res := rankedRound([]float64{90, 80, 70}, nil, nil, 1, 0)
	res.Targets = append(res.Targets, TargetResult{Target: target("T4", "U1", "S1"), Final: 99, Status: StatusInsufficient,
		ComplaintFigures: ComplaintFigures{Veto: true}})
	for i := range res.Targets {
		res.Targets[i].Unsatisfactory, res.Targets[i].Rank = false, 0
	}
	res.rank()
	if got := ids(res, func(t *TargetResult) bool { return t.Unsatisfactory }); !reflect.DeepEqual(got, []string{"T3", "T4"}) {
		t.Errorf("unsatisfactory = %v, want [T3 T4]", got)
	}
	if res.Targets[3].Rank != 0 {
		t.Errorf("the insufficient veto got rank %d", res.Targets[3].Rank)
	}
}
