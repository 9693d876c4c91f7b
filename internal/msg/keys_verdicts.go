package msg

// The safeguards of a verdict: small categories, the veto mode.
const (
	NounVetoes        Key = "noun.vetoes"
	FlagSmallCategory Key = "flag.small_category"
	ValSmallPending   Key = "val.small_category_pending"
)

// The warnings of a degraded round, where they are, and the error of a
// round without a valid ballot.
const (
	WhereGroup               Key = "where.group"
	WhereCategory            Key = "where.category"
	WarnGroupNoBallots       Key = "warning.group_no_ballots"
	WarnGroupNoBallotsPooled Key = "warning.group_no_ballots_pooled"
	WarnTargetNoColumn       Key = "warning.target_no_column"
	WarnTargetNoRating       Key = "warning.target_no_rating"
	WarnInvalidShare         Key = "warning.invalid_share"
	WarnBelowQuorum          Key = "warning.below_quorum"
	WarnEmptyCategory        Key = "warning.empty_category"
	WarnSmallCategory        Key = "warning.small_category"
	WarnRankRuleHeld         Key = "warning.rank_rule_held"
	DataNoValidBallot        Key = "data.no_valid_ballot"
)

// Warnings in the outputs.
const (
	ItemWarning    Key = "item.warning"
	SummaryWarning Key = "summary.warnings"
	CheckWarnings  Key = "check.warnings"
	CmdWarnings    Key = "cmd.strict_warnings"
)

// The 计分明细 sheet: the figures behind each ballot score.
const (
	SheetScoreDetail    Key = "sheet.score_detail"
	ColContribution     Key = "col.contribution"
	ColComplaintsOfKind Key = "col.complaints_of_kind"
	ValPooledGroups     Key = "val.pooled_groups"
	NoteTrimmed         Key = "note.detail_trimmed"
	NoteFewEvaluators   Key = "note.detail_few_evaluators"
	NoteNotRated        Key = "note.detail_not_rated"
	NotePooledGroup     Key = "note.detail_pooled_group"
	NoteDetailTotal     Key = "note.detail_total"
)

// The sentence that explains a verdict of the bottom list, and its column.
const (
	ColExplanation     Key = "col.explanation"
	ExplainFinalBelow  Key = "explain.final_below_median"
	ExplainFinalAbove  Key = "explain.final_above_median"
	ExplainFinalAt     Key = "explain.final_at_median"
	ExplainNoScore     Key = "explain.no_score"
	ExplainNoneRanked  Key = "explain.none_ranked"
	ExplainWeakest     Key = "explain.weakest_group"
	ExplainDeducted    Key = "explain.deducted"
	ExplainNoDeduction Key = "explain.no_deduction"
	ExplainMarginBelow Key = "explain.margin_below"
	ExplainMarginAbove Key = "explain.margin_above"
	ExplainMarginEqual Key = "explain.margin_equal"
	ExplainNoneOff     Key = "explain.none_off_list"
	ExplainVeto        Key = "explain.grounds_veto"
	ExplainBottom      Key = "explain.grounds_bottom"
	ExplainTie         Key = "explain.grounds_tie"
	ExplainSmall       Key = "explain.grounds_small_category"
	ExplainBelow       Key = "explain.grounds_below_threshold"
	ExplainBelowFinal  Key = "explain.below_final"
	ExplainBelowSat    Key = "explain.below_satisfaction"
	ExplainBelowLowest Key = "explain.above_lowest_share"
	ExplainSentenceEnd Key = "explain.end"
)
