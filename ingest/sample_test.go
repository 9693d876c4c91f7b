package ingest

import (
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/evalctl/evalctl/evaluate"
)

// TestChibiSample reads the shipped sample round end to end: its sheets, and
// its ballots through a tally, which must find exactly the five planted
// invalid ballots.
func TestChibiSample(t *testing.T) {
	if raceDetector {
		t.Skip("a thousand ballots read on one goroutine: nothing for -race to find, and the same reading runs without it")
	}
	rules := evaluate.Chibi()
	w := openBook(t, chibiWorkbook)
	round, err := w.ReadRound(rules)
	if err != nil {
		t.Fatal(err)
	}
	if len(round.Targets) != 214 || len(round.Tests) != 214 || len(round.Complaints) != 25 {
		t.Errorf("%d targets, %d test scores, %d complaints; want 214, 214, 25",
			len(round.Targets), len(round.Tests), len(round.Complaints))
	}
	for i, tg := range round.Targets {
		if want := fmt.Sprintf("T%03d", i+1); tg.ID != want {
			t.Fatalf("target %d is %s, want %s", i, tg.ID, want)
		}
	}

	tally := evaluate.NewTally(rules, len(round.Targets))
	calls, lastRow := 0, 1
	err = w.Ballots(rules, round.Targets, func(b evaluate.Ballot) error {
		calls++
		if b.Source.File != chibiWorkbook || b.Source.Sheet != "选票" || b.Source.Row <= lastRow {
			t.Errorf("ballot %q: source %+v out of order after row %d", b.ID, b.Source, lastRow)
		}
		lastRow = b.Source.Row
		tally.Add(b)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// Row 906 keys P0854 again with other contents: the two keyings are one
	// ballot, invalid, whose ratings (counted from row 855) are taken back
	// on a second reading.
	if tally.Pending() != 1 || !tally.PendingSet()[evaluate.Source{File: chibiWorkbook, Sheet: "选票", Row: 855}] {
		t.Errorf("%d ballots pending, want row 855's", tally.Pending())
	}
	if err := w.Ballots(rules, round.Targets, func(b evaluate.Ballot) error { tally.Retract(b); return nil }); err != nil {
		t.Fatal(err)
	}
	rec := tally.Reconciliation()
	if calls != 1006 || rec.Read != 1005 || rec.Valid != 1000 || rec.Invalid != 5 || tally.Pending() != 0 {
		t.Errorf("%d calls; read %d, valid %d, invalid %d, pending %d; want 1006, 1005, 1000, 5, 0", calls, rec.Read, rec.Valid, rec.Invalid, tally.Pending())
	}
	if err := rec.Check(); err != nil {
		t.Error(err)
	}

	// The cell of the bad level and the groups the generator chose are read
	// with excelize directly: an oracle independent of package ingest.
	sheet := ballotRows(t, 52, 303, 855)
	badCol := ""
	for i, v := range sheet[303] {
		if v == "满议" {
			badCol, _ = excelize.ColumnNumberToName(i + 1)
		}
	}
	if badCol == "" {
		t.Fatal("row 303 holds no 满议")
	}
	group := func(row int) string { return sheet[row][1] }
	src := func(row int) evaluate.Source { return evaluate.Source{File: chibiWorkbook, Sheet: "选票", Row: row} }
	want := []evaluate.InvalidBallot{
		{ID: "P0051", Group: group(52), Source: src(52), Problems: []evaluate.Problem{{Kind: evaluate.ProblemBlank}}},
		{ID: "P0302", Group: group(303), Source: src(303), Problems: []evaluate.Problem{{Kind: evaluate.ProblemBadLevel, Ref: "选票!" + badCol + "303", Value: "满议"}}},
		{ID: "P0503", Group: "群众代表", Source: src(504), Problems: []evaluate.Problem{{Kind: evaluate.ProblemUnknownGroup, Ref: "选票!B504", Value: "群众代表"}}},
		{ID: "P0704", Group: "", Source: src(705), Problems: []evaluate.Problem{{Kind: evaluate.ProblemNoGroup}}},
		// Listed where it was first read, naming the other keying.
		{ID: "P0854", Group: group(855), Source: src(855), Problems: []evaluate.Problem{{Kind: evaluate.ProblemDuplicate, Value: "P0854", First: src(906)}}},
	}
	if got := tally.Invalid(); !reflect.DeepEqual(got, want) {
		t.Errorf("invalid ballots:\ngot  %+v\nwant %+v", got, want)
	}
}

// ballotRows returns rows of the 选票 sheet of the sample, read by excelize
// alone; the sheet's other rows are counted, not decoded.
func ballotRows(t *testing.T, nums ...int) map[int][]string {
	t.Helper()
	f, err := excelize.OpenFile(chibiWorkbook)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.Rows("选票")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out, n := map[int][]string{}, 0
	for rows.Next() {
		n++
		if !slices.Contains(nums, n) {
			continue
		}
		if out[n], err = rows.Columns(); err != nil {
			t.Fatal(err)
		}
	}
	if err := rows.Error(); err != nil {
		t.Fatal(err)
	}
	if n != 1007 {
		t.Fatalf("the sample has %d 选票 rows, want 1 header + 1006 ballots", n)
	}
	return out
}
