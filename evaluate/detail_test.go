package evaluate

import (
	"reflect"
	"testing"
)

// TestDetailWeighted works the detail of TestScoreByHand's T1, with 不了解
// offered: 党代表 rated 满意 and 基本满意 (mean 80) and one 党代表 said 不了解;
// 企业代表 rated 不满意 (0). The weights 0.2 and 0.2 of the two groups that
// rated share the ballot score half and half: 40 + 0 = 40 = B.
func TestDetailWeighted(t *testing.T) {
	r := smallRules()
	r.Scale.Levels = append(r.Scale.Levels, Level{Name: "不了解", NoAnswer: true})
	round := &Round{Targets: []Target{target("T1", "U1", "S1"), target("T2", "U2", "S2")}, Tests: map[string]float64{"T1": 90, "T2": 70}}
	res := mustScore(t, r, round,
		ballot("b1", "党代表", "满意", "不满意"), ballot("b2", "党代表", "基本满意", "满意"),
		ballot("b3", "企业代表", "不满意", ""), ballot("b4", "党代表", "不了解", "满意"))
	t1 := &res.Targets[0]
	if got, want := r.Scale.LevelNames(), []string{"满意", "基本满意", "不满意", "不了解"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("levels %v, want %v", got, want)
	}
	if want := []int{1, 1, 1, 1}; !reflect.DeepEqual(t1.Levels, want) {
		t.Errorf("T1 levels %v, want %v", t1.Levels, want)
	}
	if got := t1.ByGroup[0].Levels; !reflect.DeepEqual(got, []int{1, 1, 0, 1}) {
		t.Errorf("T1 党代表 levels %v, want [1 1 0 1]", got)
	}
	if len(t1.Detail) != len(r.Groups) {
		t.Fatalf("%d rows, want one per group", len(t1.Detail))
	}
	party, business, npc := t1.Detail[0], t1.Detail[3], t1.Detail[1]
	if !party.Counted || party.Ratings != 2 || party.Mean != 80 || party.Weight != 0.2 {
		t.Errorf("党代表 row %+v", party)
	}
	near(t, "党代表 contribution", party.Contribution, 40)
	near(t, "企业代表 contribution", business.Contribution, 0)
	if npc.Counted || npc.HasMean || npc.Ratings != 0 || npc.Contribution != 0 {
		t.Errorf("人大代表 did not rate T1, yet its row is %+v", npc)
	}
	sum := 0.0
	for _, row := range t1.Detail {
		sum += row.Contribution
	}
	near(t, "Σ contributions", sum, t1.BallotScore)
	near(t, "B", t1.BallotScore, 40)
}

// TestDetailPooledDimensions: two dimensions of weight 0.25 and 0.75, the
// groups pooled, trimming one each side from 3 ratings. 服务态度: 100, 60, 0
// → trimmed 60; 行政效率: 100, 100 (too few to trim) → 100. Each dimension
// has its group rows, not counted, and a pooled row: 0.25·60 = 15 and
// 0.75·100 = 75, B = 90.
func TestDetailPooledDimensions(t *testing.T) {
	r := smallRules()
	for i := range r.Groups {
		r.Groups[i].Weight = 0
	}
	r.Dimensions = []Dimension{{Name: "服务态度", Weight: 0.25}, {Name: "行政效率", Weight: 0.75}}
	r.Trim = Trim{K: 1, Min: 3}
	round := &Round{Targets: []Target{target("T1", "U1", "S1")}, Tests: map[string]float64{"T1": 0}}
	cell := func(dim int, v string) Cell { return Cell{Target: 0, Dim: dim, Value: v} }
	res := mustScore(t, r, round,
		Ballot{ID: "b1", Group: "党代表", Cells: []Cell{cell(0, "满意"), cell(1, "满意")}},
		Ballot{ID: "b2", Group: "企业代表", Cells: []Cell{cell(0, "基本满意"), cell(1, "满意")}},
		Ballot{ID: "b3", Group: "企业代表", Cells: []Cell{cell(0, "不满意")}})
	tr := &res.Targets[0]
	if len(tr.Detail) != 2*(len(r.Groups)+1) {
		t.Fatalf("%d rows, want a row per group and a pooled row per dimension", len(tr.Detail))
	}
	var pooled []DetailRow
	for _, row := range tr.Detail {
		if row.Group < 0 {
			pooled = append(pooled, row)
		} else if row.Counted || row.Contribution != 0 {
			t.Errorf("pooled, group %d's row is counted: %+v", row.Group, row)
		}
	}
	if len(pooled) != 2 || !pooled[0].Trimmed || pooled[1].Trimmed || pooled[0].Ratings != 3 {
		t.Fatalf("pooled rows %+v", pooled)
	}
	if want := []int{1, 1, 1}; !reflect.DeepEqual(pooled[0].Levels, want) {
		t.Errorf("服务态度 levels %v, want %v", pooled[0].Levels, want)
	}
	near(t, "服务态度 mean", pooled[0].Mean, 60)
	near(t, "服务态度 contribution", pooled[0].Contribution, 15)
	near(t, "行政效率 contribution", pooled[1].Contribution, 75)
	near(t, "B", tr.BallotScore, 90)
}

// TestDetailNumericBands: a numeric scale counts its ratings by band, the
// highest first, then 不了解. T1: 90 满意, 70 基本满意, 50 不满意 and a 不了解
// (on b4, whose rating of T2, 60, is 基本满意).
func TestDetailNumericBands(t *testing.T) {
	r := numericRules()
	round := &Round{Targets: []Target{target("T1", "U1", "S1"), target("T2", "U1", "S1")}, Tests: map[string]float64{"T1": 0, "T2": 0}}
	b4 := numberBallot("b4", "企业代表", 0, 60)
	b4.Cells[0] = Cell{Target: 0, Value: "不了解"}
	res := mustScore(t, r, round, numberBallot("b1", "党代表", 90), numberBallot("b2", "党代表", 70),
		numberBallot("b3", "企业代表", 50), b4)
	if got, want := r.Scale.LevelNames(), []string{"满意", "基本满意", "不满意", "不了解"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("levels %v, want %v", got, want)
	}
	if got, want := res.Targets[0].Levels, []int{1, 1, 1, 1}; !reflect.DeepEqual(got, want) {
		t.Errorf("T1 levels %v, want %v", got, want)
	}
	if got, want := res.Targets[1].Levels, []int{0, 1, 0, 0}; !reflect.DeepEqual(got, want) {
		t.Errorf("T2 levels %v, want %v", got, want)
	}
	if res.Targets[0].RatingCells != 3 {
		t.Errorf("T1 has %d ratings, want 3 (不了解 is none)", res.Targets[0].RatingCells)
	}
}
