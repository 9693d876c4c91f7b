package contract

import "github.com/evalctl/evalctl/internal/msg"

// The sheets of a round: its inputs.
var (
	SheetRoster     = Label{Key: msg.SheetRoster}
	SheetBallots    = Label{Key: msg.SheetBallots}
	SheetComplaints = Label{Key: msg.SheetComplaints}
	SheetTests      = Label{Key: msg.SheetTests}
)

// The sheets of the results workbook.
var (
	SheetRanking         = Label{Key: msg.SheetRanking}
	SheetBottom          = Label{Key: msg.SheetBottom}
	SheetAccountability  = Label{Key: msg.SheetAccountability}
	SheetAwards          = Label{Key: msg.SheetAwards}
	SheetInvalid         = Label{Key: msg.SheetInvalid}
	SheetDoubleEntries   = Label{Key: msg.SheetDoubleEntries}
	SheetStatistics      = Label{Key: msg.SheetStatistics}
	SheetGroupScores     = Label{Key: msg.SheetGroupScores}
	SheetDimensionScores = Label{Key: msg.SheetDimensionScores}
	SheetLedger          = Label{Key: msg.SheetLedger}
	SheetAudit           = Label{Key: msg.SheetAudit}
)

// The sheets of a unit's export, the export's index and the trend workbook.
var (
	SheetUnitResults = Label{Key: msg.SheetUnitResults}
	SheetByGroup     = Label{Key: msg.SheetByGroup}
	SheetAbout       = Label{Key: msg.SheetAbout}
	SheetIndex       = Label{Key: msg.SheetIndex}
	SheetTrend       = Label{Key: msg.SheetTrend}
	SheetRepeats     = Label{Key: msg.SheetRepeats}
)

// The sheets of a ballot template.
var (
	SheetInstructions = Label{Key: msg.SheetInstructions}
	SheetLists        = Label{Key: msg.SheetLists}
	SheetBallotForm   = Label{Key: msg.SheetBallotForm}
)
