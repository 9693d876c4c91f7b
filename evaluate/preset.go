package evaluate

import (
	"sort"
	"strings"

	"github.com/evalctl/evalctl/internal/msg"
)

// presets is the registry of built-in rule sets, each encoding a system of
// the source documents; every list of presets (the commands, the sample
// rounds, the tests) is drawn from it. Each call returns a fresh copy the
// caller may change.
var presets = map[string]func() *Rules{
	"chibi":          Chibi,
	"luoyang":        Luoyang,
	"lishui":         Lishui,
	"lishui-windows": LishuiWindows,
	"jintan":         Jintan,
	"huzhou":         Huzhou,
	"huzhou-units":   HuzhouUnits,
}

// DefaultPreset is used when neither a preset nor a rules file is named.
const DefaultPreset = "chibi"

// Preset returns a fresh copy of the named built-in rules.
func Preset(name string) (*Rules, error) {
	p, ok := presets[name]
	if !ok {
		return nil, &UnknownPresetError{Name: name}
	}
	return p(), nil
}

// UnknownPresetError names a preset that does not exist, and those that do.
type UnknownPresetError struct{ Name string }

func (e *UnknownPresetError) Error() string { return e.Localize(msg.English) }

// Localize tells the error in a language.
func (e *UnknownPresetError) Localize(l msg.Lang) string {
	return l.F(msg.UnknownPreset, e.Name, strings.Join(PresetNames(), ", "))
}

func (e *UnknownPresetError) Is(target error) bool { return target == ErrRules }

// PresetNames lists the built-in presets in order.
func PresetNames() []string {
	names := make([]string, 0, len(presets))
	for n := range presets {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Chibi is the 赤壁 "百名股长群众评" round (seed document 000): section chiefs
// in two categories, a five-group panel, 70% ballots and 30% competency test,
// proportional complaint deductions, the bottom 4 and 2 dismissed as
// 群众不满意股长, and joint liability of the principal and supervising leaders.
//
// The seed fixes the groups, the categories, the bottom counts and the
// liability rules. It is silent on the point map, the weights, the deduction
// rate and cap, the minimum sample and the award count: those below are the
// defaults an office would publish and can override in a rules file. Each
// number's provenance, quoted or reasoned, is in chibiNotes.
//
// It has no escalation rules: the seed dismisses every unsatisfactory chief
// (免职) in the year of the verdict, so there is no second year to escalate.
// Per-unit exports suppress a group's figures below 5 ratings.
func Chibi() *Rules {
	r := &Rules{
		Name: `赤壁市"百名股长群众评"`,
		Scale: Scale{Levels: []Level{
			{Name: "满意", Points: 100, Satisfied: true, Aliases: []string{"satisfied"}},
			{Name: "基本满意", Points: 60, Satisfied: true, Aliases: []string{"basically satisfied"}},
			{Name: "不满意", Points: 0, Lowest: true, Aliases: []string{"dissatisfied", "unsatisfied"}},
		}},
		Groups: []Group{
			{Name: "党代表", Weight: 0.2},
			{Name: "人大代表", Weight: 0.2},
			{Name: "政协委员", Weight: 0.2},
			{Name: "企业代表", Weight: 0.2},
			{Name: "社会人士", Weight: 0.2},
		},
		Dimensions: []Dimension{{Name: "综合评价", Weight: 1}},
		Components: []Component{
			{Name: "民主评议", Source: SourceBallots, Weight: 0.7},
			{Name: "岗位能力测试", Source: SourceTest, Weight: 0.3},
		},
		Complaints: Complaints{
			Mode: DeductProportional, Rate: 0.02, Cap: 0.10,
			Results: []ComplaintResult{
				{Name: "查实", Effect: EffectDeduct, Aliases: []string{"verified"}},
				{Name: "不实", Effect: EffectNone, Aliases: []string{"not verified", "unverified"}},
				{Name: "一票否决", Effect: EffectVeto, Aliases: []string{"veto"}},
			},
		},
		Validity:   Validity{DoubleEntry: DoubleEntryFlag, DoubleEntryMin: 5, MaxInvalidShare: 0.1},
		Ballots:    DefaultBallots(),
		MinRatings: 30,
		TieBreak:   []TieBreak{TieSatisfaction, TieLowestShare},
		Categories: []Category{
			{Name: "公共服务和行政执法类", Bottom: 4, Awards: 5, Targets: TargetsPerson},
			{Name: "综合管理类", Bottom: 2, Awards: 5, Targets: TargetsPerson},
		},
		Bottom: Bottom{Label: "群众不满意股长", Action: "免职", MaxShare: 0.5, Vetoes: VetoesFill},
		Liability: []LiabilityRule{
			{Scope: ScopeUnit, Threshold: 1, Principal: []string{"诫勉谈话", "通报批评"}, Supervisor: []string{"诫勉谈话", "通报批评"}},
			{Scope: ScopeUnit, Threshold: 2, Principal: []string{"书面检查"}},
			{Scope: ScopeSupervisor, Threshold: 2, Supervisor: []string{"免职"}},
		},
		Awards: Awards{
			Name:    "服务赤壁发展先进个人",
			Reserve: Reserve{Name: "后备干部", MinTest: 85},
		},
		Export:      ExportRules{MinGroupRatings: 5},
		Uncertainty: defaultUncertainty(),
	}
	r.Robustness = chibiVariants(r)
	return r
}
