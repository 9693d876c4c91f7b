package ingest

import (
	"testing"

	"github.com/evalctl/evalctl/evaluate"
)

// BenchmarkSampleRound reads the shipped sample round (214 targets, 1,006
// ballots) and streams its ballots through a tally: the ingest half of
// `evalctl score`.
func BenchmarkSampleRound(b *testing.B) {
	rules := evaluate.Chibi()
	b.ReportAllocs()
	for b.Loop() {
		in, err := OpenInputs(chibiWorkbook, nil, Options{})
		if err != nil {
			b.Fatal(err)
		}
		round, err := in.ReadRound(rules)
		if err != nil {
			b.Fatal(err)
		}
		tally := evaluate.NewTally(rules, len(round.Targets))
		if err := in.Ballots(rules, round.Targets, func(bl evaluate.Ballot) error {
			tally.Add(bl)
			return nil
		}); err != nil {
			b.Fatal(err)
		}
		if rec := tally.Reconciliation(); rec.Read != 1006 {
			b.Fatalf("read %d ballots, want 1006", rec.Read)
		}
		in.Close()
	}
}
