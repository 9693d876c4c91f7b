package report

import (
	"strings"
	"testing"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/msg"
)

// TestExplainThreshold: a target listed by its category's also_below
// threshold, not by its place, is explained by the threshold it meets.
// T1 is rated 满意 twice (100, all satisfied), T2 满意 and 不满意 (50, half
// satisfied, under 60%), T3 基本满意 twice (60, all satisfied); with no
// bottom places, only T2 is listed. Every test score is 80: finals 94, 59,
// 66; the median of three is 66; T3, at 66, is the lowest off the list.
func TestExplainThreshold(t *testing.T) {
	rules := evaluate.Chibi()
	rules.MinRatings = 1
	sixty := 0.6
	rules.Categories = []evaluate.Category{{Name: "A", AlsoBelow: &evaluate.Thresholds{Satisfaction: &sixty}}}
	round := &evaluate.Round{Tests: map[string]float64{}}
	for _, id := range []string{"T1", "T2", "T3"} {
		round.Targets = append(round.Targets, evaluate.Target{ID: id, Name: "姓名" + id, Unit: "U", Category: "A",
			Supervisor: "S", Principal: "P", Where: "名册!" + id})
		round.Tests[id] = 80
	}
	tally := evaluate.NewTally(rules, 3)
	for i, levels := range [][]string{{"满意", "满意", "基本满意"}, {"满意", "不满意", "基本满意"}} {
		b := evaluate.Ballot{ID: string(rune('a' + i)), Group: "党代表"}
		for target, l := range levels {
			b.Cells = append(b.Cells, evaluate.Cell{Target: target, Value: l})
		}
		tally.Add(b)
	}
	res, err := evaluate.Score(rules, round, tally)
	if err != nil {
		t.Fatal(err)
	}
	t2 := &res.Targets[1]
	if !t2.Unsatisfactory || !t2.BelowThreshold {
		t.Fatalf("T2 unsatisfactory %v below threshold %v", t2.Unsatisfactory, t2.BelowThreshold)
	}
	got := Explanation(res, t2, msg.English)
	for _, want := range []string{"Final score 59.00, below the median of the 3 ranked in the category, 66.00, by 7.00",
		"below the lowest ranked target off the list, T3 姓名T3 (66.00), by 7.00",
		"grounds: below a threshold (satisfaction 50.00% below 60.00%)."} {
		if !strings.Contains(got, want) {
			t.Errorf("explanation lacks %q:\n%s", want, got)
		}
	}
}
