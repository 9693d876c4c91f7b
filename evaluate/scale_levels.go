package evaluate

import "github.com/evalctl/evalctl/internal/msg"

// levelScale is a scale of named levels with points (满意 100, 基本满意 60,
// 不满意 0), some of which may count as no answer (不了解).
type levelScale struct{ s *Scale }

func (k levelScale) read(c Cell, bins *binTable) (int, bool, ProblemKind) {
	if bin, noAnswer, ok := bins.level(k.s, c.Value); ok {
		return bin, noAnswer, ""
	}
	return 0, false, ProblemBadLevel
}

func (k levelScale) validate(v *validator, s Scale) {
	if len(s.Levels) < 2 {
		v.add("scale.levels", msg.RuleTwoLevels, len(s.Levels))
		return
	}
	if len(s.Bands) > 0 {
		v.add("scale.bands", msg.RuleBandsNeedRange)
	}
	v.levels(s.Levels, 0, 0)
}
