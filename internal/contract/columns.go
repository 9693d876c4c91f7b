package contract

import "github.com/evalctl/evalctl/internal/msg"

// Columns of the inputs, which templates write and ingest reads.
var (
	ColID         = Label{Key: msg.ColID}
	ColName       = Label{Key: msg.ColName}
	ColUnit       = Label{Key: msg.ColUnit}
	ColSection    = Label{Key: msg.ColSection, Aliases: []string{"科室"}}
	ColCategory   = Label{Key: msg.ColCategory}
	ColSupervisor = Label{Key: msg.ColSupervisor}
	ColPrincipal  = Label{Key: msg.ColPrincipal}
	ColScore      = Label{Key: msg.ColScore, Aliases: []string{"分数", "得分", "测试成绩"}}
	ColResult     = Label{Key: msg.ColResult}
	// ColHandling is the ledger's 办理状态, apart from its 核查结果.
	ColHandling = Label{Key: msg.ColHandling, Aliases: []string{"处理状态", "办结情况"}}
	ColBallot   = Label{Key: msg.ColBallot}
	ColGroup    = Label{Key: msg.ColGroup}
	ColNote     = Label{Key: msg.ColNote, Aliases: []string{"remark", "remarks", "notes"}}
	// ColTarget is the target of a long-layout row, by 编号.
	ColTarget    = Label{Key: msg.ColTarget, Aliases: []string{"编号"}}
	ColDimension = Label{Key: msg.ColDimension, Aliases: []string{"测评项目"}}
	ColRating    = Label{Key: msg.ColRating, Aliases: []string{"等次", "评价等次"}}
)

// Columns of the results workbook and the unit exports.
var (
	ColRank                     = Label{Key: msg.ColRank}
	ColOf                       = Label{Key: msg.ColOf}
	ColRatings                  = Label{Key: msg.ColRatings}
	ColBallotScore              = Label{Key: msg.ColBallotScore}
	ColComposite                = Label{Key: msg.ColComposite}
	ColVerified                 = Label{Key: msg.ColVerified, Aliases: []string{"查实投诉"}}
	ColReceived                 = Label{Key: msg.ColReceived}
	ColClosed                   = Label{Key: msg.ColClosed}
	ColDeduction                = Label{Key: msg.ColDeduction}
	ColFinal                    = Label{Key: msg.ColFinal}
	ColSatisfaction             = Label{Key: msg.ColSatisfaction}
	ColLowestShare              = Label{Key: msg.ColLowestShare}
	ColStatus                   = Label{Key: msg.ColStatus}
	ColUnsatisfactory           = Label{Key: msg.ColUnsatisfactory}
	ColVerdict                  = Label{Key: msg.ColVerdict}
	ColFlags                    = Label{Key: msg.ColFlags}
	ColReason                   = Label{Key: msg.ColReason}
	ColAction                   = Label{Key: msg.ColAction}
	ColPerson                   = Label{Key: msg.ColPerson}
	ColRole                     = Label{Key: msg.ColRole}
	ColActions                  = Label{Key: msg.ColActions}
	ColProposals                = Label{Key: msg.ColProposals}
	ColScopeOf                  = Label{Key: msg.ColScopeOf}
	ColScopeName                = Label{Key: msg.ColScopeName}
	ColHandlingRate             = Label{Key: msg.ColHandlingRate}
	ColQuestion                 = Label{Key: msg.ColQuestion}
	ColAnswered                 = Label{Key: msg.ColAnswered}
	ColBecauseOf                = Label{Key: msg.ColBecauseOf}
	ColAward                    = Label{Key: msg.ColAward}
	ColTest                     = Label{Key: msg.ColTest}
	ColFile                     = Label{Key: msg.ColFile}
	ColSheet                    = Label{Key: msg.ColSheet}
	ColRow                      = Label{Key: msg.ColRow}
	ColRead                     = Label{Key: msg.ColRead}
	ColIssued                   = Label{Key: msg.ColIssued}
	ColValid                    = Label{Key: msg.ColValid}
	ColInvalid                  = Label{Key: msg.ColInvalid}
	ColReturnRate               = Label{Key: msg.ColReturnRate}
	ColValidRate                = Label{Key: msg.ColValidRate}
	ColEvaluators               = Label{Key: msg.ColEvaluators}
	ColRatingCount              = Label{Key: msg.ColRatingCount}
	ColMean                     = Label{Key: msg.ColMean}
	ColWeight                   = Label{Key: msg.ColWeight}
	ColInWeightedMean           = Label{Key: msg.ColInWeightedMean}
	ColIdenticalTo              = Label{Key: msg.ColIdenticalTo}
	ColTreatment                = Label{Key: msg.ColTreatment}
	ColEffect                   = Label{Key: msg.ColEffect}
	ColWhere                    = Label{Key: msg.ColWhere}
	ColItem                     = Label{Key: msg.ColItem}
	ColValue                    = Label{Key: msg.ColValue}
	ColYear                     = Label{Key: msg.ColYear}
	ColPreviousRank             = Label{Key: msg.ColPreviousRank}
	ColRankChange               = Label{Key: msg.ColRankChange}
	ColPreviouslyUnsatisfactory = Label{Key: msg.ColPreviouslyUnsatisfactory}
	ColTargets                  = Label{Key: msg.ColTargets}
	ColRanked                   = Label{Key: msg.ColRanked}
	ColUnsatisfactoryCount      = Label{Key: msg.ColUnsatisfactoryCount}
	ColAccountabilityEntries    = Label{Key: msg.ColAccountabilityEntries}
	ColMeanFinal                = Label{Key: msg.ColMeanFinal}
	ColWrittenNow               = Label{Key: msg.ColWrittenNow}
	ColFewestShown              = Label{Key: msg.ColFewestShown}
	ColTimes                    = Label{Key: msg.ColTimes}
	ColYears                    = Label{Key: msg.ColYears}
	ColMinimum                  = Label{Key: msg.ColMinimum}
	ColLowerQuartile            = Label{Key: msg.ColLowerQuartile}
	ColMedian                   = Label{Key: msg.ColMedian}
	ColUpperQuartile            = Label{Key: msg.ColUpperQuartile}
	ColMaximum                  = Label{Key: msg.ColMaximum}
)

// Items of the 审计 sheet, beside the year (ColYear).
var (
	ItemVersion        = Label{Key: msg.ItemVersion}
	ItemRound          = Label{Key: msg.ItemRound}
	ItemRules          = Label{Key: msg.ItemRules}
	ItemInput          = Label{Key: msg.ItemInput}
	ItemPrevious       = Label{Key: msg.ItemPrevious}
	ItemReconciliation = Label{Key: msg.ItemReconciliation}
	ItemRulesYAML      = Label{Key: msg.ItemRulesYAML}
)
