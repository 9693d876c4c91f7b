package ingest

import (
	"errors"
	"strings"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/msg"
)

// cellReader reads the typed cells of one row of a results sheet,
// collecting located errors rather than stopping at the first.
type cellReader struct {
	w     *Workbook
	sheet string
	row   int
	h     header
	cells []string
	errs  []error
}

func (c *cellReader) text(l contract.Label) string { return c.h.get(c.cells, l) }

func (c *cellReader) fail(l contract.Label, k msg.Key, args ...any) error {
	return dataErr(c.w.Path, c.sheet, cellName(c.h.col(l), c.row), k, args...)
}

func (c *cellReader) failAt(col int, k msg.Key, args ...any) {
	c.errs = append(c.errs, dataErr(c.w.Path, c.sheet, cellName(col, c.row), k, args...))
}

// count reads a whole number of at least 0; an empty cell is 0.
func (c *cellReader) count(l contract.Label) int {
	raw := c.text(l)
	if raw == "" {
		return 0
	}
	v, err := parseNumber(raw)
	if err != nil || v < 0 || v != float64(int(v)) {
		c.failAt(c.h.col(l), msg.DataNotWhole, raw)
		return 0
	}
	return int(v)
}

// number reads a score; ok is false for an empty cell or an absent column.
func (c *cellReader) number(l contract.Label) (float64, bool) {
	if !c.h.has(l) {
		return 0, false
	}
	return c.numberAt(c.h.col(l))
}

func (c *cellReader) numberAt(col int) (float64, bool) {
	raw := at(c.cells, col)
	if raw == "" {
		return 0, false
	}
	v, err := parseNumber(raw)
	if err != nil {
		c.failAt(col, msg.DataNotNumber, raw)
		return 0, false
	}
	return v, true
}

// rate reads a rate written as a fraction (0.85, as evalctl stores it) or
// as a percentage (85%).
func (c *cellReader) rate(l contract.Label) (float64, bool) {
	raw := c.text(l)
	if raw == "" {
		return 0, false
	}
	col := c.h.col(l)
	if pct, ok := strings.CutSuffix(raw, "%"); ok {
		v, err := parseNumber(pct)
		if err != nil || v < 0 || v > 100 {
			c.failAt(col, msg.DataNotPercentage, raw)
			return 0, false
		}
		return v / 100, true
	}
	v, err := parseNumber(raw)
	if err != nil || v < 0 || v > 1 {
		c.failAt(col, msg.DataNotRate, raw)
		return 0, false
	}
	return v, true
}

// yes reads a yes/no cell: 是 or yes is true, empty or 否 or no is false.
func (c *cellReader) yes(l contract.Label) bool {
	raw := c.text(l)
	switch {
	case contract.Yes.Matches(raw):
		return true
	case raw == "" || contract.No.Matches(raw):
		return false
	}
	c.failAt(c.h.col(l), msg.DataNotYesNo, raw)
	return false
}

// status reads the status column, or infers it from the rank.
func (c *cellReader) status(rank int) evaluate.Status {
	raw := c.text(contract.ColStatus)
	if raw == "" {
		if rank > 0 {
			return evaluate.StatusRanked
		}
		return evaluate.StatusInsufficient
	}
	if code, ok := contract.Statuses.Parse(raw); ok {
		return code
	}
	c.failAt(c.h.col(contract.ColStatus), msg.DataNotStatus, raw, strings.Join(contract.Statuses.Names(msg.Chinese), "/"))
	return evaluate.StatusInsufficient
}

func joinErrs(errs []error) error { return errors.Join(errs...) }
