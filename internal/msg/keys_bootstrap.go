package msg

// The rules of resampling and robustness: when a verdict is fragile, and
// what a variant of the rules may change.
const (
	RuleFragile        Key = "rule.fragile"
	RuleVariantNames   Key = "rule.variant_names"
	RuleVariantReading Key = "rule.variant_reading"
)

// The command line of resampling.
const (
	CmdReplicates Key = "cmd.replicates"
)

// How sure the bottom list is, in the outputs: the columns, the flag, the
// 稳健性 sheet, the summary, the 说明 and 审计 sheets.
const (
	ColBottomProbability Key = "col.bottom_probability"
	ColRankInterval      Key = "col.rank_interval"
	ColMargin            Key = "col.margin"
	ColVariantsOn        Key = "col.variants_on"
	ColPublished         Key = "col.published"
	SheetRobustness      Key = "sheet.robustness"
	FlagFragile          Key = "flag.fragile"
	ValOnList            Key = "val.on_list"
	ValPendingList       Key = "val.pending_list"
	SummaryResampling    Key = "summary.resampling"
	SummaryNoResampling  Key = "summary.no_resampling"
	SummaryRobustness    Key = "summary.robustness"
	ItemResampling       Key = "item.resampling"
	ResamplingValue      Key = "val.resampling"
	MethodCertaintyLabel Key = "method.certainty_label"
	MethodCertainty      Key = "method.certainty"
	MethodNoResampling   Key = "method.no_resampling"
	MethodMargin         Key = "method.margin"
	MethodRobustLabel    Key = "method.robustness_label"
	MethodRobustness     Key = "method.robustness"
)
