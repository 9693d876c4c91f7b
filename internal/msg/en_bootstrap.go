package msg

var enBootstrap = map[Key]string{
	RuleFragile:        "must be between 0.5 and 1, got %v",
	RuleVariantNames:   "must name the round's own, in their order: %s (a variant changes the scoring, not how ballots are read)",
	RuleVariantReading: "a variant cannot change how ballots are read: aliases, no-answer levels, the range, issued counts and quorums must be the round's or left out",
	CmdReplicates:      "--replicates %d must be between 0 and %d (0: no resampling)",
}
