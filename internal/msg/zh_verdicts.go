package msg

var zhVerdicts = map[Key]string{
	NounVetoes:        "一票否决占位方式",
	FlagSmallCategory: "类别过小",
	ValSmallPending:   "类别过小，按名次认定须经评议委员会决定",
}
