package msg

var enOutputs = map[Key]string{
	SheetCharts:            "Charts",
	ColBottomList:          "Bottom list",
	ColCutoff:              "Cutoff",
	ChartFinalScores:       "%s: final scores by rank",
	ChartGroupSatisfaction: "Satisfaction by evaluator group",
}
