package contract

import (
	"strings"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/msg"
)

// Statuses of a target (状态).
var Statuses = Vocabulary[evaluate.Status]{
	{evaluate.StatusRanked, Label{Key: msg.ValRanked}},
	{evaluate.StatusInsufficient, Label{Key: msg.ValInsufficient}},
}

// Roles in the accountability list (角色). The target itself is 评议对象,
// a person or a unit alike; results written before that said 本人.
var Roles = Vocabulary[evaluate.Role]{
	{evaluate.RolePrincipal, Label{Key: msg.ValPrincipal}},
	{evaluate.RoleSupervisor, Label{Key: msg.ValSupervisor}},
	{evaluate.RoleTarget, Label{Key: msg.ValTarget, Aliases: []string{"本人"}}},
}

// TargetKinds say what a category's targets are (评议对象类型).
var TargetKinds = Vocabulary[evaluate.TargetKind]{
	{evaluate.TargetsPerson, Label{Key: msg.ValPersons}},
	{evaluate.TargetsUnit, Label{Key: msg.ValUnits}},
}

// Effects of a complaint-ledger entry (效果).
var Effects = Vocabulary[evaluate.Effect]{
	{evaluate.EffectNone, Label{Key: msg.ValEffectNone}},
	{evaluate.EffectDeduct, Label{Key: msg.ValEffectDeduct}},
	{evaluate.EffectVeto, Label{Key: msg.ValEffectVeto}},
}

// Yes and no: 是 for true; 否 or an empty cell for false.
var (
	Yes = Label{Key: msg.ValYes, Aliases: []string{"y", "true", "1", "√", "✓"}}
	No  = Label{Key: msg.ValNo, Aliases: []string{"n", "false", "0"}}
)

// Flags a target may carry (标记), as the JSON contract names them.
var Flags = Vocabulary[string]{
	{evaluate.FlagVeto, Label{Key: msg.FlagVeto}},
	{evaluate.FlagTieAtCutoff, Label{Key: msg.FlagTieAtCutoff}},
	{evaluate.FlagSmallCategory, Label{Key: msg.FlagSmallCategory}},
	{evaluate.FlagTieAtAwardCutoff, Label{Key: msg.FlagTieAtAwardCutoff}},
	{evaluate.FlagBelowThreshold, Label{Key: msg.FlagBelowThreshold}},
	{evaluate.FlagConsecutiveUnsatisfactory, Label{Key: msg.FlagConsecutiveUnsatis}},
	{evaluate.FlagFragile, Label{Key: msg.FlagFragile}},
}

// FlagsText writes flags in a cell, in the language.
func FlagsText(flags []string, lang msg.Lang) string {
	out := make([]string, len(flags))
	for i, f := range flags {
		out[i] = Flags.In(f, lang)
	}
	return lang.Join(out)
}

// ParseFlags reads a flags cell as written in any language, or as codes
// separated by commas (as evalctl wrote them before the flags were told in
// words); a flag it does not know is kept as written.
func ParseFlags(cell string) []string {
	var out []string
	for _, part := range strings.FieldsFunc(cell, func(r rune) bool { return r == ',' || r == '、' || r == '，' }) {
		if part = strings.TrimSpace(part); part == "" {
			continue
		}
		if code, ok := Flags.Parse(part); ok {
			part = code
		}
		out = append(out, part)
	}
	return out
}
