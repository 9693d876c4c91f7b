package evaluate

import (
	"fmt"

	"github.com/evalctl/evalctl/internal/msg"
)

// numericScale is a scale of points within a range (0–100), read through
// score bands that say which points are satisfied and which are the
// lowest; it may also offer levels, such as 不了解 (no answer).
type numericScale struct{ s *Scale }

func (k numericScale) read(c Cell, bins *binTable) (int, bool, ProblemKind) {
	if bin, noAnswer, ok := bins.level(k.s, c.Value); ok {
		return bin, noAnswer, ""
	}
	switch r := k.s.Range; {
	case !c.Numeric:
		return 0, false, ProblemBadLevel
	case c.Number < r.Min || c.Number > r.Max:
		return 0, false, ProblemOutOfRange
	}
	i := k.band(c.Number)
	b := k.s.Bands[i]
	// LevelNames lists the bands from the highest down.
	info := binInfo{points: c.Number, satisfied: b.Satisfied, lowest: b.Lowest, level: len(k.s.Bands) - 1 - i}
	return bins.value(c.Number, info), false, ""
}

// band returns the index of the band a rating falls in: the last band
// whose Min is at most v. Validate ensures the first band starts at the
// range's Min.
func (k numericScale) band(v float64) int {
	found := 0
	for i, b := range k.s.Bands {
		if v >= b.Min {
			found = i
		}
	}
	return found
}

func (k numericScale) validate(v *validator, s Scale) {
	lowest, satisfied := 0, 0
	if v.finite("scale.range.min", s.Range.Min) && v.finite("scale.range.max", s.Range.Max) {
		lowest, satisfied = k.validateBands(v, s)
	}
	v.levels(s.Levels, lowest, satisfied)
}

// validateBands checks the range and the bands, and counts the lowest and
// satisfied bands.
func (k numericScale) validateBands(v *validator, s Scale) (lowest, satisfied int) {
	if !(s.Range.Min < s.Range.Max) {
		v.add("scale.range", msg.RuleRangeOrder, s.Range.Min, s.Range.Max)
	}
	if len(s.Bands) == 0 {
		v.add("scale.bands", msg.RuleNeedBands)
		return 0, 0
	}
	for i, b := range s.Bands {
		p := fmt.Sprintf("scale.bands[%d]", i)
		if b.Name == "" {
			v.add(p+".name", msg.RuleEmpty)
		}
		if !v.finite(p+".min", b.Min) {
			continue
		}
		if i == 0 && b.Min != s.Range.Min {
			v.add(p+".min", msg.RuleFirstBand, s.Range.Min, b.Min)
		}
		if i > 0 && b.Min <= s.Bands[i-1].Min {
			v.add(p+".min", msg.RuleBandsRise, b.Min, s.Bands[i-1].Min)
		}
		if b.Min > s.Range.Max {
			v.add(p+".min", msg.RuleBandAboveMax, b.Min, s.Range.Max)
		}
		if b.Lowest {
			lowest++
		}
		if b.Satisfied {
			satisfied++
		}
	}
	return lowest, satisfied
}
