package evaluate

// The presets below encode the other four seed systems. Where a seed gives a
// number, the preset uses it; where it is silent, each choice is the kind an
// office would publish and defend, and is said so in the comment. Every
// value can be overridden in a rules file that starts from the preset.

// satisfactionScale is 满意 / 基本满意 / 不满意 at 100 / 60 / 0, with 不了解
// as no answer.
func satisfactionScale() Scale {
	return Scale{Levels: []Level{
		{Name: "满意", Points: 100, Satisfied: true, Aliases: []string{"satisfied"}},
		{Name: "基本满意", Points: 60, Satisfied: true, Aliases: []string{"basically satisfied"}},
		{Name: "不满意", Points: 0, Lowest: true, Aliases: []string{"dissatisfied", "unsatisfied"}},
		{Name: "不了解", NoAnswer: true, Aliases: []string{"don't know", "unknown"}},
	}}
}

// ledger is the usual complaint ledger: 查实 deducts, 不实 does not,
// 一票否决 vetoes.
func ledger(mode DeductionMode, amount, limit float64) Complaints {
	c := Complaints{Mode: mode, Cap: limit, Results: []ComplaintResult{
		{Name: "查实", Effect: EffectDeduct, Closed: true, Aliases: []string{"verified"}},
		{Name: "不实", Effect: EffectNone, Closed: true, Aliases: []string{"not verified", "unverified"}},
		{Name: "一票否决", Effect: EffectVeto, Closed: true, Aliases: []string{"veto"}},
	}}
	if mode == DeductFixed {
		c.Points = amount
	} else {
		c.Rate = amount
	}
	return c
}

// Luoyang is 洛阳's 环境创优年 "效能提升社会评议" (seed 001): service windows
// and city units rated by 企业, 服务对象 and 群众 ("三满意", reported per
// group) with 人大代表 and 政协委员 added to the panel; "双十佳": the top 10
// windows are 十佳服务窗口 and the top 10 units 十佳效能单位; 效能告诫 for the
// bottom.
//
// Silent in the seed, chosen here: the weights (the three 满意 groups 0.7
// together, the deputies 0.3), a group counting in a target's weighted mean
// only from 5 evaluators (service recipients rate only what they used, and
// three of them must not carry a quarter of the score), the bottom 2 of
// each category warned, 不了解
// offered since recipients rate only the departments they used (so no
// minimum share of targets rated), at least 20 ratings, a fixed 2 points per
// verified complaint up to 10.
func Luoyang() *Rules {
	r := &Rules{
		Name:  `洛阳市"效能提升"社会评议`,
		Scale: satisfactionScale(),
		Groups: []Group{
			{Name: "企业", Weight: 0.25}, {Name: "服务对象", Weight: 0.25}, {Name: "群众", Weight: 0.2},
			{Name: "人大代表", Weight: 0.15}, {Name: "政协委员", Weight: 0.15},
		},
		Dimensions: []Dimension{{Name: "综合评价", Weight: 1}},
		Components: []Component{{Name: "社会评议", Source: SourceBallots, Weight: 1}},
		Complaints: ledger(DeductFixed, 2, 10),
		Validity:   Validity{DoubleEntry: DoubleEntryFlag, DoubleEntryMin: 5, MaxInvalidShare: 0.1},
		Ballots:    DefaultBallots(),
		Export:     ExportRules{MinGroupRatings: 5},
		MinRatings: 20,

		MinGroupBallots: 5,
		TieBreak:        []TieBreak{TieSatisfaction, TieLowestShare},
		Categories: []Category{
			{Name: "服务窗口", Bottom: 2, Awards: 10, AwardName: "十佳服务窗口"},
			{Name: "效能单位", Bottom: 2, Awards: 10, AwardName: "十佳效能单位"},
		},
		Bottom: Bottom{Label: "效能告诫对象", Action: "效能告诫", MaxShare: 0.5, Vetoes: VetoesFill},
		Liability: []LiabilityRule{
			{Scope: ScopeUnit, Threshold: 1, Principal: []string{"通报批评"}},
		},
		Awards:      Awards{Name: "双十佳"},
		Uncertainty: defaultUncertainty(),
	}
	r.Robustness = luoyangVariants(r)
	return r
}

// Lishui is 溧水's "千人评议机关" (seed 002): about a thousand evaluators — 人大
// 代表, 政协委员, 企业主代表, 软环境建设监督员 — score the county agencies by
// evaluator class (分类评议打分) on a points scale; the leadership of the
// agencies at the bottom is held responsible by severity (last → 组织调整,
// next → 诫勉谈话, next → 提醒谈话) with a deadline to rectify; one verified
// complaint → 警告, two → 待岗; the best and the worst are named each year.
//
// Silent in the seed, chosen here: two classes of agency (党群部门, 政府部门),
// the four evaluator classes weighted equally, 0–100 points read through
// bands (≥90 满意, 75–90 比较满意, 60–75 基本满意, <60 不满意), the highest and
// lowest score of each class dropped when it has at least 6, at least 30
// ratings, 2 points off per verified complaint up to 10, the last of each
// class 最差单位 and the first 最佳单位.
func Lishui() *Rules {
	r := &Rules{
		Name: `溧水县"千人评议机关"`,
		Scale: Scale{
			Levels: []Level{{Name: "不了解", NoAnswer: true, Aliases: []string{"don't know"}}},
			Range:  &Range{Min: 0, Max: 100},
			Bands: []Band{
				{Name: "不满意", Min: 0, Lowest: true},
				{Name: "基本满意", Min: 60, Satisfied: true},
				{Name: "比较满意", Min: 75, Satisfied: true},
				{Name: "满意", Min: 90, Satisfied: true},
			},
		},
		Groups: []Group{
			{Name: "人大代表", Weight: 0.25}, {Name: "政协委员", Weight: 0.25},
			{Name: "企业主代表", Weight: 0.25}, {Name: "软环境建设监督员", Weight: 0.25},
		},
		Dimensions: []Dimension{{Name: "综合评价", Weight: 1}},
		Trim:       Trim{K: 1, Min: 6},
		Components: []Component{{Name: "千人评议", Source: SourceBallots, Weight: 1}},
		Complaints: func() Complaints {
			c := ledger(DeductFixed, 2, 10)
			c.Sanctions = []Sanction{{Min: 1, Action: "警告"}, {Min: 2, Action: "待岗"}}
			return c
		}(),
		Validity:   Validity{DoubleEntry: DoubleEntryFlag, DoubleEntryMin: 5, MaxInvalidShare: 0.1},
		Ballots:    DefaultBallots(),
		Export:     ExportRules{MinGroupRatings: 5},
		MinRatings: 30,
		TieBreak:   []TieBreak{TieSatisfaction, TieLowestShare},
		Categories: []Category{
			{Name: "党群部门", Bottom: 1, Awards: 1},
			{Name: "政府部门", Bottom: 1, Awards: 1},
		},
		Bottom: Bottom{Label: "最差单位", Action: "限期整改", MaxShare: 0.5, Vetoes: VetoesFill},
		Liability: []LiabilityRule{
			{Scope: ScopeRank, Position: 1, Principal: []string{"组织调整"}},
			{Scope: ScopeRank, Position: 2, Principal: []string{"诫勉谈话"}},
			{Scope: ScopeRank, Position: 3, Principal: []string{"提醒谈话"}},
		},
		Awards:      Awards{Name: "最佳单位"},
		Uncertainty: defaultUncertainty(),
	}
	r.Robustness = lishuiVariants(r)
	return r
}

// Jintan is 金坛's 优化经济发展软环境 appraisal (seed 003): departments
// appraised by the 软环境工作考核办法 (an appraisal score sheet) together with
// a social evaluation; complaints tracked to closure (58 received, 56
// closed), the handling rate (办结率) reported per department, and
// complaints left unhandled deducting.
//
// Silent in the seed, chosen here: the social evaluation 0.7 and the
// appraisal 0.3 (a published 问卷 70% + 工作考核 30% split), 好 / 较好 / 一般 /
// 较差 at 100 / 80 / 60 / 40, the groups and their weights, 1 point per
// verified complaint and 2 per unhandled one up to 10, the bottom 2 named
// and their heads 通报批评, the top 3 软环境建设先进单位.
func Jintan() *Rules {
	c := ledger(DeductFixed, 1, 10)
	c.Results = append(c.Results, ComplaintResult{Name: "未办结", Effect: EffectDeduct, Amount: 2, Aliases: []string{"unhandled"}})
	r := &Rules{
		Name: `金坛市优化经济发展软环境考评`,
		Scale: Scale{Levels: []Level{
			{Name: "好", Points: 100, Satisfied: true},
			{Name: "较好", Points: 80, Satisfied: true},
			{Name: "一般", Points: 60},
			{Name: "较差", Points: 40, Lowest: true},
			{Name: "不了解", NoAnswer: true},
		}},
		Groups: []Group{
			{Name: "企业代表", Weight: 0.4}, {Name: "服务对象", Weight: 0.4}, {Name: "软环境监督员", Weight: 0.2},
		},
		Dimensions: []Dimension{{Name: "综合评价", Weight: 1}},
		Components: []Component{
			{Name: "社会评议", Source: SourceBallots, Weight: 0.7},
			{Name: "工作考核", Source: SourceSheet, Sheet: "考核得分", Weight: 0.3, Missing: MissingError},
		},
		Complaints: c,
		Validity:   Validity{DoubleEntry: DoubleEntryFlag, DoubleEntryMin: 5, MaxInvalidShare: 0.1},
		Ballots:    DefaultBallots(),
		Export:     ExportRules{MinGroupRatings: 5},
		MinRatings: 20,
		TieBreak:   []TieBreak{TieSatisfaction, TieLowestShare},
		Categories: []Category{{Name: "市级机关部门", Bottom: 2, Awards: 3}},
		Bottom:     Bottom{Label: "软环境建设后进单位", Action: "限期整改", MaxShare: 0.5, Vetoes: VetoesFill},
		Liability: []LiabilityRule{
			{Scope: ScopeUnit, Threshold: 1, Principal: []string{"通报批评"}},
		},
		Awards:      Awards{Name: "软环境建设先进单位"},
		Uncertainty: defaultUncertainty(),
	}
	r.Robustness = jintanVariants(r)
	return r
}

// Huzhou is 湖州's 机关作风建设 群众评议 (seed 004): 70 key section-level posts
// in 17 departments rated on five dimensions — 中心意识, 依法行政, 服务态度, 行政
// 效率, 勤政廉政 — by seven evaluator layers; 1,019 forms issued, 972
// returned (95%); per-group satisfaction reported (企业满意率 80.6%).
//
// Silent in the seed, chosen here: the names of the seven layers and how
// the 1,019 forms were shared among them, the five dimensions weighted
// equally, the seven layers pooled (one panel), a quorum of more than half
// returned, at least 30 ratings, the bottom 3 posts named with their holders
// 诫勉谈话 and the unit's head 提醒谈话, the top 5 群众满意岗位.
func Huzhou() *Rules {
	layers := []struct {
		name   string
		issued int
	}{{"党代表", 150}, {"人大代表", 150}, {"政协委员", 150}, {"企业代表", 150}, {"基层干部", 140}, {"服务对象", 140}, {"社会各界", 139}}
	var groups []Group
	for _, l := range layers {
		groups = append(groups, Group{Name: l.name, Issued: l.issued})
	}
	r := &Rules{
		Name:   `湖州市机关作风建设群众评议`,
		Scale:  satisfactionScale(),
		Groups: groups,
		Dimensions: []Dimension{
			{Name: "中心意识", Weight: 0.2}, {Name: "依法行政", Weight: 0.2}, {Name: "服务态度", Weight: 0.2},
			{Name: "行政效率", Weight: 0.2}, {Name: "勤政廉政", Weight: 0.2},
		},
		Quorum:     0.5,
		Components: []Component{{Name: "群众评议", Source: SourceBallots, Weight: 1}},
		Complaints: ledger(DeductProportional, 0.02, 0.1),
		Validity:   Validity{DoubleEntry: DoubleEntryFlag, DoubleEntryMin: 5, MaxInvalidShare: 0.1},
		Ballots:    DefaultBallots(),
		Export:     ExportRules{MinGroupRatings: 5},
		MinRatings: 30,
		TieBreak:   []TieBreak{TieSatisfaction, TieLowestShare},
		Categories: []Category{{Name: "科级岗位", Bottom: 3, Awards: 5}},
		Bottom:     Bottom{Label: "群众不满意岗位", Action: "诫勉谈话", MaxShare: 0.5, Vetoes: VetoesFill},
		Liability: []LiabilityRule{
			{Scope: ScopeUnit, Threshold: 1, Principal: []string{"提醒谈话"}},
		},
		Awards:      Awards{Name: "群众满意岗位"},
		Uncertainty: defaultUncertainty(),
	}
	r.Robustness = huzhouVariants(r)
	return r
}
