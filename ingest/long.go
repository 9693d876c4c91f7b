package ingest

import (
	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/msg"
)

// longBallots reads a sheet with a row per rating: 票号, 代表类别, the target
// (编号 or 姓名), 评议内容 when the rules rate several dimensions, 评价. A
// ballot's rows must be consecutive, as survey exports write them; a 票号
// that comes back after other ballots is a duplicate ballot, as it would be
// in the wide layout. A row naming an unknown target or dimension makes its
// ballot invalid, with the cell named.
func (w *Workbook) longBallots(sheet string, h header, group string, r *resolver, fn func(evaluate.Ballot) error) error {
	if !h.has(contract.ColTarget) && !h.has(contract.ColName) {
		return dataErr(w.Path, sheet, "", msg.DataLongNoTarget)
	}
	if len(r.rules.Dimensions) > 1 && !h.has(contract.ColDimension) {
		return dataErr(w.Path, sheet, "", msg.DataLongNoDimension)
	}
	r.record(longUses(w.Path, sheet, h, r), nil)
	comments := longComments(h, r)
	groupColumn := 0
	if h.has(contract.ColGroup) {
		groupColumn = h.col(contract.ColGroup) + 1
	}
	var cur *evaluate.Ballot
	var buf []evaluate.Cell // fn keeps no cell: one buffer serves every ballot
	flush := func() error {
		if cur == nil {
			return nil
		}
		b := *cur
		cur, buf = nil, b.Cells[:0]
		return fn(b)
	}
	err := w.eachRow(sheet, func(row int, cells []string) error {
		if row <= h.row || empty(cells) {
			return nil
		}
		id := h.get(cells, contract.ColBallot)
		rowGroup := firstNonEmpty(h.get(cells, contract.ColGroup), group)
		if cur == nil || id == "" || id != cur.ID {
			if err := flush(); err != nil {
				return err
			}
			cur = &evaluate.Ballot{ID: id, Group: rowGroup, Source: evaluate.Source{File: w.Path, Sheet: sheet, Row: row}, GroupColumn: groupColumn, Cells: buf}
		} else if rowGroup != cur.Group && cur.MixedGroups == "" {
			cur.MixedGroups, cur.MixedGroupsRef = rowGroup, sheet+"!"+cellName(h.col(contract.ColGroup), row)
		}
		if v := h.get(cells, contract.ColRating); v != "" {
			if err := w.valueError(sheet, h.col(contract.ColRating), row, v); err != nil {
				return err
			}
		}
		c := w.longCell(sheet, h, row, cells, r)
		cur.Cells = append(cur.Cells, c)
		for _, cm := range commentsOf(comments, cells) {
			cm.Target, cm.Row = c.Target, row
			cur.Comments = append(cur.Comments, cm)
		}
		return nil
	})
	if err != nil {
		return err
	}
	return flush()
}

// longCell is the rating of one long-layout row.
func (w *Workbook) longCell(sheet string, h header, row int, cells []string, r *resolver) evaluate.Cell {
	written := h.get(cells, contract.ColTarget)
	if written == "" {
		written = h.get(cells, contract.ColName)
	}
	c := ratingCell(-1, -1, h.get(cells, contract.ColRating), h.col(contract.ColRating), row)
	target, err := r.target(written)
	if err != nil {
		c.Key = written
		return c
	}
	name := h.get(cells, contract.ColName)
	if h.has(contract.ColTarget) && name != "" && name != r.targets[target].Name {
		c.Key = written + " " + name
		return c
	}
	r.named(target)
	dim, err := r.dimension(h.get(cells, contract.ColDimension))
	c.Target = target
	if err != nil {
		c.Key = h.get(cells, contract.ColDimension)
		return c
	}
	c.Dim = dim
	return c
}

// longUses says how a long sheet's columns are understood.
func longUses(file, sheet string, h header, r *resolver) contract.CheckSheet {
	cs := contract.CheckSheet{File: file, Sheet: sheet, Layout: contract.LayoutLong, HeaderRow: h.row}
	for col, text := range h.cells {
		if text == "" {
			continue
		}
		u := knownUse(h, col, text)
		if r.isCommentHeader(text) {
			u.Role = contract.RoleComment
		}
		for _, l := range []contract.Label{contract.ColTarget, contract.ColName, contract.ColDimension, contract.ColRating} {
			if h.has(l) && h.col(l) == col {
				u.Role = contract.RoleRating
			}
		}
		cs.Columns = append(cs.Columns, u)
	}
	return cs
}

// longComments are a long sheet's comment columns (意见建议, 备注, those the
// rules name): each row's comment is about the row's target.
func longComments(h header, r *resolver) []commentColumn {
	var out []commentColumn
	for col, text := range h.cells {
		if h.isComment(col) || r.isCommentHeader(text) {
			out = append(out, commentColumn{col: col, target: -1, header: text})
		}
	}
	return out
}
