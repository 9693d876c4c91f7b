package msg

var enHelp = map[Key]string{
	HelpUsage: `Usage:{{if .Runnable}}
  {{.UseLine}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} [command]{{end}}{{if .HasExample}}

Examples:
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}

Commands:{{range .Commands}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

Flags:
{{.LocalFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

Global Flags:
{{.InheritedFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableSubCommands}}

Use "{{.CommandPath}} [command] --help" for more about a command.{{end}}
`,
	HelpExitStatus: `
Exit status:
  0  success
  1  failure (an output could not be written, an internal error)
  2  usage: bad flags or arguments, a file named that does not exist, a
     mistake in the rules, an output that would overwrite an input
  3  invalid input data: a workbook problem, named by file, sheet and cell`,
	HelpCommand: "Help about a command",
	HelpFlags:   "flags",

	HelpRootShort: "Score mass democratic evaluation rounds (群众评议 / 民主测评)",
	HelpRootLong: `evalctl scores a mass democratic evaluation round from its workbook: ballots, roster,
complaint ledger and test scores in; rankings, the bottom list, the accountability list
and awards out, every number traceable to the rules and the ballots.`,
	HelpRootExample: `  evalctl score round.xlsx             score with the built-in 赤壁 rules, write round-结果.xlsx
  evalctl check round.xlsx             check without scoring: every problem
  evalctl template round.xlsx          a ballot-entry workbook with dropdowns, from the roster
  evalctl rules show > rules.yaml      the rules as a file to edit and pass with --rules`,

	HelpScoreShort: "Score a round: results workbook, summary and bottom list (or JSON)",
	HelpScoreLong: `Score a round workbook (sheets 名册, 选票, 投诉台账, 测试成绩), or a folder of those files,
with the built-in preset (--preset) or a rules file (--rules). Writes the results
workbook (default: <round>-结果.xlsx beside the input; never an input file), prints a
summary and the bottom list, or with --json the JSON contract on stdout. Invalid ballots
are excluded and listed with their reasons and places; --strict stops at the first one.

With --previous, the round is compared with the previous one's results (a results
workbook or JSON that evalctl wrote): each target's previous rank, rank change and
verdict, the flag consecutive_unsatisfactory, and the rules' escalation entries in the
accountability list, and a warning names the rules' fields that changed since. The year
is --year, else a year in the input's file name.

With --rules-sha256, the rules are held to the digest published with the 评分办法
(evalctl rules hash): rules that give another are refused (exit 2), the digest found
printed.`,
	HelpScoreExample: `  evalctl score round.xlsx
  evalctl score round.xlsx --ballots keyed/ -o results-2026.xlsx
  evalctl score round-2026.xlsx --previous results-2025.xlsx
  evalctl score round.xlsx --rules rules.yaml --rules-sha256 1a6b5e93…
  evalctl score round.xlsx --json > results.json`,

	HelpBottomShort: "Print the bottom list of a round (a table, TSV when piped, or --json)",
	HelpBottomLong: `Score a round and print only its bottom list: the confirmed unsatisfactory targets and
those tied across the cutoff, pending the committee's decision, the last column saying
what each verdict rests on. Writes no file.`,
	HelpBottomExample: `  evalctl bottom round.xlsx
  evalctl bottom round.xlsx --bom > bottom.tsv
  evalctl bottom round.xlsx --json`,

	HelpCheckShort: "Validate a round without scoring it: every problem, and the reconciliation",
	HelpCheckLong: `Read a round (a workbook, or a folder of 名册/选票/投诉台账/测试成绩 files) and any further
ballot files, and list every problem found rather than stopping at the first: each with
its file, sheet and cell, what is wrong and what was expected; a header naming no target
is one problem, and the rest of its sheet is still checked. Then the warnings, the
invalid ballots, possible double entries, the ballots keyed again under their 票号, the
reconciliation (ballots read, valid and invalid, per evaluator group and per file), how
every column of each ballot sheet was understood (a survey export's column by column),
the anomalies and the groups' agreement.
Warnings say where the round is degraded: a group without a valid ballot, a target
nobody could rate, too many invalid ballots in a group or a file, a group returned below
the quorum, a category too small for its bottom count …
Exits 0 when the round is clean and 3 when it is not; with --strict, warnings make it
unclean too. Possible double entries and anomalies are listed but do not make a round
unclean unless the rules void them.`,
	HelpCheckExample: `  evalctl check round.xlsx
  evalctl check round.xlsx --ballots keyed/ --strict
  evalctl check round.xlsx --json`,

	HelpReconcileShort: "Compare two keyings of one stack of ballots (双录比对), cell by cell",
	HelpReconcileLong: `Compare two keyings of one stack of paper ballots (双人录入): each a ballot workbook, CSV
file or folder of them, in any layout. Ballots are paired by 票号 and compared cell by
cell: the group, every rating, every comment. Prints every cell where the keyings
differ, with both keyings' cells and values, and the ballots only one of them holds;
writes the reconciliation workbook (default <A>-双录比对.xlsx beside A: 差异, 单边票,
说明); and, when nothing differs, the agreed ballots (default <A>-一致.xlsx), a 选票 sheet
that score reads with --ballots.
With --roster ROUND the cells are matched by target, so that one clerk may head a column
张伟 and the other T001; without, by the text of their headers. The rules (--preset,
--rules) say the dimensions and the survey mapping. Exits 3 while the keyings differ.`,
	HelpReconcileExample: `  evalctl reconcile a.xlsx b.xlsx --roster round.xlsx
  evalctl reconcile a/ b/ -o compared.xlsx --agreed agreed.xlsx`,

	HelpNoticeShort: "Write the public notice (公示) of the results, as a sheet and as a web page",
	HelpNoticeLong: `Write what the office posts: the title, the confirmed unsatisfactory and the awarded,
each with 姓名, 单位, 股室 and the verdict (--ids adds 编号, --scores the final scores),
the notice period and the telephone for objections, as a workbook that prints on A4
(<input>-公示.xlsx) and as one self-contained web page (<input>-公示.html) that a
browser prints and Word opens. Targets the committee has still to decide on (tied at
the cutoff, or in a category too small) are left off, and counted on stderr.
The input is a round workbook, scored here with the rules, or the results workbook or
JSON that evalctl score wrote (read with the rules it records, else --rules/--preset).
--order strokes lists by 姓氏笔画 where the order must say nothing of rank; the
rules' notice section (order, days, phone, issuer) gives what the flags do not.`,
	HelpNoticeExample: `  evalctl notice round.xlsx --from 2026-01-05 --phone 0715-1234567
  evalctl notice round-结果.xlsx --order strokes --issuer 县优化办`,

	HelpTemplateShort: "Write a ballot-entry workbook (or with --print a paper ballot) from the roster",
	HelpTemplateLong: `Write a ballot-entry workbook for the clerks who key in paper ballots: the 选票 sheet
headed by each target's 编号 and 姓名 (over its dimensions when the rules have several),
the 代表类别 column and every rating cell restricted to the rules' groups and levels by
dropdowns, frozen and locked header rows, unlocked data rows, and a 说明 sheet. Filled
in, it is read back by score without edits.
--per-group writes a sheet 选票-<group> per evaluator group instead, without the 代表类别
column.
--print writes instead the paper ballot (测评表) for the evaluators: A4 portrait, a title,
instructions, group boxes and a row per target with a box per level; the header row
repeats on every page.
The output defaults to <roster>-录入.xlsx (with --print <roster>-测评表.xlsx) beside the
roster, never the roster itself.`,
	HelpTemplateExample: `  evalctl template round.xlsx
  evalctl template round.xlsx --per-group --ballots-rows 300
  evalctl template round.xlsx --print -o ballot.xlsx`,

	HelpExportShort: "Write one results workbook per unit, and an index",
	HelpExportLong: `Write each unit its own results workbook: only its targets (rank in their category and
of how many, score breakdown, satisfaction overall and per evaluator group), its leaders'
accountability entries and its targets' complaints; and an index workbook (索引.xlsx)
listing every unit, its file and its headline figures.
The input is a round workbook, scored here with the rules, or the results workbook or
JSON that evalctl score wrote. A group's mean and satisfaction rate resting on fewer
ratings than the rules' export.min_group_ratings are shown as — so that no vote can be
inferred. File names are the unit names made safe for Windows; two units that would
share one are numbered, and the index says which unit got which file. The workbooks are
written into a hidden folder first, then moved in, the index last; nothing else in the
folder is touched.`,
	HelpExportExample: `  evalctl export round.xlsx -o units/
  evalctl export round-results.xlsx -o units/ --units 市民政局,市财政局
  evalctl export results.json --year 2026`,

	HelpHistoryShort: "Compare the results of several years in a trend workbook",
	HelpHistoryLong: `Read the results of two or more rounds (results workbooks or JSON that evalctl wrote, in
any order) and write the trend workbook: each target's rank and final score per year,
the targets on the bottom list in more than one year, and per category the distribution
of final scores over the years (minimum, quartiles, median, maximum) with a line chart.
Each file's year is the one recorded in it, else a year in its name (结果-2025.xlsx).`,
	HelpHistoryExample: `  evalctl history results-2024.xlsx results-2025.xlsx results-2026.xlsx
  evalctl history results-*.json -o trend.xlsx`,

	HelpRulesShort:     "Show the effective scoring rules",
	HelpRulesLong:      "Show the effective rules of a preset or a rules file, their digest, and what every field means.",
	HelpRulesShowShort: "Print the effective rules as YAML, a starting point for a rules file",
	HelpRulesShowLong: `Print the rules of a preset (--preset, default chibi) or of a rules file (--rules) as
YAML. The output is itself a rules file: evalctl score --rules reads back exactly these
rules. A comment above each field of the preset says where it comes from: the source
document's words, or why it was chosen where the source is silent (an office must confirm
those). A field a rules file changed is its own and has no comment. Comments are not rules.`,
	HelpRulesShowExample: `  evalctl rules show > rules.yaml
  evalctl rules show --preset luoyang
  evalctl rules show --rules rules.yaml`,
	HelpRulesHashShort: "Print the SHA-256 of the effective rules, to publish with the 评分办法",
	HelpRulesHashLong: `Print the SHA-256 of the effective rules of a preset (--preset, default chibi) or of a
rules file (--rules): the digest of the canonical rules, which is what rules show prints
without its base: line and its comments. The same rules give the same digest however the
file is written or based. Publish it with the 评分办法 before the ballots are opened; score --rules-sha256
refuses to score with rules that give another, and every result records it.`,
	HelpRulesDocShort: "Print a reference of every field of a rules file",
	HelpRulesDocLong:  "Print what every field of a rules file means, its values and its default.",

	HelpVersionShort:    "Print the evalctl version",
	HelpCompletionShort: "Write a shell completion script (bash, zsh, fish, powershell)",
	HelpCompletionLong: `Write a shell completion script: commands, flags and the values of --preset and --lang
complete with Tab.
For bash: evalctl completion bash > /etc/bash_completion.d/evalctl;
for PowerShell: evalctl completion powershell | Out-String | Invoke-Expression.`,

	FlagHelp:          "show this help",
	FlagVersion:       "show the version",
	FlagLang:          "language `LANG` of sheet names, headers, reasons and notes: zh (the default) or en",
	FlagPreset:        "built-in rules to use, a preset `PRESET` (default chibi; see evalctl rules show)",
	FlagRules:         "rules file `FILE` (YAML); starts from its base: preset, or from --preset",
	FlagBallots:       "more ballots: a workbook, a CSV file or a folder of them, `PATH` (repeatable; read after the round's own, in the order given)",
	FlagPassword:      "password `PASSWORD` of a protected workbook",
	FlagStrict:        "stop at the first invalid ballot (exit 3) instead of listing it",
	FlagCheckStrict:   "exit 3 on warnings too",
	FlagScoreOutput:   "results workbook `FILE` to write (default <round>-结果.xlsx; - for stdout)",
	FlagScoreJSON:     "print the JSON contract on stdout instead of the tables",
	FlagBottomJSON:    "print the bottom list as JSON",
	FlagCheckJSON:     "print the findings as JSON",
	FlagBOM:           "start the tab-separated list (when piped) with a byte-order mark, for Excel",
	FlagScoreYear:     "the round's year `YEAR` (default: a year in the input's file name, e.g. round-2026.xlsx)",
	FlagPrevious:      "the previous round's results `FILE` (workbook or JSON) to compare with",
	FlagRulesSHA256:   "refuse to score unless the effective rules have this SHA-256 `SHA256` (see evalctl rules hash)",
	FlagExportOutput:  "folder `DIR` to write into, made if missing (default <input>-各单位结果)",
	FlagExportYear:    "the round's year `YEAR` (default: the results', or a year in the input's file name)",
	FlagUnits:         "export only these units `UNITS`, comma-separated (e.g. 市民政局,市财政局)",
	FlagHistoryOutput: "trend workbook `FILE` to write (default 趋势.xlsx, or trend.xlsx with --lang en)",
	FlagRecRoster:     "the round `ROUND` (workbook or folder), to match the columns by target",
	FlagRecOutput:     "reconciliation workbook `FILE` to write (default <A>-双录比对.xlsx)",
	FlagRecAgreed:     "file `FILE` to write the agreed ballots to when nothing differs (default <A>-一致.xlsx)",
	FlagRecJSON:       "print the comparison as JSON",
	FlagTplRoster:     "the workbook `FILE` with the roster (名册) sheet (or give it as the argument)",
	FlagTplOutput:     "workbook `FILE` to write (default <roster>-录入.xlsx, or -测评表.xlsx with --print; - for stdout)",
	FlagReplicates:    "resamples of the ballots for the bottom list's probabilities and rank intervals (default 1000; 0: none)",
	FlagSeed:          "seed of the resampling: the same seed gives the same figures (default 20260101)",
	FlagNoticeOutput:  "the notice's files `NOTICE` without extension: NOTICE.xlsx and NOTICE.html (default <input>-公示)",
	FlagNoticeOrder:   "rank (category, then rank) or strokes (姓氏笔画); default the rules' notice.order, else rank",
	FlagNoticeIDs:     "add the 编号 column",
	FlagNoticeScores:  "add the final scores",
	FlagNoticeFrom:    "first day of the notice period (2026-01-05); also the date under the signature",
	FlagNoticeTo:      "last day of the notice period (default --from plus the rules' notice.days or --days)",
	FlagNoticeDays:    "days the notice is posted (default the rules' notice.days)",
	FlagNoticePhone:   "telephone for objections (default the rules' notice.phone)",
	FlagNoticeIssuer:  "who signs the notice (default the rules' notice.issuer)",
	FlagPerGroup:      "one sheet per evaluator group (选票-<group>), without the 代表类别 column",
	FlagPrint:         "write the printable paper ballot instead of the entry workbook",
	FlagBallotsRows:   "ballot rows `N` to prepare on each entry sheet (default 1200)",
}
