package evaluate

import (
	"strings"

	"github.com/evalctl/evalctl/internal/msg"
)

// vocabulary is the closed set of values a field of the rules may take,
// and the noun that names the field in messages.
type vocabulary[T ~string] struct {
	noun   msg.Key
	values []T
}

func (v vocabulary[T]) valid(x T) bool {
	for _, k := range v.values {
		if k == x {
			return true
		}
	}
	return false
}

// known lists the values, for messages.
func (v vocabulary[T]) known() string {
	names := make([]string, len(v.values))
	for i, k := range v.values {
		names[i] = string(k)
	}
	return strings.Join(names, ", ")
}

// unknown is the mistake of a value outside the vocabulary.
func (v vocabulary[T]) unknown(x T) msg.Text {
	return msg.New(msg.RuleUnknown, msg.New(v.noun), string(x), v.known())
}

// TieBreak is one criterion of the tie-break order.
type TieBreak string

// The tie-break vocabulary.
const (
	TieSatisfaction TieBreak = "satisfaction" // higher satisfaction rate first
	TieLowestShare  TieBreak = "lowest_share" // lower share of the lowest level first
	TieBallotScore  TieBreak = "ballot_score" // higher ballot score first
	TieTest         TieBreak = "test"         // higher test score first
)

var tieBreaks = vocabulary[TieBreak]{msg.NounCriterion, []TieBreak{TieSatisfaction, TieLowestShare, TieBallotScore, TieTest}}

// Valid reports whether the criterion is one evalctl knows.
func (t TieBreak) Valid() bool    { return tieBreaks.valid(t) }
func (t TieBreak) String() string { return string(t) }

// DoubleEntryAction says what to do with a ballot identical to an earlier one.
type DoubleEntryAction string

// Double-entry actions.
const (
	DoubleEntryOff     DoubleEntryAction = "off"     // not checked
	DoubleEntryFlag    DoubleEntryAction = "flag"    // listed for the office to check; both count
	DoubleEntryInvalid DoubleEntryAction = "invalid" // the later ballot is invalid
)

var doubleEntryActions = vocabulary[DoubleEntryAction]{msg.NounDoubleEntry, []DoubleEntryAction{DoubleEntryOff, DoubleEntryFlag, DoubleEntryInvalid}}

// Valid reports whether the action is one evalctl knows.
func (a DoubleEntryAction) Valid() bool    { return doubleEntryActions.valid(a) }
func (a DoubleEntryAction) String() string { return string(a) }

// ComponentSource is where a component's scores come from.
type ComponentSource string

// Component sources.
const (
	SourceBallots ComponentSource = "ballots" // the ballot score B(t)
	SourceTest    ComponentSource = "test"    // the competency-test sheet (测试成绩)
	SourceSheet   ComponentSource = "sheet"   // any score sheet named by Sheet (日常考核, 考核组评分 …)
	SourceBonus   ComponentSource = "bonus"   // bonus points (附加分) from Sheet, added after weighting
)

var sources = vocabulary[ComponentSource]{msg.NounSource, []ComponentSource{SourceBallots, SourceTest, SourceSheet, SourceBonus}}

// Valid reports whether the source is one evalctl knows.
func (s ComponentSource) Valid() bool    { return sources.valid(s) }
func (s ComponentSource) String() string { return string(s) }

// MissingPolicy says what a target without a score in a component's sheet
// gets; empty means MissingError.
type MissingPolicy string

// What to do when a target has no score in a component's sheet.
const (
	MissingError MissingPolicy = "error" // the round cannot be scored until it is given
	MissingZero  MissingPolicy = "zero"  // counts as 0 points
	MissingSkip  MissingPolicy = "skip"  // the component drops out and the others' weights are renormalised
)

var missingPolicies = vocabulary[MissingPolicy]{msg.NounMissing, []MissingPolicy{MissingError, MissingZero, MissingSkip}}

// Valid reports whether the policy is one evalctl knows, or empty.
func (p MissingPolicy) Valid() bool    { return p == "" || missingPolicies.valid(p) }
func (p MissingPolicy) String() string { return string(p) }

// DeductionMode says how verified complaints deduct.
type DeductionMode string

// Deduction modes.
const (
	DeductFixed        DeductionMode = "fixed"        // D = min(cap, k·points)
	DeductProportional DeductionMode = "proportional" // D = C·min(cap, k·rate)
)

var deductionModes = vocabulary[DeductionMode]{msg.NounMode, []DeductionMode{DeductFixed, DeductProportional}}

// Valid reports whether the mode is one evalctl knows.
func (m DeductionMode) Valid() bool    { return deductionModes.valid(m) }
func (m DeductionMode) String() string { return string(m) }

// Effect is what a complaint-ledger entry does.
type Effect string

// Complaint effects.
const (
	EffectNone   Effect = "none"   // recorded, no consequence (不实)
	EffectDeduct Effect = "deduct" // a verified complaint, counts toward k (查实)
	EffectVeto   Effect = "veto"   // 一票否决
)

var effects = vocabulary[Effect]{msg.NounEffect, []Effect{EffectNone, EffectDeduct, EffectVeto}}

// Valid reports whether the effect is one evalctl knows.
func (e Effect) Valid() bool    { return effects.valid(e) }
func (e Effect) String() string { return string(e) }

// Scope is what a liability rule counts over.
type Scope string

// Liability scopes.
const (
	ScopeUnit       Scope = "unit"       // counted per unit (单位)
	ScopeSupervisor Scope = "supervisor" // counted per supervising leader (分管领导)
	// ScopeRank ranks, not counts: the targets at a place from the bottom
	// of their category, unsatisfactory or not (溧水: last → 组织调整).
	ScopeRank Scope = "rank_from_bottom"
	// ScopeViolations counts a target's verified ledger entries (查实,
	// 一票否决), whatever its rank (洛阳: 违者给予效能告诫, 谁分管…追究谁).
	ScopeViolations Scope = "violations"
	// ScopeComplaints marks a trigger that is a complaint-count sanction,
	// not a liability rule; no rule has it.
	ScopeComplaints Scope = "complaints"
)

var scopes = vocabulary[Scope]{msg.NounScope, []Scope{ScopeUnit, ScopeSupervisor, ScopeRank, ScopeViolations}}

// Valid reports whether the scope is one a liability rule may have.
func (s Scope) Valid() bool    { return scopes.valid(s) }
func (s Scope) String() string { return string(s) }

// Condition is what must hold in the previous round and this one for an
// escalation rule to fire on a target.
type Condition string

// Escalation conditions.
const (
	// WhenConsecutiveUnsatisfactory: confirmed unsatisfactory both times
	// (vetoes included).
	WhenConsecutiveUnsatisfactory Condition = "consecutive_unsatisfactory"
	// WhenConsecutiveLowSatisfaction: ranked both times with a satisfaction
	// rate below the rule's Below both times.
	WhenConsecutiveLowSatisfaction Condition = "consecutive_low_satisfaction"
)

var conditions = vocabulary[Condition]{msg.NounCondition, []Condition{WhenConsecutiveUnsatisfactory, WhenConsecutiveLowSatisfaction}}

// Valid reports whether the condition is one evalctl knows.
func (c Condition) Valid() bool    { return conditions.valid(c) }
func (c Condition) String() string { return string(c) }

// Role is who an accountability entry reaches.
type Role string

// Roles in the accountability list.
const (
	RolePrincipal  Role = "principal"  // 主要领导
	RoleSupervisor Role = "supervisor" // 分管领导
	// RoleTarget is the target itself: liability rules' target lists,
	// complaint-count sanctions and escalation rules give it actions.
	RoleTarget Role = "target"
)

var roles = vocabulary[Role]{msg.NounRole, []Role{RoleTarget, RoleSupervisor, RolePrincipal}}

// Valid reports whether the role is one a sanction may be addressed to.
func (r Role) Valid() bool    { return roles.valid(r) }
func (r Role) String() string { return string(r) }

// TargetKind says what a category's targets are: persons or units.
type TargetKind string

// Target kinds.
const (
	TargetsPerson TargetKind = "person" // 股长, 窗口工作人员: a person can be warned or suspended
	TargetsUnit   TargetKind = "unit"   // 部门, 服务窗口: a unit answers through its leaders
)

var targetKinds = vocabulary[TargetKind]{msg.NounTargetKind, []TargetKind{TargetsPerson, TargetsUnit}}

// Valid reports whether the kind is one evalctl knows, or empty (not said).
func (k TargetKind) Valid() bool    { return k == "" || targetKinds.valid(k) }
func (k TargetKind) String() string { return string(k) }

// VetoMode says how a ranked veto counts against a category's bottom places.
type VetoMode string

// Veto modes.
const (
	// VetoesFill: a ranked veto ranks last and fills one of the bottom N
	// places, so N targets are listed in all (more only with more vetoes).
	VetoesFill VetoMode = "fill"
	// VetoesAdd: vetoes are listed on top of the N lowest targets that are
	// not vetoed.
	VetoesAdd VetoMode = "add"
)

var vetoModes = vocabulary[VetoMode]{msg.NounVetoes, []VetoMode{VetoesFill, VetoesAdd}}

// Valid reports whether the mode is one evalctl knows, or empty (fill).
func (m VetoMode) Valid() bool    { return m == "" || vetoModes.valid(m) }
func (m VetoMode) String() string { return string(m) }

// Adds reports whether vetoes are listed on top of the bottom N.
func (m VetoMode) Adds() bool { return m == VetoesAdd }
