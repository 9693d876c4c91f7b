package msg

var zhVerdicts = map[Key]string{
	NounVetoes:               "一票否决占位方式",
	FlagSmallCategory:        "类别过小",
	ValSmallPending:          "类别过小，按名次认定须经评议委员会决定",
	WhereGroup:               "代表类别 %s",
	WhereCategory:            "类别 %s",
	WarnGroupNoBallots:       "没有有效选票（收到 %d 张）：其权重 %g 由其他代表类别按权重分摊",
	WarnGroupNoBallotsPooled: "没有有效选票（收到 %d 张）：合并计算时缺少这一类别的意见",
	WarnTargetNoColumn:       "评议对象 %s %s 在选票中没有列（或行），无人能对其评价",
	WarnTargetNoRating:       "评议对象 %s %s 没有得到任何有效评价",
	WarnInvalidShare:         "无效票 %d 张，占收到的 %d 张选票的 %.1f%%，超过 %.1f%%（validity.max_invalid_share）",
	WarnBelowQuorum:          "回收 %d 张，发放 %d 张，回收率 %.1f%% 低于全轮法定回收率 %.1f%%（quorum）",
	WarnEmptyCategory:        "没有参加排名的评议对象：本类别无人排名，也无人按名次列入末位名单",
	WarnSmallCategory:        "末位名额按名次认定 %d 名，而本类别参加排名的（不含一票否决）仅 %d 名，按名次至多认定 %d 名且不含第一名：%s 不作确认，待评议委员会决定",
	WarnRankRuleHeld:         "连带责任规则%d（倒数第%d名）未适用于 %s：本类别仅 %d 名参加排名，按名次认定至多 %d 名，且不含第一名，待评议委员会决定",
	DataNoValidBallot:        "没有有效选票（收到 %d 张）：无法计分",
	ItemWarning:              "警告",
	SummaryWarning:           "警告 %d 条：",
	CheckWarnings:            "警告 (%d)",
	CmdWarnings:              "本轮评议有 %d 条警告（--strict 视警告为问题），见上方列表",
}
