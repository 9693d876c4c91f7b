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
// windows are 十佳服务窗口 and the top 10 units 十佳效能单位. 效能告诫 is
// given for verified violations (违者给予效能告诫), the leaders of the
// violator's unit are proposed for accountability (谁分管…追究谁), and a
// violation costs the honour (效能告诫 tied to 单位评先).
//
// Silent in the seed, chosen here (see luoyangNotes): the weights, a group
// counting in a target's weighted mean only from 5 evaluators, 不了解
// offered, at least 20 ratings, a fixed 2 points per verified complaint up
// to 10, and the last two of each category named for rectification.
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
			{Name: "服务窗口", Bottom: 2, Awards: 10, AwardName: "十佳服务窗口", Targets: TargetsUnit},
			{Name: "效能单位", Bottom: 2, Awards: 10, AwardName: "十佳效能单位", Targets: TargetsUnit},
		},
		Bottom: Bottom{Label: "效能评议末位", Action: "限期整改", MaxShare: 0.5, Vetoes: VetoesFill},
		Liability: []LiabilityRule{
			{Scope: ScopeViolations, Threshold: 1, Target: []string{"效能告诫"}},
			{Scope: ScopeViolations, Threshold: 1, Principal: []string{"追究领导责任"}, Supervisor: []string{"追究领导责任"}, Proposal: true},
		},
		Awards:      Awards{Name: "双十佳", ExcludeViolators: true},
		Uncertainty: defaultUncertainty(),
	}
	r.Robustness = luoyangVariants(r)
	return r
}

// Lishui is 溧水's "千人评议机关" (seed 002): about a thousand evaluators — 人大
// 代表, 政协委员, 企业主代表, 软环境建设监督员 — score the county agencies by
// evaluator class (分类评议打分); the leadership of the agencies ranked at
// the bottom is held responsible 视考核结果 — 提醒谈话, 诫勉谈话 or 组织调整 —
// with a deadline to rectify (限期整改), the best and the worst named (最优和
// 最差单位); a verified violation makes the agency's head answerable too
// (追究单位主要领导的责任). The 首问负责制 sanctions of staff (一次投诉查实警告，
// 两次投诉查实待岗) are for persons, not agencies: they are in LishuiWindows.
//
// Since the tiers depend on an inquiry (视考核结果), they are proposals to the
// committee, not decisions; which tier goes with which place from the bottom
// is chosen here, as are (see lishuiNotes) two classes of agency, equal
// weights, the 0–100 bands, dropping the highest and lowest of each class
// from 6 ratings, at least 30 ratings, 2 points off per verified complaint
// up to 10, and one worst and one best per class.
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
		Complaints: ledger(DeductFixed, 2, 10),
		Validity:   Validity{DoubleEntry: DoubleEntryFlag, DoubleEntryMin: 5, MaxInvalidShare: 0.1},
		Ballots:    DefaultBallots(),
		Export:     ExportRules{MinGroupRatings: 5},
		MinRatings: 30,
		TieBreak:   []TieBreak{TieSatisfaction, TieLowestShare},
		Categories: []Category{
			{Name: "党群部门", Bottom: 1, Awards: 1, Targets: TargetsUnit},
			{Name: "政府部门", Bottom: 1, Awards: 1, Targets: TargetsUnit},
		},
		Bottom: Bottom{Label: "最差单位", Action: "限期整改", MaxShare: 0.5, Vetoes: VetoesFill},
		Liability: []LiabilityRule{
			{Scope: ScopeRank, Position: 1, Principal: []string{"组织调整"}, Proposal: true},
			{Scope: ScopeRank, Position: 2, Principal: []string{"诫勉谈话"}, Proposal: true},
			{Scope: ScopeRank, Position: 3, Principal: []string{"提醒谈话"}, Proposal: true},
			{Scope: ScopeViolations, Threshold: 1, Principal: []string{"追究领导责任"}, Proposal: true},
		},
		Awards:      Awards{Name: "最佳单位"},
		Uncertainty: defaultUncertainty(),
	}
	r.Robustness = lishuiVariants(r)
	return r
}

// Jintan is 金坛's 优化经济发展软环境 appraisal (seed 003): departments
// appraised by the 软环境工作考核办法 (an appraisal score sheet) together with
// a social evaluation; complaints tracked to closure — 58 received, 56
// closed — the ledger's 核查结果 and 办理状态 kept apart, so that a verified
// complaint still being handled can be recorded, and the handling rate
// (办结率) reported for the round, per department and per unit; a poll of
// the public (民意调查): 89% knew of the 优质服务年 (知晓率) and 100%
// supported the campaign (支持率), asked on the ballot as questions that
// rate no department.
//
// Silent in the seed, chosen here (see jintanNotes): the social evaluation
// 0.7 and the appraisal 0.3, 好 / 较好 / 一般 / 较差 at 100 / 80 / 60 / 40, the
// groups and their weights, 1 point per verified complaint up to 10, the
// bottom 2 named and their heads 通报批评, the top 3 软环境建设先进单位.
func Jintan() *Rules {
	c := ledger(DeductFixed, 1, 10)
	c.Results = append(c.Results, ComplaintResult{Name: "核查中", Effect: EffectNone, Aliases: []string{"under inquiry"}})
	for i := range c.Results {
		c.Results[i].Closed = false // the handling status says it
	}
	c.Statuses = []HandlingStatus{
		{Name: "已办结", Closed: true, Aliases: []string{"办结", "closed"}},
		{Name: "办理中", Aliases: []string{"未办结", "open"}},
	}
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
		Questions: []Question{
			{Name: "知晓率", Column: "是否知道市委市政府在抓“优质服务年”", Answers: []string{"知道", "不知道"}, Rate: []string{"知道"}},
			{Name: "支持率", Column: "是否支持市委市政府抓机关作风建设", Answers: []string{"支持", "不支持", "说不清"}, Rate: []string{"支持"}},
		},
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
		Categories: []Category{{Name: "市级机关部门", Bottom: 2, Awards: 3, Targets: TargetsUnit}},
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

// Huzhou is 湖州's 机关作风建设 群众评议 of posts (seed 004): 70 key
// section-level posts in 17 departments rated on five dimensions — 中心意识,
// 依法行政, 服务态度, 行政效率, 勤政廉政; 1,019 forms issued for the round
// and 972 returned (95%), 92 comments collected; the enterprises'
// satisfaction reported (企业满意率 80.6%); 10 先进处室 and 10 先进个人 named.
// (The seven evaluator layers belong to the social evaluation of 92 units,
// HuzhouUnits.)
//
// Silent in the seed, chosen here (see huzhouNotes): who else rated the
// posts besides enterprises, and that the panel is pooled; the five
// dimensions weighted equally; a quorum of more than half returned (过半,
// strict); at least 30 ratings; the bottom 3 posts named with their holders
// 诫勉谈话 and the unit's head 提醒谈话; and the reading that the 10 先进处室
// are the 10 best posts, whose holders are the 10 先进个人.
func Huzhou() *Rules {
	r := &Rules{
		Name:   `湖州市机关作风建设群众评议`,
		Scale:  satisfactionScale(),
		Groups: []Group{{Name: "企业代表"}, {Name: "办事群众"}, {Name: "基层单位"}},
		Dimensions: []Dimension{
			{Name: "中心意识", Weight: 0.2}, {Name: "依法行政", Weight: 0.2}, {Name: "服务态度", Weight: 0.2},
			{Name: "行政效率", Weight: 0.2}, {Name: "勤政廉政", Weight: 0.2},
		},
		Issued:       1019,
		Quorum:       0.5,
		QuorumStrict: true,
		Components:   []Component{{Name: "群众评议", Source: SourceBallots, Weight: 1}},
		Complaints:   ledger(DeductProportional, 0.02, 0.1),
		Validity:     Validity{DoubleEntry: DoubleEntryFlag, DoubleEntryMin: 5, MaxInvalidShare: 0.1},
		Ballots: func() BallotRules {
			b := DefaultBallots()
			b.Comments.Topics = []Topic{
				{Name: "服务态度", Keywords: []string{"态度", "脸难看", "冷淡", "推诿"}},
				{Name: "办事效率", Keywords: []string{"效率", "拖", "跑", "慢"}},
				{Name: "依法行政", Keywords: []string{"收费", "执法", "处罚", "检查"}},
				{Name: "勤政廉政", Keywords: []string{"吃拿卡要", "廉", "宴请"}},
			}
			return b
		}(),
		Export:     ExportRules{MinGroupRatings: 5},
		MinRatings: 30,
		TieBreak:   []TieBreak{TieSatisfaction, TieLowestShare},
		Categories: []Category{{Name: "科级岗位", Bottom: 3, Awards: 10, AwardName: "先进处室", AlsoAward: "先进个人", Targets: TargetsPerson}},
		Bottom:     Bottom{Label: "群众不满意岗位", Action: "诫勉谈话", MaxShare: 0.5, Vetoes: VetoesFill},
		Liability: []LiabilityRule{
			{Scope: ScopeUnit, Threshold: 1, Principal: []string{"提醒谈话"}},
		},
		Awards:      Awards{Name: "先进处室"},
		Uncertainty: defaultUncertainty(),
	}
	r.Robustness = huzhouVariants(r)
	return r
}
