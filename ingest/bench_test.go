package ingest

import (
	"testing"

	"github.com/evalctl/evalctl/evaluate"
)

// BenchmarkSampleRound reads the shipped sample round (214 targets, 1,006
// ballot rows) and streams its ballots through a tally: the ingest half of
// `evalctl score`, which reads the ballots again up to the one ballot a
// later keying of its 票号 made invalid, to take its ratings back.
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
		err = in.Ballots(rules, round.Targets, func(bl evaluate.Ballot) error {
			if tally.Retract(bl) && tally.Pending() == 0 {
				return errStop
			}
			return nil
		})
		if err != nil && err != errStop {
			b.Fatal(err)
		}
		if rec := tally.Reconciliation(); rec.Read != 1005 || tally.Pending() != 0 {
			b.Fatalf("read %d ballots, %d pending; want 1005, none", rec.Read, tally.Pending())
		}
		in.Close()
	}
}
