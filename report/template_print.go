package report

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/msg"
)

// printHeaderRow is the row of the column headers on a printed ballot, below
// the title, the instructions and the group boxes; it repeats on every page.
const printHeaderRow = 4

// WritePrintBallot writes the paper ballot (测评表) the evaluators fill in
// themselves: A4 portrait, fitted to the page width, a title, instructions,
// the group boxes, then a row per target (per target and dimension when the
// rules have several) with a box per level; the header row repeats on every
// printed page. With PerGroup, one sheet per group names its group instead of
// offering boxes, for offices that print each group's ballots apart.
func WritePrintBallot(path string, rules *evaluate.Rules, targets []evaluate.Target, opts TemplateOptions) error {
	if err := checkTemplateRoster(targets); err != nil {
		return err
	}
	base := contract.SheetBallotForm.In(opts.Lang)
	names, groups := []string{base}, []string{""}
	if opts.PerGroup {
		names, groups = nil, nil
		for _, g := range rules.Groups {
			names = append(names, base+"-"+g.Name)
			groups = append(groups, g.Name)
		}
	}
	f := excelize.NewFile()
	defer f.Close()
	if _, err := newSheets(f, names); err != nil {
		return err
	}
	st, err := newPrintStyles(f)
	if err != nil {
		return err
	}
	for i, name := range names {
		p := printSheet{name: name, group: groups[i], rules: rules, targets: targets, lang: opts.Lang}
		if err := p.write(f, st); err != nil {
			return fmt.Errorf("sheet %s: %w", name, err)
		}
	}
	f.SetActiveSheet(0)
	return saveExcelize(f, path, rules.Name)
}

type printStyles struct{ title, note, header, body, box int }

func newPrintStyles(f *excelize.File) (printStyles, error) {
	border := thinBorder()
	var st printStyles
	for _, s := range []struct {
		id    *int
		style excelize.Style
	}{
		{&st.title, excelize.Style{Font: namedFont(true, 16), Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}}},
		{&st.note, excelize.Style{Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}}},
		{&st.header, excelize.Style{Font: namedFont(true, 11), Border: border, Fill: excelize.Fill{Type: "pattern", Color: []string{"EDEDED"}, Pattern: 1},
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}}},
		{&st.body, excelize.Style{Border: border, Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}}},
		{&st.box, excelize.Style{Border: border, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}}},
	} {
		id, err := f.NewStyle(&s.style)
		if err != nil {
			return st, err
		}
		*s.id = id
	}
	return st, nil
}

// printSheet is one printable ballot; group is "" for a ballot that offers
// every group's box.
type printSheet struct {
	name, group string
	rules       *evaluate.Rules
	targets     []evaluate.Target
	lang        msg.Lang
}

// printColumn is a column of the ballot: its header, width and the text of a
// target's cell on dimension d.
type printColumn struct {
	header string
	width  int
	cell   func(t evaluate.Target, d int) string
	box    bool // a rating column, centred
	// own columns describe the target; with several dimensions they are
	// merged down its rows
	own bool
}

func (p printSheet) columns() []printColumn {
	field := func(header string, limit int, get func(evaluate.Target) string) printColumn {
		w := displayWidth(header)
		for _, tg := range p.targets {
			w = max(w, min(displayWidth(get(tg)), limit))
		}
		return printColumn{header: header, width: w + 3, cell: func(tg evaluate.Target, _ int) string { return get(tg) }, own: true}
	}
	cols := []printColumn{
		field(contract.ColID.In(p.lang), 12, func(tg evaluate.Target) string { return tg.ID }),
		field(contract.ColName.In(p.lang), 12, func(tg evaluate.Target) string { return tg.Name }),
		field(contract.ColUnit.In(p.lang), 26, func(tg evaluate.Target) string { return tg.Unit }),
	}
	for _, tg := range p.targets {
		if tg.Section != "" {
			cols = append(cols, field(contract.ColSection.In(p.lang), 16, func(tg evaluate.Target) string { return tg.Section }))
			break
		}
	}
	if dims := p.rules.Dimensions; len(dims) > 1 {
		w := 0
		for _, d := range dims {
			w = max(w, displayWidth(d.Name))
		}
		cols = append(cols, printColumn{header: p.lang.T(msg.PrintItem), width: w + 2,
			cell: func(_ evaluate.Target, d int) string { return dims[d].Name }})
	}
	if r := p.rules.Scale.Range; r != nil {
		header := p.lang.F(msg.PrintScoreHeader, number(r.Min), number(r.Max))
		cols = append(cols, printColumn{header: header, width: displayWidth(header) + 2, cell: func(evaluate.Target, int) string { return "" }, box: true})
	}
	for _, l := range p.rules.Scale.Levels {
		box := "□ " + l.Name
		cols = append(cols, printColumn{header: l.Name, width: displayWidth(box) + 3, cell: func(evaluate.Target, int) string { return box }, box: true})
	}
	return cols
}

func (p printSheet) write(f *excelize.File, st printStyles) error {
	lang := p.lang
	cols := p.columns()
	lastCol, _ := excelize.ColumnNumberToName(len(cols))
	total := 0
	for i, c := range cols {
		name, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(p.name, name, name, float64(c.width)); err != nil {
			return err
		}
		total += c.width
	}
	howTo := lang.T(msg.PrintHowLevels)
	if r := p.rules.Scale.Range; r != nil {
		howTo = lang.F(msg.PrintHowScore, number(r.Min), number(r.Max))
	}
	if len(p.rules.Dimensions) > 1 {
		howTo = lang.T(msg.PrintHowDims) + howTo
	}
	groupLine := lang.F(msg.PrintGroup, p.group)
	if p.group == "" {
		boxes := make([]string, len(p.rules.Groups))
		for i, g := range p.rules.Groups {
			boxes[i] = "□ " + g.Name
		}
		groupLine = lang.F(msg.PrintGroupBoxes, strings.Join(boxes, "　"))
	}
	groupLine += lang.T(msg.PrintBallotNo)
	top := []struct {
		text  string
		style int
	}{{lang.F(msg.PrintTitle, p.rules.Name), st.title}, {howTo, st.note}, {groupLine, st.note}}
	for i, line := range top {
		row := i + 1
		from, to := fmt.Sprintf("A%d", row), fmt.Sprintf("%s%d", lastCol, row)
		if err := f.SetCellStr(p.name, from, line.text); err != nil {
			return err
		}
		if err := f.MergeCell(p.name, from, to); err != nil {
			return err
		}
		if err := f.SetCellStyle(p.name, from, to, line.style); err != nil {
			return err
		}
		if err := f.SetRowHeight(p.name, row, float64(max(24, 16*wrappedLines(line.text, total-2)+6))); err != nil {
			return err
		}
	}
	header := make([]any, len(cols))
	for i, c := range cols {
		header[i] = c.header
	}
	if err := f.SetSheetRow(p.name, fmt.Sprintf("A%d", printHeaderRow), &header); err != nil {
		return err
	}
	if err := f.SetCellStyle(p.name, fmt.Sprintf("A%d", printHeaderRow), fmt.Sprintf("%s%d", lastCol, printHeaderRow), st.header); err != nil {
		return err
	}
	if err := p.body(f, st, cols); err != nil {
		return err
	}
	return p.pageSetup(f, lastCol)
}

// body writes a row per target and dimension; with several dimensions the
// target's own cells are merged down its rows.
func (p printSheet) body(f *excelize.File, st printStyles, cols []printColumn) error {
	nd := max(len(p.rules.Dimensions), 1)
	row := printHeaderRow + 1
	for _, tg := range p.targets {
		lines := 1
		for d := range nd {
			for i, c := range cols {
				cell, _ := excelize.CoordinatesToCellName(i+1, row+d)
				text := c.cell(tg, d)
				if c.own && d > 0 {
					text = "" // under the merged cell of row d = 0
				}
				if err := f.SetCellStr(p.name, cell, text); err != nil {
					return err
				}
				style := st.body
				if c.box {
					style = st.box
				}
				if err := f.SetCellStyle(p.name, cell, cell, style); err != nil {
					return err
				}
				// Excel draws a CJK character a little wider than two
				// digits, so the estimate leaves two columns to spare.
				lines = max(lines, wrappedLines(text, c.width-2))
			}
		}
		for i, c := range cols {
			if !c.own || nd == 1 {
				continue
			}
			from, _ := excelize.CoordinatesToCellName(i+1, row)
			to, _ := excelize.CoordinatesToCellName(i+1, row+nd-1)
			if err := f.MergeCell(p.name, from, to); err != nil {
				return err
			}
		}
		for d := range nd {
			if err := f.SetRowHeight(p.name, row+d, float64(max(22, (16*lines+6)/nd))); err != nil {
				return err
			}
		}
		row += nd
	}
	return nil
}

// pageSetup prints on A4 portrait, one page wide and as many long as needed,
// with the header row on every page and the page number in the footer.
func (p printSheet) pageSetup(f *excelize.File, lastCol string) error {
	a4, portrait, wide, tall := 9, "portrait", 1, 0
	if err := f.SetPageLayout(p.name, &excelize.PageLayoutOptions{Size: &a4, Orientation: &portrait, FitToWidth: &wide, FitToHeight: &tall}); err != nil {
		return err
	}
	fit := true
	if err := f.SetSheetProps(p.name, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	side, edge, band, center := 0.4, 0.6, 0.3, true
	if err := f.SetPageMargins(p.name, &excelize.PageLayoutMarginsOptions{
		Left: &side, Right: &side, Top: &edge, Bottom: &edge, Header: &band, Footer: &band, Horizontally: &center,
	}); err != nil {
		return err
	}
	if err := f.SetHeaderFooter(p.name, &excelize.HeaderFooterOptions{
		OddFooter: p.lang.T(msg.PrintFooter),
	}); err != nil {
		return err
	}
	quoted := "'" + strings.ReplaceAll(p.name, "'", "''") + "'"
	return f.SetDefinedName(&excelize.DefinedName{
		Name:     "_xlnm.Print_Titles",
		RefersTo: fmt.Sprintf("%s!$%d:$%d", quoted, printHeaderRow, printHeaderRow),
		Scope:    p.name,
	})
}
