package xlsx

import (
	"fmt"
	"hash/crc32"
	"runtime"
	"strings"
	"testing"
)

// bomb is a well-formed sheet whose rows are separated by n bytes of
// whitespace: it deflates about 800 times. It is made in place, not by
// joining strings, each join a copy of all of it.
func bomb(n int) []byte {
	head, tail, _ := strings.Cut(sheetXML(`<row r="1"><c><v>1</v></c></row>`+"\x00"+`<row r="2"/>`), "\x00")
	b := make([]byte, len(head)+n+len(tail))
	copy(b, head)
	spaces := b[len(head) : len(head)+n]
	for i := range spaces {
		spaces[i] = ' '
	}
	copy(b[len(head)+n:], tail)
	return b
}

// TestZipBomb: a sheet that inflates past the limits is refused after
// reading about the limit, with memory staying small, whether the zip
// directory tells the truth about its size or lies. (A part that inflates
// past its declared size is stopped by archive/zip itself; the bytes
// counted catch a lie that the total limit does not allow.)
func TestZipBomb(t *testing.T) {
	// 12 MiB: past PartBytes 8 MiB when honest, past TotalBytes 4 MiB when
	// streamed, past 1 MiB when it lies to be read in memory.
	xml := bomb(12 << 20)
	deflated := deflate(t, xml)
	honest := rawEntry{deflated: deflated, crc: crc32.ChecksumIEEE(xml), size: uint64(len(xml)), compressed: -1}
	lying := honest
	lying.size = 1 << 20 // small enough to be read in memory
	lyingBig := honest
	lyingBig.size = 20 << 20 // streamed
	for _, tc := range []struct {
		name  string
		entry rawEntry
		lim   Limits
		kind  ErrorKind
		want  string
	}{
		{"declared past PartBytes", honest, Limits{PartBytes: 8 << 20}, TooLarge, "Limits.PartBytes"},
		{"declared past Ratio", honest, Limits{}, TooLarge, "Limits.Ratio"},
		{"inflates past TotalBytes", lyingBig, Limits{TotalBytes: 4 << 20, Ratio: 10000}, TooLarge, "Limits.TotalBytes"},
		{"inflates past its declared size", lying, Limits{Ratio: 10000}, Corrupt, "size does not match"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := bookWithRawSheet(t, tc.entry)
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			wb, err := Open(data, tc.lim)
			if err == nil {
				_, _, err = wb.ReadSheet("S")
			}
			runtime.ReadMemStats(&after)
			if !isKind(err, tc.kind) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want %v …%s…", err, tc.kind, tc.want)
			}
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 8<<20 {
				t.Errorf("refusing the bomb allocated %d bytes", alloc)
			}
		})
	}
}

// TestLimits: each limit, exceeded by one, is a TooLarge error naming it,
// and met exactly, is not.
func TestLimits(t *testing.T) {
	row := func(cells string) string { return `<row r="1">` + cells + `</row>` }
	tests := []struct {
		name     string
		sst      string
		rows     string
		merges   []string
		lim, ok  Limits
		detail   string
		cell     string
		rowsSeen int
	}{
		{"rows", "", `<row r="5"/><row r="6"/>`, nil, Limits{Rows: 5}, Limits{Rows: 6}, "Limits.Rows", "", 6},
		{"columns", "", row(`<c r="C1"/><c r="D1"/>`), nil, Limits{Columns: 3}, Limits{Columns: 4}, "Limits.Columns", "D1", 1},
		{"inline text", "", row(`<c t="inlineStr"><is><t>一二三四五六七八九十X</t></is></c>`), nil, Limits{CellChars: 10}, Limits{CellChars: 11}, "Limits.CellChars", "A1", 1},
		{"number text", "", row(`<c><v>12345678901</v></c>`), nil, Limits{CellChars: 10}, Limits{CellChars: 11}, "Limits.CellChars", "A1", 1},
		{"shared string", sstXML("一二三四五六七八九十X"), row(``), nil, Limits{CellChars: 10}, Limits{CellChars: 11}, "Limits.CellChars", "", 0},
		{"shared strings", sstXML("a", "b", "c"), row(``), nil, Limits{SharedStrings: 2}, Limits{SharedStrings: 3}, "Limits.SharedStrings", "", 0},
		{"shared bytes", sstXML("满意", "不满意"), row(``), nil, Limits{SharedBytes: 14}, Limits{SharedBytes: 15}, "Limits.SharedBytes", "", 0},
		{"merges", "", row(``), []string{"A1:B1", "A2:B2", "A3:B3"}, Limits{Merges: 2}, Limits{Merges: 3}, "Limits.Merges", "", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data := book(t, tc.sst, testSheet{"S", sheetXML(tc.rows, tc.merges...)})
			for _, streamed := range []int64{0, 1} {
				tc.lim.MemorySheetBytes, tc.ok.MemorySheetBytes = streamed, streamed
				wb, err := Open(data, tc.lim)
				if err == nil {
					_, _, err = wb.ReadSheet("S")
				}
				if !isKind(err, TooLarge) || !strings.Contains(err.Error(), tc.detail) || err.(*Error).Cell != tc.cell {
					t.Errorf("over the limit: %v, want TooLarge at %q …%s…", err, tc.cell, tc.detail)
				}
				if _, _, err := readAll(t, data, tc.ok, "S"); err != nil {
					t.Errorf("at the limit: %v", err)
				}
			}
		})
	}
}

// TestHugeMerge: a range as large as the grid, over a small sheet, costs
// the cells present: filled rows are as wide as the sheet's used width.
func TestHugeMerge(t *testing.T) {
	var rows strings.Builder
	for r := 1; r <= 50; r++ {
		fmt.Fprintf(&rows, `<row r="%d">`, r)
		for c := range 20 {
			fmt.Fprintf(&rows, `<c r="%s"><v>%d</v></c>`, CellName(c, r), c)
		}
		rows.WriteString(`</row>`)
	}
	for _, lim := range []Limits{{}, {MemorySheetBytes: 1}} {
		wb, err := Open(book(t, "", testSheet{"S", sheetXML(rows.String(), "H2:XFD1048576")}), lim)
		if err != nil {
			t.Fatal(err)
		}
		all, merges, err := wb.ReadSheet("S")
		if err != nil || len(merges) != 1 {
			t.Fatal(merges, err)
		}
		f := NewFiller(merges)
		for _, r := range all {
			got := f.Fill(r)
			if len(got.Cells) != 20 {
				t.Fatalf("row %d: %d cells", r.Num, len(got.Cells))
			}
			if c := got.Cells[19]; r.Num >= 2 && c.Text != "7" {
				t.Fatalf("row %d: T is %q, want the merged value 7", r.Num, c.Text)
			}
		}
	}
}
