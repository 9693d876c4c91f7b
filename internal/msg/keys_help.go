package msg

// The command line's help: each command's one-line summary (Short), its
// description (Long), its examples, and each flag's text; the headings of
// the usage text; the exit statuses every command's help ends with.
const (
	HelpUsage      Key = "help.usage_template"
	HelpExitStatus Key = "help.exit_status"
	HelpCommand    Key = "help.help_short"
	HelpFlags      Key = "help.flags"

	HelpRootShort   Key = "help.root.short"
	HelpRootLong    Key = "help.root.long"
	HelpRootExample Key = "help.root.example"

	HelpScoreShort   Key = "help.score.short"
	HelpScoreLong    Key = "help.score.long"
	HelpScoreExample Key = "help.score.example"

	HelpBottomShort   Key = "help.bottom.short"
	HelpBottomLong    Key = "help.bottom.long"
	HelpBottomExample Key = "help.bottom.example"

	HelpCheckShort   Key = "help.check.short"
	HelpCheckLong    Key = "help.check.long"
	HelpCheckExample Key = "help.check.example"

	HelpReconcileShort   Key = "help.reconcile.short"
	HelpReconcileLong    Key = "help.reconcile.long"
	HelpReconcileExample Key = "help.reconcile.example"

	HelpTemplateShort   Key = "help.template.short"
	HelpTemplateLong    Key = "help.template.long"
	HelpTemplateExample Key = "help.template.example"

	HelpExportShort   Key = "help.export.short"
	HelpExportLong    Key = "help.export.long"
	HelpExportExample Key = "help.export.example"

	HelpHistoryShort   Key = "help.history.short"
	HelpHistoryLong    Key = "help.history.long"
	HelpHistoryExample Key = "help.history.example"

	HelpRulesShort       Key = "help.rules.short"
	HelpRulesLong        Key = "help.rules.long"
	HelpRulesShowShort   Key = "help.rules_show.short"
	HelpRulesShowLong    Key = "help.rules_show.long"
	HelpRulesShowExample Key = "help.rules_show.example"
	HelpRulesHashShort   Key = "help.rules_hash.short"
	HelpRulesHashLong    Key = "help.rules_hash.long"
	HelpRulesDocShort    Key = "help.rules_doc.short"
	HelpRulesDocLong     Key = "help.rules_doc.long"

	HelpNoticeShort   Key = "help.notice.short"
	HelpNoticeLong    Key = "help.notice.long"
	HelpNoticeExample Key = "help.notice.example"

	HelpVersionShort    Key = "help.version.short"
	HelpCompletionShort Key = "help.completion.short"
	HelpCompletionLong  Key = "help.completion.long"

	// Flags.
	FlagHelp          Key = "flag.help"
	FlagVersion       Key = "flag.version"
	FlagLang          Key = "flag.lang"
	FlagPreset        Key = "flag.preset"
	FlagRules         Key = "flag.rules"
	FlagBallots       Key = "flag.ballots"
	FlagPassword      Key = "flag.password"
	FlagStrict        Key = "flag.strict"
	FlagCheckStrict   Key = "flag.check_strict"
	FlagScoreOutput   Key = "flag.score_output"
	FlagScoreJSON     Key = "flag.score_json"
	FlagBottomJSON    Key = "flag.bottom_json"
	FlagCheckJSON     Key = "flag.check_json"
	FlagBOM           Key = "flag.bom"
	FlagScoreYear     Key = "flag.score_year"
	FlagPrevious      Key = "flag.previous"
	FlagRulesSHA256   Key = "flag.rules_sha256"
	FlagExportOutput  Key = "flag.export_output"
	FlagExportYear    Key = "flag.export_year"
	FlagUnits         Key = "flag.units"
	FlagHistoryOutput Key = "flag.history_output"
	FlagRecRoster     Key = "flag.reconcile_roster"
	FlagRecOutput     Key = "flag.reconcile_output"
	FlagRecAgreed     Key = "flag.reconcile_agreed"
	FlagRecJSON       Key = "flag.reconcile_json"
	FlagTplRoster     Key = "flag.template_roster"
	FlagTplOutput     Key = "flag.template_output"
	FlagPerGroup      Key = "flag.per_group"
	FlagPrint         Key = "flag.print"
	FlagBallotsRows   Key = "flag.ballots_rows"
	FlagReplicates    Key = "flag.replicates"
	FlagSeed          Key = "flag.seed"
	FlagNoticeOutput  Key = "flag.notice_output"
	FlagNoticeOrder   Key = "flag.notice_order"
	FlagNoticeIDs     Key = "flag.notice_ids"
	FlagNoticeScores  Key = "flag.notice_scores"
	FlagNoticeFrom    Key = "flag.notice_from"
	FlagNoticeTo      Key = "flag.notice_to"
	FlagNoticeDays    Key = "flag.notice_days"
	FlagNoticePhone   Key = "flag.notice_phone"
	FlagNoticeIssuer  Key = "flag.notice_issuer"
)
