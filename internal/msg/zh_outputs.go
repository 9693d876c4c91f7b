package msg

var zhOutputs = map[Key]string{
	SheetCharts:            "图表",
	ColBottomList:          "末位名单",
	ColCutoff:              "末位线",
	ChartFinalScores:       "%s：最终得分（按名次）",
	ChartGroupSatisfaction: "各代表类别满意率",
}
