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
