package evaluate

import (
	"reflect"
	"slices"
	"testing"
)

func published(year int, targets ...PublishedTarget) *Published {
	return &Published{Round: "r", Year: year, Targets: targets}
}

func pt(id, name, cat string, rank int, final float64, unsat bool) PublishedTarget {
	return PublishedTarget{ID: id, Name: name, Unit: "U", Category: cat, Rank: rank, HasScore: true, Final: final, Unsatisfactory: unsat}
}

func TestTrend(t *testing.T) {
	// Given out of order; lined up by year.
	y2025 := published(2025,
		pt("T1", "new name", "A", 5, 50, true), pt("T2", "b", "A", 4, 60, false), pt("T3", "c", "A", 3, 70, false),
		pt("T4", "d", "A", 2, 80, false), pt("T5", "e", "A", 1, 90, false),
		pt("T6", "f", "A", 0, 10, false), // not ranked: left out of the distribution
		pt("T7", "g", "B", 1, 75, true))
	y2024 := published(2024, pt("T1", "old name", "A", 2, 40, true), pt("T2", "b", "A", 1, 70, false), pt("T8", "h", "A", 0, 0, false))
	y2026 := published(2026, pt("T1", "new name", "A", 1, 95, false), pt("T7", "g", "B", 1, 65, true))
	tr, err := NewTrend([]*Published{y2025, y2024, y2026})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(tr.Years, []int{2024, 2025, 2026}) {
		t.Fatalf("years %v", tr.Years)
	}
	var ids []string
	for _, r := range tr.Rows {
		ids = append(ids, r.ID)
	}
	// Categories in the latest year's order (A, then B), IDs within.
	if want := []string{"T1", "T2", "T3", "T4", "T5", "T6", "T8", "T7"}; !slices.Equal(ids, want) {
		t.Errorf("rows %v, want %v", ids, want)
	}
	t1 := tr.Rows[0]
	if t1.Name != "new name" {
		t.Errorf("T1 is named %q, want the latest name", t1.Name)
	}
	wantT1 := []TrendCell{{true, 2, true, 40, true}, {true, 5, true, 50, true}, {true, 1, true, 95, false}}
	if !reflect.DeepEqual(t1.Years, wantT1) {
		t.Errorf("T1 years %+v, want %+v", t1.Years, wantT1)
	}
	if tr.Rows[3].Years[0].Listed {
		t.Error("T4 is listed in 2024, which does not have it")
	}
	var repeats []string
	for _, r := range tr.Repeats() {
		repeats = append(repeats, r.ID)
		if r.ID == "T1" && !slices.Equal(r.BottomYears(tr.Years), []int{2024, 2025}) {
			t.Errorf("T1 bottom years %v", r.BottomYears(tr.Years))
		}
	}
	if !slices.Equal(repeats, []string{"T1", "T7"}) {
		t.Errorf("repeats %v, want [T1 T7]", repeats)
	}
	// A 2024: 40, 70 (T8 unranked). Empirical quartiles: the first score with
	// at least p·n scores at or below it: q1 = median = 40 (p·n = 0.5, 1), q3 = 70.
	// A 2025: 50 60 70 80 90: p·n = 1.25, 2.5, 3.75 -> 60, 70, 80.
	want := []CategoryTrend{
		{"A", []Distribution{{2, 40, 40, 40, 70, 70}, {5, 50, 60, 70, 80, 90}, {1, 95, 95, 95, 95, 95}}},
		{"B", []Distribution{{}, {1, 75, 75, 75, 75, 75}, {1, 65, 65, 65, 65, 65}}},
	}
	if !reflect.DeepEqual(tr.Categories, want) {
		t.Errorf("distributions\n got %+v\nwant %+v", tr.Categories, want)
	}
}

func TestTrendNeedsDistinctYears(t *testing.T) {
	for name, rounds := range map[string][]*Published{
		"no year":   {published(2024), published(0)},
		"same year": {published(2024), published(2024)},
	} {
		if _, err := NewTrend(rounds); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}
