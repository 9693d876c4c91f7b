package evaluate

import (
	"errors"
	"strings"
	"testing"
)

// TestRoundIssued: an issued count for the round as a whole (湖州: 1,019
// forms) gives the round's return rate over every ballot read, whatever the
// groups record; more returned than issued voids the round.
func TestRoundIssued(t *testing.T) {
	r := smallRules()
	r.Issued = 8
	round := &Round{Targets: []Target{target("T1", "U1", "S1")}, Tests: map[string]float64{"T1": 80}}
	res := mustScore(t, r, round,
		ballot("b1", "党代表", "满意"), ballot("b2", "企业代表", "不满意"), ballot("b3", "社会人士", "满议"))
	if rr := res.ReturnRate; !rr.Known || rr.Issued != 8 || rr.ReturnedN != 3 || rr.ValidN != 2 {
		t.Fatalf("round = %+v, want 3 of 8 returned, 2 valid", rr)
	}
	near(t, "回收率", res.ReturnRate.Returned, 3.0/8)

	r.Issued = 2
	tally := NewTally(r, 1)
	for _, id := range []string{"b1", "b2", "b3"} {
		tally.Add(ballot(id, "党代表", "满意"))
	}
	if _, err := Score(r, round, tally); err == nil || !strings.Contains(err.Error(), "3 ballots returned but only 2 were issued in the round") {
		t.Errorf("over-issued round: %v", err)
	}

	r.Issued, r.Groups[0].Issued, r.Groups[1].Issued = 5, 3, 3
	if err := r.Validate(); err == nil || !strings.Contains(err.Error(), "issued: the round's 5 ballots issued are fewer than the groups' 6 together") {
		t.Errorf("round issued below the groups': %v", err)
	}
}

// TestStrictQuorum: 过半 is more than half. With 4 issued and 2 returned, a
// quorum of 0.5 is met at least (2/4 = 50%) but not strictly; 3 returned
// meet both. The 说明 and the messages say which.
func TestStrictQuorum(t *testing.T) {
	for _, tc := range []struct {
		strict   bool
		returned int
		want     string
	}{
		{false, 2, ""},
		{true, 2, "2 of 4 ballots returned (50.0%), not above the round's quorum of 50.0%"},
		{true, 3, ""},
	} {
		r := smallRules()
		r.Issued, r.Quorum, r.QuorumStrict = 4, 0.5, tc.strict
		if err := r.Validate(); err != nil {
			t.Fatal(err)
		}
		round := &Round{Targets: []Target{target("T1", "U1", "S1")}, Tests: map[string]float64{"T1": 80}}
		tally := NewTally(r, 1)
		for i := range tc.returned {
			tally.Add(ballot(string(rune('a'+i)), "党代表", "满意"))
		}
		_, err := Score(r, round, tally)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("strict %v, %d returned: %v", tc.strict, tc.returned, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want) || !errors.Is(err, ErrInvalidData)):
			t.Errorf("strict %v, %d returned: %v, want …%s…", tc.strict, tc.returned, err, tc.want)
		}
	}
	r := smallRules()
	r.QuorumStrict = true
	if err := r.Validate(); err == nil || !strings.Contains(err.Error(), "quorum_strict: there is no quorum") {
		t.Errorf("strict without a quorum: %v", err)
	}
	r.Issued, r.Quorum = 4, 1
	if err := r.Validate(); err == nil || !strings.Contains(err.Error(), "quorum_strict: a return rate above 1 cannot be reached") {
		t.Errorf("strict quorum of 1: %v", err)
	}
}
