package evaluate

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"testing"
)

// smallRules is the chibi preset cut down to one category "A" with a bottom
// of 1 and one award, and a minimum sample of 1, for hand-worked rounds.
func smallRules() *Rules {
	r := Chibi()
	r.MinRatings = 1
	r.Categories = []Category{{Name: "A", Bottom: 1, Awards: 1}}
	r.Robustness = nil // these rounds change the scale; the variants are tested on their own
	return r
}

func target(id, unit, supervisor string) Target {
	return Target{ID: id, Name: "name-" + id, Unit: unit, Category: "A", Supervisor: supervisor, Principal: "principal-" + unit, Where: "名册!" + id}
}

// ballot builds a ballot whose cells rate targets by index on dimension 0.
func ballot(id, group string, levels ...string) Ballot {
	b := Ballot{ID: id, Group: group, Source: Source{File: "round.xlsx", Sheet: "选票"}}
	for i, l := range levels {
		b.Cells = append(b.Cells, Cell{Target: i, Value: l, Col: 2 + i})
	}
	return b
}

func mustScore(t *testing.T, r *Rules, round *Round, ballots ...Ballot) *Result {
	t.Helper()
	if err := r.Validate(); err != nil {
		t.Fatalf("rules: %v", err)
	}
	tally := NewTally(r, len(round.Targets))
	for _, b := range ballots {
		tally.Add(b)
	}
	res, err := Score(r, round, tally)
	if err != nil {
		t.Fatalf("Score: %v", err)
	}
	return res
}

func near(t *testing.T, what string, got, want float64) {
	t.Helper()
	if math.Abs(got-want) > 1e-9 {
		t.Errorf("%s = %.10g, want %.10g", what, got, want)
	}
}

// TestScoreByHand works a two-target round through every formula.
//
//	T1: 党代表 满意(100), 基本满意(60) -> mean 80; 企业代表 不满意(0) -> mean 0.
//	    Other groups did not rate T1, so S = (0.2·80 + 0.2·0) / 0.4 = 40
//	    (the pooled mean would be 53.33). C = 0.7·40 + 0.3·90 = 55. No complaint: F = 55.
//	T2: 党代表 不满意(0), 满意(100) -> mean 50 = S.  C = 0.7·50 + 0.3·70 = 56.
//	    Two 查实 and one 不实: k = 2, D = 56·min(0.10, 2·0.02) = 2.24, F = 53.76.
func TestScoreByHand(t *testing.T) {
	round := &Round{
		Targets: []Target{target("T1", "U1", "S1"), target("T2", "U2", "S2")},
		Tests:   map[string]float64{"T1": 90, "T2": 70},
		Complaints: []Complaint{
			{TargetID: "T2", Result: "查实"}, {TargetID: "T2", Result: " verified "}, {TargetID: "T2", Result: "不实"},
		},
	}
	res := mustScore(t, smallRules(), round,
		ballot("b1", "党代表", "满意", "不满意"),
		ballot("b2", "党代表", "基本满意", "满意"),
		ballot("b3", "企业代表", "不满意", ""),
	)
	t1, t2 := res.Targets[0], res.Targets[1]
	near(t, "B(T1)", t1.BallotScore, 40)
	near(t, "C(T1)", t1.Composite, 55)
	near(t, "F(T1)", t1.Final, 55)
	near(t, "sat(T1)", t1.Satisfaction, 2.0/3)
	near(t, "B(T2)", t2.BallotScore, 50)
	near(t, "C(T2)", t2.Composite, 56)
	near(t, "D(T2)", t2.Deduction, 2.24)
	near(t, "F(T2)", t2.Final, 53.76)
	near(t, "sat(T2)", t2.Satisfaction, 0.5)
	if t1.Ratings != 3 || t2.Ratings != 2 {
		t.Errorf("ratings = %d, %d; want 3, 2", t1.Ratings, t2.Ratings)
	}
	if t2.Verified != 2 {
		t.Errorf("verified complaints of T2 = %d, want 2", t2.Verified)
	}
	if t1.Rank != 1 || t2.Rank != 2 || t1.CategorySize != 2 {
		t.Errorf("ranks = %d, %d of %d; want 1, 2 of 2", t1.Rank, t2.Rank, t1.CategorySize)
	}
	if !t2.Unsatisfactory || t1.Unsatisfactory {
		t.Errorf("unsatisfactory = %v, %v; want false, true", t1.Unsatisfactory, t2.Unsatisfactory)
	}
	if !t1.Award || !t1.Reserve || t2.Award {
		t.Errorf("award/reserve: T1 %v/%v, T2 %v; want true/true, false", t1.Award, t1.Reserve, t2.Award)
	}
	if g := t1.ByGroup[3]; g.Group != "企业代表" || g.Ratings != 1 || g.Mean != 0 {
		t.Errorf("T1 企业代表 = %+v, want 1 rating, mean 0", g)
	}
	// Group statistics over the round: 党代表 rated 100, 60, 0, 100 -> mean 65, 3 of 4 satisfied.
	if g := res.Groups[0]; g.Read != 2 || g.Valid != 2 || g.Ratings != 4 || g.Satisfied != 3 {
		t.Errorf("党代表 stats = %+v", g)
	} else {
		near(t, "党代表 mean", g.Mean, 65)
	}
}

func TestPooledMean(t *testing.T) {
	r := smallRules()
	for i := range r.Groups {
		r.Groups[i].Weight = 0
	}
	round := &Round{Targets: []Target{target("T1", "U1", "S1")}, Tests: map[string]float64{"T1": 0}}
	res := mustScore(t, r, round,
		ballot("b1", "党代表", "满意"), ballot("b2", "党代表", "基本满意"), ballot("b3", "企业代表", "不满意"))
	near(t, "pooled B(T1)", res.Targets[0].BallotScore, 160.0/3)
}

func TestDeductionModes(t *testing.T) {
	tests := []struct {
		name      string
		complaint Complaints
		verified  int
		composite float64
		want      float64
	}{
		// 0.7·100 + 0.3·50 = 85 for every case below.
		{"proportional under cap", Complaints{Mode: DeductProportional, Rate: 0.02, Cap: 0.1}, 3, 85, 85 * 0.06},
		{"proportional capped", Complaints{Mode: DeductProportional, Rate: 0.02, Cap: 0.1}, 6, 85, 85 * 0.1},
		{"fixed under cap", Complaints{Mode: DeductFixed, Points: 1.5, Cap: 5}, 3, 85, 4.5},
		{"fixed capped", Complaints{Mode: DeductFixed, Points: 1.5, Cap: 5}, 4, 85, 5},
		{"none verified", Complaints{Mode: DeductFixed, Points: 1.5, Cap: 5}, 0, 85, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := smallRules()
			results := r.Complaints.Results
			r.Complaints = tc.complaint
			r.Complaints.Results = results
			round := &Round{Targets: []Target{target("T1", "U1", "S1")}, Tests: map[string]float64{"T1": 50}}
			for range tc.verified {
				round.Complaints = append(round.Complaints, Complaint{TargetID: "T1", Result: "查实"})
			}
			res := mustScore(t, r, round, ballot("b1", "党代表", "满意"))
			near(t, "C", res.Targets[0].Composite, tc.composite)
			near(t, "D", res.Targets[0].Deduction, tc.want)
			near(t, "F", res.Targets[0].Final, tc.composite-tc.want)
		})
	}
}

func TestTrimmedMean(t *testing.T) {
	scale := Chibi().Scale // 100, 60, 0
	tests := []struct {
		name   string
		counts []int
		trim   Trim
		want   float64
	}{
		{"off", []int{2, 1, 2}, Trim{}, 260.0 / 5},
		// five ratings 100 100 60 0 0: drop one 100 and one 0 -> 100 60 0.
		{"one each side", []int{2, 1, 2}, Trim{K: 1, Min: 5}, 160.0 / 3},
		// four ratings are below the minimum of five: plain mean.
		{"too few to trim", []int{1, 2, 1}, Trim{K: 1, Min: 5}, 220.0 / 4},
		// seven ratings 100×3, 0×4 with k=2: drop 100 100 and 0 0 -> 100 0 0.
		{"two each side", []int{3, 0, 4}, Trim{K: 2, Min: 5}, 100.0 / 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var points []float64
			for _, l := range scale.Levels {
				points = append(points, l.Points)
			}
			near(t, "mean", mean(binsOf(points, tc.counts), tc.trim), tc.want)
		})
	}
}

func TestNoAnswerLevel(t *testing.T) {
	r := smallRules()
	r.Scale.Levels = append(r.Scale.Levels, Level{Name: "不了解", NoAnswer: true})
	round := &Round{Targets: []Target{target("T1", "U1", "S1"), target("T2", "U1", "S1")}, Tests: map[string]float64{"T1": 0, "T2": 0}}
	res := mustScore(t, r, round,
		ballot("b1", "党代表", "满意", "不了解"),
		ballot("b2", "党代表", "不了解", "不了解"), // rates nothing: blank
	)
	if res.Ballots.Valid != 1 || res.Ballots.Invalid != 1 {
		t.Fatalf("valid/invalid = %d/%d, want 1/1", res.Ballots.Valid, res.Ballots.Invalid)
	}
	t1, t2 := res.Targets[0], res.Targets[1]
	if t1.RatingCells != 1 || t2.RatingCells != 0 || t2.HasBallotScore {
		t.Errorf("不了解 counted: T1 %d ratings, T2 %d ratings (scored %v)", t1.RatingCells, t2.RatingCells, t2.HasBallotScore)
	}
	if t2.Status != StatusInsufficient || t2.Rank != 0 {
		t.Errorf("T2 status %s rank %d, want insufficient, unranked", t2.Status, t2.Rank)
	}
}

func TestMinRatings(t *testing.T) {
	r := smallRules()
	r.MinRatings = 2
	round := &Round{Targets: []Target{target("T1", "U1", "S1"), target("T2", "U1", "S1")}, Tests: map[string]float64{"T1": 0, "T2": 0}}
	res := mustScore(t, r, round, ballot("b1", "党代表", "满意", "不满意"), ballot("b2", "党代表", "满意", ""))
	t1, t2 := res.Targets[0], res.Targets[1]
	if t1.Status != StatusRanked || t2.Status != StatusInsufficient {
		t.Fatalf("statuses %s, %s; want ranked, insufficient", t1.Status, t2.Status)
	}
	// T2 scores worst but is never placed on the bottom list. That leaves T1
	// alone at the top of its category: a bottom place by rank would reach
	// it, so it is pending for the committee (small_category), not confirmed.
	if t2.Unsatisfactory || t2.Rank != 0 || t2.SmallCategory || t1.Unsatisfactory || !t1.SmallCategory {
		t.Errorf("T2 unsatisfactory %v rank %d small %v; T1 unsatisfactory %v small %v",
			t2.Unsatisfactory, t2.Rank, t2.SmallCategory, t1.Unsatisfactory, t1.SmallCategory)
	}
}

func TestScoreDataErrors(t *testing.T) {
	round := &Round{
		Targets:    []Target{target("T1", "U1", "S1"), target("T2", "U1", "S1"), target("T1", "U2", "S3")},
		Tests:      map[string]float64{"T1": 80},
		Complaints: []Complaint{{TargetID: "T9", Result: "查实", Where: "投诉台账!B2"}, {TargetID: "T1", Result: "待查", Where: "投诉台账!B3"}},
	}
	round.Targets[1].Category = "B"
	_, err := Score(smallRules(), round, NewTally(smallRules(), 3))
	if !errors.Is(err, ErrInvalidData) {
		t.Fatalf("err = %v, want ErrInvalidData", err)
	}
	want := []string{
		"名册!T1: target T1 is listed twice (first at 名册!T1)",
		`名册!T2: target T2: category "B" is not in the rules (A)`,
	}
	for _, w := range want {
		if !containsLine(err.Error(), w) {
			t.Errorf("error lacks %q:\n%v", w, err)
		}
	}
	round.Targets = round.Targets[:1]
	round.Targets = append(round.Targets, target("T2", "U1", "S1"))
	_, err = Score(smallRules(), round, NewTally(smallRules(), 2))
	for _, w := range []string{
		"名册!T2: target T2 name-T2 has no score in the test sheet (component \"岗位能力测试\")",
		`投诉台账!B2: complaint names target "T9", which is not in the roster`,
		`投诉台账!B3: 核查结果 "待查" is not one of 查实/不实/一票否决`,
	} {
		if !containsLine(err.Error(), w) {
			t.Errorf("error lacks %q:\n%v", w, err)
		}
	}
}

func containsLine(s, line string) bool {
	for len(s) > 0 {
		i := 0
		for i < len(s) && s[i] != '\n' {
			i++
		}
		if s[:i] == line {
			return true
		}
		if i == len(s) {
			break
		}
		s = s[i+1:]
	}
	return false
}

// numericRules rates 0–100 points in bands (≥85 满意, 60–85 基本满意, <60
// 不满意), with 不了解 as no answer.
func numericRules() *Rules {
	r := smallRules()
	r.Scale = Scale{
		Levels: []Level{{Name: "不了解", NoAnswer: true}},
		Range:  &Range{Min: 0, Max: 100},
		Bands: []Band{
			{Name: "不满意", Min: 0, Lowest: true},
			{Name: "基本满意", Min: 60, Satisfied: true},
			{Name: "满意", Min: 85, Satisfied: true},
		},
	}
	return r
}

func numberBallot(id, group string, values ...float64) Ballot {
	b := Ballot{ID: id, Group: group}
	for i, v := range values {
		b.Cells = append(b.Cells, Cell{Target: i, Value: fmt.Sprint(v), Numeric: true, Number: v, Col: 2 + i})
	}
	return b
}

// TestNumericScale: T1 gets 90 and 70 from 党代表 (mean 80) and 50 from
// 企业代表, so S = (0.2·80 + 0.2·50)/0.4 = 65; satisfied: 90 and 70 (bands
// 满意, 基本满意) = 2/3; lowest band: 50 = 1/3.
func TestNumericScale(t *testing.T) {
	round := &Round{Targets: []Target{target("T1", "U1", "S1")}, Tests: map[string]float64{"T1": 0}}
	r := numericRules()
	tally := NewTally(r, 1)
	if err := r.Validate(); err != nil {
		t.Fatal(err)
	}
	for _, b := range []Ballot{numberBallot("b1", "党代表", 90), numberBallot("b2", "党代表", 70), numberBallot("b3", "企业代表", 50)} {
		if p := tally.Add(b); p != nil {
			t.Fatalf("ballot %s: %v", b.ID, p)
		}
	}
	out := tally.Add(numberBallot("b4", "党代表", 101))
	if len(out) != 1 || out[0].Kind != ProblemOutOfRange || out[0].Value != "101" {
		t.Errorf("101 on a 0–100 scale: %v, want one out_of_range", out)
	}
	if p := tally.Add(Ballot{ID: "b5", Group: "党代表", Cells: []Cell{{Value: "很好"}}}); len(p) != 1 || p[0].Kind != ProblemBadLevel {
		t.Errorf("text on a numeric scale: %v, want not_a_level", p)
	}
	if p := tally.Add(Ballot{ID: "b6", Group: "党代表", Cells: []Cell{{Value: "不了解"}}}); len(p) != 1 || p[0].Kind != ProblemBlank {
		t.Errorf("only 不了解: %v, want a blank ballot", p)
	}
	res, err := Score(r, round, tally)
	if err != nil {
		t.Fatal(err)
	}
	tr := res.Targets[0]
	near(t, "B", tr.BallotScore, 65)
	near(t, "sat", tr.Satisfaction, 2.0/3)
	near(t, "lowest share", tr.LowestShare, 1.0/3)
}

func TestNumericTrim(t *testing.T) {
	r := numericRules()
	// 0 10 50 90 100 with one dropped each side: 10 50 90 -> 50.
	if err := r.Validate(); err != nil {
		t.Fatal(err)
	}
	tally := NewTally(r, 1)
	for i, v := range []float64{90, 0, 100, 50, 10} {
		if p := tally.Add(numberBallot(fmt.Sprint("b", i), "党代表", v)); p != nil {
			t.Fatal(p)
		}
	}
	near(t, "trimmed", mean(tally.Counts().bins(nil, 0, 0, 0), Trim{K: 1, Min: 5}), 50)
}

// binsOf makes the bins of ratings worth points, counts[i] of points[i], by
// ascending points.
func binsOf(points []float64, counts []int) []bin {
	var out []bin
	for i, n := range counts {
		if n > 0 {
			out = append(out, bin{binInfo: binInfo{points: points[i]}, n: n})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].points < out[j].points })
	return out
}
