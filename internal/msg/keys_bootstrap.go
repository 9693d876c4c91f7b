package msg

// The rules of resampling and robustness: when a verdict is fragile, and
// what a variant of the rules may change.
const (
	RuleFragile        Key = "rule.fragile"
	RuleVariantNames   Key = "rule.variant_names"
	RuleVariantReading Key = "rule.variant_reading"
)

// The command line of resampling.
const (
	CmdReplicates Key = "cmd.replicates"
)
