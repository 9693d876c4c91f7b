package ingest

import (
	"errors"
	"fmt"
	"strings"

	"github.com/evalctl/evalctl/evaluate"
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

func (c *cellReader) text(field string) string { return c.h.get(c.cells, field) }

func (c *cellReader) fail(field, msg string) error {
	return dataErr(c.w.Path, c.sheet, cellName(c.h.index[field], c.row), msg)
}

func (c *cellReader) failAt(col int, msg string) {
	c.errs = append(c.errs, dataErr(c.w.Path, c.sheet, cellName(col, c.row), msg))
}

// count reads a whole number of at least 0; an empty cell is 0.
func (c *cellReader) count(field string) int {
	if !c.h.has(field) {
		return 0
	}
	raw := c.text(field)
	if raw == "" {
		return 0
	}
	v, err := parseNumber(raw)
	if err != nil || v < 0 || v != float64(int(v)) {
		c.failAt(c.h.index[field], fmt.Sprintf("%q is not a whole number", raw))
		return 0
	}
	return int(v)
}

// number reads a score; ok is false for an empty cell or an absent column.
func (c *cellReader) number(field string) (float64, bool) {
	if !c.h.has(field) {
		return 0, false
	}
	return c.numberAt(c.h.index[field])
}

func (c *cellReader) numberAt(col int) (float64, bool) {
	raw := at(c.cells, col)
	if raw == "" {
		return 0, false
	}
	v, err := parseNumber(raw)
	if err != nil {
		c.failAt(col, fmt.Sprintf("%q is not a number", raw))
		return 0, false
	}
	return v, true
}

// rate reads a rate written as a fraction (0.85, as evalctl stores it) or
// as a percentage (85%).
func (c *cellReader) rate(field string) (float64, bool) {
	if !c.h.has(field) {
		return 0, false
	}
	raw := c.text(field)
	if raw == "" {
		return 0, false
	}
	col := c.h.index[field]
	if pct, ok := strings.CutSuffix(raw, "%"); ok {
		v, err := parseNumber(pct)
		if err != nil || v < 0 || v > 100 {
			c.failAt(col, fmt.Sprintf("%q is not a percentage", raw))
			return 0, false
		}
		return v / 100, true
	}
	v, err := parseNumber(raw)
	if err != nil || v < 0 || v > 1 {
		c.failAt(col, fmt.Sprintf("%q is not a rate between 0 and 1 (or a percentage such as 85%%)", raw))
		return 0, false
	}
	return v, true
}

// yes reads a yes/no cell: 是 or yes is true, empty or 否 or no is false.
func (c *cellReader) yes(field string) bool {
	raw := strings.ToLower(c.text(field))
	switch raw {
	case "是", "yes", "y", "true", "1", "√", "✓":
		return true
	case "", "否", "no", "n", "false", "0":
		return false
	}
	c.failAt(c.h.index[field], fmt.Sprintf("%q is neither 是/yes nor empty/否/no", c.text(field)))
	return false
}

// status reads the status column, or infers it from the rank.
func (c *cellReader) status(rank int) evaluate.Status {
	switch raw := strings.ToLower(c.text("status")); raw {
	case "已排名", "ranked":
		return evaluate.StatusRanked
	case "样本不足", "insufficient":
		return evaluate.StatusInsufficient
	case "":
		if rank > 0 {
			return evaluate.StatusRanked
		}
		return evaluate.StatusInsufficient
	default:
		c.failAt(c.h.index["status"], fmt.Sprintf("%q is not a status (已排名/ranked, 样本不足/insufficient)", c.text("status")))
		return evaluate.StatusInsufficient
	}
}

func joinErrs(errs []error) error { return errors.Join(errs...) }
