package msg

var enVerdicts = map[Key]string{
	NounVetoes:               "veto mode",
	FlagSmallCategory:        "small category",
	ValSmallPending:          "category too small for a verdict by rank, pending the committee's decision",
	WhereGroup:               "group %s",
	WhereCategory:            "category %s",
	WarnGroupNoBallots:       "no valid ballot (%d read): its weight %g is shared by the other groups in proportion to theirs",
	WarnGroupNoBallotsPooled: "no valid ballot (%d read): the pooled mean lacks this group's view",
	WarnTargetNoColumn:       "target %s %s has no column (or row) on the ballots: nobody could rate it",
	WarnTargetNoRating:       "target %s %s was rated by no valid ballot",
	WarnInvalidShare:         "invalid ballots: %d of %d read, %.1f%%, above %.1f%% (validity.max_invalid_share)",
	WarnBelowQuorum:          "%d returned of %d issued, a return rate of %.1f%%, below the round's quorum of %.1f%%",
	WarnEmptyCategory:        "no ranked target: nobody in the category is ranked or listed by rank",
	WarnSmallCategory:        "the bottom count takes %d places by rank, but of only %d ranked targets not vetoed a verdict by rank may take at most %d, never the top: %s not confirmed, pending the committee's decision",
	WarnRankRuleHeld:         "liability rule %d (place %d from the bottom) not applied to %s: the category ranks only %d, a verdict by rank takes at most %d and never the top; pending the committee's decision",
	DataNoValidBallot:        "no valid ballot (%d read): the round cannot be scored",
	ItemWarning:              "Warning",
	SummaryWarning:           "%d warnings:",
	CheckWarnings:            "Warnings (%d)",
	CmdWarnings:              "the round has %d warnings (--strict counts them as problems); see the list above",
}
