package evaluate

import "sort"

// Two keyings of one stack of paper ballots (双人录入) are compared ballot by
// ballot, paired by 票号, cell by cell: every cell where they differ is a
// typo in one of them, to be checked against the paper.

// KeyingDiffKind says what differs between the two keyings of a ballot.
type KeyingDiffKind string

// What can differ.
const (
	DiffGroup   KeyingDiffKind = "group"   // the 代表类别
	DiffRating  KeyingDiffKind = "rating"  // a target's rating (on a dimension)
	DiffComment KeyingDiffKind = "comment" // a comment
	// DiffTwice: one keying holds the 票号 twice; A and B are its two rows.
	DiffTwice KeyingDiffKind = "twice"
)

// KeyingDiff is one difference: the ballot, what differs (for a rating, the
// target and dimension; for a comment, its column), and each keying's cell
// and value as written ("" for blank). A cell reference is empty where the
// keying has no such cell at all.
type KeyingDiff struct {
	ID           string
	Kind         KeyingDiffKind
	Target, Dim  int
	Column       string
	RefA, ValueA string
	RefB, ValueB string
	// InB says, for DiffTwice, that the 票号 is twice in the second keying.
	InB bool
}

// Keyings is the comparison of two keyings.
type Keyings struct {
	// Paired counts the 票号 both keyings hold, Agreeing those that agree in
	// every cell.
	Paired, Agreeing int
	Diffs            []KeyingDiff
	// OnlyA and OnlyB are the ballots one keying holds and the other does
	// not (or holds without a 票号), in their order.
	OnlyA, OnlyB []Source
	OnlyIDsA     []string
	OnlyIDsB     []string
}

// Agreed reports whether the keyings agree in every ballot and every cell.
func (k *Keyings) Agreed() bool {
	return len(k.Diffs) == 0 && len(k.OnlyA) == 0 && len(k.OnlyB) == 0
}

// CompareKeyings compares two keyings of one stack: a and b hold the
// ballots as read, each with its cells resolved to targets and dimensions
// the same way. Values are compared as written, trimmed; a blank and no
// cell are the same.
func CompareKeyings(a, b []Ballot) *Keyings {
	k := &Keyings{}
	firstA := k.index(a, false)
	firstB := k.index(b, true)
	for _, ba := range a {
		i, ok := firstB[ba.ID]
		if ba.ID == "" || firstA[ba.ID] < 0 {
			continue
		}
		firstA[ba.ID] = -1 // looked at once: a second row with it is listed as twice
		if !ok {
			k.OnlyA, k.OnlyIDsA = append(k.OnlyA, ba.Source), append(k.OnlyIDsA, ba.ID)
			continue
		}
		k.Paired++
		n := len(k.Diffs)
		k.compare(&ba, &b[i])
		if len(k.Diffs) == n {
			k.Agreeing++
		}
	}
	for _, bb := range b {
		if _, ok := firstA[bb.ID]; !ok || bb.ID == "" {
			k.OnlyB, k.OnlyIDsB = append(k.OnlyB, bb.Source), append(k.OnlyIDsB, bb.ID)
		}
	}
	for _, ba := range a {
		if ba.ID == "" {
			k.OnlyA, k.OnlyIDsA = append(k.OnlyA, ba.Source), append(k.OnlyIDsA, "")
		}
	}
	return k
}

// index maps each 票号 of a keying to its first ballot, listing a 票号 read
// twice as a difference.
func (k *Keyings) index(ballots []Ballot, inB bool) map[string]int {
	first := map[string]int{}
	for i, b := range ballots {
		if b.ID == "" {
			continue
		}
		if j, dup := first[b.ID]; dup {
			src := ballots[j].Source
			k.Diffs = append(k.Diffs, KeyingDiff{ID: b.ID, Kind: DiffTwice, Target: -1, Dim: -1, InB: inB,
				RefA: src.Sheet + "!" + CellName(0, src.Row), ValueA: b.ID, RefB: b.Source.Sheet + "!" + CellName(0, b.Source.Row), ValueB: b.ID})
			continue
		}
		first[b.ID] = i
	}
	return first
}

// cellKey places a rating: its target and dimension, or for a cell the
// reader could not place, what it was headed.
type cellKey struct {
	target, dim int
	key         string
}

// compare lists the cells in which two keyings of one ballot differ: the
// group, each rating, each comment.
func (k *Keyings) compare(a, b *Ballot) {
	if normalize(a.Group) != normalize(b.Group) {
		k.Diffs = append(k.Diffs, KeyingDiff{ID: a.ID, Kind: DiffGroup, Target: -1, Dim: -1,
			RefA: a.groupRef(), ValueA: a.Group, RefB: b.groupRef(), ValueB: b.Group})
	}
	cellsA, cellsB := ratingsByKey(a), ratingsByKey(b)
	for _, key := range unionKeys(cellsA, cellsB) {
		ca, cb := cellsA[key], cellsB[key]
		va, vb := cellValue(ca), cellValue(cb)
		if normalize(va) == normalize(vb) {
			continue
		}
		d := KeyingDiff{ID: a.ID, Kind: DiffRating, Target: key.target, Dim: key.dim, Column: key.key, ValueA: va, ValueB: vb}
		if ca != nil {
			d.RefA = ca.Ref(a)
		}
		if cb != nil {
			d.RefB = cb.Ref(b)
		}
		k.Diffs = append(k.Diffs, d)
	}
	commentsA, commentsB := commentsByKey(a), commentsByKey(b)
	for _, key := range unionKeys(commentsA, commentsB) {
		ca, cb := commentsA[key], commentsB[key]
		va, vb := commentText(ca), commentText(cb)
		if normalize(va) == normalize(vb) {
			continue
		}
		d := KeyingDiff{ID: a.ID, Kind: DiffComment, Target: key.target, Dim: -1, Column: key.key, ValueA: va, ValueB: vb}
		if ca != nil {
			d.RefA = a.Source.Sheet + "!" + CellName(ca.Col, rowOr(ca.Row, a.Source.Row))
		}
		if cb != nil {
			d.RefB = b.Source.Sheet + "!" + CellName(cb.Col, rowOr(cb.Row, b.Source.Row))
		}
		k.Diffs = append(k.Diffs, d)
	}
}

func cellValue(c *Cell) string {
	if c == nil {
		return ""
	}
	return c.Value
}

func commentText(c *Comment) string {
	if c == nil {
		return ""
	}
	return c.Text
}

func rowOr(row, ballot int) int {
	if row == 0 {
		return ballot
	}
	return row
}

func ratingsByKey(b *Ballot) map[cellKey]*Cell {
	out := map[cellKey]*Cell{}
	for i := range b.Cells {
		c := &b.Cells[i]
		key := cellKey{c.Target, c.Dim, ""}
		if c.Target < 0 || c.Dim < 0 {
			key.key = c.Key
		}
		out[key] = c
	}
	return out
}

func commentsByKey(b *Ballot) map[cellKey]*Comment {
	out := map[cellKey]*Comment{}
	for i := range b.Comments {
		c := &b.Comments[i]
		out[cellKey{c.Target, -1, c.Column}] = c
	}
	return out
}

// unionKeys lists the keys of both maps in a fixed order: by target, then
// dimension, then what the cell was headed.
func unionKeys[V any](a, b map[cellKey]V) []cellKey {
	seen := map[cellKey]bool{}
	var out []cellKey
	for _, m := range []map[cellKey]V{a, b} {
		for key := range m {
			if !seen[key] {
				seen[key] = true
				out = append(out, key)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		x, y := out[i], out[j]
		if x.target != y.target {
			return x.target < y.target
		}
		if x.dim != y.dim {
			return x.dim < y.dim
		}
		return x.key < y.key
	})
	return out
}
