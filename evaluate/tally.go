package evaluate

import (
	"fmt"
	"strings"
)

// Tally accumulates ballots one at a time. It keeps a histogram of ratings
// per (target, dimension, group) and the ballot numbers seen, never the
// ballots themselves, so its memory is bounded by the roster, not by the
// ballots.
type Tally struct {
	rules   *Rules
	targets int
	scale   scaleKind
	groups  lookup
	counts  *Counts
	// seen holds, by 票号 (by file and 票号 when each file numbers its own),
	// where each ballot was first read and a fingerprint of its contents, so
	// that a ballot keyed again is told from another under the same number.
	seen map[string]seenBallot

	// Scratch space reused from ballot to ballot: the ratings of the ballot
	// being read; for each target the serial of the last valid ballot that
	// rated it (so a target rated on several dimensions counts once); for
	// each target and dimension the ballot read that last rated it, and
	// where, so that a second rating on one ballot is found in one pass.
	scratch  []rating
	serial   int
	lastBy   []int
	read     int
	cellSeen []int
	cellAt   []int

	stats   []GroupCount // per rules group, then one for unknown groups
	invalid []InvalidBallot

	// contents maps a fingerprint of each valid ballot's contents to the
	// first ballot with them, for double-entry checks.
	contents map[uint64]firstBallot
	doubles  []DoubleEntry

	rekeys    // ballots read again under their 票号, and those awaiting retraction
	fileCount // ballots per file
}

type firstBallot struct {
	id     string
	source Source
}

// GroupCount reconciles one evaluator group: Read = Valid + Invalid.
type GroupCount struct {
	Group                string
	Read, Valid, Invalid int
}

// NewTally prepares a tally for the rules and a roster of n targets. The rules
// must have passed Validate.
func NewTally(rules *Rules, targets int) *Tally {
	t := &Tally{
		rules:   rules,
		targets: targets,
		scale:   rules.Scale.kind(),
		groups:  lookup{},
		counts:  newCounts(rules, targets, newBinTable(&rules.Scale)),
		lastBy:  make([]int, targets),
		seen:    map[string]seenBallot{},

		cellSeen: make([]int, targets*len(rules.Dimensions)),
		cellAt:   make([]int, targets*len(rules.Dimensions)),
	}
	for i, g := range rules.Groups {
		t.groups.add(i, append([]string{g.Name}, g.Aliases...)...)
		t.stats = append(t.stats, GroupCount{Group: g.Name})
	}
	t.stats = append(t.stats, GroupCount{Group: ""})
	return t
}

// Counts are the ratings of the valid ballots added so far.
func (t *Tally) Counts() *Counts { return t.counts }

// Add reads one ballot. It returns the ballot's problems, or nil when the
// ballot is valid and has been counted, or is a keying again of a ballot
// read before (see [Tally.Read]). An invalid ballot counts for nothing but
// the reconciliation and the invalid list.
func (t *Tally) Add(b Ballot) []Problem {
	_, problems := t.Read(b)
	return problems
}

// Read reads one ballot and says what became of it: counted (valid when
// it has no problems), or not read again because its 票号 was read before
// (see [Outcome]).
func (t *Tally) Read(b Ballot) (Outcome, []Problem) {
	var problems []Problem
	if normalize(b.ID) == "" {
		problems = append(problems, Problem{Kind: ProblemNoID})
	}

	group, known := t.groups.find(b.Group)
	switch {
	case normalize(b.Group) == "":
		problems = append(problems, Problem{Kind: ProblemNoGroup})
	case !known:
		problems = append(problems, Problem{Kind: ProblemUnknownGroup, Ref: b.groupRef(), Value: b.Group})
	}
	if !known {
		group = len(t.rules.Groups) // the unknown-group row
	}

	ratings, cellProblems, sum := t.readCells(&b, t.scratch[:0])
	defer func() { t.scratch = ratings[:0] }()
	sum += groupToken(group, known, b.Group)
	if len(problems) == 0 || problems[0].Kind != ProblemNoID {
		if outcome, again := t.readAgain(&b, group, sum); outcome != Counted {
			t.countFile(b.Source.File, outcome, false)
			return outcome, again
		}
	}
	if b.MixedGroups != "" {
		problems = append(problems, Problem{Kind: ProblemMixedGroups, Ref: b.MixedGroupsRef, Value: b.MixedGroups})
	}
	problems = append(problems, cellProblems...)
	problems = append(problems, t.ratedTwice(&b, ratings)...)
	if len(ratings) == 0 && !hasCellProblem(problems) {
		problems = append(problems, Problem{Kind: ProblemBlank})
	}
	if len(problems) == 0 {
		problems = t.checkValidity(ratings)
	}
	if len(problems) == 0 {
		problems = t.checkDoubleEntry(b, group, ratings)
	}

	t.stats[group].Read++
	t.remember(&b, group, sum, len(problems) == 0)
	if len(problems) > 0 {
		t.stats[group].Invalid++
		t.invalid = append(t.invalid, InvalidBallot{ID: b.ID, Group: b.Group, Source: b.Source, Problems: problems})
		t.countFile(b.Source.File, Counted, false)
		return Counted, problems
	}
	t.stats[group].Valid++
	t.countFile(b.Source.File, Counted, true)
	t.count(ratings, group, 1)
	return Counted, nil
}

// readCells reads the rating cells of a ballot into ratings (appended to
// buf), with the problems of the cells, and the fingerprint of what the
// cells hold, whatever order they come in.
func (t *Tally) readCells(b *Ballot, buf []rating) (ratings []rating, problems []Problem, sum uint64) {
	ratings = buf
	for i, c := range b.Cells {
		switch {
		case strings.TrimSpace(c.Value) == "":
			continue
		case c.Target < 0:
			problems = append(problems, Problem{Kind: ProblemUnknownTarget, Ref: c.Ref(b), Value: c.Key})
			sum += cellToken(c.Target, c.Dim, -1, c.Key+"\x00"+c.Value)
			continue
		case c.Dim < 0:
			problems = append(problems, Problem{Kind: ProblemUnknownDim, Ref: c.Ref(b), Value: c.Key})
			sum += cellToken(c.Target, c.Dim, -1, c.Key+"\x00"+c.Value)
			continue
		}
		bin, noAnswer, problem := t.scale.read(c, t.counts.table)
		switch {
		case problem != "":
			problems = append(problems, Problem{Kind: problem, Ref: c.Ref(b), Value: c.Value})
			sum += cellToken(c.Target, c.Dim, -1, normalize(c.Value))
		default:
			sum += cellToken(c.Target, c.Dim, bin, "")
			if !noAnswer {
				ratings = append(ratings, rating{target: c.Target, dim: c.Dim, bin: bin, cell: i})
			}
		}
	}
	return ratings, problems, sum
}

// count adds (sign 1) or takes back (sign -1) the ratings of a valid
// ballot of group.
func (t *Tally) count(ratings []rating, group, sign int) {
	t.serial++
	c := t.counts
	for _, r := range ratings {
		c.add(r.target, r.dim, group, r.bin, sign)
		if t.lastBy[r.target] != t.serial {
			t.lastBy[r.target] = t.serial
			c.raters[r.target] += sign
			c.groupRaters[r.target*c.groups+group] += sign
		}
	}
}

// rating is one valid rating of the ballot being read: a bin of the scale,
// from the ballot's cell at index cell.
type rating struct {
	target, dim, bin int
	cell             int
}

// hasCellProblem reports a problem with a rating cell: such a ballot is not
// blank, whatever else is wrong with it.
func hasCellProblem(ps []Problem) bool {
	for _, p := range ps {
		switch p.Kind {
		case ProblemBadLevel, ProblemOutOfRange, ProblemUnknownTarget, ProblemUnknownDim:
			return true
		}
	}
	return false
}

// ratedTwice reports a target and dimension rated twice on one ballot, which
// a long-layout sheet can hold, in one pass over the ratings.
func (t *Tally) ratedTwice(b *Ballot, ratings []rating) []Problem {
	var out []Problem
	t.read++
	dims := len(t.rules.Dimensions)
	for i, r := range ratings {
		k := r.target*dims + r.dim
		if t.cellSeen[k] == t.read {
			first := ratings[t.cellAt[k]]
			out = append(out, Problem{Kind: ProblemRatedTwice, Ref: b.Cells[r.cell].Ref(b), Value: b.Cells[first.cell].Ref(b)})
			continue
		}
		t.cellSeen[k], t.cellAt[k] = t.read, i
	}
	return out
}

// Reconciliation is the count of ballots read, valid and invalid.
type Reconciliation struct {
	Read, Valid, Invalid int
	Groups               []GroupCount
}

// Check reports whether the counts add up; it is an internal invariant.
func (r Reconciliation) Check() error {
	read, valid, invalid := 0, 0, 0
	for _, g := range r.Groups {
		if g.Read != g.Valid+g.Invalid {
			return fmt.Errorf("group %q: read %d != valid %d + invalid %d", g.Group, g.Read, g.Valid, g.Invalid)
		}
		read, valid, invalid = read+g.Read, valid+g.Valid, invalid+g.Invalid
	}
	if read != r.Read || valid != r.Valid || invalid != r.Invalid || r.Read != r.Valid+r.Invalid {
		return fmt.Errorf("totals do not reconcile: read %d, valid %d, invalid %d", r.Read, r.Valid, r.Invalid)
	}
	return nil
}
