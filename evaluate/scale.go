package evaluate

// A scale kind is the behaviour of a kind of rating scale: how a written
// cell reads (a rating, no answer, or a problem) and what each rating counts
// for (its points, whether it is satisfied, whether it is the lowest). Every
// rating is a bin of the scale: one of its levels, or one value a numeric
// scale has seen. A new kind of scale is a type implementing scaleKind, in a
// file of its own, and a case in Scale.kind.
type scaleKind interface {
	// read reads a written cell into a bin of bins; noAnswer says the cell
	// holds a level that counts as no answer (不了解), and problem is
	// non-empty when the cell is not a rating at all.
	read(c Cell, bins *binTable) (bin int, noAnswer bool, problem ProblemKind)
	// validate reports the mistakes of the scale's configuration.
	validate(v *validator, s Scale)
}

// kind is the behaviour of the scale's configuration.
func (s *Scale) kind() scaleKind {
	if s.Range != nil {
		return numericScale{s}
	}
	return levelScale{s}
}

// IsNumeric reports whether a cell of the scale holds points (within Range)
// rather than a named level.
func (s *Scale) IsNumeric() bool { return s.Range != nil }

// binInfo is what one bin of ratings counts for: its points, whether it is
// satisfied or the lowest, or a level that counts as no answer (不了解,
// tallied for the record only), and the level of LevelNames it counts in.
type binInfo struct {
	points            float64
	satisfied, lowest bool
	noAnswer          bool
	level             int
}

// binTable lists the bins of a scale: first one per level, then one per
// value a numeric scale has seen, in the order seen. Its size is bounded by
// the scale, never by the number of ballots.
type binTable struct {
	bins    []binInfo
	levels  lookup
	recent  memo
	byValue map[float64]int
}

func newBinTable(s *Scale) *binTable {
	t := &binTable{levels: lookup{}}
	first := len(s.LevelNames()) - len(s.Levels) // a numeric scale's bands come first
	for i, l := range s.Levels {
		t.levels.add(i, append([]string{l.Name}, l.Aliases...)...)
		t.bins = append(t.bins, binInfo{points: l.Points, satisfied: l.Satisfied, lowest: l.Lowest, noAnswer: l.NoAnswer, level: first + i})
	}
	return t
}

// LevelNames are the levels a rating is counted in, in the order a count
// of them is shown: a scale's levels as listed, no-answer levels included;
// on a numeric scale its bands from the highest down, then its levels.
func (s *Scale) LevelNames() []string {
	var out []string
	if s.IsNumeric() {
		for i := len(s.Bands) - 1; i >= 0; i-- {
			out = append(out, s.Bands[i].Name)
		}
	}
	for _, l := range s.Levels {
		out = append(out, l.Name)
	}
	return out
}

// level finds a level by name or alias: its index, which is its bin.
func (t *binTable) level(s *Scale, value string) (bin int, noAnswer, ok bool) {
	i, ok := t.recent.find(t.levels, value)
	if !ok {
		return 0, false, false
	}
	return i, s.Levels[i].NoAnswer, true
}

// value is the bin of a numeric rating, made on first sight.
func (t *binTable) value(v float64, info binInfo) int {
	if b, ok := t.byValue[v]; ok {
		return b
	}
	if t.byValue == nil {
		t.byValue = map[float64]int{}
	}
	t.bins = append(t.bins, info)
	t.byValue[v] = len(t.bins) - 1
	return len(t.bins) - 1
}
