package msg

// How ballots arrive: survey exports, double keying, comments and
// suspicious ballots (the ballots section of the rules, reconcile, and the
// sheets and findings they add).
const (
	NounNumbering     Key = "noun.numbering"
	NounRowNaming     Key = "noun.row_naming"
	NounAnomalyAction Key = "noun.anomaly_action"

	RuleNotAGroup     Key = "rule.not_a_group"
	RuleNotALevel     Key = "rule.not_a_level"
	RuleNotADimension Key = "rule.not_a_dimension"
	RuleNoKeywords    Key = "rule.no_keywords"
	RuleAtLeastTwo    Key = "rule.at_least_two"
	RuleBurstBallots  Key = "rule.burst_ballots"
	RuleCorrelation   Key = "rule.correlation"

	ProblemUnknownGroupAt Key = "problem.unknown_group_at"
	ProblemStraightLine   Key = "problem.straight_line"
)

// Sheets, columns and values about how ballots arrived.
const (
	SheetRekeys        Key = "sheet.rekeys"
	SheetFiles         Key = "sheet.files"
	SheetComments      Key = "sheet.comments"
	SheetCommentCounts Key = "sheet.comment_counts"
	SheetAnomalies     Key = "sheet.anomalies"
	SheetAgreement     Key = "sheet.agreement"
	SheetDifferences   Key = "sheet.differences"
	SheetOnlyOne       Key = "sheet.only_one"

	ColComment       Key = "col.comment"
	ColTopics        Key = "col.topics"
	ColCell          Key = "col.cell"
	ColKind          Key = "col.kind"
	ColEvidence      Key = "col.evidence"
	ColBallots       Key = "col.ballots"
	ColRekeyed       Key = "col.rekeyed"
	ColInvalidShare  Key = "col.invalid_share"
	ColGroupA        Key = "col.group_a"
	ColGroupB        Key = "col.group_b"
	ColCommonTargets Key = "col.common_targets"
	ColRho           Key = "col.rho"
	ColCountedBy     Key = "col.counted_by"
	ColCount         Key = "col.count"
	ColCellA         Key = "col.cell_a"
	ColValueA        Key = "col.value_a"
	ColCellB         Key = "col.cell_b"
	ColValueB        Key = "col.value_b"
	ColFirstKeyed    Key = "col.first_keyed"

	RoleBallot   Key = "role.ballot"
	RoleGroup    Key = "role.group"
	RoleRating   Key = "role.rating"
	RoleComment  Key = "role.comment"
	RoleMetadata Key = "role.metadata"
	RoleUnused   Key = "role.unused"
	RoleUnknown  Key = "role.unknown"

	LayoutWide     Key = "layout.wide"
	LayoutTwoRows  Key = "layout.wide_two_rows"
	LayoutLong     Key = "layout.long"
	LayoutWJXText  Key = "layout.wjx_text"
	LayoutWJXCoded Key = "layout.wjx_coded"
	LayoutTencent  Key = "layout.tencent"

	AnomalyStraightLine Key = "anomaly.straight_line"
	AnomalyStraightFile Key = "anomaly.straight_line_file"
	AnomalyRun          Key = "anomaly.burst_in_file"
	AnomalyWindow       Key = "anomaly.burst_in_window"
	AnomalyAddress      Key = "anomaly.burst_from_address"
	AnomalyInvalidShare Key = "anomaly.invalid_share"
	AnomalyDisagreement Key = "anomaly.group_disagreement"
)

// Survey exports.
const (
	DataRowNotID              Key = "data.row_not_id"
	DataRowNotName            Key = "data.row_not_name"
	DataSurveyCodes           Key = "data.survey_codes"
	DataSurveyNoBallot        Key = "data.survey_no_ballot"
	DataSurveyGroupMatrix     Key = "data.survey_group_matrix"
	DataSurveyNoGroupQuestion Key = "data.survey_no_group_question"
	DataSurveyWhichGroup      Key = "data.survey_which_group"
	DataSurveyWhichDimension  Key = "data.survey_which_dimension"

	MetaOther     Key = "meta.other"
	MetaSubmitted Key = "meta.submitted"
	MetaStarted   Key = "meta.started"
	MetaSeconds   Key = "meta.seconds"
	MetaIP        Key = "meta.ip"
	MetaChannel   Key = "meta.channel"

	NoteOtherQuestion Key = "note.other_question"
)

// Evidence of the anomalies, and how ballots keyed again were treated.
const (
	EvidenceStraightLine Key = "evidence.straight_line"
	EvidenceStraightFile Key = "evidence.straight_line_file"
	EvidenceRun          Key = "evidence.burst_in_file"
	EvidenceWindow       Key = "evidence.burst_in_window"
	EvidenceAddress      Key = "evidence.burst_from_address"
	EvidenceInvalidShare Key = "evidence.invalid_share"
	EvidenceDisagreement Key = "evidence.group_disagreement"
	EvidenceOneAddress   Key = "evidence.one_address"
	EvidenceAddresses    Key = "evidence.addresses"
	EvidenceNoAddress    Key = "evidence.no_address"

	ValRekeyIdentical Key = "val.rekey_identical"
	ValRekeyConflict  Key = "val.rekey_conflict"
	ValFlagged        Key = "val.flagged"
)

// What check prints about how ballots arrived.
const (
	CheckRekeys        Key = "check.rekeys"
	CheckRekeyLine     Key = "check.rekey_line"
	CheckColumns       Key = "check.columns"
	CheckSheetLine     Key = "check.sheet_line"
	CheckRatingColumns Key = "check.rating_columns"
	CheckAnomalies     Key = "check.anomalies"
	CheckAgreement     Key = "check.agreement"
	CheckQuestion      Key = "check.question"
)

// Comparing two keyings (evalctl reconcile).
const (
	KeyingTwice        Key = "keying.twice"
	KeyingHeading      Key = "keying.heading"
	KeyingPaired       Key = "keying.paired"
	KeyingCells        Key = "keying.cells"
	KeyingCellLine     Key = "keying.cell_line"
	KeyingOnlyA        Key = "keying.only_a"
	KeyingOnlyB        Key = "keying.only_b"
	KeyingOnlyLine     Key = "keying.only_line"
	KeyingNoCell       Key = "keying.no_cell"
	KeyingFirst        Key = "keying.first"
	KeyingSecond       Key = "keying.second"
	KeyingPairedItem   Key = "keying.paired_item"
	KeyingAgreeingItem Key = "keying.agreeing_item"
	KeyingCellsItem    Key = "keying.cells_item"
	KeyingVerdict      Key = "keying.verdict"
	KeyingAgree        Key = "keying.agree"
	KeyingDiffer       Key = "keying.differ"

	CmdKeyingsDiffer     Key = "cmd.keyings_differ"
	ReconcileFileSuffix  Key = "file.reconcile_suffix"
	AgreedFileSuffix     Key = "file.agreed_suffix"
	NoteAgreedNotWritten Key = "note.agreed_not_written"
)
