package main

import (
	"cmp"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/xlsxdump"
)

// TestRecomputeFromScoreDetail reads each preset's results workbook back
// and recomputes every target's ballot score, composite and final score
// from its 计分明细 sheet and the preset's rules alone, then holds them to
// the JSON. From the sheet it takes the level counts, the weights, which
// rows were counted (they have a contribution), the other components and
// the deducting complaints by result; everything else comes from the rules.
// On a scale of levels each mean is recomputed from the counts too
// (trimmed as the rules say); a numeric scale's counts are by band, so
// there the mean is taken as written.
func TestRecomputeFromScoreDetail(t *testing.T) {
	t.Parallel()
	for _, preset := range evaluate.PresetNames() {
		t.Run(preset, func(t *testing.T) {
			t.Parallel()
			rules, err := evaluate.Preset(preset)
			if err != nil {
				t.Fatal(err)
			}
			ps := scoredPreset(t, preset)
			var res contract.Results
			decodeJSON(t, string(ps.js), &res)
			path := filepath.Join(t.TempDir(), "results.xlsx")
			if err := os.WriteFile(path, ps.bytes, 0o644); err != nil {
				t.Fatal(err)
			}
			book, err := xlsxdump.Read(path)
			if err != nil {
				t.Fatal(err)
			}
			got := recomputeDetail(t, rules, book.Rows["计分明细"])
			checked := 0
			for _, tg := range res.Targets {
				r, ok := got[tg.ID]
				if !ok {
					t.Errorf("%s is not on the sheet", tg.ID)
					continue
				}
				if tg.BallotScore == nil {
					if r.scored {
						t.Errorf("%s: the sheet scores a target the JSON does not", tg.ID)
					}
					continue
				}
				checked++
				for _, f := range []struct {
					what      string
					got, want float64
				}{{"ballot score", r.ballot, *tg.BallotScore}, {"composite", r.composite, *tg.Composite},
					{"deduction", r.deduction, *tg.Deduction}, {"final", r.final, *tg.FinalScore}} {
					if math.Abs(f.got-f.want) > 1e-9 {
						t.Errorf("%s: %s recomputed %.12g, JSON %.12g", tg.ID, f.what, f.got, f.want)
					}
				}
			}
			if checked < len(res.Targets)-1 {
				t.Errorf("only %d of %d targets recomputed", checked, len(res.Targets))
			}
		})
	}
}

// recomputed is one target's scores worked out from the sheet.
type recomputed struct {
	scored                              bool
	ballot, composite, deduction, final float64
}

// detailPart is a counted row: its dimension, whether it is a group's row
// (or the pooled row), the group's weight, the mean and the contribution
// written.
type detailPart struct {
	dim          int
	group        bool
	weight, mean float64
	written      float64
}

// detailSheet reads the 计分明细 rows: the columns by header, the counted
// rows per target, and each target's total row.
type detailSheet struct {
	t      *testing.T
	rules  *evaluate.Rules
	head   []string
	parts  map[string][]detailPart
	totals map[string][]string
}

func (s *detailSheet) col(name string) int {
	i := slices.Index(s.head, name)
	if i < 0 {
		s.t.Fatalf("计分明细 has no column %q: %q", name, s.head)
	}
	return i
}

func (s *detailSheet) num(row []string, i int) (float64, bool) {
	if i >= len(row) || row[i] == "" {
		return 0, false
	}
	v, err := strconv.ParseFloat(row[i], 64)
	if err != nil {
		s.t.Fatalf("%q is not a number", row[i])
	}
	return v, true
}

// recomputeDetail works each target's scores out of the 计分明细 rows.
func recomputeDetail(t *testing.T, rules *evaluate.Rules, rows [][]string) map[string]recomputed {
	t.Helper()
	if len(rows) < 2 {
		t.Fatal("no 计分明细 sheet")
	}
	s := &detailSheet{t: t, rules: rules, head: rows[0], parts: map[string][]detailPart{}, totals: map[string][]string{}}
	levels := rules.Scale.LevelNames()
	first, dimCol := s.col("代表类别")+1, -1
	if len(rules.Dimensions) > 1 {
		dimCol = s.col("评议内容")
		first = dimCol + 1
	}
	if got := s.head[first : first+len(levels)]; !slices.Equal(got, levels) {
		t.Fatalf("level columns %q, want the scale's levels %q", got, levels)
	}
	// points[l] and whether level l is a rating, on a scale of levels; a
	// numeric scale's bands come first, and are ratings.
	points, rating := make([]float64, len(levels)), make([]bool, len(levels))
	for l := range levels {
		rating[l] = true
	}
	offset := len(levels) - len(rules.Scale.Levels)
	for i, l := range rules.Scale.Levels {
		points[offset+i], rating[offset+i] = l.Points, !l.NoAnswer
	}
	ratingsCol, meanCol, weightCol, partCol := s.col("评价次数"), s.col("平均分"), s.col("权重"), s.col("折算得分")
	for _, row := range rows[1:] {
		id := row[0]
		if row[2] == "合计" {
			s.totals[id] = row
			continue
		}
		counts, n := make([]int, len(levels)), 0
		for l := range levels {
			c, _ := s.num(row, first+l)
			counts[l] = int(c)
			if rating[l] {
				n += int(c)
			}
		}
		if written, _ := s.num(row, ratingsCol); int(written) != n {
			t.Errorf("%s %s: 评价次数 %v, the counts add up to %d", id, row[2], written, n)
		}
		mean, hasMean := s.num(row, meanCol)
		written, counted := s.num(row, partCol)
		if !rules.Scale.IsNumeric() && hasMean {
			if want := meanOfCounts(counts, points, rating, rules.Trim, counted); math.Abs(mean-want) > 1e-9 {
				t.Errorf("%s %s: mean %.12g, from the counts %.12g", id, row[2], mean, want)
			}
		}
		if !counted {
			continue
		}
		dim := 0
		if dimCol >= 0 {
			dim = slices.IndexFunc(rules.Dimensions, func(d evaluate.Dimension) bool { return d.Name == row[dimCol] })
		}
		weight, isGroup := s.num(row, weightCol)
		s.parts[id] = append(s.parts[id], detailPart{dim: dim, group: isGroup, weight: weight, mean: mean, written: written})
	}
	out := map[string]recomputed{}
	for id, total := range s.totals {
		out[id] = s.target(id, total)
	}
	return out
}

// target recomputes one target: B as the sum of its parts, each part from
// the weights and the rules; then C, D and F from B, the total row's other
// components and deducting complaints, and the rules. The written total
// row must agree.
func (s *detailSheet) target(id string, total []string) recomputed {
	t, rules := s.t, s.rules
	parts := s.parts[id]
	var r recomputed
	if len(parts) == 0 {
		if _, written := s.num(total, s.col("折算得分")); written {
			t.Errorf("%s: a ballot score written, and no counted row", id)
		}
		return r
	}
	r.scored = true
	groupWeights := map[int]float64{} // Σ w over a dimension's counted groups
	dimWeights := 0.0                 // Σ v over the dimensions rated
	for _, p := range parts {
		if _, seen := groupWeights[p.dim]; !seen {
			groupWeights[p.dim] = 0
			dimWeights += rules.Dimensions[p.dim].Weight
		}
		if p.group {
			groupWeights[p.dim] += p.weight
		}
	}
	for _, p := range parts {
		share := 1.0 // the pooled row
		if p.group {
			share = p.weight / groupWeights[p.dim]
		}
		c := share * p.mean * rules.Dimensions[p.dim].Weight / dimWeights
		if math.Abs(c-p.written) > 1e-9 {
			t.Errorf("%s: a contribution recomputed %.12g, written %.12g", id, c, p.written)
		}
		r.ballot += c
	}
	// C = Σ u·X over the weighted components present / Σ u, plus bonuses.
	var weighted, weights, bonus float64
	for _, comp := range rules.Components {
		x, ok := r.ballot, true
		if comp.Source != evaluate.SourceBallots {
			x, ok = s.num(total, s.col(comp.Name))
		}
		switch {
		case comp.Source == evaluate.SourceBonus:
			bonus += x
			continue
		case !ok && comp.Missing == evaluate.MissingSkip:
			continue
		}
		weighted += comp.Weight * x
		weights += comp.Weight
	}
	r.composite = weighted/weights + bonus
	// D: fixed min(cap, Σ amounts), proportional C·min(cap, Σ rates).
	cr := rules.Complaints
	sum := 0.0
	for _, res := range cr.Results {
		if res.Effect != evaluate.EffectDeduct {
			continue
		}
		n, _ := s.num(total, s.col(res.Name+"投诉"))
		amount := res.Amount
		if amount == 0 {
			amount = cr.Points
			if cr.Mode == evaluate.DeductProportional {
				amount = cr.Rate
			}
		}
		sum += n * amount
	}
	r.deduction = math.Min(cr.Cap, sum)
	if cr.Mode == evaluate.DeductProportional {
		r.deduction = r.composite * math.Min(cr.Cap, sum)
	}
	r.final = r.composite - r.deduction
	for _, f := range []struct {
		col  string
		want float64
	}{{"折算得分", r.ballot}, {"综合得分", r.composite}, {"扣分", r.deduction}, {"最终得分", r.final}} {
		if written, _ := s.num(total, s.col(f.col)); math.Abs(written-f.want) > 1e-9 {
			t.Errorf("%s: %s written %.12g on the total row, recomputed %.12g", id, f.col, written, f.want)
		}
	}
	return r
}

// meanOfCounts is the mean points of ratings counted per level, dropping
// trim.K each side first when trimming applies to a counted row.
func meanOfCounts(counts []int, points []float64, rating []bool, trim evaluate.Trim, counted bool) float64 {
	type run struct {
		points float64
		n      int
	}
	var runs []run
	n := 0
	for l, c := range counts {
		if rating[l] && c > 0 {
			runs = append(runs, run{points[l], c})
			n += c
		}
	}
	slices.SortFunc(runs, func(a, b run) int { return cmp.Compare(a.points, b.points) })
	if counted && trim.K > 0 && n >= trim.Min {
		for k, i := trim.K, 0; k > 0; i++ { // the lowest
			take := min(k, runs[i].n)
			runs[i].n, k = runs[i].n-take, k-take
		}
		for k, i := trim.K, len(runs)-1; k > 0; i-- { // the highest
			take := min(k, runs[i].n)
			runs[i].n, k = runs[i].n-take, k-take
		}
	}
	sum, m := 0.0, 0
	for _, r := range runs {
		sum += float64(r.n) * r.points
		m += r.n
	}
	return sum / float64(m)
}
