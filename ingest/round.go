package ingest

import (
	"errors"
	"fmt"
	"strings"

	"github.com/evalctl/evalctl/evaluate"
)

var rosterColumns = []column{
	{field: "id", names: []string{"编号", "id"}, required: true},
	{field: "name", names: []string{"姓名", "name"}, required: true},
	{field: "unit", names: []string{"单位", "unit"}, required: true},
	{field: "section", names: []string{"股室", "科室", "section"}},
	{field: "category", names: []string{"类别", "category"}, required: true},
	{field: "supervisor", names: []string{"分管领导", "supervisor"}},
	{field: "principal", names: []string{"主要领导", "principal"}},
}

var testColumns = []column{
	{field: "id", names: []string{"编号", "id"}, required: true},
	{field: "score", names: []string{"成绩", "分数", "得分", "测试成绩", "score"}, required: true},
}

var complaintColumns = []column{
	{field: "id", names: []string{"编号", "id"}, required: true},
	{field: "result", names: []string{"核查结果", "result"}, required: true},
}

// ReadRound reads the roster, the complaint ledger and the score sheets the
// rules need, from this one workbook. It reports every problem it finds,
// joined.
func (w *Workbook) ReadRound(rules *evaluate.Rules) (*evaluate.Round, error) {
	in := &Inputs{Files: []*Workbook{w}}
	if err := in.locateRoundSheets(w); err != nil {
		return nil, err
	}
	return in.ReadRound(rules)
}

// Roster reads the 名册 sheet.
func (w *Workbook) Roster(rules *evaluate.Rules) ([]evaluate.Target, error) {
	sheet, err := w.requireSheet(sheetRoster)
	if err != nil {
		return nil, err
	}
	return w.rosterFrom(sheet, rules)
}

func (w *Workbook) rosterFrom(sheet string, rules *evaluate.Rules) ([]evaluate.Target, error) {
	h, err := w.findHeader(sheet, rosterColumns)
	if err != nil {
		return nil, err
	}
	principal, supervisor := rules.NeedsLeaders()
	for _, need := range []struct {
		field string
		yes   bool
		label string
	}{{"principal", principal, "主要领导/principal"}, {"supervisor", supervisor, "分管领导/supervisor"}} {
		if need.yes && !h.has(need.field) {
			return nil, dataErr(w.Path, sheet, "", fmt.Sprintf("no column %s, which the liability rules need", need.label))
		}
	}
	var targets []evaluate.Target
	var errs []error
	err = w.eachRow(sheet, func(row int, cells []string) error {
		if row <= h.row || empty(cells) {
			return nil
		}
		t := evaluate.Target{
			ID:         h.get(cells, "id"),
			Name:       h.get(cells, "name"),
			Unit:       h.get(cells, "unit"),
			Section:    h.get(cells, "section"),
			Category:   h.get(cells, "category"),
			Supervisor: h.get(cells, "supervisor"),
			Principal:  h.get(cells, "principal"),
			Where:      where(w.Path, sheet, cellName(h.index["id"], row)),
		}
		for _, f := range []string{"id", "name", "unit", "category"} {
			if h.get(cells, f) == "" {
				errs = append(errs, dataErr(w.Path, sheet, cellName(h.index[f], row), fmt.Sprintf("%s is empty", h.cells[h.index[f]])))
			}
		}
		targets = append(targets, t)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(targets) == 0 {
		errs = append(errs, dataErr(w.Path, sheet, "", "the roster lists no targets"))
	}
	return targets, errors.Join(errs...)
}

// Tests reads the 测试成绩 sheet: target ID to score in 0–100.
func (w *Workbook) Tests() (map[string]float64, error) {
	sheet, err := w.requireSheet(sheetTests)
	if err != nil {
		return nil, err
	}
	scores, _, err := w.testsFrom(sheet)
	return scores, err
}

// testsFrom reads a test-score sheet; first maps each ID to its cell, so
// that an ID missing from the roster can be named where it is written.
func (w *Workbook) testsFrom(sheet string) (scores map[string]float64, first map[string]string, err error) {
	return w.scoresFrom(sheet, false)
}

// scoresFrom reads a sheet of scores by 编号: 0–100, or for bonus points any
// number from 0 up. The score column may also be headed by the sheet's name.
func (w *Workbook) scoresFrom(sheet string, bonus bool) (scores map[string]float64, first map[string]string, err error) {
	cols := []column{testColumns[0], testColumns[1]}
	cols[1].names = append(append([]string(nil), cols[1].names...), sheet)
	h, err := w.findHeader(sheet, cols)
	if err != nil {
		return nil, nil, err
	}
	scores = map[string]float64{}
	first = map[string]string{}
	scoreCell := map[string]string{}
	var errs []error
	err = w.eachRow(sheet, func(row int, cells []string) error {
		if row <= h.row || empty(cells) {
			return nil
		}
		id, raw := h.get(cells, "id"), h.get(cells, "score")
		ref := cellName(h.index["score"], row)
		if id == "" {
			errs = append(errs, dataErr(w.Path, sheet, cellName(h.index["id"], row), "编号 is empty"))
			return nil
		}
		if prev, dup := scoreCell[id]; dup {
			errs = append(errs, dataErr(w.Path, sheet, cellName(h.index["id"], row), fmt.Sprintf("%s already has a score at %s", id, prev)))
			return nil
		}
		v, err := parseNumber(raw)
		switch {
		case raw == "":
			errs = append(errs, dataErr(w.Path, sheet, ref, fmt.Sprintf("the score of %s is empty", id)))
		case err != nil:
			errs = append(errs, dataErr(w.Path, sheet, ref, fmt.Sprintf("%q is not a number", raw)))
		case v < 0 || (v > 100 && !bonus):
			errs = append(errs, dataErr(w.Path, sheet, ref, fmt.Sprintf("score %s is outside 0–100", raw)))
		default:
			scores[id] = v
			scoreCell[id] = ref
			first[id] = where(w.Path, sheet, cellName(h.index["id"], row))
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return scores, first, errors.Join(errs...)
}

// Complaints reads the 投诉台账 sheet; a workbook without one has no
// complaints. Columns other than 编号 and 核查结果 are kept for display.
func (w *Workbook) Complaints() ([]evaluate.Complaint, error) {
	sheet := w.sheet(sheetComplaints)
	if sheet == "" {
		return nil, nil
	}
	return w.complaintsFrom(sheet)
}

func (w *Workbook) complaintsFrom(sheet string) ([]evaluate.Complaint, error) {
	h, err := w.findHeader(sheet, complaintColumns)
	if err != nil {
		return nil, err
	}
	var out []evaluate.Complaint
	var errs []error
	err = w.eachRow(sheet, func(row int, cells []string) error {
		if row <= h.row || empty(cells) {
			return nil
		}
		c := evaluate.Complaint{
			TargetID: h.get(cells, "id"),
			Result:   h.get(cells, "result"),
			Where:    where(w.Path, sheet, cellName(h.index["result"], row)),
		}
		if c.TargetID == "" {
			errs = append(errs, dataErr(w.Path, sheet, cellName(h.index["id"], row), "编号 is empty"))
		}
		if c.Result == "" {
			errs = append(errs, dataErr(w.Path, sheet, cellName(h.index["result"], row), "核查结果 is empty"))
		}
		for i, name := range h.cells {
			if !h.known(i) && strings.TrimSpace(name) != "" {
				c.Details = append(c.Details, evaluate.Field{Name: name, Value: at(cells, i)})
			}
		}
		out = append(out, c)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, errors.Join(errs...)
}
