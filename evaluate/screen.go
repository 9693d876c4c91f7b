package evaluate

import (
	"slices"
	"strconv"
	"time"
)

// Screen looks over the ballots of a round as they stream past, beside the
// tally, for what the scores do not show: the comments they carry and the
// signs of stuffed, coached or carelessly keyed ballots. What it keeps is
// small for keyed ballots (a count per file and the run being compared);
// for each survey submission with a submit time or an address it keeps
// that and the ballot's ratings, one small number per cell, to find bursts
// once every ballot has been seen.
type Screen struct {
	rules   *Rules
	targets []Target
	scale   scaleKind
	table   *binTable
	groups  lookup
	cells   int // targets × dimensions: the length of a ballot's vector

	files    []screenFile
	fileIdx  map[string]int
	timed    []screened
	straight []Anomaly
	runs     []Anomaly

	comments commentCollector

	// The vector of the ballot being read, and which of its cells are
	// ratings (not a no-answer level): the screen's own, reused.
	vec      []uint16
	answered []bool

	tally *Tally // followed: see Follow
}

// Follow makes the screen take each ballot's ratings as the tally has just
// read them, rather than read its cells again: Observe must then be given
// each ballot right after the tally's Read of it.
func (s *Screen) Follow(t *Tally) {
	s.tally, s.table = t, t.counts.table
}

// screenFile is what the screen keeps of one file: its ballots looked at
// for straight-lining (the valid, and those voided for it), the
// straight-lined among them, and the run of alike ballots being compared.
type screenFile struct {
	name            string
	valid, straight int
	run             []screened
	first           []uint16 // the vector of the run's first ballot
	runDiff         int      // the most cells a ballot of the run differs from its first
}

// screened is a valid ballot as the burst checks compare it: where it is,
// when and from where it came, and its ratings as one bin (plus one; 0 for
// blank) per target and dimension.
type screened struct {
	id    string
	src   Source
	at    time.Time
	ip    string
	vec   []uint16
	rated int
}

// NewScreen prepares a screen for the rules and the roster. The rules must
// have passed Validate.
func NewScreen(rules *Rules, targets []Target) *Screen {
	s := &Screen{
		rules: rules, targets: targets,
		scale: rules.Scale.kind(), table: newBinTable(&rules.Scale), groups: lookup{},
		cells: len(targets) * len(rules.Dimensions),
	}
	for i, g := range rules.Groups {
		s.groups.add(i, append([]string{g.Name}, g.Aliases...)...)
	}
	s.comments = newCommentCollector(rules, targets)
	return s
}

// Observe looks at a ballot the tally has read, with what became of it.
// Ballots read again under their 票号 are not looked at twice.
func (s *Screen) Observe(b Ballot, outcome Outcome, problems []Problem) {
	if outcome != Counted {
		return
	}
	s.comments.collect(&b, problems)
	f := s.file(b.Source.File)
	if len(problems) > 0 {
		for _, p := range problems {
			if p.Kind != ProblemStraightLine {
				continue
			}
			if n, level, ok := s.straightLine(s.read(&b)); ok {
				f.valid++
				f.straight++
				s.straight = append(s.straight, Anomaly{Kind: AnomalyStraightLine, Ballots: []AnomalyBallot{ballotOf(&b)},
					Count: n, Level: level, Invalid: true})
			}
		}
		return
	}
	f.valid++
	sc := s.read(&b)
	if n, level, ok := s.straightLine(sc); ok {
		f.straight++
		s.straight = append(s.straight, Anomaly{Kind: AnomalyStraightLine, Ballots: []AnomalyBallot{ballotOf(&b)}, Count: n, Level: level})
	}
	if b.Meta != nil && (!b.Meta.Submitted.IsZero() || b.Meta.IP != "") {
		if sc.rated >= s.burst().MinRatings {
			sc.vec = slices.Clone(sc.vec) // kept until every ballot is seen
			s.timed = append(s.timed, sc)
		}
		return
	}
	s.extendRun(f, sc)
}

func (s *Screen) burst() BurstRule { return s.rules.Ballots.Anomalies.Burst }

func (s *Screen) file(name string) *screenFile {
	i, ok := s.fileIdx[name]
	if !ok {
		if s.fileIdx == nil {
			s.fileIdx = map[string]int{}
		}
		i = len(s.files)
		s.files = append(s.files, screenFile{name: name})
		s.fileIdx[name] = i
	}
	return &s.files[i]
}

// read reads a ballot's cells once: its ratings as one bin (plus one; 0
// for blank) per target and dimension, in a vector that is the screen's
// own until the next ballot (clone it to keep it), and which of them count
// as ratings (not a no-answer level).
func (s *Screen) read(b *Ballot) screened {
	if s.vec == nil {
		s.vec, s.answered = make([]uint16, s.cells), make([]bool, s.cells)
	}
	clear(s.vec)
	sc := screened{id: b.ID, src: b.Source, vec: s.vec}
	if b.Meta != nil {
		sc.at, sc.ip = b.Meta.Submitted, b.Meta.IP
	}
	dims := len(s.rules.Dimensions)
	if t := s.tally; t != nil {
		s.mark(&sc, t.lastRatings, true)
		s.mark(&sc, t.lastNoAnswers, false)
		return sc
	}
	for _, c := range b.Cells {
		if c.Target < 0 || c.Dim < 0 || blank(c.Value) {
			continue
		}
		bin, noAnswer, problem := s.scale.read(c, s.table)
		if problem != "" {
			continue
		}
		if i := c.Target*dims + c.Dim; sc.vec[i] == 0 {
			sc.vec[i] = uint16(min(bin+1, 1<<16-1))
			s.answered[i] = !noAnswer
			sc.rated++
		}
	}
	return sc
}

// mark puts ratings as the tally read them into the ballot's vector.
func (s *Screen) mark(sc *screened, rs []rating, answered bool) {
	dims := len(s.rules.Dimensions)
	for _, r := range rs {
		if i := r.target*dims + r.dim; sc.vec[i] == 0 {
			sc.vec[i] = uint16(min(r.bin+1, 1<<16-1))
			s.answered[i] = answered
			sc.rated++
		}
	}
}

// extendRun adds a keyed ballot to its file's run of alike ballots, or
// closes the run and starts another.
func (s *Screen) extendRun(f *screenFile, sc screened) {
	rule := s.burst()
	if rule.MinBallots == 0 {
		return
	}
	if sc.rated < rule.MinRatings {
		s.closeRun(f)
		return
	}
	if len(f.run) > 0 {
		if d := distance(f.run[0].vec, sc.vec); d <= rule.MaxDifferences {
			sc.vec = nil // only the run's first is compared with
			f.run = append(f.run, sc)
			f.runDiff = max(f.runDiff, d)
			return
		}
	}
	s.closeRun(f)
	f.first = append(f.first[:0], sc.vec...) // the run's first, kept to compare with
	sc.vec = f.first
	f.run = append(f.run, sc)
}

// closeRun reports the file's run when it is long enough.
func (s *Screen) closeRun(f *screenFile) {
	if rule := s.burst(); len(f.run) >= rule.MinBallots && rule.MinBallots > 0 {
		a := Anomaly{Kind: AnomalyRun, File: f.name, Count: len(f.run), Differences: f.runDiff}
		for _, sc := range f.run {
			a.Ballots = append(a.Ballots, AnomalyBallot{ID: sc.id, Source: sc.src})
		}
		s.runs = append(s.runs, a)
	}
	f.run, f.runDiff = f.run[:0], 0
}

// distance is the number of cells in which two ballots differ, a blank
// against a rating included.
func distance(a, b []uint16) int {
	n := 0
	for i := range a {
		if a[i] != b[i] {
			n++
		}
	}
	return n
}

// straightLine reports a ballot, as read, that gives every target it
// rates the same rating, over at least the rule's number of targets: how
// many, and the rating.
func (s *Screen) straightLine(sc screened) (targets int, level string, ok bool) {
	rule := s.rules.Ballots.Anomalies.StraightLine
	if rule.Action == AnomalyOff {
		return 0, "", false
	}
	dims := len(s.rules.Dimensions)
	bin, lastTarget := -1, -1
	for i, v := range sc.vec {
		if v == 0 || !s.answered[i] {
			continue
		}
		switch b := int(v) - 1; {
		case bin < 0:
			bin = b
		case b != bin:
			return 0, "", false
		}
		if t := i / dims; t != lastTarget { // cells run target by target
			lastTarget = t
			targets++
		}
	}
	if bin < 0 || targets < rule.MinTargets {
		return 0, "", false
	}
	return targets, binName(&s.rules.Scale, s.table, bin), true
}

// binName is a bin as written: its level's name, or its points.
func binName(scale *Scale, table *binTable, bin int) string {
	if bin < len(scale.Levels) {
		return scale.Levels[bin].Name
	}
	return strconv.FormatFloat(table.bins[bin].points, 'g', -1, 64)
}

// ballotOf is a ballot as an anomaly names it.
func ballotOf(b *Ballot) AnomalyBallot {
	ab := AnomalyBallot{ID: b.ID, Source: b.Source}
	if b.Meta != nil {
		ab.Submitted, ab.IP = b.Meta.Submitted, b.Meta.IP
	}
	return ab
}
