package evaluate

import (
	"strconv"
	"strings"
	"unsafe"
)

// Source locates a ballot in its input: file, sheet and 1-based row.
type Source struct {
	File  string
	Sheet string
	Row   int
}

// Ballot is one evaluator's sheet of ratings (评议票), as read.
type Ballot struct {
	ID     string // 票号
	Group  string // 代表类别, as written
	Source Source
	Cells  []Cell
	// MixedGroups, when not empty, is a second group named by the rows of a
	// long-layout ballot, at MixedGroupsRef: the ballot is invalid.
	MixedGroups, MixedGroupsRef string
	// GroupColumn is the 1-based column of the cell on the ballot's row
	// that gives its group, for messages; 0 when the group comes from
	// elsewhere (the sheet's name).
	GroupColumn int
	// Comments are the ballot's free-text answers (意见建议); Meta what a
	// survey platform recorded of the submission, nil for a keyed ballot.
	// Neither is scored.
	Comments []Comment
	Meta     *Meta
	// Answers are the ballot's answers to the rules' questions, which rate
	// no target (知晓率, 支持率).
	Answers []Answer
}

// Cell is one rating cell of a ballot, as written.
type Cell struct {
	Target int // index into Round.Targets; -1 when the reader could not resolve it
	Dim    int // index into Rules.Dimensions; -1 likewise
	// Key is the target or dimension as written, when it did not resolve.
	Key   string
	Value string
	// Numeric says the cell holds a number, Number; the reader decides, as
	// it knows how the cell was stored and written (full-width digits …).
	Numeric bool
	Number  float64
	// Col (0-based) and Row (1-based) place the cell on the ballot's sheet,
	// for messages: its reference (选票!F57) is made only when one is
	// needed. Row 0 is the ballot's own row.
	Col, Row int
}

// Ref is the cell's reference on the ballot's sheet, e.g. 选票!F57.
func (c Cell) Ref(b *Ballot) string {
	row := c.Row
	if row == 0 {
		row = b.Source.Row
	}
	return b.Source.Sheet + "!" + CellName(c.Col, row)
}

// CellName is the A1 name of a cell: 0-based column col (A, B … Z, AA …)
// and 1-based row.
func CellName(col, row int) string {
	var letters [4]byte
	i := len(letters)
	for col++; col > 0; col = (col - 1) / 26 {
		i--
		letters[i] = byte('A' + (col-1)%26)
	}
	return string(letters[i:]) + strconv.Itoa(row)
}

// ProblemKind names why a ballot is invalid.
type ProblemKind string

// Ballot problems.
const (
	ProblemNoID          ProblemKind = "missing_ballot_number"
	ProblemDuplicate     ProblemKind = "duplicate_ballot_number"
	ProblemNoGroup       ProblemKind = "missing_group"
	ProblemUnknownGroup  ProblemKind = "unknown_group"
	ProblemBadLevel      ProblemKind = "not_a_level"
	ProblemOutOfRange    ProblemKind = "out_of_range"
	ProblemBlank         ProblemKind = "blank_ballot"
	ProblemDoubleEntry   ProblemKind = "double_entry"      // only when the rules make it invalid
	ProblemUnknownTarget ProblemKind = "unknown_target"    // a long-layout row names no roster target
	ProblemUnknownDim    ProblemKind = "unknown_dimension" // … or no dimension of the rules
	ProblemRatedTwice    ProblemKind = "rated_twice"       // one target and dimension rated twice on a ballot
	ProblemMixedGroups   ProblemKind = "mixed_groups"      // the rows of one ballot name different groups
)

// Problem is one reason a ballot is invalid. Ref and Value locate and quote
// the offending cell; First, for a duplicate, is where the number was first
// read.
type Problem struct {
	Kind  ProblemKind
	Ref   string
	Value string
	First Source
}

// DoubleEntry is a ballot whose contents are identical to an earlier one's
// under another number: possibly one paper ballot keyed in twice.
type DoubleEntry struct {
	ID, FirstID   string
	Source, First Source
	// Invalid says the rules made the later ballot invalid.
	Invalid bool
}

// InvalidBallot is a ballot excluded from scoring, with every reason found.
type InvalidBallot struct {
	ID       string
	Group    string
	Source   Source
	Problems []Problem
}

// normalize makes a written value comparable: surrounding blanks (full-width
// included) are dropped and ASCII letters folded to lower case.
func normalize(s string) string {
	return strings.ToLower(strings.TrimSpace(s))
}

// lookup maps names and aliases to indices.
type lookup map[string]int

func (l lookup) add(i int, names ...string) {
	for _, n := range names {
		if k := normalize(n); k != "" {
			l[k] = i
		}
	}
}

func (l lookup) find(s string) (int, bool) {
	if i, ok := l[s]; ok { // the common case: written exactly as named
		return i, true
	}
	i, ok := l[normalize(s)]
	return i, ok
}

// memo remembers the last few texts a lookup found: a ballot sheet writes
// the same few levels and groups over and over, mostly as the very same
// strings (a workbook's shared strings), which compare at once.
type memo struct {
	texts [8]string
	index [8]int
	n     int // entries used; the next one written is n % 8
}

func (m *memo) find(l lookup, s string) (int, bool) {
	n := min(m.n, len(m.texts))
	// The very same string first: a pointer and a length to compare.
	for i := range n {
		if len(m.texts[i]) == len(s) && unsafe.StringData(m.texts[i]) == unsafe.StringData(s) {
			return m.index[i], true
		}
	}
	for i := range n {
		if m.texts[i] == s {
			return m.index[i], true
		}
	}
	i, ok := l.find(s)
	if ok {
		m.texts[m.n%len(m.texts)], m.index[m.n%len(m.texts)] = s, i
		m.n++
	}
	return i, ok
}
