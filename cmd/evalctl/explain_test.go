package main

import (
	"fmt"
	"math"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/sample"
)

// TestExplanationsMatchTheJSON: every target of every sample round that is
// on the bottom list, confirmed or pending, has an explanation, and no other
// target has one; each explanation's figures are the JSON's, worked out
// here from the JSON alone: the final score, the category's median, the
// weakest group's mean, the deduction, the margin to the lowest ranked
// target off the list and its score, and nothing else with decimals.
func TestExplanationsMatchTheJSON(t *testing.T) {
	t.Parallel()
	rounds := map[string]contract.Results{}
	for _, preset := range evaluate.PresetNames() {
		var res contract.Results
		decodeJSON(t, string(scoredPreset(t, preset).js), &res)
		rounds[preset] = res
	}
	tiny := filepath.Join(t.TempDir(), "tiny.xlsx")
	if err := sample.WriteWorkbook(tiny, edgeSheets()); err != nil {
		t.Fatal(err)
	}
	rounds["edge"] = scoreResults(t, tiny, "-o", filepath.Join(t.TempDir(), "out.xlsx"))
	round, rules := writeVerdictRound(t, smallRoundTargets, [][]any{{"G1", "一票否决"}}, "")
	rounds["small"] = scoreResults(t, round, "--rules", rules, "-o", filepath.Join(t.TempDir(), "out.xlsx"))

	grounds := map[string]int{}
	for name, res := range rounds {
		explained := 0
		for _, tg := range res.Targets {
			listed := tg.Unsatisfactory || slices.Contains(tg.Flags, "tie_at_cutoff") || slices.Contains(tg.Flags, "small_category")
			switch {
			case !listed && tg.Explanation != nil:
				t.Errorf("%s %s: not on the list, yet explained: %q", name, tg.ID, *tg.Explanation)
			case listed && (tg.Explanation == nil || *tg.Explanation == ""):
				t.Errorf("%s %s: on the list without an explanation", name, tg.ID)
			case listed:
				explained++
				grounds[checkExplanation(t, name, res, tg)]++
			}
		}
		if explained == 0 {
			t.Errorf("%s: nobody on the list", name)
		}
	}
	for _, g := range []string{"类别末位", "一票否决", "并列", "类别过小"} {
		if grounds[g] == 0 {
			t.Errorf("no sample explains a verdict on the grounds %s", g)
		}
	}
}

var decimals = regexp.MustCompile(`\d+\.\d+`)

// checkExplanation holds one explanation to the figures the JSON gives and
// returns the grounds it names.
func checkExplanation(t *testing.T, round string, res contract.Results, tg contract.Target) string {
	t.Helper()
	text := *tg.Explanation
	f2 := func(x float64) string { return fmt.Sprintf("%.2f", x) }
	// A difference is of the figures as shown: 78.89 − 78.45 = 0.44.
	diff := func(a, b float64) float64 { return math.Abs(math.Round(a*100)-math.Round(b*100)) / 100 }
	var want []string
	allowed := map[string]bool{}
	need := func(s string) { want = append(want, s); allowed[s] = true }
	var ranked []contract.Target
	for _, o := range res.Targets {
		if o.Category == tg.Category && o.Rank != nil {
			ranked = append(ranked, o)
		}
	}
	if tg.FinalScore != nil {
		final := *tg.FinalScore
		need(f2(final))
		// The median: the lowest final with at least half at or below it.
		finals := make([]float64, len(ranked))
		for i, o := range ranked {
			finals[i] = *o.FinalScore
		}
		sort.Float64s(finals)
		median := finals[(len(finals)+1)/2-1]
		need(f2(median))
		need(fmt.Sprintf("%d 名参加排名者", len(ranked)))
		if d := diff(median, final); d != 0 {
			need(f2(d))
		}
		// The lowest ranked target off the list, the lowest ID first among equals.
		var next *contract.Target
		for i := range ranked {
			o := &ranked[i]
			if o.Unsatisfactory || slices.Contains(o.Flags, "tie_at_cutoff") || slices.Contains(o.Flags, "small_category") {
				continue
			}
			if next == nil || *o.Rank > *next.Rank || (*o.Rank == *next.Rank && o.ID < next.ID) {
				next = o
			}
		}
		if next != nil {
			need(next.ID + " " + next.Name)
			need(f2(*next.FinalScore))
			if d := diff(*next.FinalScore, final); d != 0 {
				need(f2(d))
			}
		} else {
			need("全部在名单上")
		}
	}
	weakest := -1
	for i, g := range tg.Groups {
		if g.Mean != nil && (weakest < 0 || *g.Mean < *tg.Groups[weakest].Mean) {
			weakest = i
		}
	}
	if weakest >= 0 {
		need("平均分最低的代表类别为" + tg.Groups[weakest].Group + "（" + f2(*tg.Groups[weakest].Mean) + " 分）")
		allowed[f2(*tg.Groups[weakest].Mean)] = true
	}
	if tg.Verified > 0 {
		need(fmt.Sprintf("%d 件扣分投诉共扣 %s 分", tg.Verified, f2(*tg.Deduction)))
		allowed[f2(*tg.Deduction)] = true
		for _, c := range res.Complaints {
			if c.Target == tg.ID && c.Effect == evaluate.EffectDeduct {
				need(c.Where)
			}
		}
	} else {
		need("无扣分")
	}
	grounds := ""
	switch {
	case slices.Contains(tg.Flags, "veto"):
		grounds = "一票否决"
		need("依据：一票否决")
		for _, c := range res.Complaints {
			if c.Target == tg.ID && c.Effect == evaluate.EffectVeto {
				need(c.Where)
			}
		}
	case slices.Contains(tg.Flags, "small_category"):
		grounds = "类别过小"
		need("依据：类别过小")
	case slices.Contains(tg.Flags, "tie_at_cutoff"):
		grounds = "并列"
		need(fmt.Sprintf("并列第 %d 名，跨越末位线", *tg.Rank))
	default:
		grounds = "类别末位"
		need(fmt.Sprintf("依据：类别末位，第 %d 名（共 %d 名）", *tg.Rank, tg.CategorySize))
	}
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("%s %s: explanation lacks %q:\n%s", round, tg.ID, w, text)
		}
	}
	for _, n := range decimals.FindAllString(text, -1) {
		if !allowed[n] {
			t.Errorf("%s %s: explanation has %s, which is none of the JSON's figures:\n%s", round, tg.ID, n, text)
		}
	}
	return grounds
}
