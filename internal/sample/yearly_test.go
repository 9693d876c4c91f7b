package sample

import (
	"reflect"
	"slices"
	"strconv"
	"testing"
)

func TestChibiYear(t *testing.T) {
	heavyUnderRace(t)
	if !sameRound(ChibiYear(2026), Chibi(2026), chibiSheets) {
		t.Error("ChibiYear(2026) is not the sample round")
	}
	base := view(t, 2026)
	for _, year := range []int{2024, 2025} {
		r := ChibiYear(year)
		sheets := map[string][][]any{}
		for _, s := range r.Sheets {
			sheets[s.Name] = s.Rows
		}
		if !reflect.DeepEqual(sheets[SheetRoster], base.sheets[SheetRoster]) {
			t.Errorf("%d: the roster differs from 2026's", year)
		}
		for _, row := range sheets[SheetComplaints][1:] {
			if d := row[1].(string); d[:5] != strconv.Itoa(year)+"-" {
				t.Errorf("%d: complaint dated %s", year, d)
			}
		}
		swap := yearlySwaps[year]
		if got := r.Bottom[CategoryService]; !slices.Contains(got, swap[1]) || slices.Contains(got, swap[0]) {
			t.Errorf("%d: service bottom %v, want %s in place of %s", year, got, swap[1], swap[0])
		}
		// The swap moves ratings, not headers: the seed's ballots with two
		// columns exchanged.
		plain := Chibi(uint64(year))
		var before [][]any
		for _, s := range plain.Sheets {
			if s.Name == SheetBallots {
				before = s.Rows
			}
		}
		after := sheets[SheetBallots]
		a, b := slices.Index(after[0], any(swap[0])), slices.Index(after[0], any(swap[1]))
		if !reflect.DeepEqual(after[0], before[0]) || !reflect.DeepEqual(after[100][a], before[100][b]) || !reflect.DeepEqual(after[100][b], before[100][a]) {
			t.Errorf("%d: columns %s and %s not swapped on the ballots", year, swap[0], swap[1])
		}
	}
}

// TestChibiYearTestdata checks that the committed yearly rounds still match
// the generator; after changing it, rerun
// go run ./internal/sample/gen -year 2024 -o testdata/yearly/round-2024.xlsx (and 2025).
func TestChibiYearTestdata(t *testing.T) {
	heavyUnderRace(t)
	for _, year := range []int{2024, 2025} {
		compareWorkbook(t, "../../testdata/yearly/round-"+strconv.Itoa(year)+".xlsx", ChibiYear(year).Sheets)
	}
}
