package evaluate

import (
	"encoding/binary"
	"hash/fnv"
	"sort"
)

// checkDoubleEntry compares a valid ballot's contents with those read
// before. It returns a problem only when the rules make a double entry
// invalid; otherwise the pair is just listed.
func (t *Tally) checkDoubleEntry(b Ballot, group int, ratings []rating) []Problem {
	v := t.rules.Validity
	if v.DoubleEntry == DoubleEntryOff || v.DoubleEntry == "" || len(ratings) < v.DoubleEntryMin {
		return nil
	}
	sorted := append([]rating(nil), ratings...)
	sort.Slice(sorted, func(i, j int) bool {
		if sorted[i].target != sorted[j].target {
			return sorted[i].target < sorted[j].target
		}
		return sorted[i].dim < sorted[j].dim
	})
	h := fnv.New64a()
	var buf [8]byte
	word := func(x uint64) {
		binary.LittleEndian.PutUint64(buf[:], x)
		h.Write(buf[:])
	}
	word(uint64(group))
	for _, r := range sorted {
		word(uint64(r.target))
		word(uint64(r.dim))
		word(uint64(r.bin))
	}
	key := h.Sum64()
	if t.contents == nil {
		t.contents = map[uint64]firstBallot{}
	}
	first, seen := t.contents[key]
	if !seen {
		t.contents[key] = firstBallot{b.ID, b.Source}
		return nil
	}
	invalid := v.DoubleEntry == DoubleEntryInvalid
	t.doubles = append(t.doubles, DoubleEntry{ID: b.ID, FirstID: first.id, Source: b.Source, First: first.source, Invalid: invalid})
	if invalid {
		return []Problem{{Kind: ProblemDoubleEntry, Value: first.id, First: first.source}}
	}
	return nil
}

// DoubleEntries lists the ballots identical in contents to an earlier one.
func (t *Tally) DoubleEntries() []DoubleEntry { return t.doubles }

// Invalid lists the invalid ballots in reading order.
func (t *Tally) Invalid() []InvalidBallot { return t.invalid }

// Reconciliation returns the per-group counts, with a final row for ballots
// whose group was missing or unknown when there were any.
func (t *Tally) Reconciliation() Reconciliation {
	r := Reconciliation{}
	for i, s := range t.stats {
		if i == len(t.stats)-1 && s.Read == 0 {
			break
		}
		r.Groups = append(r.Groups, s)
		r.Read += s.Read
		r.Valid += s.Valid
		r.Invalid += s.Invalid
	}
	return r
}
