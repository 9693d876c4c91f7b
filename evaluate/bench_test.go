package evaluate

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// benchRound makes a chibi-shaped round of n targets and the ballots of m
// evaluators, each rating every target.
func benchRound(n, m int) (*Rules, *Round, []Ballot) {
	r := Chibi()
	round := &Round{Tests: map[string]float64{}}
	for i := range n {
		cat := r.Categories[i%2].Name
		id := fmt.Sprintf("T%04d", i)
		round.Targets = append(round.Targets, Target{ID: id, Name: id, Unit: fmt.Sprintf("U%d", i/7), Category: cat,
			Supervisor: fmt.Sprintf("S%d", i/3), Principal: fmt.Sprintf("P%d", i/7)})
		round.Tests[id] = float64(60 + i%40)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	levels := []string{"满意", "基本满意", "不满意"}
	ballots := make([]Ballot, m)
	for b := range ballots {
		ballots[b] = Ballot{ID: fmt.Sprint(b), Group: r.Groups[b%len(r.Groups)].Name}
		for t := range n {
			ballots[b].Cells = append(ballots[b].Cells, Cell{Target: t, Value: levels[rng.IntN(3)]})
		}
	}
	return r, round, ballots
}

func benchmarkScore(b *testing.B, n, m int) {
	rules, round, ballots := benchRound(n, m)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		tally := NewTally(rules, n)
		for _, bl := range ballots {
			tally.Add(bl)
		}
		if _, err := Score(rules, round, tally); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*m)/b.Elapsed().Seconds()*float64(b.N), "ratings/s")
}

// BenchmarkScore214x1001 is the size of the 赤壁 round.
func BenchmarkScore214x1001(b *testing.B) { benchmarkScore(b, 214, 1001) }

// BenchmarkScore500x5000 is a large county round.
func BenchmarkScore500x5000(b *testing.B) { benchmarkScore(b, 500, 5000) }

// benchmarkResample is the cost of resampling: the tally's replicates and
// the scoring of each.
func benchmarkResample(b *testing.B, n, m, reps int) {
	rules, round, ballots := benchRound(n, m)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		tally := NewTally(rules, n)
		tally.Resample(Resampling{Replicates: reps, Seed: DefaultSeed})
		for _, bl := range ballots {
			tally.Add(bl)
		}
		if _, err := Score(rules, round, tally); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkResample214x1001 is the 赤壁 round with the default replicates.
func BenchmarkResample214x1001(b *testing.B) { benchmarkResample(b, 214, 1001, DefaultReplicates) }
