package evaluate

import (
	"reflect"
	"testing"
)

func ptrTo[T any](v T) *T { return &v }

// TestValidityRules: each configurable limit voids exactly the ballots that
// break it. Points: 满意 100, 基本满意 60, 不满意 0; four targets.
func TestValidityRules(t *testing.T) {
	tests := []struct {
		name     string
		validity Validity
		levels   []string
		want     []ProblemKind
	}{
		{"rated half, half required", Validity{MinRatedShare: 0.5}, []string{"满意", "不满意", "", ""}, nil},
		{"rated a quarter, half required", Validity{MinRatedShare: 0.5}, []string{"满意", "", "", ""}, []ProblemKind{ProblemTooFewRated}},
		{"three of four 满意, at most 0.7", Validity{MaxLevelShare: 0.7}, []string{"满意", "满意", "满意", "不满意"}, []ProblemKind{ProblemLevelShare}},
		{"share counted only from 4 ratings", Validity{MaxLevelShare: 0.5, ShareMinRatings: 4}, []string{"满意", "满意", "满意", ""}, nil},
		{"everyone 满意", Validity{Identical: true}, []string{"满意", "满意", "满意", "满意"}, []ProblemKind{ProblemIdentical}},
		{"a single rating is not identical", Validity{Identical: true}, []string{"满意", "", "", ""}, nil},
		{"at most 2 at or above 60: three", Validity{Quotas: []Quota{{AtOrAbove: ptrTo(60.0), AtMost: ptrTo(2)}}}, []string{"满意", "基本满意", "满意", "不满意"}, []ProblemKind{ProblemQuota}},
		{"at most 3 at or above 60: three", Validity{Quotas: []Quota{{AtOrAbove: ptrTo(60.0), AtMost: ptrTo(3)}}}, []string{"满意", "基本满意", "满意", "不满意"}, nil},
		{"at least 2 below 60: one", Validity{Quotas: []Quota{{Below: ptrTo(60.0), AtLeast: ptrTo(2)}}}, []string{"满意", "基本满意", "满意", "不满意"}, []ProblemKind{ProblemQuota}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := smallRules()
			tc.validity.DoubleEntry = DoubleEntryOff
			r.Validity = tc.validity
			if err := r.Validate(); err != nil {
				t.Fatal(err)
			}
			tally := NewTally(r, 4)
			var got []ProblemKind
			for _, p := range tally.Add(ballot("b1", "党代表", tc.levels...)) {
				got = append(got, p.Kind)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("problems = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestValidityRulesValidate(t *testing.T) {
	r := smallRules()
	r.Validity.Quotas = []Quota{{AtOrAbove: ptrTo(90.0), Below: ptrTo(70.0), AtMost: ptrTo(3)}, {Below: ptrTo(70.0)}}
	r.Validity.MaxLevelShare = 1.5
	err := r.Validate()
	for _, want := range []string{
		"validity.max_level_share: must be within 0–1, got 1.5",
		"validity.quotas[0]: set exactly one of ratings_at_or_above and ratings_below",
		"validity.quotas[1]: set exactly one of at_most and at_least",
	} {
		if !containsLine(err.Error(), want) {
			t.Errorf("missing %q in:\n%v", want, err)
		}
	}
}

// TestProblemKindsComplete: ProblemKinds names every declared kind.
func TestProblemKindsComplete(t *testing.T) {
	const declared = 17 // the ProblemKind constants in ballot.go and validity.go
	seen := map[ProblemKind]bool{}
	for _, k := range ProblemKinds {
		seen[k] = true
	}
	if len(seen) != declared || len(ProblemKinds) != declared {
		t.Errorf("ProblemKinds holds %d (%d distinct), want %d", len(ProblemKinds), len(seen), declared)
	}
}
