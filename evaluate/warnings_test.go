package evaluate

import (
	"reflect"
	"testing"

	"github.com/evalctl/evalctl/internal/msg"
)

// codesAt lists warnings as "code where", in English.
func codesAt(ws []Warning) []string {
	var out []string
	for _, w := range ws {
		out = append(out, string(w.Code)+" "+w.Place(msg.English))
	}
	return out
}

// TestWarnings works a degraded round by hand. 党代表 were issued 4 ballots
// and returned 1 (25%, under the round's quorum of 30% while the round as
// a whole, 5 of 8, has it); 企业代表 were issued 4 and returned 4, one of
// them blank; 人大代表, 政协委员 and 社会人士 cast nothing. T2 is on the
// ballots but rated by nobody; T3 has no column. The invalid share is 1 of
// 4 for 企业代表 and 1 of 5 in round.xlsx, both above 0.1.
func TestWarnings(t *testing.T) {
	r := smallRules()
	r.Groups[0].Issued, r.Groups[3].Issued = 4, 4
	r.Quorum = 0.3
	round := &Round{Targets: []Target{target("T1", "U1", "S1"), target("T2", "U1", "S1"), target("T3", "U1", "S1")},
		Tests: map[string]float64{"T1": 80, "T2": 80, "T3": 80}, OnBallots: []bool{true, true, false}}
	res := mustScore(t, r, round,
		ballot("b1", "党代表", "满意"), ballot("b2", "企业代表", "不满意"), ballot("b3", "企业代表", "满意"),
		ballot("b4", "企业代表", "基本满意"), ballot("b5", "企业代表", ""))
	want := []string{
		"group_no_ballots group 人大代表", "group_no_ballots group 政协委员", "group_no_ballots group 社会人士",
		"target_no_rating 名册!T2", "target_no_column 名册!T3",
		"invalid_share group 企业代表", "invalid_share round.xlsx",
		"below_quorum group 党代表",
		"small_category category A", // T1, ranked alone
	}
	if got := codesAt(res.Warnings); !reflect.DeepEqual(got, want) {
		t.Errorf("warnings\n%q\nwant\n%q", got, want)
	}
	if got := res.Warnings[len(want)-2].Localize(msg.English); got != "group 党代表: 1 returned of 4 issued, a return rate of 25.0%, below the round's quorum of 30.0%" {
		t.Errorf("quorum warning: %q", got)
	}
	// A share at the limit is not above it.
	r.Validity.MaxInvalidShare = 0.25
	res = mustScore(t, r, round,
		ballot("b1", "党代表", "满意"), ballot("b2", "企业代表", "不满意"), ballot("b3", "企业代表", "满意"),
		ballot("b4", "企业代表", "基本满意"), ballot("b5", "企业代表", ""))
	for _, w := range res.Warnings {
		if w.Code == WarnInvalidShare {
			t.Errorf("share 1/4 at a limit of 0.25 warned: %s", w.Localize(msg.English))
		}
	}
}

// TestRankRuleHeldWarns: in a category of two, a liability rule at place 2
// from the bottom would reach the top; it is not applied, and a warning
// names the rule, the place and the target.
func TestRankRuleHeldWarns(t *testing.T) {
	res := category(t, []float64{90, 80}, nil, Category{}, func(r *Rules) {
		r.Liability = []LiabilityRule{{Scope: ScopeRank, Position: 2, Principal: []string{"诫勉谈话"}}}
	})
	res.Warnings = res.verdictWarnings()
	if len(res.Warnings) != 1 || res.Warnings[0].Code != WarnSmallCategory {
		t.Fatalf("warnings %q, want one small_category", codesAt(res.Warnings))
	}
	want := "category A: liability rule 1 (place 2 from the bottom) not applied to T1: the category ranks only 2, a verdict by rank takes at most 1 and never the top; pending the committee's decision"
	if got := res.Warnings[0].Localize(msg.English); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
