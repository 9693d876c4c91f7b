package msg

// Why a ballot is invalid, one text per problem.
const (
	ProblemNoID          Key = "problem.missing_ballot_number"
	ProblemDuplicate     Key = "problem.duplicate_ballot_number"
	ProblemNoGroup       Key = "problem.missing_group"
	ProblemUnknownGroup  Key = "problem.unknown_group"
	ProblemBadLevel      Key = "problem.not_a_level"
	ProblemOutOfRange    Key = "problem.out_of_range"
	ProblemBlank         Key = "problem.blank_ballot"
	ProblemDoubleEntry   Key = "problem.double_entry"
	ProblemUnknownTarget Key = "problem.unknown_target"
	ProblemUnknownDim    Key = "problem.unknown_dimension"
	ProblemRatedTwice    Key = "problem.rated_twice"
	ProblemMixedGroups   Key = "problem.mixed_groups"
	ProblemTooFewRated   Key = "problem.too_few_rated"
	ProblemLevelShare    Key = "problem.one_level_share"
	ProblemIdentical     Key = "problem.identical"
	ProblemQuota         Key = "problem.quota"
)

// Why an accountability entry was made.
const (
	TriggerRank        Key = "trigger.rank_from_bottom"
	TriggerComplaints  Key = "trigger.complaints"
	TriggerCount       Key = "trigger.count"
	ScopeTheUnit       Key = "trigger.scope_unit"
	ScopeOneSupervisor Key = "trigger.scope_supervisor"

	EscalationYears        Key = "escalation.years"
	EscalationRounds       Key = "escalation.rounds"
	EscalationUnknownYears Key = "escalation.unknown_years"
	EscalationUnsatisfied  Key = "escalation.consecutive_unsatisfactory"
	EscalationLowSat       Key = "escalation.consecutive_low_satisfaction"
	EscalationEntry        Key = "escalation.entry"
)

// The summary of a round, and the files and notes of exports and trends.
const (
	Summary          Key = "summary.round"
	IndexFile        Key = "export.index_file"
	UnitFileSuffix   Key = "export.unit_file_suffix"
	NameCollision    Key = "export.name_collision"
	SuppressionNote  Key = "export.suppression_note"
	DistributionName Key = "history.distribution_title"
)
