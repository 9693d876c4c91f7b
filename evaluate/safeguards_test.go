package evaluate

import (
	"reflect"
	"testing"
)

// TestSmallCategory: a verdict by rank never reaches the top of a category,
// nor more than bottom.max_share (0.5 in every preset) of its ranked targets
// that are not vetoed; beyond that nobody is confirmed by rank and the
// targets the bottom count reaches are flagged small_category.
func TestSmallCategory(t *testing.T) {
	tests := []struct {
		name      string
		finals    []float64
		veto      map[int]bool
		bottom    int
		maxShare  float64
		confirmed []string
		small     []string
		tied      []string
	}{
		// 2 ranked, bottom 4: the rule would list both, the top among them.
		{"two ranked, bottom four", []float64{78.8, 60}, nil, 4, 0.5, nil, []string{"T1", "T2"}, nil},
		// the 1/1 chief: alone in the category, so the top.
		{"alone", []float64{78.8}, nil, 1, 0.5, nil, []string{"T1"}, nil},
		// half of 4 is 2: the bottom 2 stand.
		{"within half", []float64{90, 80, 70, 60}, nil, 2, 0.5, []string{"T3", "T4"}, nil, nil},
		// half of 5 is 2 (rounded down): a bottom 3 is held whole, not cut to 2.
		{"beyond half", []float64{90, 80, 70, 60, 50}, nil, 3, 0.5, nil, []string{"T3", "T4", "T5"}, nil},
		// bottom 1 of two tied at the top: both tie at the cutoff and reach the top.
		{"tied with the top", []float64{80, 80}, nil, 1, 0.5, nil, []string{"T1", "T2"}, []string{"T1", "T2"}},
		// no share limit: bottom 2 of 3 stands, bottom 3 would reach the top.
		{"no share, within", []float64{90, 80, 70}, nil, 2, 0, []string{"T2", "T3"}, nil, nil},
		{"no share, the top", []float64{90, 80, 70}, nil, 3, 0, nil, []string{"T1", "T2", "T3"}, nil},
		// a veto is never held: it is unsatisfactory whatever the category.
		// Fill: the veto takes one of 2 places, 1 by rank of the 2 others.
		{"veto fills a place", []float64{95, 80, 70}, map[int]bool{0: true}, 2, 0.5, []string{"T1", "T3"}, nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := category(t, tc.finals, nil, Category{Bottom: tc.bottom}, func(r *Rules) { r.Bottom.MaxShare = tc.maxShare })
			for i := range res.Targets {
				res.Targets[i].Veto = tc.veto[i]
			}
			res.rank()
			check := func(what string, f func(*TargetResult) bool, want []string) {
				t.Helper()
				if got := ids(res, f); !reflect.DeepEqual(got, want) {
					t.Errorf("%s = %v, want %v", what, got, want)
				}
			}
			check("confirmed", func(t *TargetResult) bool { return t.Unsatisfactory }, tc.confirmed)
			check("small_category", func(t *TargetResult) bool { return t.SmallCategory }, tc.small)
			check("tie_at_cutoff", func(t *TargetResult) bool { return t.TieAtCutoff }, tc.tied)
			// Pending targets are on the bottom list, awarded never.
			check("awarded and pending", func(t *TargetResult) bool { return t.Award && t.Pending() }, nil)
			var listed []string
			for _, tr := range res.BottomList() {
				if tr.Pending() {
					listed = append(listed, tr.ID)
				}
			}
			if want := len(tc.small) + len(tc.tied) - len(intersect(tc.small, tc.tied)); len(listed) != want {
				t.Errorf("bottom list has %d pending (%v), want %d", len(listed), listed, want)
			}
		})
	}
}

func intersect(a, b []string) []string {
	var out []string
	for _, x := range a {
		for _, y := range b {
			if x == y {
				out = append(out, x)
			}
		}
	}
	return out
}

// TestVetoModes: with bottom 2 and a veto on the best scorer, fill lists the
// veto and the lowest (the veto took a place); add lists the veto and the
// two lowest. Unranked vetoes take no place in either mode.
func TestVetoModes(t *testing.T) {
	finals := []float64{95, 80, 70, 60, 50}
	for _, tc := range []struct {
		mode VetoMode
		want []string
	}{{"", []string{"T1", "T5"}}, {VetoesFill, []string{"T1", "T5"}}, {VetoesAdd, []string{"T1", "T4", "T5"}}} {
		t.Run(string(tc.mode), func(t *testing.T) {
			res := category(t, finals, nil, Category{Bottom: 2}, func(r *Rules) { r.Bottom.Vetoes = tc.mode })
			res.Targets[0].Veto = true
			res.rank()
			if got := ids(res, func(t *TargetResult) bool { return t.Unsatisfactory }); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("unsatisfactory = %v, want %v", got, tc.want)
			}
		})
	}
	// Added on top, the places by rank count against the others: 2 of the
	// 2 targets not vetoed is beyond half, so both are held.
	res := category(t, []float64{95, 80, 70}, nil, Category{Bottom: 2}, func(r *Rules) { r.Bottom.Vetoes = VetoesAdd })
	res.Targets[0].Veto = true
	res.rank()
	if got := ids(res, func(t *TargetResult) bool { return t.Unsatisfactory }); !reflect.DeepEqual(got, []string{"T1"}) {
		t.Errorf("unsatisfactory = %v, want [T1]", got)
	}
	if got := ids(res, func(t *TargetResult) bool { return t.SmallCategory }); !reflect.DeepEqual(got, []string{"T2", "T3"}) {
		t.Errorf("small_category = %v, want [T2 T3]", got)
	}
}

// TestRankTierNeverTheTop: a consequence by place from the bottom is held
// like a bottom place: in a category of two, place 2 is the top.
func TestRankTierNeverTheTop(t *testing.T) {
	res := category(t, []float64{90, 80}, nil, Category{}, func(r *Rules) {
		r.Liability = []LiabilityRule{
			{Scope: ScopeRank, Position: 1, Principal: []string{"组织调整"}},
			{Scope: ScopeRank, Position: 2, Principal: []string{"诫勉谈话"}},
		}
	})
	got := map[string][]string{}
	for _, a := range res.Accountability {
		got[a.Person] = a.Actions
	}
	if want := map[string][]string{"principal-U2": {"组织调整"}}; !reflect.DeepEqual(got, want) {
		t.Errorf("tiers = %v, want %v", got, want)
	}
}

func TestSafeguardRulesValidate(t *testing.T) {
	r := smallRules()
	r.Bottom.MaxShare = 1.5
	r.Bottom.Vetoes = "both"
	r.Validity.MaxInvalidShare = -0.1
	err := r.Validate()
	for _, want := range []string{
		"bottom.max_share: must be within 0–1, got 1.5",
		`bottom.vetoes: unknown veto mode "both" (known: fill, add)`,
		"validity.max_invalid_share: must be within 0–1, got -0.1",
	} {
		if err == nil || !containsLine(err.Error(), want) {
			t.Errorf("validation lacks %q:\n%v", want, err)
		}
	}
}
