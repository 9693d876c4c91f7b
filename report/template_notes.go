package report

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/msg"
)

// writeInstructions fills the instructions sheet: how to key ballots in, the
// levels and their points, the groups, what makes a ballot invalid.
func writeInstructions(f *excelize.File, sheet string, rules *evaluate.Rules, sheets []string, opts TemplateOptions) error {
	lang := opts.Lang
	rating := lang.T(msg.TplChooseRating)
	if rules.Scale.IsNumeric() {
		rating = lang.T(msg.TplEnterRating)
	}
	how := lang.F(msg.TplHow, rating)
	if opts.PerGroup {
		how = lang.F(msg.TplHowPerGroup, lang.Join(sheets), rating)
	}
	if nd := len(rules.Dimensions); nd > 1 {
		dims := make([]string, nd)
		for i, d := range rules.Dimensions {
			dims[i] = d.Name
		}
		how += lang.F(msg.TplDims, nd, lang.Join(dims))
	}
	how += lang.F(msg.TplRows, opts.Rows)

	rows := [][2]string{
		{contract.ItemRound.In(lang), rules.Name},
		{lang.T(msg.TplHowLabel), how},
		{lang.T(msg.TplNotRatedLabel), lang.T(msg.TplNotRated)},
		{lang.T(msg.TplLevelsLabel), levelNotes(rules, lang)},
		{contract.ColGroup.In(lang), lang.Join(groupNames(rules))},
		{lang.T(msg.TplInvalidLabel), invalidNotes(rules, opts.PerGroup, lang)},
		{lang.T(msg.TplProtectionLabel), lang.T(msg.TplProtection)},
		{lang.T(msg.TplCheckingLabel), lang.T(msg.TplChecking)},
	}
	bold, err := f.NewStyle(&excelize.Style{Font: namedFont(true, 11), Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	if err != nil {
		return err
	}
	wrap, err := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	if err != nil {
		return err
	}
	title, err := f.NewStyle(&excelize.Style{Font: namedFont(true, 14)})
	if err != nil {
		return err
	}
	if err := f.SetCellStr(sheet, "A1", lang.F(msg.TplTitle, rules.Name)); err != nil {
		return err
	}
	if err := f.SetCellStyle(sheet, "A1", "A1", title); err != nil {
		return err
	}
	// The title spans both columns, on a row tall enough for its size.
	if err := f.MergeCell(sheet, "A1", "B1"); err != nil {
		return err
	}
	if err := f.SetRowHeight(sheet, 1, 24); err != nil {
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
	if err := f.SetColWidth(sheet, "B", "B", textWidth+2); err != nil {
		return err
	}
	return printPortrait(f, sheet, opts.Lang)
}

// printPortrait prints a sheet on A4 portrait, one page wide, with the page
// numbers in the footer.
func printPortrait(f *excelize.File, sheet string, lang msg.Lang) error {
	a4, portrait, wide, tall, fit := 9, "portrait", 1, 0, true
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &a4, Orientation: &portrait, FitToWidth: &wide, FitToHeight: &tall}); err != nil {
		return err
	}
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	return f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{OddFooter: lang.T(msg.PrintFooter)})
}

// levelNotes lists the levels (or the numeric range and bands) with what
// each counts for.
func levelNotes(rules *evaluate.Rules, lang msg.Lang) string {
	var lines []string
	if r := rules.Scale.Range; r != nil {
		lines = append(lines, lang.F(msg.TplRangeBands, number(r.Min), number(r.Max)))
		for _, b := range rules.Scale.Bands {
			line := lang.F(msg.TplBand, number(b.Min), b.Name)
			if b.Satisfied {
				line += lang.T(msg.TplBandSatisfied)
			}
			lines = append(lines, line)
		}
	}
	for _, l := range rules.Scale.Levels {
		line := lang.F(msg.TplLevelPoints, l.Name, number(l.Points))
		switch {
		case l.NoAnswer:
			line = lang.F(msg.TplLevelNoAnswer, l.Name)
		case l.Satisfied:
			line += lang.T(msg.TplLevelSatisfied)
		}
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n")
}

// invalidNotes says what makes a ballot invalid (domain: ballot validity).
func invalidNotes(rules *evaluate.Rules, perGroup bool, lang msg.Lang) string {
	group := lang.T(msg.TplInvalidGroup)
	if perGroup {
		group = lang.T(msg.TplInvalidGroupPerSheet)
	}
	level := lang.T(msg.TplInvalidLevel)
	if rules.Scale.IsNumeric() {
		level = lang.T(msg.TplInvalidLevelNumeric)
	}
	lines := []string{
		lang.T(msg.TplInvalidIntro),
		lang.T(msg.TplInvalidNoID),
		lang.T(msg.TplInvalidDuplicate),
		group, level,
		lang.T(msg.TplInvalidBlank),
	}
	least := rules.Validity.DoubleEntryMin
	switch rules.Validity.DoubleEntry {
	case evaluate.DoubleEntryFlag:
		lines = append(lines, lang.F(msg.TplDoubleEntryFlag, least))
	case evaluate.DoubleEntryInvalid:
		lines = append(lines, lang.F(msg.TplDoubleEntryInvalid, least))
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
