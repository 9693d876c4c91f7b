package evaluate

import (
	"errors"
	"strings"
	"testing"
)

// TestReturnRates: 党代表 were issued 4 ballots and returned 3 (75%), of
// which 2 valid (66.7%); 企业代表 record no issued count. Overall, over the
// groups that record it: 3 of 4.
func TestReturnRates(t *testing.T) {
	r := smallRules()
	r.Groups[0].Issued = 4
	round := &Round{Targets: []Target{target("T1", "U1", "S1")}, Tests: map[string]float64{"T1": 80}}
	res := mustScore(t, r, round,
		ballot("b1", "党代表", "满意"), ballot("b2", "党代表", "不满意"), ballot("b3", "党代表", "满议"),
		ballot("b4", "企业代表", "满意"))
	g := res.ReturnRates[0]
	if !g.Known || g.Issued != 4 || g.ReturnedN != 3 || g.ValidN != 2 {
		t.Fatalf("党代表 = %+v", g)
	}
	near(t, "回收率", g.Returned, 0.75)
	near(t, "有效率", g.Valid, 2.0/3)
	if res.ReturnRates[3].Known {
		t.Error("企业代表 records no issued count, yet has a return rate")
	}
	near(t, "overall 回收率", res.ReturnRate.Returned, 0.75)
}

func TestQuorum(t *testing.T) {
	tests := []struct {
		name        string
		issued      int
		groupQuorum float64
		roundQuorum float64
		want        string
	}{
		{"more returned than issued", 2, 0, 0, "returned 3 ballots but only 2 were issued"},
		{"below the group's quorum", 5, 0.8, 0, "returned 3 of 5 ballots (60.0%), below its quorum of 80.0%"},
		{"below the round's quorum", 5, 0, 0.9, "3 of 5 ballots returned (60.0%), below the round's quorum of 90.0%"},
		{"quorum met", 4, 0.75, 0.75, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := smallRules()
			r.Groups[0].Issued, r.Groups[0].Quorum, r.Quorum = tc.issued, tc.groupQuorum, tc.roundQuorum
			if err := r.Validate(); err != nil {
				t.Fatal(err)
			}
			round := &Round{Targets: []Target{target("T1", "U1", "S1")}, Tests: map[string]float64{"T1": 80}}
			tally := NewTally(r, 1)
			for _, id := range []string{"b1", "b2", "b3"} {
				tally.Add(ballot(id, "党代表", "满意"))
			}
			_, err := Score(r, round, tally)
			if tc.want == "" {
				if err != nil {
					t.Fatalf("quorum met, yet: %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) || !errors.Is(err, ErrInvalidData) {
				t.Errorf("err = %v, want …%s…", err, tc.want)
			}
		})
	}
	r := smallRules()
	r.Quorum = 0.5
	if err := r.Validate(); err == nil || !strings.Contains(err.Error(), "quorum: needs the ballots handed out") {
		t.Errorf("a quorum without issued counts: %v", err)
	}
}
