package report

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/msg"
)

// Excel's limits on the texts of a data validation, in UTF-16 units.
const (
	maxInlineList   = 255 // a list typed into the validation itself
	maxErrorMessage = 225
	maxPrompt       = 255
)

// validations restricts the group column and the rating cells of the data
// rows, one validation over each whole range rather than one per cell.
func (e entrySheet) validations(f *excelize.File, lists *listSheet, top, bottom, first int, lastCol string) error {
	if e.groupColumn {
		names := groupNames(e.rules)
		dv := excelize.NewDataValidation(true)
		dv.Sqref = fmt.Sprintf("B%d:B%d", top, bottom)
		if err := lists.dropList(dv, names); err != nil {
			return err
		}
		dv.SetError(excelize.DataValidationErrorStyleStop, e.lang.T(msg.TplGroupErrTitle), fitText(maxErrorMessage,
			e.lang.F(msg.TplGroupErr, e.lang.Join(names)), e.lang.T(msg.TplGroupErrShort)))
		if err := f.AddDataValidation(e.name, dv); err != nil {
			return err
		}
	}
	firstCol, _ := excelize.ColumnNumberToName(first)
	dv, err := ratingValidation(e.rules, e.lang, lists, fmt.Sprintf("%s%d", firstCol, top))
	if err != nil {
		return err
	}
	dv.Sqref = fmt.Sprintf("%s%d:%s%d", firstCol, top, lastCol, bottom)
	return f.AddDataValidation(e.name, dv)
}

// ratingValidation restricts a rating cell to the scale.
//
// Named levels give a dropdown list of the level names (aliases are accepted
// when scoring but not offered: one spelling per level keeps ballots alike).
// A numeric scale gives a decimal range min..max; when it also has levels
// (不了解, which count as no answer), one validation cannot be both a range
// and a list, and a decimal validation would refuse the words, so a custom
// formula accepts either a number within the range or one of the level
// names. It refuses everything else as firmly as a list does; its cost is
// that the cell offers no dropdown, which an input message makes up for.
// topLeft is the first cell of the range, to which the formula is relative.
func ratingValidation(rules *evaluate.Rules, lang msg.Lang, lists *listSheet, topLeft string) (*excelize.DataValidation, error) {
	dv := excelize.NewDataValidation(true)
	names := levelNames(rules)
	title := lang.T(msg.TplRatingErrTitle)
	blank := lang.T(msg.TplLeaveBlank)
	r := rules.Scale.Range
	if r == nil {
		if err := lists.dropList(dv, names); err != nil {
			return nil, err
		}
		dv.SetError(excelize.DataValidationErrorStyleStop, title, fitText(maxErrorMessage,
			lang.F(msg.TplChooseLevel, lang.Join(names))+blank, lang.T(msg.TplChooseLevelShort)+blank))
		return dv, nil
	}
	lo, hi := number(r.Min), number(r.Max)
	text := lang.F(msg.TplEnterScore, lo, hi)
	if len(names) == 0 {
		if err := dv.SetRange(r.Min, r.Max, excelize.DataValidationTypeDecimal, excelize.DataValidationOperatorBetween); err != nil {
			return nil, err
		}
	} else {
		dv.Type = "custom"
		dv.Formula1 = formulaEscaper.Replace(numericOrLevel(topLeft, r, names))
		text += lang.F(msg.TplOrLevel, lang.Join(names))
	}
	text += lang.T(msg.TplFullStop) + blank
	short := lang.T(msg.TplEnterScoreShort) + blank
	dv.SetError(excelize.DataValidationErrorStyleStop, title, fitText(maxErrorMessage, text, short))
	dv.SetInput(lang.T(msg.TplScoreInputTitle), fitText(maxPrompt, text, short))
	return dv, nil
}

// numericOrLevel is the custom validation formula: a number within the range
// or one of the names, e.g. OR(AND(ISNUMBER(C2),C2>=0,C2<=100),C2="不了解").
func numericOrLevel(cell string, r *evaluate.Range, names []string) string {
	terms := []string{fmt.Sprintf("AND(ISNUMBER(%s),%s>=%s,%s<=%s)", cell, cell, number(r.Min), cell, number(r.Max))}
	for _, n := range names {
		terms = append(terms, fmt.Sprintf(`%s="%s"`, cell, strings.ReplaceAll(n, `"`, `""`)))
	}
	return "OR(" + strings.Join(terms, ",") + ")"
}

// formulaEscaper escapes a formula for the XML that excelize writes verbatim.
var formulaEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

func number(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }

func levelNames(rules *evaluate.Rules) []string {
	names := make([]string, len(rules.Scale.Levels))
	for i, l := range rules.Scale.Levels {
		names[i] = l.Name
	}
	return names
}

func groupNames(rules *evaluate.Rules) []string {
	names := make([]string, len(rules.Groups))
	for i, g := range rules.Groups {
		names[i] = g.Name
	}
	return names
}

// fitText is text, or short when text is over Excel's limit.
func fitText(limit int, text, short string) string {
	if len(utf16.Encode([]rune(text))) > limit {
		return short
	}
	return text
}

// listSheet is a hidden sheet holding the dropdown lists that cannot be
// typed into a validation: over 255 characters, or with a value holding a
// comma or a quote. It is made only when one is needed.
type listSheet struct {
	f       *excelize.File
	name    string
	columns int
	lists   map[string]string // joined values -> reference, so each is written once
}

// dropList makes dv a dropdown of the values.
func (l *listSheet) dropList(dv *excelize.DataValidation, values []string) error {
	joined := strings.Join(values, ",")
	inline := len(utf16.Encode([]rune(joined))) <= maxInlineList && !strings.Contains(joined, `"`)
	for _, v := range values {
		inline = inline && !strings.Contains(v, ",")
	}
	if inline {
		return dv.SetDropList(values)
	}
	ref, err := l.add(values)
	if err != nil {
		return err
	}
	dv.SetSqrefDropList(ref)
	return nil
}

// add writes the values down a new column of the sheet and returns the
// absolute reference of the column's cells.
func (l *listSheet) add(values []string) (string, error) {
	key := strings.Join(values, "\x00")
	if ref, ok := l.lists[key]; ok {
		return ref, nil
	}
	if l.columns == 0 {
		if _, err := l.f.NewSheet(l.name); err != nil {
			return "", err
		}
		if err := l.f.SetSheetVisible(l.name, false); err != nil {
			return "", err
		}
		if err := l.f.ProtectSheet(l.name, &excelize.SheetProtectionOptions{SelectLockedCells: true, SelectUnlockedCells: true}); err != nil {
			return "", err
		}
		l.lists = map[string]string{}
	}
	l.columns++
	col, _ := excelize.ColumnNumberToName(l.columns)
	for i, v := range values {
		if err := l.f.SetCellStr(l.name, fmt.Sprintf("%s%d", col, i+1), v); err != nil {
			return "", err
		}
	}
	ref := fmt.Sprintf("'%s'!$%s$1:$%s$%d", l.name, col, col, len(values))
	l.lists[key] = ref
	return ref, nil
}
