package evaluate

import "fmt"

func (v *validator) scale(s Scale) {
	if s.Range == nil && len(s.Levels) < 2 {
		v.add("scale.levels", "needs at least two levels, got %d (or a numeric range)", len(s.Levels))
		return
	}
	seen := map[string]string{}
	lowest, satisfied := v.bands(s)
	for i, l := range s.Levels {
		p := fmt.Sprintf("scale.levels[%d]", i)
		v.unique(seen, p+".name", l.Name)
		for j, a := range l.Aliases {
			v.unique(seen, fmt.Sprintf("%s.aliases[%d]", p, j), a)
		}
		v.finite(p+".points", l.Points)
		if l.NoAnswer && (l.Satisfied || l.Lowest) {
			v.add(p, "a no-answer level cannot be satisfied or lowest")
		}
		if l.Lowest {
			lowest++
		}
		if l.Satisfied {
			satisfied++
		}
	}
	if lowest != 1 {
		v.add("scale", "exactly one level or band must be marked lowest, got %d", lowest)
	}
	if satisfied == 0 {
		v.add("scale", "at least one level or band must be marked satisfied")
	}
}

// bands checks a numeric scale's range and bands, and counts the lowest and
// satisfied bands.
func (v *validator) bands(s Scale) (lowest, satisfied int) {
	if s.Range == nil {
		if len(s.Bands) > 0 {
			v.add("scale.bands", "bands classify numeric ratings; set scale.range too")
		}
		return 0, 0
	}
	if !v.finite("scale.range.min", s.Range.Min) || !v.finite("scale.range.max", s.Range.Max) {
		return 0, 0
	}
	if !(s.Range.Min < s.Range.Max) {
		v.add("scale.range", "min %g must be below max %g", s.Range.Min, s.Range.Max)
	}
	if len(s.Bands) == 0 {
		v.add("scale.bands", "a numeric scale needs bands to tell satisfied and lowest ratings")
		return 0, 0
	}
	for i, b := range s.Bands {
		p := fmt.Sprintf("scale.bands[%d]", i)
		if b.Name == "" {
			v.add(p+".name", "must not be empty")
		}
		if !v.finite(p+".min", b.Min) {
			continue
		}
		if i == 0 && b.Min != s.Range.Min {
			v.add(p+".min", "the first band must start at the range's min %g, got %g", s.Range.Min, b.Min)
		}
		if i > 0 && b.Min <= s.Bands[i-1].Min {
			v.add(p+".min", "bands must rise: %g is not above %g", b.Min, s.Bands[i-1].Min)
		}
		if b.Min > s.Range.Max {
			v.add(p+".min", "%g is above the range's max %g", b.Min, s.Range.Max)
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
