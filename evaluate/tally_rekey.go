package evaluate

import (
	"maps"
	"strconv"
)

// Outcome says what became of a ballot read by a tally.
type Outcome int

// Outcomes of a ballot.
const (
	// Counted: read as a ballot of the round, valid or invalid.
	Counted Outcome = iota
	// Rekeyed: its 票号 was read before with the same contents (group and
	// every cell): the same paper keyed again, counted once.
	Rekeyed
	// Conflicting: its 票号 was read before with other contents. Which
	// keying is the paper cannot be told, so the ballot is invalid, whichever
	// was read first, and this copy is not read as another ballot.
	Conflicting
)

// Rekey is a ballot whose 票号 was read before: the same paper keyed again
// (Conflict false), or another keying with other contents (Conflict true).
// First is where the 票号 was first read.
type Rekey struct {
	ID            string
	Source, First Source
	Conflict      bool
}

// rekeys are the ballots a tally read again under their 票号, and the
// counted ballots a later conflicting copy made invalid, whose ratings are
// still to be taken back.
type rekeys struct {
	again   []Rekey
	pending map[Source]bool
}

// numberKey is the key of a ballot's 票号 in the log: the number itself,
// or with each file numbering its own ballots, the file's place among the
// files read, a NUL, and the number.
func (t *Tally) numberKey(b *Ballot) string {
	if t.rules.Ballots.Numbering == NumberingFile {
		return strconv.Itoa(t.fileIndex(b.Source.File)) + "\x00" + b.ID
	}
	return b.ID
}

// readAgain tells a ballot whose 票号 was read before, as log record rec:
// the same contents (a keying again, not read as another ballot) or other
// contents (a conflict: the ballot read first becomes invalid, and this
// copy is not read as another ballot).
func (t *Tally) readAgain(b *Ballot, rec, group int, sum uint64) (Outcome, []Problem) {
	first := t.log.source(rec)
	if t.log.sum(rec) == sum {
		t.again = append(t.again, Rekey{ID: b.ID, Source: b.Source, First: first})
		return Rekeyed, nil
	}
	t.again = append(t.again, Rekey{ID: b.ID, Source: b.Source, First: first, Conflict: true})
	onFirst := Problem{Kind: ProblemDuplicate, Value: b.ID, First: b.Source}
	fg := t.log.group(rec)
	if inv, ok := t.log.invalidIndex(rec); ok {
		ib := &t.invalid[inv]
		ib.Problems = append(ib.Problems, onFirst)
	} else {
		// Counted as valid until now: invalid from here on, and its ratings
		// are taken back when it is read again (Retract).
		t.stats[fg].Valid--
		t.stats[fg].Invalid++
		t.invalid = append(t.invalid, InvalidBallot{ID: b.ID, Group: t.rules.Groups[fg].Name, Source: first, Problems: []Problem{onFirst}})
		t.log.markInvalid(rec, len(t.invalid)-1)
		if t.pending == nil {
			t.pending = map[Source]bool{}
		}
		t.pending[first] = true
		t.fileOf(first.File).Valid--
		t.fileOf(first.File).Invalid++
	}
	if unknown := len(t.rules.Groups); group != fg && fg != unknown {
		// The keyings disagree on the group: which group returned the
		// ballot is in doubt, so it is counted with the unknown groups.
		t.stats[fg].Read--
		t.stats[fg].Invalid--
		t.stats[unknown].Read++
		t.stats[unknown].Invalid++
		t.log.setGroup(rec, unknown)
	}
	return Conflicting, []Problem{{Kind: ProblemDuplicate, Value: b.ID, First: first}}
}

// Pending is how many counted ballots a later conflicting copy made
// invalid whose ratings are still counted: each must be given to Retract,
// by reading the ballots again, before the tally is scored.
func (t *Tally) Pending() int { return len(t.pending) }

// PendingSet is where the ballots awaiting Retract were read: a copy, which
// Retract leaves as it is, to be read from any goroutine while it runs.
func (t *Tally) PendingSet() map[Source]bool { return maps.Clone(t.pending) }

// Retract takes back the ratings of a ballot made invalid by a later
// conflicting copy, when given that ballot again (read from the same
// place). It reports whether the ballot was one awaiting it.
func (t *Tally) Retract(b Ballot) bool {
	if !t.pending[b.Source] {
		return false
	}
	delete(t.pending, b.Source)
	group, _ := t.groups.find(b.Group)
	ratings, noAnswers, _, _ := t.readCells(&b, nil, nil)
	t.count(&b, ratings, noAnswers, group, -1)
	answers, _, _ := t.questions.read(&b)
	t.questions.count(answers, group, -1)
	return true
}

// Rekeys lists the ballots read again under a 票号 read before, in
// reading order.
func (t *Tally) Rekeys() []Rekey { return t.again }

// groupRef is the reference of the cell giving the ballot's group, "" when
// there is none.
func (b *Ballot) groupRef() string {
	if b.GroupColumn == 0 {
		return ""
	}
	return b.Source.Sheet + "!" + CellName(b.GroupColumn-1, b.Source.Row)
}

// cellToken is the fingerprint of one written cell: its target and
// dimension, and the bin it reads as (or, when it reads as none, its text).
// A ballot's fingerprint is the sum of its cells' tokens, so the order in
// which a layout writes the cells does not matter.
func cellToken(target, dim, bin int, text string) uint64 {
	// Targets and dimensions (from -2) and bins (from -1) fit in 24, 20
	// and 20 bits: one word, mixed once, tells them apart.
	x := mix64(uint64(target+2)<<40 ^ uint64(dim+2)<<20 ^ uint64(bin+1) ^ 0x632be59bd9b4e019)
	if text != "" { // a cell that reads as no bin, rare
		x = mix64(x ^ hashString(text))
	}
	return x
}

// groupToken is the fingerprint of a ballot's group: the rules group, or
// the text of an unknown one.
func groupToken(group int, known bool, text string) uint64 {
	if known {
		return cellToken(-2, -2, group, "")
	}
	return cellToken(-2, -2, -1, normalize(text))
}

// FileCount reconciles the ballots of one file: Read = Valid + Invalid;
// Rekeyed are its rows that were another keying of a 票号 read before
// (identical or conflicting), not read as ballots of their own.
type FileCount struct {
	File                          string
	Read, Valid, Invalid, Rekeyed int
}

// fileCount counts the ballots of each file, in the order files are first
// read.
type fileCount struct {
	files   []FileCount
	fileIdx map[string]int
	last    int // the file of the last ballot: ballots come file by file
}

// fileIndex is the place of a file among those read, made on its first
// ballot.
func (t *Tally) fileIndex(file string) int {
	if t.last < len(t.files) && t.files[t.last].File == file {
		return t.last
	}
	i, ok := t.fileIdx[file]
	if !ok {
		if t.fileIdx == nil {
			t.fileIdx = map[string]int{}
		}
		i = len(t.files)
		t.files = append(t.files, FileCount{File: file})
		t.fileIdx[file] = i
	}
	t.last = i
	return i
}

func (t *Tally) fileOf(file string) *FileCount { return &t.files[t.fileIndex(file)] }

func (t *Tally) countFile(file string, outcome Outcome, valid bool) {
	f := t.fileOf(file)
	switch {
	case outcome != Counted:
		f.Rekeyed++
	case valid:
		f.Read++
		f.Valid++
	default:
		f.Read++
		f.Invalid++
	}
}

// Files reconciles the ballots per file, in the order the files were first
// read.
func (t *Tally) Files() []FileCount { return append([]FileCount(nil), t.files...) }

// String names an outcome, for tests and messages.
func (o Outcome) String() string {
	switch o {
	case Counted:
		return "counted"
	case Rekeyed:
		return "rekeyed"
	case Conflicting:
		return "conflicting"
	}
	return "outcome(" + strconv.Itoa(int(o)) + ")"
}
