package ingest

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/evalctl/evalctl/evaluate"
)

var ballotColumns = []column{
	{field: "ballot", names: []string{"票号", "ballot"}, required: true},
	{field: "group", names: []string{"代表类别", "group"}},
	{field: "note", names: []string{"备注", "remark", "remarks", "note", "notes"}},
	// The long layout: a row per rating.
	{field: "target", names: []string{"编号", "评议对象", "target"}},
	{field: "name", names: []string{"姓名", "name"}},
	{field: "dimension", names: []string{"评议内容", "测评项目", "dimension"}},
	{field: "rating", names: []string{"评价", "等次", "评价等次", "rating"}},
}

// ballotSheetPrefixes name the sheets that hold ballots: 选票, or one sheet
// per evaluator group such as 选票-党代表, whose group is in its name.
var ballotSheetPrefixes = []string{"选票", "ballots"}

// sheetGroup returns the group named by a ballot sheet's name ("选票-党代表",
// "选票（党代表）", "ballots-NPC"), and whether the name is a ballot sheet's.
func sheetGroup(sheet string) (group string, ok bool) {
	name := strings.TrimSpace(sheet)
	for _, p := range ballotSheetPrefixes {
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
			_, err := w.requireSheet(ballotSheetPrefixes)
			return err
		}
	}
	return in.Ballots(rules, targets, fn)
}

// ballotsFrom streams one sheet, wide or long.
func (w *Workbook) ballotsFrom(sheet string, rules *evaluate.Rules, r *resolver, fn func(evaluate.Ballot) error) error {
	h, err := w.findHeader(sheet, ballotColumns)
	if err != nil {
		return err
	}
	sheetGroupName, _ := sheetGroup(sheet)
	if !h.has("group") && sheetGroupName == "" {
		return dataErr(w.Path, sheet, "", "no 代表类别/group column, and the sheet's name (e.g. 选票-党代表) names no group")
	}
	if h.has("rating") {
		return w.longBallots(sheet, h, sheetGroupName, r, fn)
	}
	return w.wideBallots(sheet, h, sheetGroupName, rules, r, fn)
}

// wideBallots reads a sheet with a row per ballot and a column per target
// (and dimension).
func (w *Workbook) wideBallots(sheet string, h header, group string, rules *evaluate.Rules, r *resolver, fn func(evaluate.Ballot) error) error {
	var columns []targetColumn
	resolved := false
	resolve := func(dimRow []string) error {
		var err error
		columns, err = w.wideColumns(sheet, h, dimRow, r)
		resolved = true
		if err != nil {
			return err
		}
		last := h.row
		if dimRow != nil {
			last++
		}
		return w.checkRatingMerges(sheet, last, columns)
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
		if empty(cells) {
			return nil
		}
		// A value under no header belongs to no target: dropping it would
		// change the scores unseen, or make a ballot look blank.
		for col, v := range cells {
			if v != "" && at(h.cells, col) == "" && !isRatingColumn(columns, col) {
				return dataErr(w.Path, sheet, cellName(col, row), fmt.Sprintf(
					"%q is in a column with no header; head the column with a target's 编号 or 姓名 (or 备注 for notes)", v))
			}
		}
		b := evaluate.Ballot{
			ID:     h.get(cells, "ballot"),
			Group:  firstNonEmpty(h.get(cells, "group"), group),
			Source: evaluate.Source{File: w.Path, Sheet: sheet, Row: row},
		}
		for _, c := range columns {
			if v := at(cells, c.col); v != "" {
				if b.Cells == nil {
					b.Cells = make([]evaluate.Cell, 0, len(columns)) // one allocation per ballot
				}
				b.Cells = append(b.Cells, ratingCell(c.target, c.dim, v, sheet+"!"+cellName(c.col, row)))
			}
		}
		return fn(b)
	})
	if err == nil && !resolved {
		err = resolve(nil) // a header and no ballots: still check the header
	}
	return err
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
	merges, err := w.mergedRanges(sheet)
	if err != nil {
		return dataErr(w.Path, sheet, "", fmt.Sprintf("cannot read the merged cells: %v", err))
	}
	for _, m := range merges {
		if m.r2 <= lastHeaderRow {
			continue
		}
		for _, c := range columns {
			if c.col >= m.c1 && c.col <= m.c2 {
				return dataErr(w.Path, sheet, m.String(), "merged cells over ratings; unmerge them and write a rating in each cell")
			}
		}
	}
	return nil
}

// ratingCell is a ballot cell; a number (full-width digits and all) is
// marked as such for numeric scales.
func ratingCell(target, dim int, value, ref string) evaluate.Cell {
	c := evaluate.Cell{Target: target, Dim: dim, Value: value, Ref: ref}
	if mayBeNumber(value) {
		if v, err := parseNumber(value); err == nil {
			c.Numeric, c.Number = true, v
		}
	}
	return c
}

// mayBeNumber is a cheap first look: a number starts with a digit, a sign
// or a point, in ASCII or full width. Level names (满意 …) are not parsed.
func mayBeNumber(s string) bool {
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
