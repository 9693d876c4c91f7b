package contract

import "github.com/evalctl/evalctl/internal/msg"

// The 图表 sheet of the results workbook: the data its charts draw.
var (
	SheetCharts   = Label{Key: msg.SheetCharts}
	ColBottomList = Label{Key: msg.ColBottomList}
	ColCutoff     = Label{Key: msg.ColCutoff}
)

// The sheet of the public notice.
var SheetNotice = Label{Key: msg.SheetNotice}
