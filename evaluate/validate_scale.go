package evaluate

import (
	"fmt"

	"github.com/evalctl/evalctl/internal/msg"
)

func (v *validator) scale(s Scale) { s.kind().validate(v, s) }

// levels checks the named levels of any scale, and that the scale has
// exactly one lowest and at least one satisfied rating, counting those
// the scale's other parts (bands) already have.
func (v *validator) levels(levels []Level, lowest, satisfied int) {
	seen := map[string]string{}
	for i, l := range levels {
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
