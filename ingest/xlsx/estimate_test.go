package xlsx

import (
	"fmt"
	"strings"
	"testing"
)

// TestRowsEstimate: a few rows into a sheet of like rows, the estimate is
// near the rows it holds, read in memory or streamed; it is 0 before the
// first row and never above Limits.Rows.
func TestRowsEstimate(t *testing.T) {
	const n = 3000
	var rows strings.Builder
	for r := 1; r <= n; r++ {
		fmt.Fprintf(&rows, `<row r="%d"><c r="A%d"><v>%d</v></c><c r="B%d" t="inlineStr"><is><t>满意</t></is></c></row>`, r, r, r, r)
	}
	data := book(t, "", testSheet{"选票", sheetXML(rows.String())})
	for _, tc := range []struct {
		name     string
		lim      Limits
		min, max int
	}{
		{"in memory", Limits{}, n * 9 / 10, n * 11 / 10},
		{"streamed", Limits{MemorySheetBytes: 1}, n * 9 / 10, n * 11 / 10},
		{"bounded by Limits.Rows", Limits{Rows: 1000}, 1000, 1000},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wb, err := Open(data, tc.lim)
			if err != nil {
				t.Fatal(err)
			}
			sh, err := wb.OpenSheet("选票")
			if err != nil {
				t.Fatal(err)
			}
			defer sh.Close()
			if got := sh.RowsEstimate(); got != 0 {
				t.Errorf("before the first row: %d, want 0", got)
			}
			for range 64 {
				if !sh.Next() {
					t.Fatalf("the sheet ended early: %v", sh.Err())
				}
			}
			if got := sh.RowsEstimate(); got < tc.min || got > tc.max {
				t.Errorf("64 rows in: estimate %d, want %d to %d", got, tc.min, tc.max)
			}
		})
	}
}
