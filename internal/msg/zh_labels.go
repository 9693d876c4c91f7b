package msg

// zh is the Chinese catalogue; its entries are spread over the zh_*.go files
// by subject, each adding to it.
var zh = join(zhLabels, zhSentences, zhRules, zhData, zhXLSX, zhCommands, zhTemplates, zhVerdicts, zhArrivals, zhHelp, zhOutputs, zhBootstrap, zhPresets)

var zhLabels = map[Key]string{
	SheetRoster: "名册", SheetBallots: "选票", SheetComplaints: "投诉台账", SheetTests: "测试成绩",
	SheetRanking: "排名", SheetBottom: "不满意名单", SheetAccountability: "问责名单", SheetAwards: "表彰名单",
	SheetInvalid: "无效票", SheetDoubleEntries: "疑似重复录入", SheetStatistics: "统计", SheetGroupScores: "分组得分",
	SheetDimensionScores: "分项得分", SheetLedger: "投诉记录", SheetAudit: "审计",
	SheetUnitResults: "本单位结果", SheetByGroup: "分组满意度", SheetAbout: "说明", SheetIndex: "索引",
	SheetTrend: "历年名次", SheetRepeats: "末位重复",
	SheetInstructions: "说明", SheetLists: "选项", SheetBallotForm: "测评表",

	ColID: "编号", ColName: "姓名", ColUnit: "单位", ColSection: "股室", ColCategory: "类别",
	ColSupervisor: "分管领导", ColPrincipal: "主要领导", ColScore: "成绩", ColResult: "核查结果",
	ColBallot: "票号", ColGroup: "代表类别", ColNote: "备注", ColTarget: "评议对象", ColDimension: "评议内容", ColRating: "评价",
	ColRank: "名次", ColOf: "参评人数", ColRatings: "有效评价票数", ColBallotScore: "评议得分",
	ColComposite: "综合得分", ColVerified: "扣分投诉", ColReceived: "投诉受理", ColClosed: "投诉办结",
	ColDeduction: "扣分", ColFinal: "最终得分", ColSatisfaction: "满意率", ColLowestShare: "最低等次占比",
	ColStatus: "状态", ColUnsatisfactory: "不满意", ColVerdict: "结论", ColFlags: "标记", ColReason: "原因",
	ColAction: "处理", ColPerson: "姓名", ColRole: "角色", ColActions: "问责措施", ColBecauseOf: "涉及对象",
	ColAward: "表彰", ColTest: "测试成绩", ColFile: "文件", ColSheet: "工作表", ColRow: "行", ColRead: "读入",
	ColIssued: "发放", ColValid: "有效", ColInvalid: "无效", ColReturnRate: "回收率", ColValidRate: "有效率",
	ColEvaluators: "评价人数", ColRatingCount: "评价次数", ColMean: "平均分", ColWeight: "权重",
	ColInWeightedMean: "计入加权", ColIdenticalTo: "内容相同的票号", ColTreatment: "处理", ColEffect: "效果",
	ColWhere: "位置", ColItem: "项目", ColValue: "内容", ColYear: "年度", ColPreviousRank: "上年名次",
	ColRankChange: "名次变化", ColPreviouslyUnsatisfactory: "上年不满意", ColTargets: "评议对象数",
	ColRanked: "已排名", ColUnsatisfactoryCount: "不满意人数", ColAccountabilityEntries: "问责人次",
	ColMeanFinal: "平均最终得分", ColWrittenNow: "本次导出", ColFewestShown: "分组数据最少评价次数",
	ColTimes: "次数", ColYears: "年度", ColMinimum: "最低分", ColLowerQuartile: "下四分位", ColMedian: "中位数",
	ColUpperQuartile: "上四分位", ColMaximum: "最高分",

	ItemVersion: "evalctl 版本", ItemRound: "评议轮次", ItemRules: "评分规则", ItemInput: "输入文件",
	ItemPrevious: "上年结果", ItemReconciliation: "对账", ItemRulesYAML: "评分规则（YAML）",

	ValRanked: "已排名", ValInsufficient: "样本不足", ValPrincipal: "主要领导", ValSupervisor: "分管领导",
	ValTarget: "评议对象", ValEffectNone: "不扣分", ValEffectDeduct: "扣分", ValEffectVeto: "一票否决",
	ValYes: "是", ValNo: "否", ValConfirmed: "确认", ValTiePending: "并列跨越末位线，待评议委员会决定",
	ValBottomOfCat: "类别末位", ValVeto: "一票否决", ValListedCounted: "仅列出，照常计票", ValVoided: "作废",
	ValUnsatisfactory: "不满意", ValAwarded: "表彰", ValReserve: "后备干部", ValTotal: "合计",
	ValMissingGroup: "（缺失或未知）", ValUnknownYear: "（未知）",

	FlagVeto: "一票否决", FlagTieAtCutoff: "并列跨越末位线", FlagTieAtAwardCutoff: "并列跨越表彰线",
	FlagBelowThreshold: "低于阈值", FlagConsecutiveUnsatis: "连续两轮不满意",

	ListSep: "、", ClauseSep: "；", ColonSep: "：",
}

// join merges the parts of a catalogue. A key in two parts would be a
// mistake the tests catch; the later part wins meanwhile.
func join(parts ...map[Key]string) map[Key]string {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	out := make(map[Key]string, n) // made once at its size: every run of evalctl starts here
	for _, p := range parts {
		for k, v := range p {
			out[k] = v
		}
	}
	return out
}
