package msg

var enArrivals = map[Key]string{
	NounNumbering:     "numbering",
	NounRowNaming:     "row naming",
	NounAnomalyAction: "action",

	RuleNotAGroup:     "%q is not a group of the rules (nor an alias of one)",
	RuleNotALevel:     "%q is not a level of the scale (nor an alias), nor a number in its range",
	RuleNotADimension: "%q is not a dimension of the rules",
	RuleNoKeywords:    "needs at least one keyword",
	RuleAtLeastTwo:    "must be at least 2, got %d",
	RuleBurstBallots:  "must be 0 (no check) or at least 2, got %d",
	RuleCorrelation:   "is a rank correlation, between -1 and 1, got %g",

	ProblemUnknownGroupAt: "%s: unknown group %q",
	ProblemStraightLine:   "every target rated alike (%s), which the rules void",

	SheetRekeys: "Rekeyed", SheetFiles: "Files", SheetComments: "Comments", SheetCommentCounts: "Comment counts",
	SheetAnomalies: "Anomalies", SheetAgreement: "Group agreement", SheetDifferences: "Differences", SheetOnlyOne: "Only in one",

	ColComment: "Comment", ColTopics: "Topics", ColCell: "Cell", ColKind: "Kind", ColEvidence: "Evidence",
	ColBallots: "Ballots", ColRekeyed: "Rekeyed", ColInvalidShare: "Invalid share", ColGroupA: "Group A",
	ColGroupB: "Group B", ColCommonTargets: "Targets in common", ColRho: "Rank correlation", ColCountedBy: "Counted by",
	ColCount: "Comments", ColCellA: "First cell", ColValueA: "First value", ColCellB: "Second cell",
	ColValueB: "Second value", ColFirstKeyed: "First keyed",

	RoleBallot: "ballot number", RoleGroup: "group", RoleRating: "rating", RoleComment: "comment", RoleMetadata: "metadata",
	RoleUnused: "unused", RoleUnknown: "not understood",

	LayoutWide: "wide", LayoutTwoRows: "wide, two header rows", LayoutLong: "long", LayoutWJXText: "问卷星 export (option text)",
	LayoutWJXCoded: "问卷星 export (option numbers)", LayoutTencent: "腾讯问卷 export",

	AnomalyStraightLine: "straight-lining", AnomalyStraightFile: "a file of straight-lining", AnomalyRun: "a run of alike ballots",
	AnomalyWindow: "a burst of alike submissions", AnomalyAddress: "alike submissions from one address", AnomalyInvalidShare: "many invalid ballots in a file",
	AnomalyDisagreement: "a group ranking unlike the others",

	DataRowNotID:              "the matrix row %q is not an 编号 of the roster (the rules' ballots.survey.rows is id)",
	DataRowNotName:            "the matrix row %q is not a 姓名 of the roster (the rules' ballots.survey.rows is name)",
	DataSurveyCodes:           "%q is an option number: the export was downloaded by option number; list the rating options in questionnaire order in the rules' ballots.survey.options (e.g. [满意, 基本满意, 不满意]), or download by option text",
	DataSurveyNoBallot:        "no column %q numbering the submissions; say which column holds the ballot number in the rules' ballots.survey.ballot",
	DataSurveyGroupMatrix:     "question %s is a matrix question and cannot give the group",
	DataSurveyNoGroupQuestion: "no question %q, which the rules' ballots.survey.group names",
	DataSurveyWhichGroup:      "cannot tell which question gives the group (candidates: %s); name it in the rules' ballots.survey.group",
	DataSurveyWhichDimension:  "cannot tell which dimension question %d rates (%s): its title names none; assign it in the rules' ballots.survey.dimensions",

	MetaOther: "other", MetaSubmitted: "submit time", MetaStarted: "start time", MetaSeconds: "time taken", MetaIP: "IP address", MetaChannel: "source",

	NoteOtherQuestion: "another question, not scored",

	EvidenceStraightLine: "rates all %d targets it rates %s",
	EvidenceStraightFile: "%d valid ballots, %d of them rating everyone alike (%.1f%%)",
	EvidenceRun:          "%d ballots in a row alike (%s rows %d–%d, differing from the first in at most %d cells)",
	EvidenceWindow:       "%d alike submissions from %s to %s (differing from the first in at most %d cells), %s",
	EvidenceAddress:      "%d alike submissions, all from IP %s, from %s to %s (differing from the first in at most %d cells)",
	EvidenceInvalidShare: "%d ballots, %d of them invalid (%.1f%%)",
	EvidenceDisagreement: "rank correlation %.2f with the other groups' ranking together (%d targets)",
	EvidenceOneAddress:   "all from IP %s",
	EvidenceAddresses:    "from %d IP addresses",
	EvidenceNoAddress:    "no IP recorded",

	ValRekeyIdentical: "identical: the same paper keyed again, counted once",
	ValRekeyConflict:  "other contents: the ballot is invalid; check the paper",
	ValFlagged:        "flagged, counted",

	CheckRekeys:        "Rekeyed (%d)",
	CheckRekeyLine:     "%s: %s row %d: %s was keyed before at %s: %s row %d: %s",
	CheckColumns:       "Columns understood (%d sheets)",
	CheckSheetLine:     "%s: %s (%s, header on row %d)",
	CheckRatingColumns: "%s–%s\t%d rating columns: %s … %s",
	CheckAnomalies:     "Anomalies (%d)",
	CheckAgreement:     "Group agreement (%d pairs)",
	CheckQuestion:      " (question %d)",

	KeyingTwice:        "ballot number twice in %s",
	KeyingHeading:      "Keyings compared: %s and %s",
	KeyingPaired:       "%d ballots paired by number, %d of them identical",
	KeyingCells:        "Cells that differ (%d)",
	KeyingCellLine:     "%s: %s: %s ≠ %s",
	KeyingOnlyA:        "Only in the first keying (%d)",
	KeyingOnlyB:        "Only in the second keying (%d)",
	KeyingOnlyLine:     "%s: %s, sheet %s, row %d",
	KeyingNoCell:       "(blank)",
	KeyingFirst:        "first keying",
	KeyingSecond:       "second keying",
	KeyingPairedItem:   "ballots paired",
	KeyingAgreeingItem: "ballots identical",
	KeyingCellsItem:    "cells that differ",
	KeyingVerdict:      "verdict",
	KeyingAgree:        "the keyings agree",
	KeyingDiffer:       "the keyings differ: check each against the paper, correct, and compare again",

	CmdKeyingsDiffer:     "the keyings still differ (cells that differ: %d; ballots in one keying only: %d); see the list above",
	ReconcileFileSuffix:  "-reconciliation.xlsx",
	AgreedFileSuffix:     "-agreed.xlsx",
	NoteAgreedNotWritten: "the keyings differ: no agreed ballots written",
}
