package report

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/msg"
)

// DefaultTemplateRows is how many ballot rows a template prepares per sheet,
// and MaxTemplateRows the most it will: far beyond any round's ballots, and
// far below what would make the file slow to open.
const (
	DefaultTemplateRows = 1200
	MaxTemplateRows     = 100000
)

// TemplateOptions shape a ballot-entry template or a printable ballot.
type TemplateOptions struct {
	Lang msg.Lang
	// PerGroup writes one sheet per evaluator group, named after it
	// (选票-党代表), instead of one sheet with a 代表类别 column.
	PerGroup bool
	// Rows is how many data rows of an entry sheet are unlocked and carry
	// the dropdowns.
	Rows int
}

// WriteTemplate writes the ballot-entry workbook the clerks key paper ballots
// into: the ballots sheet(s) in the layout ingest reads back unedited, and an
// instructions sheet. Headers name each target by 编号 and 姓名; every rating
// cell is restricted to the scale by data validation, the group column to the
// rules' groups; the header rows are frozen and locked, the data rows not.
func WriteTemplate(path string, rules *evaluate.Rules, targets []evaluate.Target, opts TemplateOptions) error {
	if err := checkTemplateRoster(targets); err != nil {
		return err
	}
	if opts.Rows < 1 || opts.Rows > MaxTemplateRows {
		return msg.Errorf(msg.CmdTemplateRows, MaxTemplateRows, opts.Rows)
	}
	f := excelize.NewFile()
	defer f.Close()
	sheets, err := newSheets(f, ballotSheetNames(rules, opts))
	if err != nil {
		return err
	}
	notes := contract.SheetInstructions.In(opts.Lang)
	if _, err := f.NewSheet(notes); err != nil {
		return err
	}
	st, err := newEntryStyles(f)
	if err != nil {
		return err
	}
	lists := &listSheet{f: f, name: contract.SheetLists.In(opts.Lang)}
	for _, name := range sheets {
		e := entrySheet{name: name, rules: rules, targets: targets, lang: opts.Lang, rows: opts.Rows, groupColumn: !opts.PerGroup}
		if err := e.write(f, st, lists); err != nil {
			return fmt.Errorf("sheet %s: %w", name, err)
		}
	}
	if err := writeInstructions(f, notes, rules, sheets, opts); err != nil {
		return fmt.Errorf("sheet %s: %w", notes, err)
	}
	f.SetActiveSheet(0)
	return saveExcelize(f, path, rules.Name)
}

// checkTemplateRoster refuses a roster whose headers ingest could not resolve.
func checkTemplateRoster(targets []evaluate.Target) error {
	if len(targets) == 0 {
		return evaluate.NewDataError(contract.SheetRoster.In(msg.Chinese), msg.DataEmptyRoster)
	}
	first := map[string]string{}
	for _, t := range targets {
		if w, dup := first[t.ID]; dup {
			return evaluate.NewDataError(t.Where, msg.DataTargetTwice, t.ID, w)
		}
		first[t.ID] = t.Where
	}
	return nil
}

// ballotSheetNames is 选票, or 选票-<group> for each group.
func ballotSheetNames(rules *evaluate.Rules, opts TemplateOptions) []string {
	base := contract.SheetBallots.In(opts.Lang)
	if !opts.PerGroup {
		return []string{base}
	}
	names := make([]string, len(rules.Groups))
	for i, g := range rules.Groups {
		names[i] = base + "-" + g.Name
	}
	return names
}

// newSheets renames Sheet1 to the first name and adds the others, refusing
// names Excel would reject or fold together (a group's name may be neither).
func newSheets(f *excelize.File, names []string) ([]string, error) {
	seen := map[string]string{}
	for i, name := range names {
		if prev, dup := seen[strings.ToLower(name)]; dup {
			return nil, &evaluate.FieldError{Path: "groups", Msg: msg.New(msg.SheetNameClash, prev, name)}
		}
		seen[strings.ToLower(name)] = name
		var err error
		if i == 0 {
			err = f.SetSheetName(f.GetSheetName(0), name)
		} else {
			_, err = f.NewSheet(name)
		}
		if err != nil {
			return nil, &evaluate.FieldError{Path: "groups", Msg: msg.New(msg.SheetNameExcel, name, err)}
		}
	}
	return names, nil
}

// entryStyles are the style IDs of an entry sheet, created once per file in
// a fixed order so that the same inputs give the same bytes.
type entryStyles struct{ header, ballotID, data int }

func newEntryStyles(f *excelize.File) (entryStyles, error) {
	var st entryStyles
	var err error
	border := thinBorder()
	if st.header, err = f.NewStyle(&excelize.Style{
		Font:       namedFont(true, 11),
		Fill:       excelize.Fill{Type: "pattern", Color: []string{"DDEBF7"}, Pattern: 1},
		Border:     border,
		Alignment:  &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true},
		Protection: &excelize.Protection{Locked: true},
	}); err != nil {
		return st, err
	}
	// 票号 is text, so that 0001 keeps its zeros.
	if st.ballotID, err = f.NewStyle(&excelize.Style{NumFmt: 49, Protection: &excelize.Protection{Locked: false}}); err != nil {
		return st, err
	}
	st.data, err = f.NewStyle(&excelize.Style{Protection: &excelize.Protection{Locked: false}})
	return st, err
}

// entrySheet is one ballots sheet: 票号, 代表类别 (unless the sheet is a
// group's), then a column per target and dimension.
type entrySheet struct {
	name    string
	rules   *evaluate.Rules
	targets []evaluate.Target
	lang    msg.Lang
	rows    int
	// groupColumn is false on a group's own sheet, whose name gives the
	// group (选票-党代表).
	groupColumn bool
}

// firstRating is the 1-based column of the first rating.
func (e entrySheet) firstRating() int {
	if e.groupColumn {
		return 3
	}
	return 2
}

// headerRows is 2 with several dimensions (target over dimension), else 1.
func (e entrySheet) headerRows() int {
	if len(e.rules.Dimensions) > 1 {
		return 2
	}
	return 1
}

func (e entrySheet) write(f *excelize.File, st entryStyles, lists *listSheet) error {
	nd, hr := max(len(e.rules.Dimensions), 1), e.headerRows()
	first := e.firstRating()
	last := first + len(e.targets)*nd - 1
	lastCol, _ := excelize.ColumnNumberToName(last)
	top, bottom := hr+1, hr+e.rows
	// The data rows are unlocked as whole rows (one row style each, not a
	// style per cell: a large roster times 1,200 rows would be millions of
	// cells); 票号 cells are text besides. They are made before the header:
	// excelize sizes each row it adds for as many cells as the last row
	// holds, so rows added after a header of a few hundred cells would take
	// tens of megabytes per sheet, all empty.
	if err := f.SetRowStyle(e.name, top, bottom, st.data); err != nil {
		return err
	}
	if err := f.SetCellStyle(e.name, fmt.Sprintf("A%d", top), fmt.Sprintf("A%d", bottom), st.ballotID); err != nil {
		return err
	}
	fixed := []string{contract.ColBallot.In(e.lang)}
	if e.groupColumn {
		fixed = append(fixed, contract.ColGroup.In(e.lang))
	}
	for c, text := range fixed {
		if err := e.header(f, st, c+1, 1, c+1, hr, text); err != nil {
			return err
		}
	}
	levelWidth := 0
	for _, l := range e.rules.Scale.Levels {
		levelWidth = max(levelWidth, displayWidth(l.Name))
	}
	if e.rules.Scale.IsNumeric() {
		levelWidth = max(levelWidth, 6)
	}
	widths := make([]int, len(e.targets)*nd) // of the target columns, from first
	for i, tg := range e.targets {
		col := first + i*nd
		if err := e.header(f, st, col, 1, col+nd-1, 1, tg.ID+"\n"+tg.Name); err != nil {
			return err
		}
		width := max(displayWidth(tg.ID), displayWidth(tg.Name)) / nd
		for d := range nd {
			w := max(width, levelWidth)
			if hr == 2 {
				dim := e.rules.Dimensions[d].Name
				if err := e.header(f, st, col+d, 2, col+d, 2, dim); err != nil {
					return err
				}
				w = max(w, displayWidth(dim))
			}
			widths[i*nd+d] = w + 4
		}
	}
	// One call per run of equal widths: excelize's cost grows with the
	// column ranges already set.
	for start := 0; start < len(widths); {
		end := start + 1
		for end < len(widths) && widths[end] == widths[start] {
			end++
		}
		from, _ := excelize.ColumnNumberToName(first + start)
		to, _ := excelize.ColumnNumberToName(first + end - 1)
		if err := f.SetColWidth(e.name, from, to, float64(widths[start])); err != nil {
			return err
		}
		start = end
	}
	if err := f.SetColWidth(e.name, "A", "A", 12); err != nil {
		return err
	}
	if e.groupColumn {
		groupWidth := 8
		for _, g := range e.rules.Groups {
			groupWidth = max(groupWidth, displayWidth(g.Name))
		}
		if err := f.SetColWidth(e.name, "B", "B", float64(groupWidth+4)); err != nil {
			return err
		}
	}
	if err := f.SetRowHeight(e.name, 1, 32); err != nil {
		return err
	}
	if err := e.validations(f, lists, top, bottom, first, lastCol); err != nil {
		return err
	}
	topLeft, _ := excelize.CoordinatesToCellName(first, top)
	if err := f.SetPanes(e.name, &excelize.Panes{
		Freeze: true, XSplit: first - 1, YSplit: hr, TopLeftCell: topLeft, ActivePane: "bottomRight",
	}); err != nil {
		return err
	}
	// No password: the protection guards the headers against slips, not
	// against a clerk who means it (审阅 → 撤销工作表保护).
	return f.ProtectSheet(e.name, &excelize.SheetProtectionOptions{
		SelectLockedCells: true, SelectUnlockedCells: true,
		FormatColumns: true, FormatRows: true, Sort: true, AutoFilter: true,
	})
}

// header writes a header cell, merged over the rectangle when it spans more
// than one cell.
func (e entrySheet) header(f *excelize.File, st entryStyles, c1, r1, c2, r2 int, text string) error {
	from, _ := excelize.CoordinatesToCellName(c1, r1)
	to, _ := excelize.CoordinatesToCellName(c2, r2)
	if err := f.SetCellStr(e.name, from, text); err != nil {
		return err
	}
	if from != to {
		if err := f.MergeCell(e.name, from, to); err != nil {
			return err
		}
	}
	return f.SetCellStyle(e.name, from, to, st.header)
}
