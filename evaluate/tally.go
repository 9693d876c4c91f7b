package evaluate

import (
	"fmt"
)

// Tally accumulates ballots one at a time. It keeps a histogram of ratings
// per (target, dimension, group), and of each ballot read only its 票号,
// where it was read and a fingerprint of its contents (the log), never the
// ballots themselves: its memory is bounded by the roster, but for some 28
// bytes a ballot.
type Tally struct {
	rules   *Rules
	targets int
	scale   scaleKind
	groups  lookup
	recent  memo // of groups
	counts  *Counts
	log     ballotLog // every 票号 read: where, its group, its contents' fingerprint

	// Scratch space reused from ballot to ballot: the ratings of the ballot
	// being read; for each target the serial of the last valid ballot that
	// rated it (so a target rated on several dimensions counts once); for
	// each target and dimension the ballot read that last rated it, and
	// where, so that a second rating on one ballot is found in one pass;
	// the ballot's no-answer cells, counted for the record only.
	scratch  []rating
	noAnswer []rating
	// The ratings and no-answer cells of the ballot read last, until the
	// next is read: what a Screen that follows the tally looks at.
	lastRatings, lastNoAnswers []rating
	serial                     int
	lastBy                     []int
	read                       int
	cellSeen                   []int
	cellAt                     []int
	targetSeen                 []int // for counting a ballot's targets: the stamp of the last count that met each
	stamp                      int

	err     error        // the tally could take no more ballots
	stats   []GroupCount // per rules group, then one for unknown groups
	invalid []InvalidBallot
	doubles []DoubleEntry

	rekeys    // ballots read again under their 票号, and those awaiting retraction
	fileCount // ballots per file
	questions questionTally

	resample *resampler // the replicates' counts; nil unless resampling
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

		cellSeen: make([]int, targets*len(rules.Dimensions)),
		cellAt:   make([]int, targets*len(rules.Dimensions)),

		targetSeen: make([]int, targets),
		questions:  newQuestionTally(rules),
	}
	for i, g := range rules.Groups {
		t.groups.add(i, append([]string{g.Name}, g.Aliases...)...)
		t.stats = append(t.stats, GroupCount{Group: g.Name})
	}
	t.stats = append(t.stats, GroupCount{Group: ""})
	return t
}

// Close drops what the tally keeps only to check ballots still to come:
// every 票号 and the contents' fingerprints. The counts, the invalid
// ballots, the double entries and the keyings again stay. Read must not be
// called after Close, nor Retract.
func (t *Tally) Close() { t.log = ballotLog{} }

// Expect tells the tally that about n ballots are coming (a reader's
// estimate, which may grow as it reads), so that its indexes of 票号 and
// contents are sized once instead of grown step by step. It changes no
// count: a wrong estimate costs time or memory, never a result.
func (t *Tally) Expect(n int) {
	n = min(n, maxRecords)
	t.log.byID.expect = max(t.log.byID.expect, n)
	t.log.byBody.expect = max(t.log.byBody.expect, n)
}

// Err reports that the tally could not take every ballot added: more than
// it can count (33,554,431 with a 票号). Check it when the ballots are in.
func (t *Tally) Err() error { return t.err }

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
	noID := blank(b.ID)
	if noID {
		problems = append(problems, Problem{Kind: ProblemNoID})
	}

	group, known := t.recent.find(t.groups, b.Group)
	switch {
	case blank(b.Group):
		problems = append(problems, Problem{Kind: ProblemNoGroup})
	case !known:
		problems = append(problems, Problem{Kind: ProblemUnknownGroup, Ref: b.groupRef(), Value: b.Group})
	}
	if !known {
		group = len(t.rules.Groups) // the unknown-group row
	}

	ratings, noAnswers, cellProblems, sum := t.readCells(&b, t.scratch[:0], t.noAnswer[:0])
	defer func() {
		t.scratch, t.noAnswer = ratings[:0], noAnswers[:0]
		t.lastRatings, t.lastNoAnswers = ratings, noAnswers
	}()
	answers, answerProblems, answerSum := t.questions.read(&b)
	sum += groupToken(group, known, b.Group) + answerSum
	rec := -1 // the ballot's record in the log
	if !noID {
		i, fresh, err := t.log.add(t.numberKey(&b), b.Source)
		if err != nil {
			t.err = err
			return Counted, nil
		}
		if !fresh {
			outcome, again := t.readAgain(&b, i, group, sum)
			t.countFile(b.Source.File, outcome, false)
			return outcome, again
		}
		rec = i
		t.log.remember(rec, group, sum)
	}
	if b.MixedGroups != "" {
		problems = append(problems, Problem{Kind: ProblemMixedGroups, Ref: b.MixedGroupsRef, Value: b.MixedGroups})
	}
	problems = append(problems, cellProblems...)
	problems = append(problems, answerProblems...)
	problems = append(problems, t.ratedTwice(&b, ratings)...)
	if len(ratings) == 0 && len(answers) == 0 && !hasCellProblem(problems) {
		problems = append(problems, Problem{Kind: ProblemBlank})
	}
	if len(problems) == 0 {
		problems = t.checkValidity(ratings)
	}
	if len(problems) == 0 {
		problems = t.checkDoubleEntry(b, rec, ratings, sum)
	}

	t.stats[group].Read++
	if len(problems) > 0 {
		t.stats[group].Invalid++
		t.invalid = append(t.invalid, InvalidBallot{ID: b.ID, Group: b.Group, Source: b.Source, Problems: problems})
		if rec >= 0 {
			t.log.markInvalid(rec, len(t.invalid)-1)
		}
		t.countFile(b.Source.File, Counted, false)
		return Counted, problems
	}
	t.stats[group].Valid++
	t.countFile(b.Source.File, Counted, true)
	t.count(&b, ratings, noAnswers, group, 1)
	t.questions.count(answers, group, 1)
	return Counted, nil
}

// Questions are the answers of the valid ballots to the rules' questions.
func (t *Tally) Questions() []QuestionResult { return t.questions.results() }

// readCells reads the rating cells of a ballot into ratings and its
// no-answer cells into noAnswers (appended to the buffers given), with the
// problems of the cells, and the fingerprint of what the cells hold,
// whatever order they come in.
func (t *Tally) readCells(b *Ballot, ratings, noAnswers []rating) (_, _ []rating, problems []Problem, sum uint64) {
	for i, c := range b.Cells {
		switch {
		case blank(c.Value):
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
		case noAnswer:
			sum += cellToken(c.Target, c.Dim, bin, "")
			noAnswers = append(noAnswers, rating{target: c.Target, dim: c.Dim, bin: bin, cell: i})
		default:
			sum += cellToken(c.Target, c.Dim, bin, "")
			ratings = append(ratings, rating{target: c.Target, dim: c.Dim, bin: bin, cell: i})
		}
	}
	return ratings, noAnswers, problems, sum
}

// count adds (sign 1) or takes back (sign -1) the ratings of a valid
// ballot b of group, and its no-answer cells, which count in the levels'
// counts only; when resampling, the ratings count in each replicate by
// the ballot's weight there.
func (t *Tally) count(b *Ballot, ratings, noAnswers []rating, group, sign int) {
	t.serial++
	c := t.counts
	s := t.resample
	var j int32 // the ballot's place in the resampler's batch
	if s != nil {
		j = s.ballot(t.ballotKey(b), sign)
	}
	for _, r := range ratings {
		c.add(r.target, r.dim, group, r.bin, sign)
		if s != nil {
			s.rating((r.target*c.dims+r.dim)*c.groups+group, r.bin, j)
		}
		if t.lastBy[r.target] != t.serial {
			t.lastBy[r.target] = t.serial
			c.raters[r.target] += sign
			c.groupRaters[r.target*c.groups+group] += sign
			if s != nil && s.raters != nil {
				s.rater(r.target*c.groups+group, j)
			}
		}
	}
	for _, r := range noAnswers {
		c.add(r.target, r.dim, group, r.bin, sign)
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
		case ProblemBadLevel, ProblemOutOfRange, ProblemUnknownTarget, ProblemUnknownDim, ProblemBadAnswer:
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
