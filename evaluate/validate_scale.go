package evaluate

import (
	"fmt"

	"github.com/evalctl/evalctl/internal/msg"
)

func (v *validator) scale(s Scale) {
	if s.Range == nil && len(s.Levels) < 2 {
		v.add("scale.levels", msg.RuleTwoLevels, len(s.Levels))
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
			v.add(p, msg.RuleNoAnswerLevel)
		}
		if l.Lowest {
			lowest++
		}
		if l.Satisfied {
			satisfied++
		}
	}
	if lowest != 1 {
		v.add("scale", msg.RuleOneLowest, lowest)
	}
	if satisfied == 0 {
		v.add("scale", msg.RuleOneSatisfied)
	}
}

// bands checks a numeric scale's range and bands, and counts the lowest and
// satisfied bands.
func (v *validator) bands(s Scale) (lowest, satisfied int) {
	if s.Range == nil {
		if len(s.Bands) > 0 {
			v.add("scale.bands", msg.RuleBandsNeedRange)
		}
		return 0, 0
	}
	if !v.finite("scale.range.min", s.Range.Min) || !v.finite("scale.range.max", s.Range.Max) {
		return 0, 0
	}
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
