package xlsx

import (
	"bytes"
	"cmp"
	"slices"
)

// readMergeCells reads the <mergeCells> whose start tag was just read.
func readMergeCells(sc *scanner, lim Limits, out []Range) ([]Range, error) {
	if sc.tag.empty {
		return out, nil
	}
	name := sc.keepName(1)
	for {
		t, err := sc.nextMarkup()
		if err != nil {
			return out, err
		}
		if t != tokStart {
			return out, sc.closes(t, name)
		}
		if string(local(sc.tag.name)) != "mergeCell" {
			if err := sc.skip(); err != nil {
				return out, err
			}
			continue
		}
		var ref []byte
		for _, a := range sc.tag.attrs {
			if string(local(a.name)) == "ref" {
				if ref, err = sc.attrValue(nil, a); err != nil {
					return out, err
				}
			}
		}
		r, ok := parseRange(ref)
		if !ok {
			return out, sc.fail(sc.pos, Invalid, "merged range ref=%q is not an A1 range", ref)
		}
		if len(out) == lim.Merges {
			return out, sc.fail(sc.pos, TooLarge, "more than %d merged ranges (Limits.Merges)", lim.Merges)
		}
		out = append(out, r)
		if err := sc.skip(); err != nil {
			return out, err
		}
	}
}

// settleMerges sorts merged ranges by first row, then first column, and
// refuses two that share a cell: Excel cannot open such a sheet, and which
// value the shared cell shows would be a guess.
func settleMerges(m []Range) error {
	slices.SortFunc(m, func(a, b Range) int {
		return cmp.Or(cmp.Compare(a.FirstRow, b.FirstRow), cmp.Compare(a.FirstCol, b.FirstCol))
	})
	if i, j, ok := overlap(m); ok {
		e := newError(Invalid, "merged ranges %s and %s overlap", m[i], m[j])
		e.Cell = m[j].String()
		return e
	}
	return nil
}

func sameRanges(a, b []Range) bool { return slices.Equal(a, b) }

// overlap finds two ranges of m (sorted by first row) that share a cell, in
// O(len(m) log columns) whatever their areas. Sweeping down the sheet, a
// segment tree over the columns holds for each column the range reaching
// furthest down so far; a range overlaps an earlier one exactly when some
// column it spans is covered down to its first row.
func overlap(m []Range) (i, j int, found bool) {
	if len(m) < 2 {
		return 0, 0, false
	}
	width := 1
	for _, r := range m {
		for width <= r.LastCol {
			width *= 2
		}
	}
	t := segTree{size: width, best: make([]int64, 2*width), tag: make([]int64, 2*width)}
	for k := range t.best {
		t.best[k], t.tag[k] = -1, -1
	}
	for k, r := range m {
		if got := t.query(1, 0, width-1, r.FirstCol, r.LastCol); got >= 0 && int(got>>32) >= r.FirstRow {
			return int(got & 0xFFFFFFFF), k, true
		}
		t.update(1, 0, width-1, r.FirstCol, r.LastCol, int64(r.LastRow)<<32|int64(k))
	}
	return 0, 0, false
}

// segTree keeps, over columns, the maximum of values (last row << 32 |
// range index) set on intervals: tag is what was set on a node's whole
// interval, best the maximum anywhere under it.
type segTree struct {
	size      int
	best, tag []int64
}

func (t *segTree) update(node, lo, hi, l, r int, v int64) {
	if r < lo || hi < l {
		return
	}
	t.best[node] = max(t.best[node], v)
	if l <= lo && hi <= r {
		t.tag[node] = max(t.tag[node], v)
		return
	}
	mid := (lo + hi) / 2
	t.update(2*node, lo, mid, l, r, v)
	t.update(2*node+1, mid+1, hi, l, r, v)
}

func (t *segTree) query(node, lo, hi, l, r int) int64 {
	if r < lo || hi < l {
		return -1
	}
	if l <= lo && hi <= r {
		return t.best[node]
	}
	mid := (lo + hi) / 2
	return max(t.tag[node], t.query(2*node, lo, mid, l, r), t.query(2*node+1, mid+1, hi, l, r))
}

// mergesAhead reads the merged ranges of a sheet held in memory from its
// tail, after the last "</sheetData>", without scanning the rows. It is a
// guess, checked when the rows have been read: ok is false when the tail
// does not read as the end of a worksheet.
func mergesAhead(data []byte, lim Limits) (out []Range, ok bool) {
	start := tailStart(data)
	if start < 0 {
		return nil, false
	}
	sc := newMemoryScanner("", data[start:])
	mergesSeen := false
	for {
		t, err := sc.nextMarkup()
		if err != nil || t == tokEOF {
			return nil, false
		}
		if t == tokEnd {
			break // the root element's end tag; the rows' reading checks it
		}
		switch string(local(sc.tag.name)) {
		case "mergeCells":
			if mergesSeen {
				return nil, false
			}
			mergesSeen = true
			if out, err = readMergeCells(sc, lim, out); err != nil {
				return nil, false
			}
		case "sheetData", "row", "c":
			return nil, false
		default:
			if err := sc.skip(); err != nil {
				return nil, false
			}
		}
	}
	if settleMerges(out) != nil {
		return nil, false // reported in order, located, when the rows are read
	}
	return out, true
}

// tailStart is the offset just after the last </sheetData> (or an empty
// <sheetData/>), or -1.
func tailStart(data []byte) int {
	i := bytes.LastIndex(data, []byte("sheetData"))
	if i < 0 {
		return -1
	}
	k := i + len("sheetData")
	if k == len(data) || nameChar[data[k]] {
		return -1
	}
	p := i // the start of the qualified name: step back over a prefix "x:"
	if p > 0 && data[p-1] == ':' {
		p--
		for p > 0 && nameChar[data[p-1]] && data[p-1] != ':' {
			p--
		}
	}
	gt := bytes.IndexByte(data[k:], '>')
	if gt < 0 {
		return -1
	}
	after := k + gt + 1
	switch {
	case p >= 2 && data[p-2] == '<' && data[p-1] == '/':
		return after
	case p >= 1 && data[p-1] == '<' && data[after-2] == '/':
		return after
	}
	return -1
}
