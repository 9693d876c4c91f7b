package evaluate

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestBallotLog holds the log to a plain map over 票号 of every shape: short
// and long, Chinese, alike but for one byte, numbers within the dense
// index's span of the first, below it and beyond it, through many growths
// of its tables, read from two files.
func TestBallotLog(t *testing.T) {
	for _, first := range []string{"1", "2026001"} {
		t.Run(first, func(t *testing.T) { testBallotLog(t, first) })
	}
}

func testBallotLog(t *testing.T, first string) {
	var l ballotLog
	want := map[string]Source{}
	r := rand.New(rand.NewPCG(1, 2))
	ids := []string{first, "1", "01", "+1", "2147483647", "2147483648", "4294967296", "P0001", "P0001 ", "票号一", strings.Repeat("长", 40), "2024-001-0001"}
	for i := range 20000 {
		ids = append(ids, fmt.Sprintf("P%05d", i), fmt.Sprint(r.IntN(30000)), fmt.Sprint(2026001+r.IntN(30000)), fmt.Sprint(denseSpan+r.IntN(30000)))
	}
	for i, id := range ids {
		// Even rows, then rows three apart (a long layout), then rows
		// with gaps, in another file.
		src := Source{File: "a.xlsx", Sheet: "选票", Row: i + 2}
		switch {
		case i >= 2*len(ids)/3:
			src = Source{File: "b.xlsx", Sheet: "选票-党代表", Row: 10*i + r.IntN(5)}
		case i >= len(ids)/3:
			src = Source{File: "a.xlsx", Sheet: "选票-长表", Row: 3 * i}
		}
		rec, fresh, err := l.add(id, src)
		if err != nil {
			t.Fatal(err)
		}
		first, dup := want[id]
		if fresh == dup {
			t.Fatalf("ballot %d %q: fresh %v, but the map has it: %v", i, id, fresh, dup)
		}
		if !dup {
			want[id] = src
			continue
		}
		if got := l.source(rec); got != first || l.id(rec) != id {
			t.Fatalf("ballot %d %q: first read as %q at %+v, want at %+v", i, id, l.id(rec), got, first)
		}
	}
	if l.keys.len() != len(want) {
		t.Errorf("%d records for %d distinct 票号", l.keys.len(), len(want))
	}
	for i := range l.keys.len() {
		if got := l.source(i); got != want[l.id(i)] {
			t.Errorf("record %d %q at %+v, want %+v", i, l.id(i), got, want[l.id(i)])
		}
	}
}

// TestSameBody holds the fingerprint index to a map, with fingerprints
// repeated often, 0 among them, through many growths of its shards.
func TestSameBody(t *testing.T) {
	var l ballotLog
	first := map[uint64]int{}
	r := rand.New(rand.NewPCG(3, 4))
	for i := range 50000 {
		if _, _, err := l.add(fmt.Sprint(i), Source{Row: i}); err != nil {
			t.Fatal(err)
		}
		fp := mix64(r.Uint64N(20000))
		if i%1000 == 0 {
			fp = 0
		}
		l.remember(i, 0, fp)
		got, seen := l.sameBody(fp, i)
		want, ok := first[fp]
		if seen != ok || (ok && got != want) {
			t.Fatalf("fingerprint %d at %d: (%d, %v), want (%d, %v)", fp, i, got, seen, want, ok)
		}
		if !ok {
			first[fp] = i
		}
	}
}

// TestArena keeps strings of every length, a block's worth and more among
// them, and gives each back whole.
func TestArena(t *testing.T) {
	var a arena
	var refs []uint32
	var texts []string
	for i, n := range []int{0, 1, 7, 127, 128, 16383, 16384, 1<<20 - 12, 1 << 20, 3 << 20, 5, 1<<20 - 1} {
		s := strings.Repeat(string(rune('a'+i)), n)
		refs, texts = append(refs, a.put(s)), append(texts, s)
	}
	for i, ref := range refs {
		if got := string(a.get(ref)); got != texts[i] {
			t.Errorf("string %d: %d bytes back, want %d", i, len(got), len(texts[i]))
		}
	}
}

// TestTallyFull: a ballot beyond what the tally can count is an error of
// the tally, not a silently dropped or miscounted ballot.
func TestTallyFull(t *testing.T) {
	tl := NewTally(Chibi(), 1)
	tl.log.limit = 2
	for i := range 3 {
		tl.Add(Ballot{ID: fmt.Sprint(i), Group: "党代表", Cells: []Cell{{Target: 0, Value: "满意"}}})
	}
	if tl.Err() == nil || tl.Reconciliation().Read != 2 {
		t.Errorf("after 3 ballots into room for 2: err %v, %d read", tl.Err(), tl.Reconciliation().Read)
	}
}

// TestDoubleEntryOrderFree: the same ratings in another cell order are the
// same contents; one rating changed, or another group, is not.
func TestDoubleEntryOrderFree(t *testing.T) {
	rules := Chibi()
	rules.Validity = Validity{DoubleEntry: DoubleEntryFlag, DoubleEntryMin: 2}
	tl := NewTally(rules, 3)
	cell := func(target int, v string) Cell { return Cell{Target: target, Value: v, Col: target + 2} }
	ballot := func(row int, id, group string, cells ...Cell) Ballot {
		return Ballot{ID: id, Group: group, Source: Source{File: "x.xlsx", Sheet: "选票", Row: row}, Cells: cells}
	}
	for _, b := range []Ballot{
		ballot(2, "P1", "党代表", cell(0, "满意"), cell(1, "不满意"), cell(2, "基本满意")),
		ballot(3, "P2", "党代表", cell(2, "基本满意"), cell(0, "满意"), cell(1, "不满意")), // P1 reordered
		ballot(4, "P3", "党代表", cell(0, "满意"), cell(1, "不满意"), cell(2, "满意")),
		ballot(5, "P4", "人大代表", cell(0, "满意"), cell(1, "不满意"), cell(2, "基本满意")),
	} {
		if p := tl.Add(b); p != nil {
			t.Fatalf("%s: %v", b.ID, p)
		}
	}
	d := tl.DoubleEntries()
	if len(d) != 1 || d[0].ID != "P2" || d[0].FirstID != "P1" || d[0].First.Row != 2 || d[0].Source.Row != 3 {
		t.Errorf("double entries %+v, want P2 as P1 (row 2)", d)
	}
}

// TestTallyAddAllocates nothing per valid ballot once its tables have
// grown: the memory of a round is its 票号, not copies of its ballots.
func TestTallyAddAllocates(t *testing.T) {
	rules := Chibi()
	tl := NewTally(rules, 18)
	levels := []string{"满意", "基本满意", "不满意"}
	groups := []string{"党代表", "人大代表", "政协委员", "企业代表", "社会人士"}
	cells := make([]Cell, 18)
	ids := make([]string, 30000)
	for i := range ids {
		ids[i] = fmt.Sprintf("P%06d", i)
	}
	n := 0
	add := func() {
		d := n // the levels are n's digits in base 3: every ballot differs
		for j := range cells {
			cells[j] = Cell{Target: j, Value: levels[d%3], Col: j + 2}
			d /= 3
		}
		if p := tl.Add(Ballot{ID: ids[n], Group: groups[n%5], Source: Source{File: "x.xlsx", Sheet: "选票", Row: n + 2}, Cells: cells}); p != nil {
			t.Fatalf("ballot %d: %v", n, p)
		}
		n++
	}
	for range 1000 {
		add()
	}
	if a := testing.AllocsPerRun(20000, add); a > 0.05 {
		t.Errorf("Tally.Add allocates %.3f times a ballot, want (amortised) none", a)
	}
}

// TestTallyExpect: an estimate of the ballots to come, too low, right or
// far too high, sizes the indexes and changes nothing the tally finds: the
// same counts, invalid ballots, double entries and keyings again.
func TestTallyExpect(t *testing.T) {
	rules := Chibi()
	rules.Validity.DoubleEntry, rules.Validity.DoubleEntryMin = DoubleEntryFlag, 2
	levels := []string{"满意", "基本满意", "不满意"}
	read := func(expect int) *Tally {
		tl := NewTally(rules, 6)
		tl.Expect(expect)
		r := rand.New(rand.NewPCG(5, 6))
		for i := range 5000 {
			id := fmt.Sprintf("P%05d", i)
			if i%97 == 0 {
				id = fmt.Sprintf("P%05d", r.IntN(i+1)) // keyed again, maybe as read
			}
			var cells []Cell
			for j := range 6 {
				cells = append(cells, Cell{Target: j, Value: levels[r.IntN(3)], Col: j + 2})
			}
			tl.Add(Ballot{ID: id, Group: "党代表", Source: Source{File: "x.xlsx", Sheet: "选票", Row: i + 2}, Cells: cells})
		}
		return tl
	}
	want := read(0)
	if len(want.DoubleEntries()) == 0 || len(want.Rekeys()) == 0 {
		t.Fatalf("the round has %d double entries and %d keyings again: it tests neither", len(want.DoubleEntries()), len(want.Rekeys()))
	}
	for _, expect := range []int{1, 5000, 1 << 20} {
		got := read(expect)
		if fmt.Sprint(got.Reconciliation(), got.Invalid(), got.DoubleEntries(), got.Rekeys()) != fmt.Sprint(want.Reconciliation(), want.Invalid(), want.DoubleEntries(), want.Rekeys()) {
			t.Errorf("Expect(%d) changed what the tally found", expect)
		}
		// A shard that grew grew to its share at once.
		for _, sh := range got.log.byBody.shards {
			if sh.n > 0 && len(sh.slots) < shardSlots(expect/len(got.log.byBody.shards)) {
				t.Fatalf("Expect(%d): a shard of %d slots, want at least %d", expect, len(sh.slots), shardSlots(expect/256))
			}
		}
	}
}
