package msg

// The results workbook's charts.
const (
	SheetCharts            Key = "sheet.charts"
	ColBottomList          Key = "col.bottom_list"
	ColCutoff              Key = "col.cutoff"
	ChartFinalScores       Key = "chart.final_scores"
	ChartGroupSatisfaction Key = "chart.group_satisfaction"
)
