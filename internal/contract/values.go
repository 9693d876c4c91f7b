package contract

import (
	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/msg"
)

// Statuses of a target (状态).
var Statuses = Vocabulary[evaluate.Status]{
	{evaluate.StatusRanked, Label{Key: msg.ValRanked}},
	{evaluate.StatusInsufficient, Label{Key: msg.ValInsufficient}},
}

// Roles in the accountability list (角色).
var Roles = Vocabulary[evaluate.Role]{
	{evaluate.RolePrincipal, Label{Key: msg.ValPrincipal}},
	{evaluate.RoleSupervisor, Label{Key: msg.ValSupervisor}},
	{evaluate.RoleTarget, Label{Key: msg.ValTarget}},
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
