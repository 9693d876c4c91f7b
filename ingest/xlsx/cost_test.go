package xlsx

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"
)

// ballots is a sheet of n rows of 20 shared strings.
func ballots(t testing.TB, n int) []byte {
	var rows strings.Builder
	for r := 1; r <= n; r++ {
		fmt.Fprintf(&rows, `<row r="%d">`, r)
		for c := range 20 {
			fmt.Fprintf(&rows, `<c r="%s" s="1" t="s"><v>%d</v></c>`, CellName(c, r), (r+c)%3)
		}
		rows.WriteString(`</row>`)
	}
	return book(t, sstXML("满意", "基本满意", "不满意"), testSheet{"S", sheetXML(rows.String())})
}

// TestNoAllocationPerCell: reading rows of shared strings allocates
// nothing per row or cell, in memory or streamed: twice the rows cost no
// more allocations.
func TestNoAllocationPerCell(t *testing.T) {
	for _, lim := range []Limits{{}, {MemorySheetBytes: 1}} {
		allocs := func(data []byte) float64 {
			return testing.AllocsPerRun(3, func() {
				wb, err := Open(data, lim)
				if err != nil {
					t.Fatal(err)
				}
				s, err := wb.OpenSheet("S")
				if err != nil {
					t.Fatal(err)
				}
				for s.Next() {
				}
				if s.Err() != nil {
					t.Fatal(s.Err())
				}
			})
		}
		rows := 500
		if raceDetector {
			rows = 100 // a row's allocations would show as well in 200 more rows
		}
		small, large := allocs(ballots(t, rows)), allocs(ballots(t, 3*rows))
		if large > small+10 {
			t.Errorf("MemorySheetBytes %d: %d rows allocate %.0f times, %d rows %.0f", lim.MemorySheetBytes, rows, small, 3*rows, large)
		}
	}
}

// TestCloseEarly: a streamed sheet left after one row stops its inflating
// goroutine on Close.
func TestCloseEarly(t *testing.T) {
	data := ballots(t, 3000)
	before := runtime.NumGoroutine()
	wb, err := Open(data, Limits{MemorySheetBytes: 1})
	if err != nil {
		t.Fatal(err)
	}
	s, err := wb.OpenSheet("S")
	if err != nil {
		t.Fatal(err)
	}
	if !s.Next() {
		t.Fatal(s.Err())
	}
	s.Close()
	for i := 0; runtime.NumGoroutine() > before && i < 100; i++ {
		time.Sleep(time.Millisecond) // the runtime may take a moment to count it gone
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("%d goroutines after Close, %d before", n, before)
	}
}
