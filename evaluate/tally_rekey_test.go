package evaluate

import (
	"fmt"
	"testing"
)

// at places a ballot in a file and row.
func at(b Ballot, file string, row int) Ballot {
	b.Source = Source{File: file, Sheet: "选票", Row: row}
	return b
}

// tallyAll reads the ballots in order, then once more for the ballots a
// later keying made invalid, as evalctl does.
func tallyAll(t *testing.T, r *Rules, n int, ballots []Ballot) (*Tally, []Outcome) {
	t.Helper()
	tally := NewTally(r, n)
	var outcomes []Outcome
	for _, b := range ballots {
		o, _ := tally.Read(b)
		outcomes = append(outcomes, o)
	}
	for _, b := range ballots {
		tally.Retract(b)
	}
	if tally.Pending() != 0 {
		t.Fatalf("%d ballots still pending", tally.Pending())
	}
	return tally, outcomes
}

// TestRekeys: a 票号 keyed again alike counts once; keyed again otherwise,
// the ballot is invalid whichever keying came first, its ratings taken
// back; keyings that disagree on the group leave it in doubt.
func TestRekeys(t *testing.T) {
	r := smallRules()
	round := &Round{Targets: []Target{target("T1", "U1", "S1"), target("T2", "U1", "S1")}, Tests: map[string]float64{"T1": 80, "T2": 80}}
	p1 := ballot("P1", "党代表", "满意", "不满意")
	p2 := ballot("P2", "党代表", "满意", "满意")
	p2typo := ballot("P2", "党代表", "满意", "基本满意")
	p3 := ballot("P3", "企业代表", "不满意", "满意")
	p3group := ballot("P3", "社会人士", "不满意", "满意")
	a := []Ballot{at(p1, "a.xlsx", 2), at(p2, "a.xlsx", 3), at(p3, "a.xlsx", 4)}
	b := []Ballot{at(p1, "b.csv", 2), at(p2typo, "b.csv", 3), at(p3group, "b.csv", 4)}
	var results []string
	for _, order := range [][]Ballot{append(append([]Ballot{}, a...), b...), append(append([]Ballot{}, b...), a...)} {
		tally, outcomes := tallyAll(t, r, 2, order)
		if fmt.Sprint(outcomes) != "[counted counted counted rekeyed conflicting conflicting]" {
			t.Errorf("outcomes %v", outcomes)
		}
		res, err := Score(r, round, tally)
		if err != nil {
			t.Fatal(err)
		}
		// Only P1 counts: T1 满意 (100), T2 不满意 (0); P2 and P3 are invalid.
		if res.Ballots.Read != 3 || res.Ballots.Valid != 1 || res.Ballots.Invalid != 2 {
			t.Errorf("read %d valid %d invalid %d, want 3, 1, 2", res.Ballots.Read, res.Ballots.Valid, res.Ballots.Invalid)
		}
		near(t, "T1 ballot score", res.Targets[0].BallotScore, 100)
		near(t, "T2 ballot score", res.Targets[1].BallotScore, 0)
		var groups []string
		for _, g := range res.Ballots.Groups {
			groups = append(groups, fmt.Sprintf("%s:%d/%d/%d", g.Group, g.Read, g.Valid, g.Invalid))
		}
		// P3's group is in doubt: counted with the unknown groups.
		if want := "[党代表:2/1/1 人大代表:0/0/0 政协委员:0/0/0 企业代表:0/0/0 社会人士:0/0/0 :1/0/1]"; fmt.Sprint(groups) != want {
			t.Errorf("groups %v, want %v", groups, want)
		}
		files := tally.Files()
		results = append(results, fmt.Sprint(res.Targets[0].BallotScore, res.Targets[1].BallotScore, len(files)))
		for _, f := range files {
			if f.Read != f.Valid+f.Invalid || f.Read+f.Rekeyed != 3 {
				t.Errorf("file %+v does not reconcile", f)
			}
		}
	}
	if results[0] != results[1] {
		t.Errorf("the order of the files changes the result: %v", results)
	}
}

// TestNumberingPerFile: with each file numbering its own ballots, one
// 票号 in two files is two ballots.
func TestNumberingPerFile(t *testing.T) {
	r := smallRules()
	r.Ballots.Numbering = NumberingFile
	tally, outcomes := tallyAll(t, r, 2, []Ballot{
		at(ballot("1", "党代表", "满意", "满意"), "a.xlsx", 2),
		at(ballot("1", "企业代表", "不满意", "满意"), "b.xlsx", 2),
		at(ballot("1", "企业代表", "不满意", "满意"), "b.xlsx", 3), // within b: keyed again
	})
	rec := tally.Reconciliation()
	if fmt.Sprint(outcomes) != "[counted counted rekeyed]" || rec.Valid != 2 || rec.Invalid != 0 {
		t.Errorf("outcomes %v, %d valid, %d invalid; want two ballots and one keyed again", outcomes, rec.Valid, rec.Invalid)
	}
}
