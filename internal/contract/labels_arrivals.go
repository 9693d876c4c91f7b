package contract

import (
	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/msg"
)

// Sheets about how the ballots arrived: in the results workbook, and in
// the workbook of `evalctl reconcile`.
var (
	SheetRekeys        = Label{Key: msg.SheetRekeys}
	SheetFiles         = Label{Key: msg.SheetFiles}
	SheetComments      = Label{Key: msg.SheetComments}
	SheetCommentCounts = Label{Key: msg.SheetCommentCounts}
	SheetAnomalies     = Label{Key: msg.SheetAnomalies}
	SheetAgreement     = Label{Key: msg.SheetAgreement}
	SheetDifferences   = Label{Key: msg.SheetDifferences}
	SheetOnlyOne       = Label{Key: msg.SheetOnlyOne}
)

// Columns about how the ballots arrived. ColComment is also an input
// column: a ballot sheet's free-text column.
var (
	ColComment       = Label{Key: msg.ColComment, Aliases: []string{"意见", "建议", "意见和建议", "意见或建议", "意见及建议", "comment", "suggestions"}}
	ColTopics        = Label{Key: msg.ColTopics}
	ColCell          = Label{Key: msg.ColCell}
	ColKind          = Label{Key: msg.ColKind}
	ColEvidence      = Label{Key: msg.ColEvidence}
	ColBallots       = Label{Key: msg.ColBallots}
	ColRekeyed       = Label{Key: msg.ColRekeyed}
	ColInvalidShare  = Label{Key: msg.ColInvalidShare}
	ColGroupA        = Label{Key: msg.ColGroupA}
	ColGroupB        = Label{Key: msg.ColGroupB}
	ColCommonTargets = Label{Key: msg.ColCommonTargets}
	ColRho           = Label{Key: msg.ColRho}
	ColCountedBy     = Label{Key: msg.ColCountedBy}
	ColCount         = Label{Key: msg.ColCount}
	ColCellA         = Label{Key: msg.ColCellA}
	ColValueA        = Label{Key: msg.ColValueA}
	ColCellB         = Label{Key: msg.ColCellB}
	ColValueB        = Label{Key: msg.ColValueB}
	ColFirstKeyed    = Label{Key: msg.ColFirstKeyed}
)

// Roles of a ballot sheet's columns, as check reports them.
const (
	RoleBallot   = "ballot"
	RoleGroup    = "group"
	RoleRating   = "rating"
	RoleComment  = "comment"
	RoleQuestion = "question" // a question that rates no target (知晓率)
	RoleMetadata = "metadata"
	RoleUnused   = "unused"
	RoleUnknown  = "unknown"
)

// ColumnRoles are the roles with their labels.
var ColumnRoles = Vocabulary[string]{
	{RoleBallot, Label{Key: msg.RoleBallot}},
	{RoleGroup, Label{Key: msg.RoleGroup}},
	{RoleRating, Label{Key: msg.RoleRating}},
	{RoleComment, Label{Key: msg.RoleComment}},
	{RoleQuestion, Label{Key: msg.RoleQuestion}},
	{RoleMetadata, Label{Key: msg.RoleMetadata}},
	{RoleUnused, Label{Key: msg.RoleUnused}},
	{RoleUnknown, Label{Key: msg.RoleUnknown}},
}

// Layouts of a ballot sheet, as check reports them.
const (
	LayoutWide     = "wide"
	LayoutTwoRows  = "wide_two_rows"
	LayoutLong     = "long"
	LayoutWJXText  = "wjx_text"
	LayoutWJXCoded = "wjx_coded"
	LayoutTencent  = "tencent"
)

// Layouts are the layouts with their labels.
var Layouts = Vocabulary[string]{
	{LayoutWide, Label{Key: msg.LayoutWide}},
	{LayoutTwoRows, Label{Key: msg.LayoutTwoRows}},
	{LayoutLong, Label{Key: msg.LayoutLong}},
	{LayoutWJXText, Label{Key: msg.LayoutWJXText}},
	{LayoutWJXCoded, Label{Key: msg.LayoutWJXCoded}},
	{LayoutTencent, Label{Key: msg.LayoutTencent}},
}

// AnomalyKinds are the anomalies with their labels (异常类型).
var AnomalyKinds = Vocabulary[evaluate.AnomalyKind]{
	{evaluate.AnomalyStraightLine, Label{Key: msg.AnomalyStraightLine}},
	{evaluate.AnomalyStraightFile, Label{Key: msg.AnomalyStraightFile}},
	{evaluate.AnomalyRun, Label{Key: msg.AnomalyRun}},
	{evaluate.AnomalyWindow, Label{Key: msg.AnomalyWindow}},
	{evaluate.AnomalyAddress, Label{Key: msg.AnomalyAddress}},
	{evaluate.AnomalyInvalidShare, Label{Key: msg.AnomalyInvalidShare}},
	{evaluate.AnomalyDisagreement, Label{Key: msg.AnomalyDisagreement}},
}
