package msg

// en is the English catalogue; its entries are spread over the en_*.go files
// by subject, each adding to it.
var en = join(enLabels, enSentences, enRules, enData, enXLSX, enCommands, enTemplates, enVerdicts, enArrivals, enHelp, enOutputs, enBootstrap, enPresets)

var enLabels = map[Key]string{
	SheetRoster: "roster", SheetBallots: "ballots", SheetComplaints: "complaints", SheetTests: "tests",
	SheetRanking: "Ranking", SheetBottom: "Unsatisfactory", SheetAccountability: "Accountability", SheetAwards: "Awards",
	SheetInvalid: "Invalid ballots", SheetDoubleEntries: "Possible double entries", SheetStatistics: "Statistics",
	SheetGroupScores: "Group scores", SheetDimensionScores: "Dimension scores", SheetLedger: "Complaint ledger", SheetAudit: "Audit",
	SheetUnitResults: "Unit results", SheetByGroup: "By group", SheetAbout: "About", SheetIndex: "Index",
	SheetTrend: "Trend", SheetRepeats: "Repeated on the bottom list",
	SheetInstructions: "instructions", SheetLists: "lists", SheetBallotForm: "ballot form",

	ColID: "ID", ColName: "Name", ColUnit: "Unit", ColSection: "Section", ColCategory: "Category",
	ColSupervisor: "Supervisor", ColPrincipal: "Principal", ColScore: "Score", ColResult: "Result",
	ColBallot: "Ballot", ColGroup: "Group", ColNote: "Note", ColTarget: "Target", ColDimension: "Dimension", ColRating: "Rating",
	ColRank: "Rank", ColOf: "Of", ColRatings: "Ratings", ColBallotScore: "Ballot score",
	ColComposite: "Composite", ColVerified: "Verified complaints", ColReceived: "Complaints received", ColClosed: "Complaints closed",
	ColDeduction: "Deduction", ColFinal: "Final", ColSatisfaction: "Satisfaction", ColLowestShare: "Lowest share",
	ColStatus: "Status", ColUnsatisfactory: "Unsatisfactory", ColVerdict: "Verdict", ColFlags: "Flags", ColReason: "Reason",
	ColAction: "Action", ColPerson: "Person", ColRole: "Role", ColActions: "Actions", ColBecauseOf: "Because of",
	ColAward: "Award", ColTest: "Test", ColFile: "File", ColSheet: "Sheet", ColRow: "Row", ColRead: "Read",
	ColIssued: "Issued", ColValid: "Valid", ColInvalid: "Invalid", ColReturnRate: "Return rate", ColValidRate: "Valid rate",
	ColEvaluators: "Evaluators", ColRatingCount: "Rating count", ColMean: "Mean score", ColWeight: "Weight",
	ColInWeightedMean: "In the weighted mean", ColIdenticalTo: "Identical to", ColTreatment: "Treatment", ColEffect: "Effect",
	ColWhere: "Where", ColItem: "Item", ColValue: "Value", ColYear: "Year", ColPreviousRank: "Previous rank",
	ColRankChange: "Rank change", ColPreviouslyUnsatisfactory: "Previously unsatisfactory", ColTargets: "Targets",
	ColRanked: "Ranked", ColUnsatisfactoryCount: "Unsatisfactory count", ColAccountabilityEntries: "Accountability entries",
	ColMeanFinal: "Mean final", ColWrittenNow: "Written now", ColFewestShown: "Fewest ratings shown",
	ColTimes: "Times", ColYears: "Years", ColMinimum: "Minimum", ColLowerQuartile: "Lower quartile", ColMedian: "Median",
	ColUpperQuartile: "Upper quartile", ColMaximum: "Maximum",

	ItemVersion: "evalctl version", ItemRound: "Round", ItemRules: "Rules", ItemInput: "Input",
	ItemPrevious: "Previous results", ItemReconciliation: "Reconciliation", ItemRulesYAML: "Rules (YAML)",

	ValRanked: "ranked", ValInsufficient: "insufficient", ValPrincipal: "principal", ValSupervisor: "supervisor",
	ValTarget: "target", ValEffectNone: "none", ValEffectDeduct: "deduct", ValEffectVeto: "veto",
	ValYes: "yes", ValNo: "no", ValConfirmed: "confirmed", ValTiePending: "tie at cutoff, committee decides",
	ValBottomOfCat: "bottom of category", ValVeto: "veto", ValListedCounted: "listed, counted", ValVoided: "invalid",
	ValUnsatisfactory: "unsatisfactory", ValAwarded: "Award", ValReserve: "Reserve", ValTotal: "Total",
	ValMissingGroup: "(missing or unknown)", ValUnknownYear: "(unknown)",

	FlagVeto: "veto", FlagTieAtCutoff: "tie at cutoff", FlagTieAtAwardCutoff: "tie at award cutoff",
	FlagBelowThreshold: "below threshold", FlagConsecutiveUnsatis: "unsatisfactory twice running",

	ListSep: ", ", ClauseSep: "; ", ColonSep: ": ",
}
