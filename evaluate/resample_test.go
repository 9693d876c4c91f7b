package evaluate

import (
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"testing"
)

// closeCut is a round of four targets in one category with a bottom 2,
// rated by 300 evaluators, 60 in each of chibi's five groups, every one
// rating every target, the test scores all equal: T1 clearly the worst
// (ballot score 38), T2 and T3 straddling the cutoff 0.07 points apart
// (68.00 and 67.93; finals 0.05 apart), T4 clearly safe (89). Each
// target's ratings are fixed counts dealt out to the ballots in a seeded
// order, so each group has some of every level.
func closeCut() (*Rules, *Round, []Ballot) {
	r := Chibi()
	r.Robustness = nil
	r.MinRatings = 30
	r.Validity.DoubleEntry = DoubleEntryOff // the slow bootstraps below copy ballots
	r.Categories = []Category{{Name: "A", Bottom: 2, Awards: 1}}
	round := &Round{Tests: map[string]float64{}}
	counts := [][3]int{{60, 90, 150}, {150, 90, 60}, {151, 88, 61}, {240, 45, 15}} // 满意, 基本满意, 不满意
	levels := []string{"满意", "基本满意", "不满意"}
	const n = 300
	deal := make([][]string, len(counts))
	rng := rand.New(rand.NewPCG(10, 10))
	for t, c := range counts {
		id := fmt.Sprintf("T%d", t+1)
		round.Targets = append(round.Targets, Target{ID: id, Name: id, Unit: "U" + id, Category: "A", Supervisor: "S" + id, Principal: "P" + id})
		round.Tests[id] = 80
		for l, k := range c {
			for range k {
				deal[t] = append(deal[t], levels[l])
			}
		}
		rng.Shuffle(n, func(i, j int) { deal[t][i], deal[t][j] = deal[t][j], deal[t][i] })
	}
	var ballots []Ballot
	for b := range n {
		bl := Ballot{ID: fmt.Sprint(b + 1), Group: r.Groups[b%5].Name, Source: Source{File: "round.xlsx", Sheet: "选票", Row: b + 2}}
		for t := range counts {
			bl.Cells = append(bl.Cells, Cell{Target: t, Value: deal[t][b], Col: 2 + t})
		}
		ballots = append(ballots, bl)
	}
	return r, round, ballots
}

// resampled scores a round with resampling, the ballots added in order.
func resampled(t *testing.T, r *Rules, round *Round, ballots []Ballot, reps int) *Result {
	t.Helper()
	if err := r.Validate(); err != nil {
		t.Fatal(err)
	}
	tally := NewTally(r, len(round.Targets))
	tally.Resample(Resampling{Replicates: reps, Seed: DefaultSeed})
	for _, b := range ballots {
		tally.Add(b)
	}
	res, err := Score(r, round, tally)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// TestResampleCloseCut: the clearly worst target is on the list in nearly
// every replicate, the clearly safe one in nearly none, and the two a
// fraction of a point apart at the cutoff in between, both flagged
// fragile: the one confirmed and the one left off. 1,000 replicates, the
// default, since the bounds are on the probabilities themselves.
func TestResampleCloseCut(t *testing.T) {
	r, round, ballots := closeCut()
	res := resampled(t, r, round, ballots, 1000)
	for i, tr := range res.Targets {
		t.Logf("%s final %.3f rank %d unsat %v p %.3f rank interval [%d, %d] margin %.3f fragile %v",
			tr.ID, tr.Final, tr.Rank, tr.Unsatisfactory, tr.BottomProbability, tr.RankLow, tr.RankHigh, tr.Margin, tr.Fragile)
		if !tr.Resampled || !tr.HasRankInterval || !tr.HasMargin {
			t.Errorf("target %d: not resampled, or without rank interval or margin", i)
		}
	}
	t1, t2, t3, t4 := &res.Targets[0], &res.Targets[1], &res.Targets[2], &res.Targets[3]
	if d := t2.Final - t3.Final; d <= 0 || d >= 1 {
		t.Fatalf("T2 − T3 = %.3f, want a fraction of a point", d)
	}
	if !t1.Unsatisfactory || !t3.Unsatisfactory || t2.Unsatisfactory || t4.Unsatisfactory {
		t.Fatalf("the list is not T1 and T3")
	}
	if t1.BottomProbability < 0.98 || t1.Fragile {
		t.Errorf("T1: p = %.3f, fragile %v; want ≥ 0.98 and not fragile", t1.BottomProbability, t1.Fragile)
	}
	for _, s := range []*TargetResult{t2, t3} {
		if s.BottomProbability < 0.2 || s.BottomProbability > 0.8 || !s.Fragile {
			t.Errorf("%s: p = %.3f, fragile %v; want between 0.2 and 0.8, and fragile", s.ID, s.BottomProbability, s.Fragile)
		}
		if !slices.Contains(s.Flags(), FlagFragile) {
			t.Errorf("%s: flags %v lack %s", s.ID, s.Flags(), FlagFragile)
		}
	}
	if t4.BottomProbability > 0.02 || t4.Fragile {
		t.Errorf("T4: p = %.3f, fragile %v; want ≤ 0.02 and not fragile", t4.BottomProbability, t4.Fragile)
	}
	if t1.RankLow != 4 || t1.RankHigh != 4 || t4.RankLow != 1 || t4.RankHigh != 1 {
		t.Errorf("rank intervals: T1 [%d, %d], T4 [%d, %d]; want [4, 4] and [1, 1]", t1.RankLow, t1.RankHigh, t4.RankLow, t4.RankHigh)
	}
	if t2.RankLow != 2 || t2.RankHigh != 3 || t3.RankLow != 2 || t3.RankHigh != 3 {
		t.Errorf("rank intervals: T2 [%d, %d], T3 [%d, %d]; want [2, 3] both", t2.RankLow, t2.RankHigh, t3.RankLow, t3.RankHigh)
	}
	// The cutoff is midway between T3 (last on) and T2 (first off).
	cut := res.Cutoffs[0]
	if !cut.Has || cut.LastOn != 2 || cut.FirstOff != 1 {
		t.Fatalf("cutoff %+v, want between T3 and T2", cut)
	}
	near(t, "cutoff", cut.Score, (t2.Final+t3.Final)/2)
	near(t, "T3 margin", t3.Margin, t3.Final-cut.Score)
	near(t, "T2 margin", t2.Margin, t2.Final-cut.Score)
	if res.Resampling != (Resampling{Replicates: 1000, Seed: DefaultSeed}) {
		t.Errorf("resampling recorded as %+v", res.Resampling)
	}
}

// figures are what resampling gives a round, for comparing two runs.
func figures(res *Result) []Uncertainty {
	out := make([]Uncertainty, len(res.Targets))
	for i := range res.Targets {
		out[i] = res.Targets[i].Uncertainty
	}
	return out
}

// TestResampleOrderFree: the same ballots give the same figures, bit for
// bit, read in another order, split over several files, read again, or on
// one core or several; and a ballot made invalid by a later keying of its
// 票号, once taken back, leaves the replicates as if never counted. 200
// replicates: the property is equality, which needs no precision.
func TestResampleOrderFree(t *testing.T) {
	r, round, ballots := closeCut()
	const reps = 200
	want := figures(resampled(t, r, round, ballots, reps))

	rng := rand.New(rand.NewPCG(3, 4))
	shuffled := slices.Clone(ballots)
	rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	split := slices.Clone(shuffled)
	for i := range split {
		split[i].Source.File = fmt.Sprintf("clerk%d.xlsx", i%3)
	}
	runs := map[string]func() []Uncertainty{
		"again":    func() []Uncertainty { return figures(resampled(t, r, round, ballots, reps)) },
		"shuffled": func() []Uncertainty { return figures(resampled(t, r, round, shuffled, reps)) },
		"files":    func() []Uncertainty { return figures(resampled(t, r, round, split, reps)) },
		"one core": func() []Uncertainty {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
			return figures(resampled(t, r, round, ballots, reps))
		},
		"five cores": func() []Uncertainty {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(5))
			return figures(resampled(t, r, round, shuffled, reps))
		},
		"retracted": func() []Uncertainty {
			// Ballot "7" extra, keyed again below with other contents:
			// invalid, its ratings taken back.
			extra := ballots[0]
			extra.ID, extra.Source.Row = "extra", 999
			again := extra
			again.Cells = slices.Clone(extra.Cells)
			again.Cells[0].Value = "满意"
			again.Source.Row = 1000
			if again.Cells[0].Value == extra.Cells[0].Value {
				again.Cells[0].Value = "不满意"
			}
			tally := NewTally(r, len(round.Targets))
			tally.Resample(Resampling{Replicates: reps, Seed: DefaultSeed})
			for _, b := range append([]Ballot{extra}, append(slices.Clone(ballots), again)...) {
				tally.Add(b)
			}
			if !tally.Retract(extra) || tally.Pending() != 0 {
				t.Fatal("the conflicting ballot was not taken back")
			}
			res, err := Score(r, round, tally)
			if err != nil {
				t.Fatal(err)
			}
			return figures(res)
		},
	}
	for name, run := range runs {
		if got := run(); !slices.Equal(got, want) {
			t.Errorf("%s: figures differ:\n got  %+v\n want %+v", name, got, want)
		}
	}
	if other := figures(scoreSeed(t, r, round, ballots, reps, DefaultSeed+1)); slices.Equal(other, want) {
		t.Errorf("another seed gives the same figures")
	}
}

func scoreSeed(t *testing.T, r *Rules, round *Round, ballots []Ballot, reps int, seed uint64) *Result {
	t.Helper()
	tally := NewTally(r, len(round.Targets))
	tally.Resample(Resampling{Replicates: reps, Seed: seed})
	for _, b := range ballots {
		tally.Add(b)
	}
	res, err := Score(r, round, tally)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// onList scores a round and reports which targets are on its bottom list,
// confirmed or pending.
func onList(t *testing.T, r *Rules, round *Round, ballots []Ballot) []bool {
	t.Helper()
	tally := NewTally(r, len(round.Targets))
	for _, b := range ballots {
		tally.Add(b)
	}
	res, err := Score(r, round, tally)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]bool, len(res.Targets))
	for i, tr := range res.Targets {
		out[i] = tr.Unsatisfactory || tr.Pending()
	}
	return out
}

// TestResampleAgainstCopies holds the streamed bootstrap to the slowest
// way of doing the same thing: for each replicate, a round whose ballots
// are each copied as many times as its weight there, scored from scratch
// by Score. Each target must be on the list in exactly the same
// replicates. 40 replicates: each copy round is scored whole.
func TestResampleAgainstCopies(t *testing.T) {
	r, round, ballots := closeCut()
	const reps = 40
	res := resampled(t, r, round, ballots, reps)
	on := make([]int, len(round.Targets))
	w := make([]uint8, reps)
	weights := make([][]uint8, len(ballots))
	for i, b := range ballots {
		poissonWeights(w, DefaultSeed, hashString(b.ID))
		weights[i] = slices.Clone(w)
	}
	for k := range reps {
		var copies []Ballot
		for i, b := range ballots {
			for c := range int(weights[i][k]) {
				cp := b
				cp.ID = fmt.Sprintf("%s#%d", b.ID, c)
				copies = append(copies, cp)
			}
		}
		for i, is := range onList(t, r, round, copies) {
			if is {
				on[i]++
			}
		}
	}
	for i, tr := range res.Targets {
		if want := float64(on[i]) / reps; tr.BottomProbability != want {
			t.Errorf("%s: bottom probability %v, by copies %v", tr.ID, tr.BottomProbability, want)
		}
	}
}

// TestResampleAgainstTextbook compares the Poisson bootstrap with the
// textbook one, drawn slowly: for each replicate, each group's ballots
// drawn with replacement, as many as the group has, and the round scored
// from scratch. The two estimate the same probabilities; they must agree
// within sampling error (4.5 standard errors of the difference, and a
// point for the approximation). 2,000 Poisson replicates, 500 textbook
// ones (each a whole round scored).
func TestResampleAgainstTextbook(t *testing.T) {
	r, round, ballots := closeCut()
	const fast, slow = 2000, 500
	res := resampled(t, r, round, ballots, fast)
	byGroup := map[string][]Ballot{}
	for _, b := range ballots {
		byGroup[b.Group] = append(byGroup[b.Group], b)
	}
	rng := rand.New(rand.NewPCG(5, 6))
	on := make([]int, len(round.Targets))
	for range slow {
		var drawn []Ballot
		for _, g := range r.Groups {
			list := byGroup[g.Name]
			for k := range list {
				b := list[rng.IntN(len(list))]
				b.ID = fmt.Sprintf("%s#%d", b.ID, k)
				drawn = append(drawn, b)
			}
		}
		for i, is := range onList(t, r, round, drawn) {
			if is {
				on[i]++
			}
		}
	}
	for i, tr := range res.Targets {
		p, q := tr.BottomProbability, float64(on[i])/slow
		mid := (p + q) / 2
		se := math.Sqrt(mid * (1 - mid) * (1.0/fast + 1.0/slow))
		t.Logf("%s: Poisson %.3f, textbook %.3f (se %.3f)", tr.ID, p, q, se)
		if math.Abs(p-q) > 4.5*se+0.01 {
			t.Errorf("%s: Poisson %.3f, textbook %.3f: more than sampling error apart", tr.ID, p, q)
		}
	}
}

// presetRound makes a random round that the preset's own rules read: n
// targets spread over its categories, m ballots of its groups rating
// most targets (some fewer than others) on every dimension in its scale (levels, no-answer levels
// among them, or numbers), its score sheets filled in.
func presetRound(r *Rules, n, m int, seed uint64) (*Round, []Ballot) {
	rng := rand.New(rand.NewPCG(seed, 1))
	round := &Round{Tests: map[string]float64{}, Sheets: map[string]map[string]float64{}}
	for i := range n {
		id := fmt.Sprintf("T%03d", i)
		round.Targets = append(round.Targets, Target{ID: id, Name: id, Unit: fmt.Sprintf("U%d", i/4),
			Category: r.Categories[i%len(r.Categories)].Name, Supervisor: fmt.Sprintf("S%d", i/2), Principal: fmt.Sprintf("P%d", i/4)})
		round.Tests[id] = float64(60 + rng.IntN(40))
		for _, c := range r.Components {
			if c.Sheet != "" {
				if round.Sheets[c.Sheet] == nil {
					round.Sheets[c.Sheet] = map[string]float64{}
				}
				round.Sheets[c.Sheet][id] = float64(rng.IntN(10))
			}
		}
	}
	var ballots []Ballot
	for b := range m {
		bl := Ballot{ID: fmt.Sprint(b + 1), Group: r.Groups[rng.IntN(len(r.Groups))].Name}
		bias := rng.Float64()
		for t := range n {
			if rng.IntN(10) < t%4 { // some targets rated by fewer ballots
				continue
			}
			for d := range r.Dimensions {
				c := Cell{Target: t, Dim: d}
				switch l := r.Scale.Levels; {
				case r.Scale.IsNumeric() && rng.IntN(20) > 0:
					c.Numeric, c.Number = true, math.Round(r.Scale.Range.Min+(r.Scale.Range.Max-r.Scale.Range.Min)*(bias+rng.Float64()+float64(t%5)/5)/3)
					c.Value = fmt.Sprint(c.Number)
				default:
					c.Value = l[min(len(l)-1, int(float64(len(l))*(bias+rng.Float64()+float64(t%5)/5)/3))].Name
				}
				bl.Cells = append(bl.Cells, c)
			}
		}
		ballots = append(ballots, bl)
	}
	return round, ballots
}

// TestResampleIdentity: replicates in which every ballot weighs 1 are the
// round itself, so every replicate's verdicts are the published ones: the
// replicates are scored as the round is, to the last bit, under each
// preset's scale, groups, dimensions, trimming, components and
// deductions.
func TestResampleIdentity(t *testing.T) {
	for _, name := range PresetNames() {
		t.Run(name, func(t *testing.T) {
			r, _ := Preset(name)
			r.Issued, r.Quorum, r.QuorumStrict = 0, 0, false
			for g := range r.Groups {
				r.Groups[g].Issued, r.Groups[g].Quorum = 0, 0
			}
			r.MinRatings = 45 // some ranked, some not
			round, ballots := presetRound(r, 30, 60, 7)
			for i := range round.Targets {
				c := Complaint{TargetID: round.Targets[i].ID, Result: r.Complaints.Results[i%len(r.Complaints.Results)].Name}
				if s := r.Complaints.Statuses; len(s) > 0 {
					c.Status = s[i%len(s)].Name
				}
				round.Complaints = append(round.Complaints, c)
			}
			if err := r.Validate(); err != nil {
				t.Fatal(err)
			}
			tally := NewTally(r, len(round.Targets))
			tally.Resample(Resampling{Replicates: 8, Seed: 1})
			tally.resample.draw = func(w []uint8, _, _ uint64) {
				for i := range w {
					w[i] = 1
				}
			}
			for _, b := range ballots {
				if _, problems := tally.Read(b); problems != nil {
					t.Fatalf("ballot %s: %v", b.ID, problems)
				}
			}
			res, err := Score(r, round, tally)
			if err != nil {
				t.Fatal(err)
			}
			ranked, listed := 0, 0
			for _, tr := range res.Targets {
				want := 0.0
				if tr.Unsatisfactory || tr.Pending() {
					want = 1
					listed++
				}
				if tr.BottomProbability != want || tr.Fragile {
					t.Errorf("%s: p = %v, fragile %v; want %v", tr.ID, tr.BottomProbability, tr.Fragile, want)
				}
				if tr.Rank > 0 {
					ranked++
					if tr.RankLow != tr.Rank || tr.RankHigh != tr.Rank {
						t.Errorf("%s: rank %d, interval [%d, %d]", tr.ID, tr.Rank, tr.RankLow, tr.RankHigh)
					}
				}
			}
			if ranked == 0 || ranked == len(res.Targets) || listed == 0 {
				t.Errorf("%d of %d ranked, %d listed: the round does not try the rules", ranked, len(res.Targets), listed)
			}
		})
	}
}

// TestPoissonWeights: the weights' table is Poisson(1)'s distribution
// function (checked against this platform's floating point to 1e-15),
// and the draws have its mean, variance and share of zeros.
func TestPoissonWeights(t *testing.T) {
	p, c := math.Exp(-1), 0.0
	for k, bound := range poisson1 {
		if k > 0 {
			p /= float64(k)
		}
		c += p
		if got := float64(bound) / math.Exp2(64); math.Abs(got-c) > 1e-15 {
			t.Errorf("P(X ≤ %d) = %.17g, table %.17g", k, c, got)
		}
	}
	w := make([]uint8, 200000)
	poissonWeights(w, DefaultSeed, 12345)
	var sum, sq, zeros float64
	for _, x := range w {
		sum += float64(x)
		sq += float64(x) * float64(x)
		if x == 0 {
			zeros++
		}
	}
	n := float64(len(w))
	mean, variance := sum/n, sq/n-(sum/n)*(sum/n)
	if math.Abs(mean-1) > 0.01 || math.Abs(variance-1) > 0.02 || math.Abs(zeros/n-math.Exp(-1)) > 0.005 {
		t.Errorf("mean %.4f, variance %.4f, zeros %.4f: not Poisson(1)", mean, variance, zeros/n)
	}
}

// TestResampleMemoryFlat: the replicates' counts are bounded by the roster
// and the scale: ten times the ballots take no more rows.
func TestResampleMemoryFlat(t *testing.T) {
	rows := func(m int) int {
		rules, _, ballots := benchRound(20, m)
		tally := NewTally(rules, 20)
		tally.Resample(Resampling{Replicates: 50, Seed: 1})
		for _, b := range ballots {
			tally.Add(b)
		}
		tally.resample.flush()
		return tally.resample.Bytes()
	}
	if a, b := rows(300), rows(3000); a != b || a != 20*5*3*50*4 {
		t.Errorf("300 ballots: %d bytes, 3,000: %d; want %d both", a, b, 20*5*3*50*4)
	}
}
