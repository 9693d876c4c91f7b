package report

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/msg"
)

// Keyings is the comparison of two keyings of one stack, ready to report:
// the files, the comparison, the targets the cells were resolved to and
// the rules' dimensions.
type Keyings struct {
	A, B       string
	Cmp        *evaluate.Keyings
	Targets    []evaluate.Target
	Dimensions []evaluate.Dimension
}

// what says what differs, in words: the group, a target's rating (and on
// which dimension, where there are several), a comment, a 票号 held twice.
func (k *Keyings) what(lang msg.Lang, d evaluate.KeyingDiff) string {
	target := ""
	switch {
	case d.Target >= 0 && d.Target < len(k.Targets):
		t := k.Targets[d.Target]
		target = t.ID
		if t.Name != t.ID {
			target += " " + t.Name
		}
	case d.Column != "":
		target = d.Column
	}
	switch d.Kind {
	case evaluate.DiffGroup:
		return contract.ColGroup.In(lang)
	case evaluate.DiffTwice:
		file := filepath.Base(k.A)
		if d.InB {
			file = filepath.Base(k.B)
		}
		return lang.F(msg.KeyingTwice, file)
	case evaluate.DiffComment:
		if d.Target >= 0 {
			return target + " · " + d.Column
		}
		return d.Column
	}
	if len(k.Dimensions) > 1 && d.Dim >= 0 && d.Dim < len(k.Dimensions) {
		target += " · " + k.Dimensions[d.Dim].Name
	}
	return target
}

// NewReconcile builds the JSON of `evalctl reconcile`.
func NewReconcile(k *Keyings, workbook string, agreed string, lang msg.Lang) contract.Reconcile {
	c := k.Cmp
	out := contract.Reconcile{A: k.A, B: k.B, Ballots: c.Paired, Agreeing: c.Agreeing, Cells: []contract.ReconcileCell{},
		OnlyInA: []contract.ReconcileOnly{}, OnlyInB: []contract.ReconcileOnly{}, Agreed: c.Agreed(), Workbook: workbook}
	if agreed != "" {
		out.AgreedOut = &agreed
	}
	for _, d := range c.Diffs {
		out.Cells = append(out.Cells, contract.ReconcileCell{Ballot: d.ID, What: k.what(lang, d), CellA: d.RefA, ValueA: d.ValueA, CellB: d.RefB, ValueB: d.ValueB})
	}
	for i, s := range c.OnlyA {
		out.OnlyInA = append(out.OnlyInA, contract.ReconcileOnly{Ballot: c.OnlyIDsA[i], Sheet: s.Sheet, Row: s.Row})
	}
	for i, s := range c.OnlyB {
		out.OnlyInB = append(out.OnlyInB, contract.ReconcileOnly{Ballot: c.OnlyIDsB[i], Sheet: s.Sheet, Row: s.Row})
	}
	return out
}

// WriteReconcile prints the comparison as text: what was paired, every
// cell that differs, the ballots only one keying holds.
func WriteReconcile(w io.Writer, r contract.Reconcile, lang msg.Lang) error {
	var b []byte
	line := func(s string) { b = append(append(b, s...), '\n') }
	line(lang.F(msg.KeyingHeading, r.A, r.B))
	line(lang.F(msg.KeyingPaired, r.Ballots, r.Agreeing))
	line(lang.F(msg.KeyingCells, len(r.Cells)))
	for _, c := range r.Cells {
		line("  " + lang.F(msg.KeyingCellLine, c.Ballot, c.What, side(lang, c.CellA, c.ValueA), side(lang, c.CellB, c.ValueB)))
	}
	for _, part := range []struct {
		k    msg.Key
		file string
		list []contract.ReconcileOnly
	}{{msg.KeyingOnlyA, r.A, r.OnlyInA}, {msg.KeyingOnlyB, r.B, r.OnlyInB}} {
		line(lang.F(part.k, len(part.list)))
		for _, o := range part.list {
			line("  " + lang.F(msg.KeyingOnlyLine, o.Ballot, part.file, o.Sheet, o.Row))
		}
	}
	_, err := w.Write(b)
	return err
}

// side is one keying's cell and value, or a word for a cell left blank.
func side(lang msg.Lang, ref, value string) string {
	if ref == "" {
		return lang.T(msg.KeyingNoCell)
	}
	return fmt.Sprintf("%s %q", ref, value)
}

// WriteReconcileWorkbook writes the reconciliation workbook atomically:
// 差异 (every cell that differs, with both keyings' cells and values),
// 单边票 (the ballots one keying lacks) and 说明 (the files and counts).
func WriteReconcileWorkbook(path string, r contract.Reconcile, lang msg.Lang) error {
	diffs := table{name: contract.SheetDifferences.In(lang)}
	diffs.header = heads(lang, contract.ColBallot, contract.ColItem, contract.ColCellA, contract.ColValueA, contract.ColCellB, contract.ColValueB)
	for _, c := range r.Cells {
		diffs.add(c.Ballot, c.What, c.CellA, c.ValueA, c.CellB, c.ValueB)
	}
	only := table{name: contract.SheetOnlyOne.In(lang)}
	only.header = heads(lang, contract.ColFile, contract.ColBallot, contract.ColSheet, contract.ColRow)
	only.formats = []format{text, text, text, integer}
	for _, part := range []struct {
		file string
		list []contract.ReconcileOnly
	}{{r.A, r.OnlyInA}, {r.B, r.OnlyInB}} {
		for _, o := range part.list {
			only.add(part.file, o.Ballot, o.Sheet, o.Row)
		}
	}
	about := table{name: contract.SheetAbout.In(lang), header: heads(lang, contract.ColItem, contract.ColValue)}
	about.add(lang.T(msg.KeyingFirst), r.A)
	about.add(lang.T(msg.KeyingSecond), r.B)
	about.add(lang.T(msg.KeyingPairedItem), r.Ballots)
	about.add(lang.T(msg.KeyingAgreeingItem), r.Agreeing)
	about.add(lang.T(msg.KeyingCellsItem), len(r.Cells))
	verdict := lang.T(msg.KeyingDiffer)
	if r.Agreed {
		verdict = lang.T(msg.KeyingAgree)
	}
	about.add(lang.T(msg.KeyingVerdict), verdict)
	return build(filepath.Base(r.A)+" / "+filepath.Base(r.B), lang, []table{diffs, only, about}).save(path)
}

// WriteAgreed writes the ballots two keyings agree on, as the first keyed
// them, as a wide 选票 sheet that score reads back: 票号, 代表类别, a column
// per target (per target and dimension, "T001/服务态度", where there are
// several) in the order first met, then the comment columns.
func WriteAgreed(path string, k *Keyings, ballots []evaluate.Ballot, lang msg.Lang) error {
	type col struct{ target, dim int }
	var cols []col
	seen := map[col]bool{}
	var comments []string
	seenComment := map[string]bool{}
	for _, b := range ballots {
		for _, c := range b.Cells {
			if key := (col{c.Target, c.Dim}); !seen[key] && c.Target >= 0 && c.Dim >= 0 {
				seen[key] = true
				cols = append(cols, key)
			}
		}
		for _, c := range b.Comments {
			name := commentHeader(k, c, lang)
			if !seenComment[name] {
				seenComment[name] = true
				comments = append(comments, name)
			}
		}
	}
	tb := table{name: contract.SheetBallots.In(lang), header: heads(lang, contract.ColBallot, contract.ColGroup)}
	for _, c := range cols {
		h := k.Targets[c.target].ID
		if len(k.Dimensions) > 1 {
			h += "/" + k.Dimensions[c.dim].Name
		}
		tb.header = append(tb.header, h)
	}
	tb.header = append(tb.header, comments...)
	for _, b := range ballots {
		row := make([]any, len(tb.header))
		row[0], row[1] = b.ID, b.Group
		for _, c := range b.Cells {
			for i, key := range cols {
				if key == (col{c.Target, c.Dim}) {
					row[2+i] = cellOut(c)
				}
			}
		}
		for _, c := range b.Comments {
			for i, name := range comments {
				if name == commentHeader(k, c, lang) {
					row[2+len(cols)+i] = c.Text
				}
			}
		}
		tb.add(row...)
	}
	return build(filepath.Base(k.A)+" / "+filepath.Base(k.B), lang, []table{tb}).save(path)
}

// commentHeader heads a comment column of the agreed ballots: as the
// first keying did, and for a comment about a target, "T001/意见建议".
func commentHeader(k *Keyings, c evaluate.Comment, lang msg.Lang) string {
	if c.Target >= 0 {
		return fmt.Sprintf("%s/%s", k.Targets[c.Target].ID, contract.ColComment.In(lang))
	}
	return c.Column
}

// cellOut is a rating as written, a number as a number.
func cellOut(c evaluate.Cell) any {
	if c.Numeric {
		return c.Number
	}
	return c.Value
}
