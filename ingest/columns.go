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

// resolver maps written target and dimension names to indices. It also
// carries what a reading of ballot sheets shares: whether to read on past a
// column it cannot place (evalctl check), and how each sheet's columns were
// understood.
type resolver struct {
	targets []evaluate.Target
	rules   *evaluate.Rules
	byID    map[string]int
	byName  map[string][]int
	// onBallots[t] says a ballot sheet names target t: a column of a wide
	// sheet, a row of a long one.
	onBallots []bool

	keepGoing bool
	only      func(evaluate.Source) bool // Inputs.Only
	sheets    []SheetColumns
	// open makes a target of whatever a header or cell names, the same text
	// the same target, for comparing keyings without a roster.
	open bool
}

// SheetColumns say how the columns of one ballot sheet were understood, for
// evalctl check. Notes say more of some columns (why one is not understood,
// what metadata one holds), by index into Columns, to be told in the
// user's language.
type SheetColumns struct {
	contract.CheckSheet
	Notes map[int]msg.Localizer
}

// named notes that a ballot sheet names target t (a column of a wide
// sheet, a row of a long one); targets made in open mode are not the
// roster's.
func (r *resolver) named(t int) {
	if t >= 0 && t < len(r.onBallots) {
		r.onBallots[t] = true
	}
}

// record keeps how a sheet's columns were understood.
func (r *resolver) record(s contract.CheckSheet, notes map[int]msg.Localizer) {
	r.sheets = append(r.sheets, SheetColumns{CheckSheet: s, Notes: notes})
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
	if r.open && text != "" {
		r.targets = append(r.targets, evaluate.Target{ID: text, Name: text})
		r.byID[text] = len(r.targets) - 1
		return len(r.targets) - 1, nil
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

// wideCols are the columns of a wide sheet as understood: its rating
// columns, its comment columns, every column's use (for check), and the
// problems of the columns that could not be placed, one per header.
type wideCols struct {
	ratings   []targetColumn
	comments  []commentColumn
	questions []answerColumn
	uses      []contract.CheckColumn
	notes     map[int]msg.Localizer
	errs      []error
}

// wideColumns resolves the rating columns of a wide sheet from its header
// row and, when the sheet has one, the dimension row beneath it. A target
// header merged over its dimension columns has been filled by the reader;
// a blank target header under a dimension takes the target to its left, as
// an unmerged copy of a merged header looks. A header naming no target is
// a problem of its own, told once, and its column is left out; the others
// are still resolved.
func (w *Workbook) wideColumns(sheet string, h header, dimRow []string, r *resolver) wideCols {
	wc := wideCols{notes: map[int]msg.Localizer{}}
	seen := map[[2]int]string{}
	told := map[string]bool{}
	fail := func(col int, text, ref string, err error) {
		wc.notes[len(wc.uses)] = localizer(err)
		wc.uses = append(wc.uses, contract.CheckColumn{Column: colName(col), Header: text, Role: contract.RoleUnknown})
		if !told[text] {
			told[text] = true
			wc.errs = append(wc.errs, locatedError(w.Path, sheet, ref, err))
		}
	}
	last := ""
	for col := 0; col < max(len(h.cells), len(dimRow)); col++ {
		text, dimText := at(h.cells, col), at(dimRow, col)
		if h.known(col) {
			wc.uses = append(wc.uses, knownUse(h, col, text))
			if h.isComment(col) {
				wc.comments = append(wc.comments, commentColumn{col: col, target: -1, header: text})
			}
			continue
		}
		if r.isCommentHeader(text) {
			wc.comments = append(wc.comments, commentColumn{col: col, target: -1, header: text})
			wc.uses = append(wc.uses, contract.CheckColumn{Column: colName(col), Header: text, Role: contract.RoleComment})
			continue
		}
		if q := r.question(text); q >= 0 {
			wc.questions = append(wc.questions, answerColumn{col: col, question: q})
			wc.uses = append(wc.uses, questionUse(r.rules, col, text, q))
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
			// One header row may still name the dimension, "T001/服务态度",
			// or a comment about the target, "T001/意见建议".
			if t, d, ok := strings.Cut(strings.ReplaceAll(text, "／", "/"), "/"); ok {
				text, dimText = strings.TrimSpace(t), strings.TrimSpace(d)
			}
		} else if dimText != "" {
			ref = cellName(col, h.row+1)
		}
		target, err := r.target(text)
		if err != nil {
			fail(col, at(h.cells, col), cellName(col, h.row), err)
			continue
		}
		if dimText != "" && r.isCommentLabel(dimText) {
			wc.comments = append(wc.comments, commentColumn{col: col, target: target, header: at(h.cells, col)})
			wc.uses = append(wc.uses, r.use(col, at(h.cells, col), contract.RoleComment, target, -1))
			continue
		}
		dim, err := r.dimension(dimText)
		if err != nil {
			fail(col, dimText, ref, err)
			continue
		}
		key := [2]int{target, dim}
		if prev, dup := seen[key]; dup {
			fail(col, at(h.cells, col), ref, msg.Errorf(msg.DataColumnTaken, r.targets[target].ID, r.rules.Dimensions[dim].Name, prev))
			continue
		}
		seen[key] = ref
		r.named(target)
		wc.ratings = append(wc.ratings, targetColumn{col: col, target: target, dim: dim})
		wc.uses = append(wc.uses, r.use(col, at(h.cells, col), contract.RoleRating, target, dim))
	}
	return wc
}

// use is a column placed on a target (and a dimension, for a rating).
func (r *resolver) use(col int, header, role string, target, dim int) contract.CheckColumn {
	u := contract.CheckColumn{Column: colName(col), Header: header, Role: role}
	if target >= 0 {
		u.Target, u.Name = r.targets[target].ID, r.targets[target].Name
	}
	if dim >= 0 {
		u.Dimension = r.rules.Dimensions[dim].Name
	}
	return u
}

// knownUse is the use of a column the header row names by a label: the
// ballot number, the group, a comment column, or a long-layout column a
// wide sheet does not use.
func knownUse(h header, col int, text string) contract.CheckColumn {
	u := contract.CheckColumn{Column: colName(col), Header: text, Role: contract.RoleUnused}
	switch {
	case h.has(contract.ColBallot) && h.col(contract.ColBallot) == col:
		u.Role = contract.RoleBallot
	case h.has(contract.ColGroup) && h.col(contract.ColGroup) == col:
		u.Role = contract.RoleGroup
	case h.isComment(col):
		u.Role = contract.RoleComment
	}
	return u
}

// localizer is an error as a text told in the user's language.
func localizer(err error) msg.Localizer {
	if l, ok := err.(msg.Localizer); ok {
		return l
	}
	return msg.New(msg.DataSheetUnread, err)
}

// colName is the letters of a 0-based column (A, B … AA).
func colName(col int) string { return strings.TrimRight(cellName(col, 1), "1") }

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
