package ingest

import (
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/msg"
)

var ballotColumns = []column{
	required(contract.ColBallot), optional(contract.ColGroup), optional(contract.ColNote), optional(contract.ColComment),
	// The long layout: a row per rating.
	optional(contract.ColTarget), optional(contract.ColName), optional(contract.ColDimension), optional(contract.ColRating),
}

// sheetGroup returns the group named by a ballot sheet's name ("选票-党代表",
// "选票（党代表）", "ballots-NPC"), and whether the name is a ballot sheet's.
func sheetGroup(sheet string) (group string, ok bool) {
	name := strings.TrimSpace(sheet)
	// 选票, or one sheet per evaluator group such as 选票-党代表, whose group
	// is in its name.
	for _, p := range contract.SheetBallots.Names() {
		if len(name) < len(p) || !strings.EqualFold(name[:len(p)], p) {
			continue
		}
		rest := strings.TrimSpace(name[len(p):])
		if rest == "" {
			return "", true
		}
		for _, sep := range []string{"-", "_", "－", "—", "·"} {
			if g, found := strings.CutPrefix(rest, sep); found {
				return strings.TrimSpace(g), true
			}
		}
		for _, pair := range [][2]string{{"（", "）"}, {"(", ")"}} {
			if g, found := strings.CutPrefix(rest, pair[0]); found && strings.HasSuffix(g, pair[1]) {
				return strings.TrimSpace(strings.TrimSuffix(g, pair[1])), true
			}
		}
	}
	return "", false
}

// ballotSheets lists the sheets holding ballots: those named as ballot
// sheets, in workbook order; or, when asked to take any (a clerk's file
// given with --ballots) and the file has a single sheet, that sheet.
func (w *Workbook) ballotSheets(anySingle bool) []string {
	var out []string
	for _, s := range w.Sheets() {
		if _, ok := sheetGroup(s); ok {
			out = append(out, s)
		}
	}
	if len(out) == 0 && anySingle && len(w.Sheets()) == 1 {
		out = w.Sheets()
	}
	return out
}

// Ballots streams the ballots of every ballot sheet of the workbook (a CSV
// file is one), in workbook order and row order, one call of fn per ballot.
func (w *Workbook) Ballots(rules *evaluate.Rules, targets []evaluate.Target, fn func(evaluate.Ballot) error) error {
	in := &Inputs{Files: []*Workbook{w}}
	if w.csv != nil {
		if err := in.addBallotSheets(w); err != nil {
			return err
		}
	} else {
		for _, s := range w.ballotSheets(false) {
			in.ballots = append(in.ballots, sheetRef{w, s})
		}
		if len(in.ballots) == 0 {
			_, err := w.requireSheet(contract.SheetBallots)
			return err
		}
	}
	return in.Ballots(rules, targets, fn)
}

// ballotsFrom streams one sheet: a survey platform's export, or a sheet
// keyed in, wide or long.
func (w *Workbook) ballotsFrom(sheet string, rules *evaluate.Rules, r *resolver, fn func(evaluate.Ballot) error) error {
	if sv, err := w.findSurvey(sheet); err != nil || sv != nil {
		if err != nil {
			return err
		}
		return w.surveyBallots(sheet, sv, rules, r, fn)
	}
	h, err := w.findHeader(sheet, ballotColumns)
	if err != nil {
		return err
	}
	sheetGroupName, _ := sheetGroup(sheet)
	if !h.has(contract.ColGroup) && sheetGroupName == "" {
		return dataErr(w.Path, sheet, "", msg.DataNoGroupColumn)
	}
	if h.has(contract.ColRating) {
		return w.longBallots(sheet, h, sheetGroupName, r, fn)
	}
	return w.wideBallots(sheet, h, sheetGroupName, rules, r, fn)
}

// wideBallots reads a sheet with a row per ballot and a column per target
// (and dimension). A header naming no target is one problem: with
// r.keepGoing (evalctl check) the rest of the sheet is still read, its
// column left out, and the problem returned with the others at the end.
func (w *Workbook) wideBallots(sheet string, h header, group string, rules *evaluate.Rules, r *resolver, fn func(evaluate.Ballot) error) error {
	var columns []targetColumn
	var buf []evaluate.Cell
	var comments []commentColumn
	var questions []answerColumn
	var problems []error
	resolved := false
	resolve := func(dimRow []string) error {
		resolved = true
		wc := w.wideColumns(sheet, h, dimRow, r)
		columns, comments, questions = wc.ratings, wc.comments, wc.questions
		layout := contract.LayoutWide
		if dimRow != nil {
			layout = contract.LayoutTwoRows
		}
		r.record(contract.CheckSheet{File: w.Path, Sheet: sheet, Layout: layout, HeaderRow: h.row, Columns: wc.uses}, wc.notes)
		if len(wc.errs) > 0 {
			if !r.keepGoing {
				return wc.errs[0]
			}
			problems = append(problems, wc.errs...)
		}
		last := h.row
		if dimRow != nil {
			last++
		}
		return w.checkRatingMerges(sheet, last, columns)
	}
	groupColumn := 0
	if h.has(contract.ColGroup) {
		groupColumn = h.col(contract.ColGroup) + 1
	}
	reported := map[int]bool{} // columns whose value without a header was told
	if r.only != nil {
		// Reading again for a few ballots: the rest are passed over, the
		// header rows (and a dimension row under them) never.
		w.pass = func(row int) bool {
			return row > h.row+1 && !r.only(evaluate.Source{File: w.Path, Sheet: sheet, Row: row})
		}
		defer func() { w.pass = nil }()
	}
	err := w.eachRow(sheet, func(row int, cells []string) error {
		if row <= h.row {
			return nil
		}
		if !resolved {
			if isDimensionRow(rules, h, cells) {
				return resolve(cells)
			}
			if err := resolve(nil); err != nil {
				return err
			}
		}
		if empty(cells) || (r.only != nil && !r.only(evaluate.Source{File: w.Path, Sheet: sheet, Row: row})) {
			return nil
		}
		// A value under no header belongs to no target: dropping it would
		// change the scores unseen, or make a ballot look blank.
		for col, v := range cells {
			if v != "" && at(h.cells, col) == "" && !isRatingColumn(columns, col) && !isQuestionColumn(questions, col) && !reported[col] {
				e := dataErr(w.Path, sheet, cellName(col, row), msg.DataValueNoHeader, v)
				if !r.keepGoing {
					return e
				}
				reported[col] = true
				problems = append(problems, e)
			}
		}
		b := evaluate.Ballot{
			ID:          h.get(cells, contract.ColBallot),
			Group:       firstNonEmpty(h.get(cells, contract.ColGroup), group),
			Source:      evaluate.Source{File: w.Path, Sheet: sheet, Row: row},
			GroupColumn: groupColumn,
		}
		b.Cells = buf[:0] // fn keeps no cell: one buffer serves every ballot
		for _, c := range columns {
			if v := at(cells, c.col); v != "" {
				if len(w.odd) > 0 {
					if err := w.valueError(sheet, c.col, row, v); err != nil {
						return err
					}
				}
				b.Cells = append(b.Cells, evaluate.Cell{})
				setRating(&b.Cells[len(b.Cells)-1], c.target, c.dim, v, c.col, 0)
			}
		}
		buf = b.Cells
		b.Comments = commentsOf(comments, cells)
		b.Answers = answersOf(questions, cells, nil, rules)
		return fn(b)
	})
	if err == nil && !resolved {
		err = resolve(nil) // a header and no ballots: still check the header
	}
	return errors.Join(append(problems, err)...)
}

func isQuestionColumn(columns []answerColumn, col int) bool {
	for _, c := range columns {
		if c.col == col {
			return true
		}
	}
	return false
}

func isRatingColumn(columns []targetColumn, col int) bool {
	for _, c := range columns {
		if c.col == col {
			return true
		}
	}
	return false
}

// checkRatingMerges rejects a merged range over rating cells below the
// header: whether it rates each cell or one is anybody's guess.
func (w *Workbook) checkRatingMerges(sheet string, lastHeaderRow int, columns []targetColumn) error {
	for _, m := range w.merges[sheet] {
		if m.LastRow <= lastHeaderRow {
			continue
		}
		for _, c := range columns {
			if c.col >= m.FirstCol && c.col <= m.LastCol {
				return dataErr(w.Path, sheet, m.String(), msg.DataMergedRatings)
			}
		}
	}
	return nil
}

// ratingCell is a ballot cell at col (and row, 0 for the ballot's own); a
// number (full-width digits and all) is marked as such for numeric scales.
func ratingCell(target, dim int, value string, col, row int) evaluate.Cell {
	var c evaluate.Cell
	setRating(&c, target, dim, value, col, row)
	return c
}

// setRating makes *c the rating cell ratingCell returns, in place: a wide
// ballot's cells are set where they stand, in the buffer every ballot
// reuses.
func setRating(c *evaluate.Cell, target, dim int, value string, col, row int) {
	*c = evaluate.Cell{Target: target, Dim: dim, Value: value, Col: col, Row: row}
	if mayBeNumber(value) {
		if v, err := parseNumber(value); err == nil {
			c.Numeric, c.Number = true, v
		}
	}
}

// mayBeNumber is a cheap first look: a number starts with a digit, a sign
// or a point, in ASCII or full width. Level names (满意 …) are not parsed.
func mayBeNumber(s string) bool {
	if s == "" || (s[0] >= utf8.RuneSelf && s[0] != 0xEF) { // the full-width forms start EF
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return (r >= '0' && r <= '9') || r == '-' || r == '+' || r == '.' ||
		(r >= '０' && r <= '９') || r == '－' || r == '＋' || r == '．'
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}
