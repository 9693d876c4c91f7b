package msg

var enVerdicts = map[Key]string{
	NounVetoes:        "veto mode",
	FlagSmallCategory: "small category",
	ValSmallPending:   "category too small for a verdict by rank, pending the committee's decision",
}
