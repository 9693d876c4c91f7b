package evaluate

import (
	"sort"

	"github.com/evalctl/evalctl/internal/msg"

	"gonum.org/v1/gonum/stat"
)

// Trend is several years' published rounds side by side: each target's rank
// and final score per year, the targets on the bottom list more than once,
// and each category's distribution of final scores per year.
type Trend struct {
	Years      []int // ascending
	Rows       []TrendRow
	Categories []CategoryTrend
}

// TrendRow is one target over the years. Its name, unit and category are
// those of the latest year that lists it.
type TrendRow struct {
	ID, Name, Unit, Category string
	Years                    []TrendCell // aligned with Trend.Years
}

// TrendCell is a target's result in one year; Listed is false for a year
// that does not list it.
type TrendCell struct {
	Listed         bool
	Rank           int // 0 when not ranked
	HasFinal       bool
	Final          float64
	Unsatisfactory bool
}

// BottomYears lists the years the target was confirmed unsatisfactory.
func (r *TrendRow) BottomYears(years []int) []int {
	var out []int
	for i, c := range r.Years {
		if c.Unsatisfactory {
			out = append(out, years[i])
		}
	}
	return out
}

// CategoryTrend is one category's distribution of final scores per year.
type CategoryTrend struct {
	Category string
	Years    []Distribution // aligned with Trend.Years
}

// Distribution summarises the final scores of a category's ranked targets
// in one year. Quartiles are empirical: the lowest score with at least that
// share of the scores at or below it, so each is a score someone got.
type Distribution struct {
	N                        int // 0: no ranked target that year
	Min, Q1, Median, Q3, Max float64
}

// NewTrend lines up published rounds by year. Every round must have a
// known year, and no two the same.
func NewTrend(rounds []*Published) (*Trend, error) {
	sorted := append([]*Published(nil), rounds...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Year < sorted[j].Year })
	tr := &Trend{}
	for i, p := range sorted {
		if p.Year == 0 {
			return nil, msg.Errorf(msg.TrendNoYear, p.Round)
		}
		if i > 0 && p.Year == sorted[i-1].Year {
			return nil, msg.Errorf(msg.TrendSameYear, p.Year)
		}
		tr.Years = append(tr.Years, p.Year)
	}
	rows := map[string]*TrendRow{}
	var categories []string
	seenCategory := map[string]bool{}
	// Latest year first, so that names, units and categories are the latest.
	for yi := len(sorted) - 1; yi >= 0; yi-- {
		for _, t := range sorted[yi].Targets {
			row := rows[t.ID]
			if row == nil {
				row = &TrendRow{ID: t.ID, Name: t.Name, Unit: t.Unit, Category: t.Category, Years: make([]TrendCell, len(sorted))}
				rows[t.ID] = row
			}
			row.Years[yi] = TrendCell{Listed: true, Rank: t.Rank, HasFinal: t.HasScore, Final: t.Final, Unsatisfactory: t.Unsatisfactory}
			if !seenCategory[t.Category] {
				seenCategory[t.Category] = true
				categories = append(categories, t.Category)
			}
		}
	}
	categoryOrder := map[string]int{}
	for i, c := range categories {
		categoryOrder[c] = i
	}
	for _, row := range rows {
		tr.Rows = append(tr.Rows, *row)
	}
	sort.Slice(tr.Rows, func(i, j int) bool {
		a, b := tr.Rows[i], tr.Rows[j]
		if a.Category != b.Category {
			return categoryOrder[a.Category] < categoryOrder[b.Category]
		}
		return a.ID < b.ID
	})
	for _, c := range categories {
		ct := CategoryTrend{Category: c}
		for _, p := range sorted {
			var finals []float64
			for _, t := range p.Targets {
				if t.Category == c && t.Rank > 0 && t.HasScore {
					finals = append(finals, t.Final)
				}
			}
			ct.Years = append(ct.Years, distribution(finals))
		}
		tr.Categories = append(tr.Categories, ct)
	}
	return tr, nil
}

// Repeats returns the rows of the targets confirmed unsatisfactory in at
// least two of the years, in row order.
func (tr *Trend) Repeats() []TrendRow {
	var out []TrendRow
	for _, r := range tr.Rows {
		if len(r.BottomYears(tr.Years)) >= 2 {
			out = append(out, r)
		}
	}
	return out
}

func distribution(xs []float64) Distribution {
	if len(xs) == 0 {
		return Distribution{}
	}
	sort.Float64s(xs)
	q := func(p float64) float64 { return stat.Quantile(p, stat.Empirical, xs, nil) }
	return Distribution{N: len(xs), Min: xs[0], Q1: q(0.25), Median: q(0.5), Q3: q(0.75), Max: xs[len(xs)-1]}
}
