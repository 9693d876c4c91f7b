package ingest

import (
	"fmt"
	"sort"
	"strings"

	"github.com/evalctl/evalctl/evaluate"
)

var ballotColumns = []column{
	{field: "ballot", names: []string{"票号", "ballot"}, required: true},
	{field: "group", names: []string{"代表类别", "group"}, required: true},
	{field: "note", names: []string{"备注", "remark", "remarks", "note", "notes"}},
}

// Ballots streams the ballots of the 选票 sheet, one call of fn per non-empty
// row, in sheet order. Each column after 票号 and 代表类别 is a target, headed
// by its 编号 or by its 姓名 where no other target shares it; a value in a
// column without a header is an error. An error from fn stops the walk and
// is returned.
func (w *Workbook) Ballots(rules *evaluate.Rules, targets []evaluate.Target, fn func(evaluate.Ballot) error) error {
	if len(rules.Dimensions) != 1 {
		return fmt.Errorf("%s: the rules have %d dimensions; ballots with one column per target carry one", w.Path, len(rules.Dimensions))
	}
	sheet, err := w.requireSheet(sheetBallots)
	if err != nil {
		return err
	}
	h, err := w.findHeader(sheet, ballotColumns)
	if err != nil {
		return err
	}
	columns, err := w.targetColumns(sheet, h, targets)
	if err != nil {
		return err
	}
	return w.eachRow(sheet, func(row int, cells []string) error {
		if row <= h.row || empty(cells) {
			return nil
		}
		// A value under no header belongs to no target: dropping it would
		// change the scores unseen, or make a ballot look blank.
		for col, v := range cells {
			if v != "" && at(h.cells, col) == "" {
				return dataErr(w.Path, sheet, cellName(col, row), fmt.Sprintf(
					"%q is in a column with no header; head the column with a target's 编号 or 姓名 (or 备注 for notes)", v))
			}
		}
		b := evaluate.Ballot{
			ID:     h.get(cells, "ballot"),
			Group:  h.get(cells, "group"),
			Source: evaluate.Source{File: w.Path, Sheet: sheet, Row: row},
		}
		for _, c := range columns {
			if v := at(cells, c.col); v != "" {
				b.Cells = append(b.Cells, evaluate.Cell{Target: c.target, Value: v, Ref: sheet + "!" + cellName(c.col, row)})
			}
		}
		return fn(b)
	})
}

type targetColumn struct{ col, target int }

// targetColumns resolves the header cells that name targets.
func (w *Workbook) targetColumns(sheet string, h header, targets []evaluate.Target) ([]targetColumn, error) {
	byID := map[string]int{}
	byName := map[string][]int{}
	for i, t := range targets {
		byID[t.ID] = i
		byName[t.Name] = append(byName[t.Name], i)
	}
	var out []targetColumn
	seen := map[int]string{}
	for col, text := range h.cells {
		if text == "" || h.known(col) {
			continue
		}
		ref := cellName(col, h.row)
		target, ok := byID[text]
		if !ok {
			switch ids := byName[text]; len(ids) {
			case 0:
				return nil, dataErr(w.Path, sheet, ref, fmt.Sprintf("column %q is neither a target's 编号 nor its 姓名 in the roster", text))
			case 1:
				target = ids[0]
			default:
				var cands []string
				for _, i := range ids {
					cands = append(cands, fmt.Sprintf("%s (%s)", targets[i].ID, targets[i].Unit))
				}
				sort.Strings(cands)
				return nil, dataErr(w.Path, sheet, ref, fmt.Sprintf("姓名 %q is shared by %s; head the column with the 编号", text, strings.Join(cands, ", ")))
			}
		}
		if prev, dup := seen[target]; dup {
			return nil, dataErr(w.Path, sheet, ref, fmt.Sprintf("target %s already has the column %s", targets[target].ID, prev))
		}
		seen[target] = ref
		out = append(out, targetColumn{col: col, target: target})
	}
	return out, nil
}
