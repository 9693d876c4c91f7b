package msg

// The command line: flags, usage mistakes, notes on stderr, files.
const (
	UnknownLang Key = "cmd.unknown_lang"

	FileError      Key = "file.error"
	FileOpRead     Key = "file.op_read"
	FileOpWrite    Key = "file.op_write"
	FileNotExist   Key = "file.not_exist"
	FilePermission Key = "file.permission"
	FileExists     Key = "file.exists"
)

// Mistakes in the files named on the command line.
const (
	UsageNamedTwice Key = "usage.named_twice"
	UsageBothHold   Key = "usage.both_hold"
)

// Commands: usage mistakes, notes and progress on stderr.
const (
	CmdUnknownCommand      Key = "cmd.unknown_command"
	CmdUnknownCommandNear  Key = "cmd.unknown_command_near"
	CmdArgs                Key = "cmd.args"
	CmdUnknownFlag         Key = "cmd.unknown_flag"
	CmdFlagNeedsValue      Key = "cmd.flag_needs_value"
	CmdFlagBadValue        Key = "cmd.flag_bad_value"
	CmdOutputIsInput       Key = "cmd.output_is_input"
	CmdOutputIsFolder      Key = "cmd.output_is_folder"
	CmdUnknownShell        Key = "cmd.unknown_shell"
	CmdNoticeOrder         Key = "cmd.notice_order"
	CmdNoticeDays          Key = "cmd.notice_days"
	CmdExportYear          Key = "cmd.export_year"
	CmdTemplateTwoRosters  Key = "cmd.template_two_rosters"
	CmdStdoutTwice         Key = "cmd.stdout_twice"
	CmdOutputNoFolder      Key = "cmd.output_no_folder"
	CmdOutputInInputFolder Key = "cmd.output_in_input_folder"
	CmdWriting             Key = "cmd.writing"
	CmdUnclean             Key = "cmd.unclean"
	CmdUncleanInvalid      Key = "cmd.unclean_invalid"
	CmdExportOverInput     Key = "cmd.export_over_input"
	CmdUnknownUnits        Key = "cmd.unknown_units"
	CmdHistoryArgs         Key = "cmd.history_args"
	CmdNoYear              Key = "cmd.no_year"
	CmdSameYear            Key = "cmd.same_year"
	CmdBadYear             Key = "cmd.bad_year"
	CmdPreviousYear        Key = "cmd.previous_year"
	CmdTemplateRoster      Key = "cmd.template_roster"
	CmdPrintRows           Key = "cmd.print_rows"
	CmdTemplateRows        Key = "cmd.template_rows"
	CmdRosterFolder        Key = "cmd.roster_folder"
	CmdStrictBallot        Key = "cmd.strict_ballot"
	TrendNoYear            Key = "cmd.trend_no_year"
	TrendSameYear          Key = "cmd.trend_same_year"

	NoteInvalidExcluded Key = "note.invalid_excluded"
	NoteWrote           Key = "note.wrote"
	NoteWroteTemplate   Key = "note.wrote_template"
	NoteWroteTrend      Key = "note.wrote_trend"
	NoteExported        Key = "note.exported"
	NoteNameCollision   Key = "note.name_collision"
	NoteNoMatch         Key = "note.no_match"
	NoteRenamed         Key = "note.renamed"
	NoteAndMore         Key = "note.and_more"
	ProgressBallots     Key = "progress.ballots"
	ProgressExport      Key = "progress.export"

	CheckProblems       Key = "check.problems"
	CheckInvalid        Key = "check.invalid"
	CheckDoubleEntries  Key = "check.double_entries"
	CheckReconciliation Key = "check.reconciliation"
	CheckInvalidLine    Key = "check.invalid_line"
	CheckDoubleLine     Key = "check.double_line"
)
