package ingest

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"sort"
	"strings"

	"github.com/xuri/excelize/v2"
)

// cellRange is a merged range: rows r1..r2 (1-based), columns c1..c2
// (0-based), both ends included.
type cellRange struct{ r1, c1, r2, c2 int }

func (c cellRange) String() string {
	return cellName(c.c1, c.r1) + ":" + cellName(c.c2, c.r2)
}

// mergedRanges lists a sheet's merged ranges. They are read from the sheet's
// XML as a stream, so a large sheet is never held in memory for them.
func (w *Workbook) mergedRanges(sheet string) ([]cellRange, error) {
	if w.csv != nil || w.data == nil {
		return nil, nil
	}
	if r, ok := w.merges[sheet]; ok {
		return r, nil
	}
	zr, err := zip.NewReader(bytes.NewReader(w.data), int64(len(w.data)))
	if err != nil {
		return nil, err
	}
	part, err := sheetPart(zr, sheet)
	if err != nil {
		return nil, err
	}
	f, err := zr.Open(part)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out, err := scanMergeCells(f)
	if err != nil {
		return nil, err
	}
	sort.Slice(out, func(i, j int) bool { return out[i].r1 < out[j].r1 })
	if w.merges == nil {
		w.merges = map[string][]cellRange{}
	}
	w.merges[sheet] = out
	return out, nil
}

// scanMergeCells finds the <mergeCell ref="…"/> tags of a sheet's XML. It
// reads tag by tag from a buffer rather than decoding every cell, since the
// merged ranges come after all of the sheet's data.
func scanMergeCells(r io.Reader) ([]cellRange, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	var out []cellRange
	for {
		if _, err := br.ReadSlice('<'); err != nil {
			if errors.Is(err, io.EOF) {
				return out, nil
			}
			if !errors.Is(err, bufio.ErrBufferFull) {
				return nil, err
			}
			continue
		}
		head, err := br.Peek(len("mergeCell "))
		if err != nil || !bytes.Equal(head, []byte("mergeCell ")) {
			continue
		}
		tag, err := br.ReadSlice('>')
		if err != nil {
			return nil, fmt.Errorf("an unfinished mergeCell tag: %w", err)
		}
		_, rest, ok := bytes.Cut(tag, []byte(`ref="`))
		ref, _, ok2 := bytes.Cut(rest, []byte(`"`))
		if !ok || !ok2 {
			return nil, fmt.Errorf("a mergeCell tag without a ref: %s", tag)
		}
		cr, err := parseRange(string(ref))
		if err != nil {
			return nil, err
		}
		out = append(out, cr)
	}
}

func parseRange(ref string) (cellRange, error) {
	a, b, ok := strings.Cut(ref, ":")
	if !ok {
		b = a
	}
	c1, r1, err := excelize.CellNameToCoordinates(a)
	if err != nil {
		return cellRange{}, err
	}
	c2, r2, err := excelize.CellNameToCoordinates(b)
	if err != nil {
		return cellRange{}, err
	}
	return cellRange{r1: min(r1, r2), c1: min(c1, c2) - 1, r2: max(r1, r2), c2: max(c1, c2) - 1}, nil
}

// sheetPart finds the archive part of a sheet through the workbook and its
// relationships.
func sheetPart(zr *zip.Reader, sheet string) (string, error) {
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			RID  string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if err := decodePart(zr, "xl/workbook.xml", &wb); err != nil {
		return "", err
	}
	if err := decodePart(zr, "xl/_rels/workbook.xml.rels", &rels); err != nil {
		return "", err
	}
	for _, s := range wb.Sheets {
		if s.Name != sheet {
			continue
		}
		for _, r := range rels.Rels {
			if r.ID == s.RID {
				if strings.HasPrefix(r.Target, "/") {
					return strings.TrimPrefix(r.Target, "/"), nil
				}
				return path.Join("xl", r.Target), nil
			}
		}
	}
	return "", fmt.Errorf("sheet %q not found in the workbook's parts", sheet)
}

func decodePart(zr *zip.Reader, name string, v any) error {
	f, err := zr.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	return xml.NewDecoder(f).Decode(v)
}

// mergeFill gives every cell of a merged range the value of its top-left
// cell as rows stream past.
type mergeFill struct {
	pending []cellRange // not yet reached, by first row
	active  []activeRange
}

type activeRange struct {
	cellRange
	value string
}

func newMergeFill(ranges []cellRange) *mergeFill { return &mergeFill{pending: ranges} }

func (m *mergeFill) apply(row int, cells []string) []string {
	for len(m.pending) > 0 && m.pending[0].r1 <= row {
		r := m.pending[0]
		m.pending = m.pending[1:]
		if r.r1 == row {
			m.active = append(m.active, activeRange{r, at(cells, r.c1)})
		}
	}
	kept := m.active[:0]
	for _, a := range m.active {
		if a.r2 < row {
			continue
		}
		kept = append(kept, a)
		for len(cells) <= a.c2 {
			cells = append(cells, "")
		}
		for c := a.c1; c <= a.c2; c++ {
			cells[c] = a.value
		}
	}
	m.active = kept
	return cells
}
