package xlsx

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// naiveFill is Filler's contract written the slow way, cell by cell over
// each range's area (clipped to the used width).
func naiveFill(rows []Row, merges []Range) []Row {
	var out []Row
	width := 0
	top := map[int]Cell{} // range -> top-left value
	for _, r := range rows {
		if n := len(r.Cells); n > 0 {
			width = max(width, r.Cells[n-1].Col+1)
		}
		cells := map[int]Cell{}
		for _, c := range r.Cells {
			cells[c.Col] = c
		}
		for i, m := range merges {
			if m.FirstRow == r.Num {
				v, _ := r.Cell(m.FirstCol)
				v.Col = 0
				top[i] = v
			}
			if r.Num < m.FirstRow || r.Num > m.LastRow {
				continue
			}
			v := top[i]
			for col := m.FirstCol; col <= m.LastCol && col < width; col++ {
				_, present := cells[col]
				switch {
				case v.Text != "" || v.Formula || v.Kind != Blank:
					v.Col = col
					cells[col] = v
				case present:
					cells[col] = Cell{Col: col}
				}
			}
		}
		var filled []Cell
		for _, c := range cells {
			filled = append(filled, c)
		}
		slices.SortFunc(filled, func(a, b Cell) int { return a.Col - b.Col })
		out = append(out, Row{Num: r.Num, Cells: filled})
	}
	return out
}

// TestFillerAgainstNaive compares Filler with naiveFill on random sparse
// sheets and random non-overlapping merged ranges.
func TestFillerAgainstNaive(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	for iter := range 300 {
		var rows []Row
		for num := 1; num <= 12; num++ {
			if r.IntN(4) == 0 {
				continue
			}
			row := Row{Num: num}
			for col := range 10 {
				switch r.IntN(4) {
				case 0:
					row.Cells = append(row.Cells, Cell{Col: col, Kind: SharedString, Text: fmt.Sprint("v", num, col)})
				case 1:
					row.Cells = append(row.Cells, Cell{Col: col})
				}
			}
			rows = append(rows, row)
		}
		// Disjoint ranges: claim cells of a 12 x 14 grid.
		var merges []Range
		used := map[[2]int]bool{}
	ranges:
		for range r.IntN(6) {
			m := Range{FirstRow: 1 + r.IntN(12), FirstCol: r.IntN(14)}
			m.LastRow, m.LastCol = m.FirstRow+r.IntN(4), m.FirstCol+r.IntN(5)
			for row := m.FirstRow; row <= m.LastRow; row++ {
				for col := m.FirstCol; col <= m.LastCol; col++ {
					if used[[2]int{row, col}] {
						continue ranges
					}
				}
			}
			for row := m.FirstRow; row <= m.LastRow; row++ {
				for col := m.FirstCol; col <= m.LastCol; col++ {
					used[[2]int{row, col}] = true
				}
			}
			merges = append(merges, m)
		}
		if err := settleMerges(merges); err != nil {
			t.Fatal(err)
		}
		want := naiveFill(rows, merges)
		f := NewFiller(merges)
		for i, row := range rows {
			got := f.Fill(row)
			if dump([]Row{got}) != dump([]Row{want[i]}) {
				t.Fatalf("iteration %d, merges %v, row %d:\n got %s\nwant %s", iter, merges, row.Num, dump([]Row{got}), dump([]Row{want[i]}))
			}
		}
	}
}

// TestFillerBallots fills as ballots are keyed: a title across, a target
// header across its dimensions, 代表类别 merged down a run of ballots.
func TestFillerBallots(t *testing.T) {
	sst := sstXML("2026年度测评票", "票号", "代表类别", "T001 张三", "服务态度", "行政效率", "党代表", "满意")
	rows := `<row r="1"><c r="A1" t="s"><v>0</v></c></row>` +
		`<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>2</v></c><c r="C2" t="s"><v>3</v></c><c r="D2" s="1"/></row>` +
		`<row r="3"><c r="C3" t="s"><v>4</v></c><c r="D3" t="s"><v>5</v></c></row>` +
		`<row r="4"><c r="A4"><v>1</v></c><c r="B4" t="s"><v>6</v></c><c r="C4" t="s"><v>7</v></c></row>` +
		`<row r="5"><c r="A5"><v>2</v></c><c r="C5" t="s"><v>7</v></c></row>` +
		`<row r="6"><c r="A6"><v>3</v></c></row>`
	data := book(t, sst, testSheet{"选票", sheetXML(rows, "A1:F1", "A2:A3", "B2:B3", "C2:D2", "B4:B6")})
	for _, lim := range []Limits{{}, {MemorySheetBytes: 1}} {
		wb, err := Open(data, lim)
		if err != nil {
			t.Fatal(err)
		}
		all, merges, err := wb.ReadSheet("选票")
		if err != nil {
			t.Fatal(err)
		}
		f := NewFiller(merges)
		var got strings.Builder
		for _, r := range all {
			got.WriteString(strings.Join(f.Fill(r).Strings(nil), "|") + "\n")
		}
		want := "2026年度测评票\n" + // the title, in a sheet not yet wider than A
			"票号|代表类别|T001 张三|T001 张三\n" +
			"票号|代表类别|服务态度|行政效率\n" +
			"1|党代表|满意\n" +
			"2|党代表|满意\n" +
			"3|党代表\n" // B6 is absent but within the used width
		if got.String() != want {
			t.Errorf("got\n%s\nwant\n%s", got.String(), want)
		}
	}
}

// TestMergesKnown: a sheet in memory knows its merged ranges before its
// rows, a streamed one after; both read the same rows.
func TestMergesKnown(t *testing.T) {
	data := book(t, "", testSheet{"S", sheetXML(`<row r="1"><c r="A1"><v>1</v></c></row>`, "A1:B2", "D4:E4")})
	wb, err := Open(data, Limits{})
	if err != nil {
		t.Fatal(err)
	}
	mem, err := wb.OpenSheet("S")
	if err != nil {
		t.Fatal(err)
	}
	if !mem.MergesKnown() || fmt.Sprint(mem.Merges()) != "[A1:B2 D4:E4]" {
		t.Errorf("in memory, before the rows: %v %v", mem.MergesKnown(), mem.Merges())
	}
	wb, _ = Open(data, Limits{MemorySheetBytes: 1})
	streamed, err := wb.OpenSheet("S")
	if err != nil {
		t.Fatal(err)
	}
	if streamed.MergesKnown() || streamed.Merges() != nil {
		t.Errorf("streamed, before the rows: %v %v", streamed.MergesKnown(), streamed.Merges())
	}
	for streamed.Next() {
	}
	if streamed.Err() != nil || !streamed.MergesKnown() || fmt.Sprint(streamed.Merges()) != "[A1:B2 D4:E4]" {
		t.Errorf("streamed, after the rows: %v %v %v", streamed.Err(), streamed.MergesKnown(), streamed.Merges())
	}
}

// TestMergesAheadFallback: a comment after the rows that looks like the end
// of <sheetData> does not fool the read-ahead.
func TestMergesAheadFallback(t *testing.T) {
	sheet := strings.Replace(sheetXML(`<row r="1"/>`, "A1:B1"), "<pageMargins", "<!-- </sheetData> --><pageMargins", 1)
	wb, err := Open(book(t, "", testSheet{"S", sheet}), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	s, err := wb.OpenSheet("S")
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(s.Merges()) != "[A1:B1]" {
		t.Errorf("merges %v", s.Merges())
	}
	for s.Next() {
	}
	if s.Err() != nil {
		t.Error(s.Err())
	}
}
