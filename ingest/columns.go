package ingest

import (
	"fmt"
	"sort"
	"strings"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/msg"
)

// targetColumn is a rating column of a wide ballot sheet.
type targetColumn struct{ col, target, dim int }

// resolver maps written target and dimension names to indices.
type resolver struct {
	targets []evaluate.Target
	rules   *evaluate.Rules
	byID    map[string]int
	byName  map[string][]int
	// onBallots[t] says a ballot sheet names target t: a column of a wide
	// sheet, a row of a long one.
	onBallots []bool
}

func newResolver(rules *evaluate.Rules, targets []evaluate.Target) *resolver {
	r := &resolver{targets: targets, rules: rules, byID: map[string]int{}, byName: map[string][]int{}, onBallots: make([]bool, len(targets))}
	for i, t := range targets {
		r.byID[t.ID] = i
		r.byName[t.Name] = append(r.byName[t.Name], i)
	}
	return r
}

// target resolves a header or cell naming a target: its 编号, its 姓名 where
// no other target shares it, or both ("T001 张三", or on two lines) when
// they agree.
func (r *resolver) target(text string) (int, error) {
	if i, ok := r.byID[text]; ok {
		return i, nil
	}
	switch ids := r.byName[text]; len(ids) {
	case 1:
		return ids[0], nil
	case 0:
	default:
		var cands []string
		for _, i := range ids {
			cands = append(cands, fmt.Sprintf("%s (%s)", r.targets[i].ID, r.targets[i].Unit))
		}
		sort.Strings(cands)
		return -1, msg.Errorf(msg.DataNameShared, text, strings.Join(cands, ", "))
	}
	if fields := strings.Fields(text); len(fields) >= 2 {
		if i, ok := r.byID[fields[0]]; ok {
			name := strings.Join(fields[1:], " ")
			if r.targets[i].Name == name {
				return i, nil
			}
			return -1, msg.Errorf(msg.DataIDNameMismatch, text, fields[0], r.targets[i].Name, name)
		}
	}
	return -1, msg.Errorf(msg.DataUnknownTarget, text)
}

// dimension resolves a dimension name (评议内容); "" is the only dimension
// when the rules have one.
func (r *resolver) dimension(text string) (int, error) {
	names := make([]string, len(r.rules.Dimensions))
	for i, d := range r.rules.Dimensions {
		if strings.EqualFold(d.Name, text) {
			return i, nil
		}
		names[i] = d.Name
	}
	if text == "" {
		if len(names) == 1 {
			return 0, nil
		}
		return -1, msg.Errorf(msg.DataNoDimension, len(names), strings.Join(names, ", "))
	}
	return -1, msg.Errorf(msg.DataUnknownDim, text, strings.Join(names, ", "))
}

// wideColumns resolves the rating columns of a wide sheet from its header
// row and, when the sheet has one, the dimension row beneath it. A target
// header merged over its dimension columns has been filled by the reader;
// a blank target header under a dimension takes the target to its left, as
// an unmerged copy of a merged header looks.
func (w *Workbook) wideColumns(sheet string, h header, dimRow []string, r *resolver) ([]targetColumn, error) {
	var out []targetColumn
	seen := map[[2]int]string{}
	last := ""
	for col := 0; col < max(len(h.cells), len(dimRow)); col++ {
		text, dimText := at(h.cells, col), at(dimRow, col)
		if h.known(col) {
			continue
		}
		if text == "" && dimText != "" {
			text = last
		}
		if text == "" {
			continue
		}
		last = text
		ref := cellName(col, h.row)
		if dimRow == nil {
			// One header row may still name the dimension: "T001/服务态度".
			if t, d, ok := strings.Cut(strings.ReplaceAll(text, "／", "/"), "/"); ok {
				text, dimText = strings.TrimSpace(t), strings.TrimSpace(d)
			}
		} else if dimText != "" {
			ref = cellName(col, h.row+1)
		}
		target, err := r.target(text)
		if err != nil {
			return nil, locatedError(w.Path, sheet, cellName(col, h.row), err)
		}
		dim, err := r.dimension(dimText)
		if err != nil {
			return nil, locatedError(w.Path, sheet, ref, err)
		}
		key := [2]int{target, dim}
		if prev, dup := seen[key]; dup {
			return nil, dataErr(w.Path, sheet, ref, msg.DataColumnTaken, r.targets[target].ID, r.rules.Dimensions[dim].Name, prev)
		}
		seen[key] = ref
		r.onBallots[target] = true
		out = append(out, targetColumn{col: col, target: target, dim: dim})
	}
	return out, nil
}

// isDimensionRow reports whether the row under a wide header names
// dimensions: its ballot-number cell is blank or repeats the header (a
// vertical merge), and every other non-blank cell is a dimension.
func isDimensionRow(rules *evaluate.Rules, h header, cells []string) bool {
	if len(rules.Dimensions) < 2 {
		return false
	}
	if b := h.get(cells, contract.ColBallot); b != "" && b != h.get(h.cells, contract.ColBallot) {
		return false
	}
	found := false
	for col, v := range cells {
		if v == "" || h.known(col) {
			continue
		}
		ok := false
		for _, d := range rules.Dimensions {
			ok = ok || strings.EqualFold(d.Name, v)
		}
		if !ok {
			return false
		}
		found = true
	}
	return found
}
