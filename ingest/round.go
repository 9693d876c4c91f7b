package ingest

import (
	"errors"
	"slices"
	"strings"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/msg"
)

var rosterColumns = []column{
	required(contract.ColID), required(contract.ColName), required(contract.ColUnit), optional(contract.ColSection),
	required(contract.ColCategory), optional(contract.ColSupervisor), optional(contract.ColPrincipal),
}

var complaintColumns = []column{required(contract.ColID), required(contract.ColResult)}

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
	sheet, err := w.requireSheet(contract.SheetRoster)
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
		yes   bool
		label contract.Label
	}{{principal, contract.ColPrincipal}, {supervisor, contract.ColSupervisor}} {
		if need.yes && !h.has(need.label) {
			return nil, dataErr(w.Path, sheet, "", msg.DataNoLeaderColumn, strings.Join(need.label.Names(), "/"))
		}
	}
	var targets []evaluate.Target
	var errs []error
	err = w.eachRow(sheet, func(row int, cells []string) error {
		if row <= h.row || empty(cells) {
			return nil
		}
		t := evaluate.Target{
			ID:         h.get(cells, contract.ColID),
			Name:       h.get(cells, contract.ColName),
			Unit:       h.get(cells, contract.ColUnit),
			Section:    h.get(cells, contract.ColSection),
			Category:   h.get(cells, contract.ColCategory),
			Supervisor: h.get(cells, contract.ColSupervisor),
			Principal:  h.get(cells, contract.ColPrincipal),
			Where:      where(w.Path, sheet, cellName(h.col(contract.ColID), row)),
		}
		for _, l := range []contract.Label{contract.ColID, contract.ColName, contract.ColUnit, contract.ColCategory} {
			if h.get(cells, l) == "" {
				errs = append(errs, h.emptyCell(w.Path, sheet, l, row))
			}
		}
		targets = append(targets, t)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(targets) == 0 {
		errs = append(errs, dataErr(w.Path, sheet, "", msg.DataEmptyRoster))
	}
	return targets, errors.Join(errs...)
}

// testsFrom reads a test-score sheet; first maps each ID to its cell, so
// that an ID missing from the roster can be named where it is written.
func (w *Workbook) testsFrom(sheet string) (scores map[string]float64, first map[string]string, err error) {
	return w.scoresFrom(sheet, false)
}

// scoresFrom reads a sheet of scores by 编号: 0–100, or for bonus points any
// number from 0 up. The score column may also be headed by the sheet's name.
func (w *Workbook) scoresFrom(sheet string, bonus bool) (scores map[string]float64, first map[string]string, err error) {
	score := contract.ColScore
	score.Aliases = append(append([]string(nil), score.Aliases...), sheet)
	h, err := w.findHeader(sheet, []column{required(contract.ColID), required(score)})
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
		id, raw := h.get(cells, contract.ColID), h.get(cells, score)
		ref := cellName(h.col(score), row)
		if id == "" {
			errs = append(errs, h.emptyCell(w.Path, sheet, contract.ColID, row))
			return nil
		}
		if prev, dup := scoreCell[id]; dup {
			errs = append(errs, dataErr(w.Path, sheet, cellName(h.col(contract.ColID), row), msg.DataScoreTwice, id, prev))
			return nil
		}
		v, err := parseNumber(raw)
		switch {
		case raw == "":
			errs = append(errs, dataErr(w.Path, sheet, ref, msg.DataScoreEmpty, id))
		case err != nil:
			errs = append(errs, dataErr(w.Path, sheet, ref, msg.DataNotNumber, raw))
		case v < 0 || (v > 100 && !bonus):
			errs = append(errs, dataErr(w.Path, sheet, ref, msg.DataScoreRange, raw))
		default:
			scores[id] = v
			scoreCell[id] = ref
			first[id] = where(w.Path, sheet, cellName(h.col(contract.ColID), row))
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return scores, first, errors.Join(errs...)
}

// complaintsFrom reads a complaint ledger. Where the rules list handling
// statuses, its 办理状态 column is read too, apart from the 核查结果; columns
// other than these are kept for display.
func (w *Workbook) complaintsFrom(sheet string, rules *evaluate.Rules) ([]evaluate.Complaint, error) {
	statuses := len(rules.Complaints.Statuses) > 0
	columns := complaintColumns
	if statuses {
		columns = append(slices.Clone(columns), required(contract.ColHandling))
	}
	h, err := w.findHeader(sheet, columns)
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
			TargetID: h.get(cells, contract.ColID),
			Result:   h.get(cells, contract.ColResult),
			Where:    where(w.Path, sheet, cellName(h.col(contract.ColResult), row)),
		}
		if c.TargetID == "" {
			errs = append(errs, h.emptyCell(w.Path, sheet, contract.ColID, row))
		}
		if c.Result == "" {
			errs = append(errs, h.emptyCell(w.Path, sheet, contract.ColResult, row))
		}
		if statuses {
			c.Status = h.get(cells, contract.ColHandling)
			c.StatusWhere = where(w.Path, sheet, cellName(h.col(contract.ColHandling), row))
			if c.Status == "" {
				errs = append(errs, h.emptyCell(w.Path, sheet, contract.ColHandling, row))
			}
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
