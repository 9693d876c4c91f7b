package evaluate

// The two rounds the sources describe besides the ones their presets were
// first made for: 溧水's yearly 最佳/最差 windows and staff, and 湖州's social
// evaluation of its 92 units.

// LishuiWindows is 溧水's yearly evaluation of the service windows of the
// 行政服务中心 and their staff (seed 002): the 31 windows and the staff
// working in them are shown to the public and rated by the service
// recipients (县软办组织服务对象进行评议); the best windows and staff are
// commended (最佳…表彰奖励), the worst exposed in the media with the person
// and the unit's head held responsible (追究其本人及单位主要领导的责任);
// under the 首问负责制 a member of staff with one verified complaint is
// warned and with two suspended (一次投诉查实警告，两次投诉查实待岗), and a
// violation costs the year's honours (取消当年评优评先资格) and makes the
// unit's head answerable (追究单位主要领导的责任).
//
// The worst are settled by the county's leading group after an inquiry
// (经县软环境建设领导小组研究，确定), so the accountability that follows is a
// proposal. Silent in the seed, chosen here (see lishuiWindowsNotes): the
// scale, the minimum of ratings, no points deducted (the source's
// consequence of a complaint is the sanction), how many are named best and
// worst.
func LishuiWindows() *Rules {
	c := ledger(DeductFixed, 0, 0)
	c.Sanctions = []Sanction{{Min: 1, Action: "警告", To: RoleTarget}, {Min: 2, Action: "待岗", To: RoleTarget}}
	r := &Rules{
		Name:       `溧水县"最佳、最差"窗口和工作人员评议`,
		Scale:      satisfactionScale(),
		Groups:     []Group{{Name: "服务对象", Weight: 1}},
		Dimensions: []Dimension{{Name: "综合评价", Weight: 1}},
		Components: []Component{{Name: "服务对象评议", Source: SourceBallots, Weight: 1}},
		Complaints: c,
		Validity:   Validity{DoubleEntry: DoubleEntryFlag, DoubleEntryMin: 5, MaxInvalidShare: 0.1},
		Ballots:    DefaultBallots(),
		Export:     ExportRules{MinGroupRatings: 5},
		MinRatings: 10,
		TieBreak:   []TieBreak{TieSatisfaction, TieLowestShare},
		Categories: []Category{
			{Name: "服务窗口", Bottom: 1, Awards: 3, AwardName: "最佳窗口", Targets: TargetsUnit},
			{Name: "窗口工作人员", Bottom: 1, Awards: 3, AwardName: "最佳工作人员", Targets: TargetsPerson},
		},
		Bottom: Bottom{Label: "最差窗口和工作人员", Action: "媒体曝光", MaxShare: 0.5, Vetoes: VetoesFill},
		Liability: []LiabilityRule{
			{Scope: ScopeUnit, Threshold: 1, Principal: []string{"追究领导责任"}, Target: []string{"追究责任"}, Proposal: true},
			{Scope: ScopeViolations, Threshold: 1, Principal: []string{"追究领导责任"}, Proposal: true},
		},
		Awards:      Awards{Name: "最佳", ExcludeViolators: true},
		Uncertainty: defaultUncertainty(),
	}
	r.Robustness = lishuiWindowsVariants(r)
	return r
}

// HuzhouUnits is 湖州's social evaluation of its units (seed 004): 92 units
// rated by more than 4,000 cadres and members of the public in seven
// evaluator layers (对92个单位在7个层面的4000多名干部群众中进行了社会评议).
//
// Silent in the seed, chosen here (see huzhouUnitsNotes): the names of the
// seven layers and that they are pooled as one panel, the scale and a
// single item, at least 30 ratings, the bottom 3 units named for
// rectification and their heads 提醒谈话, and the reading that the 15
// departments the campaign publicised for their service are the top 15.
func HuzhouUnits() *Rules {
	r := &Rules{
		Name:  `湖州市机关作风建设社会评议（92个单位）`,
		Scale: satisfactionScale(),
		Groups: []Group{
			{Name: "市级领导"}, {Name: "人大代表"}, {Name: "政协委员"}, {Name: "企业代表"},
			{Name: "基层干部"}, {Name: "服务对象"}, {Name: "社会各界"},
		},
		Dimensions: []Dimension{{Name: "综合评价", Weight: 1}},
		Components: []Component{{Name: "社会评议", Source: SourceBallots, Weight: 1}},
		Complaints: ledger(DeductProportional, 0.02, 0.1),
		Validity:   Validity{DoubleEntry: DoubleEntryFlag, DoubleEntryMin: 5, MaxInvalidShare: 0.1},
		Ballots:    DefaultBallots(),
		Export:     ExportRules{MinGroupRatings: 5},
		MinRatings: 30,
		TieBreak:   []TieBreak{TieSatisfaction, TieLowestShare},
		Categories: []Category{{Name: "市直单位", Bottom: 3, Awards: 15, Targets: TargetsUnit}},
		Bottom:     Bottom{Label: "群众不满意单位", Action: "限期整改", MaxShare: 0.5, Vetoes: VetoesFill},
		Liability: []LiabilityRule{
			{Scope: ScopeUnit, Threshold: 1, Principal: []string{"提醒谈话"}},
		},
		Awards:      Awards{Name: "作风建设满意单位"},
		Uncertainty: defaultUncertainty(),
	}
	r.Robustness = huzhouUnitsVariants(r)
	return r
}
