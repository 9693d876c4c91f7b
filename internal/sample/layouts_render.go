package sample

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// The renderers below write one family's ballots in one layout each. They
// only arrange cells: every layout of a family carries the same ballots.

// orNil leaves a blank rating absent, as a blank spreadsheet cell is.
func orNil(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// ratingColumn is a (target, dimension) column of a wide sheet.
type ratingColumn struct{ target, dim int }

func ratingColumns(dims int) []ratingColumn {
	var cols []ratingColumn
	for t := range layoutTargets {
		for d := range dims {
			cols = append(cols, ratingColumn{t, d})
		}
	}
	return cols
}

// wideBody is a row per ballot: 票号, the group unless the sheet's name
// carries it, then the ratings in column order.
func wideBody(ballots []layoutBallot, cols []ratingColumn, withGroup bool) [][]any {
	var rows [][]any
	for _, b := range ballots {
		row := []any{b.id}
		if withGroup {
			row = append(row, b.group)
		}
		for _, c := range cols {
			row = append(row, orNil(b.ratings[c.target][c.dim]))
		}
		rows = append(rows, row)
	}
	return rows
}

// wideSheet is the reference layout: one header row naming each column by
// head (e.g. the target's 编号, or "T001/服务态度").
func wideSheet(name string, ballots []layoutBallot, dims int, head func(ratingColumn) string) Sheet {
	cols := ratingColumns(dims)
	header := []any{"票号", "代表类别"}
	for _, c := range cols {
		header = append(header, head(c))
	}
	return Sheet{Name: name, Rows: append([][]any{header}, wideBody(ballots, cols, true)...)}
}

func idHead(c ratingColumn) string { return layoutTargets[c.target].id }

func slashHead(c ratingColumn) string {
	return layoutTargets[c.target].id + "/" + LayoutDimensions[c.dim]
}

// namesSheet heads the targets by 姓名, by "编号\n姓名" and by 编号 in turn,
// under a merged title row, with the 代表类别 cells of each group's run of
// ballots merged into one, as a clerk formats a sheet for printing.
func namesSheet(ballots []layoutBallot) Sheet {
	cols := ratingColumns(1)
	header := []any{"票号", "代表类别"}
	for _, c := range cols {
		t := layoutTargets[c.target]
		header = append(header, []string{t.name, t.id + "\n" + t.name, t.id}[c.target%3])
	}
	last, _ := excelize.ColumnNumberToName(len(header))
	s := Sheet{Name: SheetBallots, Rows: [][]any{{"赤壁市2026年度“百名股长群众评”评议票汇总"}, header}}
	s.Merges = append(s.Merges, "A1:"+last+"1")
	body := wideBody(ballots, cols, true)
	first := 0 // index in body of the current run's first ballot
	for i := range body {
		if i+1 < len(body) && body[i+1][1] == body[first][1] {
			body[i+1][1] = nil
			continue
		}
		if i > first {
			s.Merges = append(s.Merges, fmt.Sprintf("B%d:B%d", first+3, i+3))
		}
		first = i + 1
	}
	s.Rows = append(s.Rows, body...)
	return s
}

// perGroupSheets writes a sheet per group, 选票-党代表 …, without a group
// column: the group is in the sheet's name.
func perGroupSheets(ballots []layoutBallot) []Sheet {
	cols := ratingColumns(1)
	var out []Sheet
	for _, g := range chibiPanel {
		header := []any{"票号"}
		for _, c := range cols {
			header = append(header, idHead(c))
		}
		var mine []layoutBallot
		for _, b := range ballots {
			if b.group == g.name {
				mine = append(mine, b)
			}
		}
		rows := append([][]any{header}, wideBody(mine, cols, false)...)
		out = append(out, Sheet{Name: SheetBallots + "-" + g.name, Rows: rows})
	}
	return out
}

// twoRowSheet heads each target's dimension columns with the target's 编号
// merged across them, over a row of dimension names; 票号 is merged down
// over both rows and the 代表类别 cell under its header left blank, as
// offices draw these sheets either way.
func twoRowSheet(ballots []layoutBallot, dims int) Sheet {
	cols := ratingColumns(dims)
	top, sub := []any{"票号", "代表类别"}, []any{nil, nil}
	s := Sheet{Name: SheetBallots, Merges: []string{"A1:A2"}}
	for _, c := range cols {
		sub = append(sub, LayoutDimensions[c.dim])
		if c.dim != 0 {
			top = append(top, nil)
			continue
		}
		top = append(top, layoutTargets[c.target].id)
		from, _ := excelize.CoordinatesToCellName(len(top), 1)
		to, _ := excelize.CoordinatesToCellName(len(top)+dims-1, 1)
		s.Merges = append(s.Merges, from+":"+to)
	}
	s.Rows = append([][]any{top, sub}, wideBody(ballots, cols, true)...)
	return s
}

// longSheet writes a row per rating: 票号, 代表类别, 编号, 姓名, 评议内容
// (with several dimensions), 评价. A blank ballot is one row with its 票号
// and group and nothing rated, as a survey export writes it.
func longSheet(ballots []layoutBallot, dims int) Sheet {
	header := []any{"票号", "代表类别", "编号", "姓名"}
	if dims > 1 {
		header = append(header, "评议内容")
	}
	rows := [][]any{append(header, "评价")}
	for _, b := range ballots {
		n := len(rows)
		for ti, t := range layoutTargets {
			for d, level := range b.ratings[ti] {
				if level == "" {
					continue
				}
				row := []any{b.id, b.group, t.id, t.name}
				if dims > 1 {
					row = append(row, LayoutDimensions[d])
				}
				rows = append(rows, append(row, level))
			}
		}
		if len(rows) == n {
			rows = append(rows, []any{b.id, b.group})
		}
	}
	return Sheet{Name: SheetBallots, Rows: rows}
}

// roundSheets are a round workbook's sheets around its ballot sheets.
func roundSheets(ballots ...Sheet) []Sheet {
	out := []Sheet{{Name: SheetRoster, Rows: layoutRosterRows()}}
	out = append(out, ballots...)
	return append(out,
		Sheet{Name: SheetComplaints, Rows: layoutComplaintRows()},
		Sheet{Name: SheetTests, Rows: layoutTestRows()})
}
