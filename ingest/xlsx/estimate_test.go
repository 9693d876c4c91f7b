package xlsx

import (
	"fmt"
	"hash/crc32"
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
			sh := openSheet(t, data, tc.lim, "选票")
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

// TestPrefetch: a sheet inflated ahead reads as it reads without, and a
// part that fails, fails at OpenSheet the same way; a sheet that is
// streamed, or that the workbook lacks, is left alone.
func TestPrefetch(t *testing.T) {
	good := book(t, sstXML("满意"), testSheet{"名册", sheetXML(`<row r="1"><c r="A1"><v>1</v></c></row>`)},
		testSheet{"选票", sheetXML(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>2</v></c></row>`, "A3:B4")})
	bad := book(t, "", testSheet{"选票", sheetXML(`<row r="1"><c r="A1"><v>1 & 2</v></c></row>`)})
	xml := []byte(sheetXML(`<row r="1"><c r="A1"><v>1</v></c></row>`))
	badCRC := bookWithRawSheet(t, rawEntry{deflated: deflate(t, xml), crc: crc32.ChecksumIEEE(xml) + 1, size: uint64(len(xml)), compressed: -1})
	read := func(data []byte, lim Limits, prefetch ...string) string {
		wb, err := Open(data, lim)
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range prefetch {
			wb.Prefetch(name)
		}
		var out []string
		for _, name := range []string{"名册", "选票", "S"} {
			rows, merges, err := wb.ReadSheet(name)
			out = append(out, fmt.Sprint(rows, merges, err))
		}
		return strings.Join(out, "\n")
	}
	for _, data := range [][]byte{good, bad, badCRC} {
		for _, lim := range []Limits{{}, {MemorySheetBytes: 1}} {
			want := read(data, lim)
			for _, ahead := range [][]string{{"选票"}, {"S"}, {"名册", "选票"}, {"选票", "选票"}, {"无此表"}} {
				if got := read(data, lim, ahead...); got != want {
					t.Errorf("prefetching %v:\n%s\nwant\n%s", ahead, got, want)
				}
			}
		}
	}
}
