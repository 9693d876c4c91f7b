package report

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/evalctl/evalctl/evaluate"
)

// templateZh translates the labels of ballot templates. It is kept apart
// from zh, which holds the labels of results.
var templateZh = map[string]string{
	"ballots": "选票", "instructions": "说明", "lists": "选项", "ballot form": "测评表",
}

// tl translates a template label, falling back to the results labels.
func tl(lang Lang, en string) string {
	if lang == Chinese {
		if s, ok := templateZh[en]; ok {
			return s
		}
	}
	return t(lang, en)
}

// writeInstructions fills the instructions sheet: how to key ballots in, the
// levels and their points, the groups, what makes a ballot invalid.
func writeInstructions(f *excelize.File, sheet string, rules *evaluate.Rules, sheets []string, opts TemplateOptions) error {
	zhText := opts.Lang == Chinese
	p := func(zh, en string) string { return pick(zhText, zh, en) }
	rating := p("从下拉列表中选择评价等次", "choose a level from the dropdown")
	if rules.Scale.Range != nil {
		rating = p("填写分数", "enter a score")
	}
	how := p("每张纸质选票录入一行：“票号”填选票上的编号（每张选票唯一）；“代表类别”从下拉列表中选择；其后每列是一名评议对象（表头为编号和姓名），",
		"Key each paper ballot into one row: 票号 (ballot) is the number on the ballot, unique to it; choose 代表类别 (group) from the dropdown; each further column is a target (headed by ID and name): ") + rating + p("。", ".")
	if opts.PerGroup {
		how = p("每个代表类别一张工作表（"+strings.Join(sheets, "、")+"），代表类别由工作表名确定，请勿改名。每张纸质选票录入到所属类别的工作表的一行：“票号”填选票上的编号（所有工作表中唯一）；其后每列是一名评议对象（表头为编号和姓名），",
			"One sheet per group ("+strings.Join(sheets, ", ")+"); the sheet's name gives the group, so do not rename it. Key each paper ballot into one row of its group's sheet: 票号 (ballot) is the number on the ballot, unique across all sheets; each further column is a target (headed by ID and name): ") + rating + p("。", ".")
	}
	if nd := len(rules.Dimensions); nd > 1 {
		dims := make([]string, nd)
		for i, d := range rules.Dimensions {
			dims[i] = d.Name
		}
		how += p(fmt.Sprintf("每名评议对象占 %d 列，依次为第二行表头的评议内容：%s。", nd, strings.Join(dims, "、")),
			fmt.Sprintf(" Each target has %d columns, one per item in the second header row: %s.", nd, strings.Join(dims, ", ")))
	}
	how += p(fmt.Sprintf("每张工作表可录入 %d 行；不够时请另做一份录入表（evalctl template --ballots-rows）。", opts.Rows),
		fmt.Sprintf(" Each sheet takes %d rows; for more, make another template (evalctl template --ballots-rows).", opts.Rows))

	rows := [][2]string{
		{p("评议轮次", "Round"), rules.Name},
		{p("录入方法", "How to key in"), how},
		{p("未评价", "Not rated"), p("空白单元格表示未评价该对象：不计分，也不计入分母（不是零分）。", "A blank cell means the target was not rated: it scores nothing and is left out of the denominator (it is not a zero).")},
		{p("评价等次", "Levels"), levelNotes(rules, p)},
		{t(opts.Lang, "Group"), strings.Join(groupNames(rules), p("、", ", "))},
		{p("无效票", "Invalid ballots"), invalidNotes(rules, opts.PerGroup, p)},
		{p("工作表保护", "Protection"), p("表头已锁定以防误改，数据区可以录入、排序和筛选。请勿插入或删除列；确需修改表头：审阅 → 撤销工作表保护（无密码）。",
			"The header rows are locked against slips; the data rows can be keyed in, sorted and filtered. Do not insert or delete columns; to change a header: Review → Unprotect Sheet (no password).")},
		{p("检查", "Checking"), p("录入完成后、计分之前，可用 evalctl check 列出全部问题及其单元格。", "Before scoring, evalctl check lists every problem with its cell.")},
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	if err != nil {
		return err
	}
	wrap, err := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	if err != nil {
		return err
	}
	title, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}})
	if err != nil {
		return err
	}
	if err := f.SetCellStr(sheet, "A1", rules.Name+p(" 选票录入说明", ": keying in the ballots")); err != nil {
		return err
	}
	if err := f.SetCellStyle(sheet, "A1", "A1", title); err != nil {
		return err
	}
	const textWidth = 90
	for i, r := range rows {
		row := i + 3
		if err := f.SetSheetRow(sheet, fmt.Sprintf("A%d", row), &[]any{r[0], r[1]}); err != nil {
			return err
		}
		if err := f.SetCellStyle(sheet, fmt.Sprintf("A%d", row), fmt.Sprintf("A%d", row), bold); err != nil {
			return err
		}
		if err := f.SetCellStyle(sheet, fmt.Sprintf("B%d", row), fmt.Sprintf("B%d", row), wrap); err != nil {
			return err
		}
		if err := f.SetRowHeight(sheet, row, float64(15*wrappedLines(r[1], textWidth)+4)); err != nil {
			return err
		}
	}
	if err := f.SetColWidth(sheet, "A", "A", 14); err != nil {
		return err
	}
	return f.SetColWidth(sheet, "B", "B", textWidth+2)
}

// levelNotes lists the levels (or the numeric range and bands) with what
// each counts for.
func levelNotes(rules *evaluate.Rules, p func(zh, en string) string) string {
	var lines []string
	if r := rules.Scale.Range; r != nil {
		lines = append(lines, p("分数 "+number(r.Min)+"–"+number(r.Max)+"，分档：", "A score from "+number(r.Min)+" to "+number(r.Max)+", in bands:"))
		for _, b := range rules.Scale.Bands {
			line := p(number(b.Min)+" 分及以上："+b.Name, number(b.Min)+" and above: "+b.Name)
			if b.Satisfied {
				line += p("（计入满意率）", " (counts as satisfied)")
			}
			lines = append(lines, line)
		}
	}
	for _, l := range rules.Scale.Levels {
		line := l.Name + p("："+number(l.Points)+" 分", ": "+number(l.Points)+" points")
		switch {
		case l.NoAnswer:
			line = l.Name + p("：不计分，不计入分母（同未评价）", ": scores nothing and leaves the denominator (as if not rated)")
		case l.Satisfied:
			line += p("，计入满意率", ", counts as satisfied")
		}
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n")
}

// invalidNotes says what makes a ballot invalid (domain: ballot validity).
func invalidNotes(rules *evaluate.Rules, perGroup bool, p func(zh, en string) string) string {
	group := p("· 代表类别为空或不是上列类别；", "· its group is missing or not one of those above;")
	if perGroup {
		group = p("· 工作表名中的代表类别不是上列类别（请勿改工作表名）；", "· its sheet's name does not give one of the groups above (do not rename the sheets);")
	}
	level := p("· 某个单元格不是上列评价等次；", "· a cell is not one of the levels above;")
	if rules.Scale.Range != nil {
		level = p("· 某个单元格既不是范围内的分数，也不是上列等次；", "· a cell is neither a score within the range nor one of the levels above;")
	}
	lines := []string{
		p("以下选票无效，不计分，并逐张列出位置和原因：", "These ballots are invalid: not counted, and each is listed with its place and reason:"),
		p("· 票号为空；", "· its 票号 (ballot number) is empty;"),
		p("· 票号与先录入的选票重复（先录入的为准）；", "· its number was keyed in before (the first one stands);"),
		group, level,
		p("· 空白票：未评价任何对象。", "· it rates nothing (a blank ballot)."),
	}
	least := rules.Validity.DoubleEntryMin
	switch rules.Validity.DoubleEntry {
	case evaluate.DoubleEntryFlag:
		lines = append(lines, p(fmt.Sprintf("票号不同而代表类别和全部评价与先录入的某张完全相同（至少 %d 项评价）的，列为疑似重复录入，请核对纸质选票。", least),
			fmt.Sprintf("A ballot whose group and every rating (at least %d) equal an earlier one's under another number is listed as a possible double entry: check the paper ballots.", least)))
	case evaluate.DoubleEntryInvalid:
		lines = append(lines, p(fmt.Sprintf("票号不同而代表类别和全部评价与先录入的某张完全相同（至少 %d 项评价）的，视为重复录入，作废。", least),
			fmt.Sprintf("A ballot whose group and every rating (at least %d) equal an earlier one's under another number is a double entry and invalid.", least)))
	}
	return strings.Join(lines, "\n")
}

// wrappedLines estimates how many lines text takes in a column of width.
func wrappedLines(text string, width int) int {
	n := 0
	for _, line := range strings.Split(text, "\n") {
		n += max(1, (displayWidth(line)+width-1)/width)
	}
	return n
}
