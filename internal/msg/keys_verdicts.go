package msg

// The safeguards of a verdict: small categories, the veto mode.
const (
	NounVetoes        Key = "noun.vetoes"
	FlagSmallCategory Key = "flag.small_category"
	ValSmallPending   Key = "val.small_category_pending"
)
