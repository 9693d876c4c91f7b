package contract

import "github.com/evalctl/evalctl/internal/msg"

// Items of the 审计 sheet that lock the rules and list the warnings.
var (
	ItemWarning     = Label{Key: msg.ItemWarning}
	ItemRulesSHA256 = Label{Key: msg.ItemRulesSHA256}
)

// The 计分明细 sheet of the results workbook and its own column.
var (
	SheetScoreDetail = Label{Key: msg.SheetScoreDetail}
	ColContribution  = Label{Key: msg.ColContribution}
)

// The column of the bottom list that explains each verdict.
var ColExplanation = Label{Key: msg.ColExplanation}

// The 说明 sheet of the results workbook: the round's method.
var SheetMethod = Label{Key: msg.SheetMethod}
