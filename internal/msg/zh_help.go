package msg

var zhHelp = map[Key]string{
	HelpUsage: `用法：{{if .Runnable}}
  {{.UseLine}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} [命令]{{end}}{{if .HasExample}}

示例：
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}

命令：{{range .Commands}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

选项：
{{.LocalFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

通用选项：
{{.InheritedFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableSubCommands}}

用 "{{.CommandPath}} [命令] --help" 查看某个命令的说明。{{end}}
`,
	HelpExitStatus: `
退出码：
  0  成功
  1  失败（无法写出结果文件，或内部错误）
  2  用法错误：选项或参数有误、指定的文件不存在、规则文件有误、输出会覆盖输入
  3  输入数据有问题：工作簿中的问题，注明文件、工作表和单元格`,
	HelpCommand: "查看某个命令的说明",
	HelpFlags:   "选项",

	HelpRootShort: "群众评议（民主测评）计分工具",
	HelpRootLong: `evalctl 读入一轮评议的工作簿（名册、选票、投诉台账、测试成绩），按规则计分，写出排名、
不满意名单、问责名单和表彰名单；每个数字都能由规则和选票追溯、手工复算。`,
	HelpRootExample: `  evalctl score 评议.xlsx              按内置“赤壁”规则计分，生成 评议-结果.xlsx
  evalctl check 评议.xlsx              只检查不计分，列出全部问题
  evalctl template 评议.xlsx           按名册生成带下拉框的选票录入表
  evalctl rules show > 规则.yaml       导出规则，修改后用 --rules 规则.yaml 计分`,

	HelpScoreShort: "计分：写出结果工作簿，并显示汇总和不满意名单（或 JSON）",
	HelpScoreLong: `按内置规则（--preset）或规则文件（--rules）为一轮评议计分。输入是含 名册、选票、投诉台账、
测试成绩 工作表的工作簿，或放有这些文件的文件夹。写出结果工作簿（默认在输入旁，名为
<轮次>-结果.xlsx，从不覆盖输入文件），显示汇总和不满意名单；加 --json 则在标准输出给出
JSON。无效票不计分并逐张列出原因和位置；加 --strict 则遇到第一张无效票即停止。

加 --previous 与上一轮的结果（evalctl 写出的结果工作簿或 JSON）比较：每个评议对象上一轮的
名次、名次变化、是否连续不满意，问责名单中加上规则的升级处理；规则自上一轮有改动时给出警告，
并列出改动的字段。年度取 --year，否则取输入文件名中的年份。

加 --rules-sha256 时，规则须与公布的评分办法摘要（evalctl rules hash）一致，否则拒绝计分
（退出码 2），并显示实际的摘要。`,
	HelpScoreExample: `  evalctl score 评议.xlsx
  evalctl score 评议.xlsx --ballots 录入/ -o 结果-2026.xlsx
  evalctl score 评议-2026.xlsx --previous 结果-2025.xlsx
  evalctl score 评议.xlsx --rules 规则.yaml --rules-sha256 1a6b5e93…
  evalctl score 评议.xlsx --json > 结果.json`,

	HelpBottomShort: "只显示不满意名单（终端上为表格，管道中为制表符分隔，或 JSON）",
	HelpBottomLong: `为一轮评议计分，只显示不满意名单：确认的不满意对象，以及跨越末位线并列、待评议委员会
决定的对象，最后一列说明每个结论的依据。不写出任何文件。`,
	HelpBottomExample: `  evalctl bottom 评议.xlsx
  evalctl bottom 评议.xlsx --bom > 不满意名单.tsv
  evalctl bottom 评议.xlsx --json`,

	HelpCheckShort: "只检查不计分：列出全部问题和对账",
	HelpCheckLong: `读入一轮评议（工作簿，或放有 名册/选票/投诉台账/测试成绩 文件的文件夹）及其他选票文件，
列出发现的每一个问题，而不是遇到第一个就停：每个问题注明文件、工作表和单元格，说明哪里不对、
应当是什么；表头中不认识的列算一个问题，该表其余部分照常检查。然后列出警告、无效票、疑似
重复录入、按票号重录的选票、对账（读入、有效、无效，分代表类别和分文件）、每张选票表各列的
识别结果（问卷导出逐列列出）、异常和组间一致性。
警告指出本轮评议的薄弱之处：某代表类别没有有效票、某评议对象无人能评、某组或某文件无效票
过多、某组回收率低于法定比例、某类别人数太少不足以确定末位等。
本轮没有问题时退出码为 0，有问题时为 3；加 --strict 时警告也算问题。疑似重复录入和异常只列出，
除非规则规定作废，否则不算问题。`,
	HelpCheckExample: `  evalctl check 评议.xlsx
  evalctl check 评议.xlsx --ballots 录入/ --strict
  evalctl check 评议.xlsx --json`,

	HelpReconcileShort: "双录比对：逐格比较同一批纸质选票的两次录入",
	HelpReconcileLong: `比较同一批纸质选票的两次录入（双人录入）：每次录入为一个选票工作簿、CSV 文件或放有它们的
文件夹，格式不限。按票号配对后逐格比较代表类别、每一项评价和每条意见；列出两次录入不同的
每一个单元格（两边的位置和值），以及只在一边出现的选票；写出比对工作簿（默认在 A 旁，名为
<A>-双录比对.xlsx：差异、单边票、说明）；完全一致时再写出一致的选票（默认 <A>-一致.xlsx），
即可用 --ballots 交给 score 的 选票 表。
加 --roster 轮次 时按评议对象比较，一人表头写姓名、另一人写编号也能对上；不加时按表头文字
比较。规则（--preset、--rules）决定评议内容和问卷映射。两次录入仍有不同时退出码为 3。`,
	HelpReconcileExample: `  evalctl reconcile 甲录入.xlsx 乙录入.xlsx --roster 评议.xlsx
  evalctl reconcile 甲/ 乙/ -o 比对.xlsx --agreed 一致.xlsx`,

	HelpNoticeShort: "生成结果公示：可张贴打印的工作簿和网页",
	HelpNoticeLong: `生成评议办张贴的公示：标题，确定的不满意对象和受表彰对象，各列姓名、单位、股室和结论
（加 --ids 增加编号，加 --scores 增加最终得分），公示期和受理异议的电话；写成在 A4 上打印的
工作簿（<输入>-公示.xlsx）和一个自成一体的网页（<输入>-公示.html），浏览器可打印，Word 可打开。
尚待评议委员会决定的对象（末位并列或类别人数太少）不列入，在标准错误上说明人数。
输入可以是轮次工作簿（按规则在此计分），也可以是 score 写出的结果工作簿或 JSON（按其中记录的
规则读取，否则按 --rules/--preset）。--order strokes 按姓氏笔画排列，不透露名次；规则的 notice
部分（order、days、phone、issuer）给出标志未给的内容。`,
	HelpNoticeExample: `  evalctl notice 评议.xlsx --from 2026-01-05 --phone 0715-1234567
  evalctl notice 评议-结果.xlsx --order strokes --issuer 县优化办`,

	HelpTemplateShort: "按名册生成选票录入表（加 --print 生成纸质测评表）",
	HelpTemplateLong: `为录入纸质选票的工作人员生成录入工作簿：选票 表以每个评议对象的编号和姓名为表头（规则有多项
评议内容时分列），代表类别列和每个评价单元格都只能从下拉框中选择规则规定的类别和等次，表头
冻结并锁定，数据行可编辑，另附 说明 表。填好后 score 可直接读入，无需修改。
加 --per-group 则每个代表类别一张 选票-<类别> 表，不再有代表类别列。
加 --print 则生成发给评议人的纸质测评表：A4 纵向，有标题、填表说明、代表类别勾选框，每个
评议对象一行、每个等次一个方框，表头在每页重复。
默认输出为名册旁的 <名册>-录入.xlsx（加 --print 为 <名册>-测评表.xlsx），从不覆盖名册本身。`,
	HelpTemplateExample: `  evalctl template 评议.xlsx
  evalctl template 评议.xlsx --per-group --ballots-rows 300
  evalctl template 评议.xlsx --print -o 测评表.xlsx`,

	HelpExportShort: "为每个单位写出只含本单位结果的工作簿，并写出索引",
	HelpExportLong: `为每个单位写出本单位的结果工作簿：只含本单位的评议对象（在本类别中的名次及总人数、得分构成、
总体和分代表类别的满意率）、本单位领导的问责条目和本单位评议对象的投诉；再写出 索引.xlsx，
列出每个单位、对应文件和主要数字。
输入是轮次工作簿（在此按规则计分），或 evalctl score 写出的结果工作簿或 JSON。某代表类别的
平均分和满意率所依据的评价次数少于规则的 export.min_group_ratings 时显示为 —，以免推知个人
评价。文件名为单位名称（去掉 Windows 不允许的字符）；两个单位会同名时加编号，索引中注明。
工作簿先写在文件夹中的隐藏文件夹里，再移入，索引最后；文件夹中其他文件不受影响。`,
	HelpExportExample: `  evalctl export 评议.xlsx -o 各单位结果/
  evalctl export 评议-结果.xlsx -o 各单位结果/ --units 市民政局,市财政局
  evalctl export 结果.json --year 2026`,

	HelpHistoryShort: "比较多年的结果，写出趋势工作簿",
	HelpHistoryLong: `读入两轮或更多轮的结果（evalctl 写出的结果工作簿或 JSON，顺序不限），写出趋势工作簿：每个
评议对象每年的名次和最终得分、不止一年进入不满意名单的对象，以及各类别历年最终得分的分布
（最小值、四分位数、中位数、最大值）和折线图。每个文件的年度取其中记录的年度，否则取文件名
中的年份（如 结果-2025.xlsx）。`,
	HelpHistoryExample: `  evalctl history 结果-2024.xlsx 结果-2025.xlsx 结果-2026.xlsx
  evalctl history 结果-*.json -o 趋势.xlsx`,

	HelpRulesShort:     "查看计分规则",
	HelpRulesLong:      "查看内置预设或规则文件的有效规则、它们的摘要和每个字段的说明。",
	HelpRulesShowShort: "以 YAML 显示有效规则，可作为规则文件的起点",
	HelpRulesShowLong: `以 YAML 显示预设（--preset，默认 chibi）或规则文件（--rules）的规则。输出本身就是规则
文件：evalctl score --rules 读回的规则与之完全相同。预设的每个字段上方有一行注释，说明其来源：
源文件的原话，或源文件未作规定时选定该值的理由（须由评议办确认）。规则文件改过的字段是其自
己的，没有注释。注释不是规则。`,
	HelpRulesShowExample: `  evalctl rules show > 规则.yaml
  evalctl rules show --preset luoyang
  evalctl rules show --rules 规则.yaml`,
	HelpRulesHashShort: "显示有效规则的 SHA-256 摘要，与评分办法一同公布",
	HelpRulesHashLong: `显示预设（--preset，默认 chibi）或规则文件（--rules）的有效规则的 SHA-256 摘要，即
rules show 输出（不含 base: 行和注释）的摘要。同样的规则无论怎样书写、以哪个预设为基础，摘要都
相同。在开箱计票前与评分办法一同公布；score --rules-sha256 拒绝用摘要不同的规则计分，每份
结果都记录这个摘要。`,
	HelpRulesDocShort: "显示规则文件每个字段的说明",
	HelpRulesDocLong:  "显示规则文件中每个字段的含义、取值和默认值。",

	HelpVersionShort:    "显示 evalctl 的版本",
	HelpCompletionShort: "生成命令行补全脚本（bash、zsh、fish、powershell）",
	HelpCompletionLong: `生成命令行补全脚本：命令、选项，以及 --preset 和 --lang 的取值都能按 Tab 补全。
例如 bash：evalctl completion bash > /etc/bash_completion.d/evalctl；
PowerShell：evalctl completion powershell | Out-String | Invoke-Expression。`,

	FlagHelp:          "显示本说明",
	FlagVersion:       "显示版本",
	FlagLang:          "工作表名称、表头、原因和提示所用的语言 `LANG`：zh（默认）或 en",
	FlagPreset:        "使用的内置规则（预设）`PRESET`（默认 chibi；见 evalctl rules show）",
	FlagRules:         "规则文件 `FILE`（YAML）；以其 base: 所指或 --preset 的预设为基础",
	FlagBallots:       "更多的选票：工作簿、CSV 文件或放有它们的文件夹 `PATH`（可重复；在轮次自带的选票之后按给出的顺序读入）",
	FlagPassword:      "受密码保护的工作簿的密码 `PASSWORD`",
	FlagStrict:        "遇到第一张无效票即停止（退出码 3），而不是将其列出",
	FlagCheckStrict:   "有警告时也以退出码 3 结束",
	FlagScoreOutput:   "要写出的结果工作簿 `FILE`（默认 <轮次>-结果.xlsx；- 表示写到标准输出）",
	FlagScoreJSON:     "在标准输出给出 JSON，而不是表格",
	FlagBottomJSON:    "以 JSON 给出不满意名单",
	FlagCheckJSON:     "以 JSON 给出检查结果",
	FlagBOM:           "管道输出的制表符分隔名单以字节顺序标记开头，便于 Excel 打开",
	FlagScoreYear:     "本轮的年度 `YEAR`（默认取输入文件名中的年份，如 评议-2026.xlsx）",
	FlagPrevious:      "用于比较的上一轮结果 `FILE`（工作簿或 JSON）",
	FlagRulesSHA256:   "只有有效规则的 SHA-256 为此值 `SHA256` 时才计分（见 evalctl rules hash）",
	FlagExportOutput:  "写入的文件夹 `DIR`，没有则新建（默认 <输入>-各单位结果）",
	FlagExportYear:    "本轮的年度 `YEAR`（默认取结果中记录的年度，或输入文件名中的年份）",
	FlagUnits:         "只导出这些单位 `UNITS`，用逗号分隔（如 市民政局,市财政局）",
	FlagHistoryOutput: "要写出的趋势工作簿 `FILE`（默认 趋势.xlsx，加 --lang en 为 trend.xlsx）",
	FlagRecRoster:     "轮次 `ROUND`（工作簿或文件夹），按评议对象比较各列",
	FlagRecOutput:     "要写出的比对工作簿 `FILE`（默认 <A>-双录比对.xlsx）",
	FlagRecAgreed:     "完全一致时写出一致选票的文件 `FILE`（默认 <A>-一致.xlsx）",
	FlagRecJSON:       "以 JSON 给出比对结果",
	FlagTplRoster:     "含 名册 工作表的工作簿 `FILE`（也可直接作为参数给出）",
	FlagTplOutput:     "要写出的工作簿 `FILE`（默认 <名册>-录入.xlsx，加 --print 为 <名册>-测评表.xlsx；- 表示写到标准输出）",
	FlagReplicates:    "对选票重抽样的次数，用于估计进入末位名单的概率和名次区间（默认 1000；0 表示不重抽样）",
	FlagSeed:          "重抽样的种子：种子相同，结果相同（默认 20260101）",
	FlagNoticeOutput:  "公示的文件名 `NOTICE`，不含扩展名：写出 NOTICE.xlsx 和 NOTICE.html（默认 <输入>-公示）",
	FlagNoticeOrder:   "排列顺序：rank（按类别和名次）或 strokes（按姓氏笔画）；默认按规则的 notice.order，否则 rank",
	FlagNoticeIDs:     "增加编号列",
	FlagNoticeScores:  "增加最终得分列",
	FlagNoticeFrom:    "公示期第一天（如 2026-01-05），也是落款日期",
	FlagNoticeTo:      "公示期最后一天（默认 --from 加规则的 notice.days 或 --days）",
	FlagNoticeDays:    "公示天数（默认按规则的 notice.days）",
	FlagNoticePhone:   "受理异议的电话（默认按规则的 notice.phone）",
	FlagNoticeIssuer:  "落款单位（默认按规则的 notice.issuer）",
	FlagPerGroup:      "每个代表类别一张表（选票-<类别>），不要代表类别列",
	FlagPrint:         "生成可打印的纸质测评表，而不是录入工作簿",
	FlagBallotsRows:   "每张录入表预备的选票行数 `N`（默认 1200）",
}
