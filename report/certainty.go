package report

import (
	"fmt"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/msg"
)

// How sure the bottom list is: the resampled figures of each target (its
// bottom probability, rank interval and margin to the cutoff) in the
// tables and the JSON, and the list under the rules' robustness variants.

// certaintyJSON is the resampling, the cutoffs and the robustness of a
// result in the JSON contract.
func certaintyJSON(res *evaluate.Result) contract.Certainty {
	out := contract.Certainty{Cutoffs: []contract.Cutoff{},
		Robustness: contract.Robustness{Variants: []contract.Variant{}, Targets: []contract.RobustTarget{}}}
	if s := res.Resampling; s.Replicates > 0 {
		out.Resampling = &contract.Resampling{Replicates: s.Replicates, Seed: s.Seed, Fragile: res.Rules.Uncertainty.Fragile}
	}
	id := func(i int) *string { return ptr(res.Targets[max(i, 0)].ID, i >= 0) }
	for _, c := range res.Cutoffs {
		out.Cutoffs = append(out.Cutoffs, contract.Cutoff{Category: c.Category, Score: ptr(c.Score, c.Has), LastOn: id(c.LastOn), FirstOff: id(c.FirstOff)})
	}
	for _, v := range res.Robustness {
		jv := contract.Variant{Name: v.Name, Bottom: []string{}, Pending: []string{}}
		for k, i := range v.Bottom {
			jv.Bottom = append(jv.Bottom, res.Targets[i].ID)
			if v.Pending[k] {
				jv.Pending = append(jv.Pending, res.Targets[i].ID)
			}
		}
		out.Robustness.Variants = append(out.Robustness.Variants, jv)
	}
	on := res.OnLists()
	for i := range res.Targets {
		tr := &res.Targets[i]
		if listed := tr.Unsatisfactory || tr.Pending(); listed || on[i] > 0 {
			out.Robustness.Targets = append(out.Robustness.Targets, contract.RobustTarget{ID: tr.ID, Name: tr.Name, Listed: listed,
				Variants: on[i], Of: len(res.Robustness)})
		}
	}
	return out
}

// certaintyTarget fills a target's resampled figures in the JSON.
func certaintyTarget(jt *contract.Target, tr *evaluate.TargetResult) {
	jt.BottomProbability = ptr(tr.BottomProbability, tr.Resampled)
	if tr.HasRankInterval {
		jt.RankInterval = []int{tr.RankLow, tr.RankHigh}
	}
	jt.Margin = ptr(tr.Margin, tr.HasMargin)
}

// certaintyCells are a target's bottom probability, rank interval and
// margin, as cells; empty where there is none.
func certaintyCells(tr *evaluate.TargetResult) []any {
	return []any{orNil(tr.BottomProbability, tr.Resampled), stringOrNil(rankInterval(tr)), orNil(tr.Margin, tr.HasMargin)}
}

// certaintyHeads are the headers of certaintyCells, and their formats.
func certaintyHeads(lang msg.Lang) ([]string, []format) {
	return heads(lang, contract.ColBottomProbability, contract.ColRankInterval, contract.ColMargin), []format{percent, text, fixed2}
}

// certaintyTexts are a target's bottom probability, rank interval and
// margin as the terminal shows them.
func certaintyTexts(tr *evaluate.TargetResult) []string {
	out := []string{"", rankInterval(tr), ""}
	if tr.Resampled {
		out[0] = fmt.Sprintf("%.1f%%", tr.BottomProbability*100)
	}
	if tr.HasMargin {
		out[2] = fmt.Sprintf("%+.2f", tr.Margin)
	}
	return out
}

// rankInterval is a rank interval as text: 2–3, or 4 when it is one rank.
func rankInterval(tr *evaluate.TargetResult) string {
	switch {
	case !tr.HasRankInterval:
		return ""
	case tr.RankLow == tr.RankHigh:
		return fmt.Sprint(tr.RankLow)
	}
	return fmt.Sprintf("%d–%d", tr.RankLow, tr.RankHigh)
}

func stringOrNil(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// robustnessTable is the 稳健性 sheet: each target on the bottom list or
// on a variant's, per category worst first, whether each rule set lists
// it (列入, or 待定 when pending) and under how many of the variants it is
// on the list.
func robustnessTable(res *evaluate.Result, lang msg.Lang) table {
	tb := table{name: contract.SheetRobustness.In(lang)}
	tb.header = heads(lang, contract.ColCategory, contract.ColRank, contract.ColID, contract.ColName, contract.ColUnit, contract.ColFinal, contract.ColPublished)
	tb.formats = []format{text, integer, text, text, text, fixed2, text}
	for _, v := range res.Robustness {
		tb.header = append(tb.header, v.Name)
		tb.formats = append(tb.formats, text)
	}
	tb.header = append(tb.header, contract.ColVariantsOn.In(lang))
	tb.formats = append(tb.formats, text)
	place := make([]map[int]bool, len(res.Robustness)) // per variant, its targets: pending or not
	for k, v := range res.Robustness {
		place[k] = map[int]bool{}
		for j, i := range v.Bottom {
			place[k][i] = v.Pending[j]
		}
	}
	mark := func(on, pending bool) any {
		switch {
		case !on:
			return nil
		case pending:
			return lang.T(msg.ValPendingList)
		}
		return lang.T(msg.ValOnList)
	}
	on := res.OnLists()
	index := map[*evaluate.TargetResult]int{}
	for i := range res.Targets {
		index[&res.Targets[i]] = i
	}
	ordered := Ordered(res)
	for a, b := 0, len(ordered)-1; a < b; a, b = a+1, b-1 {
		ordered[a], ordered[b] = ordered[b], ordered[a]
	}
	for _, c := range res.Rules.Categories {
		for _, tr := range ordered {
			i := index[tr]
			listed := tr.Unsatisfactory || tr.Pending()
			if tr.Category != c.Name || (!listed && on[i] == 0) {
				continue
			}
			row := []any{tr.Category, rankCell(tr), tr.ID, tr.Name, tr.Unit, orNil(tr.Final, tr.HasBallotScore), mark(listed, tr.Pending())}
			for k := range res.Robustness {
				pending, ok := place[k][i]
				row = append(row, mark(ok, pending))
			}
			row = append(row, fmt.Sprintf("%d/%d", on[i], len(res.Robustness)))
			tb.add(row...)
		}
	}
	return tb
}

// summaryCertainty are the summary's lines on resampling and robustness.
func summaryCertainty(res *evaluate.Result, lang msg.Lang) []string {
	var lines []string
	if s := res.Resampling; s.Replicates > 0 {
		fragile := 0
		for _, tr := range res.Targets {
			if tr.Fragile {
				fragile++
			}
		}
		f := res.Rules.Uncertainty.Fragile
		lines = append(lines, lang.F(msg.SummaryResampling, s.Replicates, s.Seed, fragile, percentText(f), percentText(1-f),
			contract.SheetBottom.In(lang), contract.SheetRanking.In(lang)))
	} else {
		lines = append(lines, lang.T(msg.SummaryNoResampling))
	}
	if n := len(res.Robustness); n > 0 {
		every, some := 0, 0
		for i, k := range res.OnLists() {
			switch {
			case k == n && (res.Targets[i].Unsatisfactory || res.Targets[i].Pending()):
				every++
			case k > 0 || res.Targets[i].Unsatisfactory || res.Targets[i].Pending():
				some++
			}
		}
		lines = append(lines, lang.F(msg.SummaryRobustness, n, every, some, contract.SheetRobustness.In(lang)))
	}
	return lines
}

// methodCertainty are the 说明 sheet's lines on how sure the list is, and
// on the robustness variants.
func methodCertainty(res *evaluate.Result, lang msg.Lang) (certainty []string, robustness string) {
	f := res.Rules.Uncertainty.Fragile
	if s := res.Resampling; s.Replicates > 0 {
		certainty = append(certainty, lang.F(msg.MethodCertainty, s.Replicates, s.Seed, percentText(f), percentText(1-f)))
	} else {
		certainty = append(certainty, lang.T(msg.MethodNoResampling))
	}
	certainty = append(certainty, lang.T(msg.MethodMargin))
	if len(res.Robustness) > 0 {
		var names []string
		for _, v := range res.Robustness {
			names = append(names, v.Name)
		}
		robustness = lang.F(msg.MethodRobustness, len(names), lang.Join(names), contract.SheetRobustness.In(lang))
	}
	return certainty, robustness
}
