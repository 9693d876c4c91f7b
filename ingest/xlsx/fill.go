package xlsx

import "sort"

// Filler gives every cell of a merged range the top-left cell's value, as
// Excel shows a merged range, in rows as they stream past. Rows must come in
// order, as a Sheet gives them; the ranges must be those of Sheet.Merges
// (sorted by first row, not overlapping), known before the first row.
//
// Its work is proportional to the cells present, never to a range's area.
// A range is filled across the sheet's used width (the rightmost cell
// present in any row so far), not to its own right edge: H2:XFD1048576 over
// a sheet of 20 columns costs at most 20 cells a row. Rows absent from the
// XML stay absent. A cell present under a range (a styled blank, or a value
// Excel would hide) shows the range's value; an absent one is added, unless
// the value is blank.
type Filler struct {
	merges []Range
	next   int     // first range not yet reached
	values []Cell  // per range, its top-left cell once reached
	active []int32 // ranges over the current row, by first column
	ends   []int32 // the same, as a min-heap by last row
	width  int     // columns used so far: rightmost present cell + 1
	out    []Cell
}

// NewFiller fills the merged ranges merges, as Sheet.Merges gives them.
func NewFiller(merges []Range) *Filler {
	return &Filler{merges: merges, values: make([]Cell, len(merges))}
}

// Fill returns the row with merged ranges filled in. The result's Cells are
// the Filler's, reused by the next call; row is not changed.
func (f *Filler) Fill(row Row) Row {
	if n := len(row.Cells); n > 0 {
		f.width = max(f.width, row.Cells[n-1].Col+1)
	}
	for len(f.ends) > 0 && f.merges[f.ends[0]].LastRow < row.Num {
		f.deactivate(f.popEnd())
	}
	for f.next < len(f.merges) && f.merges[f.next].FirstRow <= row.Num {
		i := f.next
		f.next++
		m := f.merges[i]
		if m.LastRow < row.Num {
			continue // wholly in rows absent from the XML
		}
		if m.FirstRow == row.Num {
			f.values[i], _ = row.Cell(m.FirstCol)
		} // else its top-left row is absent: a blank value
		f.values[i].Col = 0
		f.activate(int32(i))
	}
	if len(f.active) == 0 {
		return row
	}
	out := f.out[:0]
	cells := row.Cells
	for _, a := range f.active {
		m := f.merges[a]
		if m.FirstCol >= f.width {
			break
		}
		for len(cells) > 0 && cells[0].Col < m.FirstCol {
			out = append(out, cells[0])
			cells = cells[1:]
		}
		last := min(m.LastCol, f.width-1)
		v := f.values[a]
		if v.Text == "" && !v.Formula && v.Kind == Blank {
			for len(cells) > 0 && cells[0].Col <= last {
				out = append(out, Cell{Col: cells[0].Col})
				cells = cells[1:]
			}
			continue
		}
		for col := m.FirstCol; col <= last; col++ {
			v.Col = col
			out = append(out, v)
			if len(cells) > 0 && cells[0].Col == col {
				cells = cells[1:]
			}
		}
	}
	out = append(out, cells...)
	f.out = out
	row.Cells = out
	return row
}

// activate puts range i among the active ones, in order of first column.
func (f *Filler) activate(i int32) {
	col := f.merges[i].FirstCol
	k := sort.Search(len(f.active), func(k int) bool { return f.merges[f.active[k]].FirstCol >= col })
	f.active = append(f.active, 0)
	copy(f.active[k+1:], f.active[k:])
	f.active[k] = i
	f.pushEnd(i)
}

// deactivate removes range i from the active ones.
func (f *Filler) deactivate(i int32) {
	col := f.merges[i].FirstCol
	k := sort.Search(len(f.active), func(k int) bool { return f.merges[f.active[k]].FirstCol >= col })
	f.active = append(f.active[:k], f.active[k+1:]...)
}

// The heap of active ranges by last row, so that each leaves in O(log n).

func (f *Filler) lessEnd(a, b int) bool {
	return f.merges[f.ends[a]].LastRow < f.merges[f.ends[b]].LastRow
}

func (f *Filler) pushEnd(i int32) {
	f.ends = append(f.ends, i)
	for k := len(f.ends) - 1; k > 0; {
		p := (k - 1) / 2
		if !f.lessEnd(k, p) {
			break
		}
		f.ends[k], f.ends[p] = f.ends[p], f.ends[k]
		k = p
	}
}

func (f *Filler) popEnd() int32 {
	top := f.ends[0]
	n := len(f.ends) - 1
	f.ends[0] = f.ends[n]
	f.ends = f.ends[:n]
	for k := 0; ; {
		l, r, m := 2*k+1, 2*k+2, k
		if l < n && f.lessEnd(l, m) {
			m = l
		}
		if r < n && f.lessEnd(r, m) {
			m = r
		}
		if m == k {
			break
		}
		f.ends[k], f.ends[m] = f.ends[m], f.ends[k]
		k = m
	}
	return top
}
