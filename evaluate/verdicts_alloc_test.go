package evaluate

import (
	"fmt"
	"testing"
)

// TestVerdictsAllocations: Verdicts is asked again and again of resampled
// scores, so what it allocates must not grow with the targets: its result
// and a few index lists.
func TestVerdictsAllocations(t *testing.T) {
	for _, n := range []int{20, 2000} {
		r := Chibi()
		in := make([]Standing, n)
		for i := range in {
			in[i] = Standing{ID: fmt.Sprintf("T%04d", i), Category: i % 2, Ranked: i%17 != 0, Veto: i%101 == 0,
				Final: float64(50 + i%40), Satisfied: i % 10, RatingCells: 10, LowestCount: i % 3}
		}
		allocs := testing.AllocsPerRun(20, func() { Verdicts(r, in) })
		t.Logf("%d targets: %.0f allocations", n, allocs)
		if allocs > 30 {
			t.Errorf("%d targets: %.0f allocations per call", n, allocs)
		}
	}
}
