package sample

import (
	"archive/zip"
	"bufio"
	"bytes"
	"fmt"
	"io"
	"iter"
	"slices"
	"strconv"
	"strings"
)

// writeXLSX writes sheets as a minimal workbook of the kind Excel saves:
// strings in the shared-string table, numbers as numbers, merged ranges,
// and nothing else. Writing the parts directly, rather than through a
// general spreadsheet library, keeps a thousand ballots a matter of
// milliseconds, and the bytes fixed: the same sheets give the same file.
func writeXLSX(w io.Writer, sheets []Sheet) error {
	// The shared strings first, in order of first use, so that the table
	// can be written before the sheets that refer to it.
	strs := &stringTable{index: map[string]int{}}
	for _, s := range sheets {
		if err := s.collect(strs); err != nil {
			return fmt.Errorf("sheet %q: %w", s.Name, err)
		}
	}
	var types, sheetList, rels strings.Builder
	for i, s := range sheets {
		fmt.Fprintf(&types, `<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`, i+1)
		fmt.Fprintf(&sheetList, `<sheet name="%s" sheetId="%d" r:id="rId%d"/>`, escapeXML(s.Name), i+1, i+1)
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>`, i+1, i+1)
	}
	n := len(sheets)
	fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`, n+1)
	fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`, n+2)
	const header = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", header + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
			`<Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
			types.String() +
			`<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
			`<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` +
			`</Types>`},
		{"_rels/.rels", header + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>` +
			`</Relationships>`},
		{"xl/workbook.xml", header + `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ` +
			`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>` + sheetList.String() + `</sheets></workbook>`},
		{"xl/_rels/workbook.xml.rels", header + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			rels.String() + `</Relationships>`},
		{"xl/styles.xml", header + `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
			`<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>` +
			`<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
			`<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
			`<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
			`<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
			`</styleSheet>`},
		{"xl/sharedStrings.xml", header + strs.xml()},
	}
	zw := zip.NewWriter(w)
	for _, p := range parts {
		f, err := zw.Create(p.name)
		if err == nil {
			_, err = io.WriteString(f, p.body)
		}
		if err != nil {
			return err
		}
	}
	for i, s := range sheets {
		f, err := zw.Create(fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1))
		if err != nil {
			return err
		}
		bw := bufio.NewWriterSize(f, 64<<10)
		bw.WriteString(header)
		s.write(bw, strs)
		if err := bw.Flush(); err != nil {
			return err
		}
	}
	return zw.Close()
}

// rows are the sheet's rows: Rows, or those Stream makes.
func (s Sheet) rows() iter.Seq2[int, []any] {
	if s.Stream == nil {
		return slices.All(s.Rows)
	}
	return func(yield func(int, []any) bool) {
		r := 0
		for row := range s.Stream {
			if !yield(r, row) {
				return
			}
			r++
		}
	}
}

// collect adds the sheet's strings to the table and checks its cells and
// merged ranges.
func (s Sheet) collect(strs *stringTable) error {
	for r, row := range s.rows() {
		for c, v := range row {
			switch v := v.(type) {
			case nil, float64, int:
			case string:
				if v != "" {
					strs.add(v)
				}
			default:
				return fmt.Errorf("cell %s: unsupported cell type %T", cellRef(c, r+1), v)
			}
		}
	}
	for _, m := range s.Merges {
		if !strings.Contains(m, ":") {
			return fmt.Errorf("merged range %q is not of the form A1:B2", m)
		}
	}
	return nil
}

// write writes the sheet's XML: its rows, each cell a shared string or a
// number, then its merged ranges. The cells were checked by collect.
func (s Sheet) write(b *bufio.Writer, strs *stringTable) {
	b.WriteString(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	var num []byte
	for r, row := range s.rows() {
		b.WriteString(`<row r="`)
		b.Write(strconv.AppendInt(num[:0], int64(r+1), 10))
		b.WriteString(`">`)
		for c, v := range row {
			switch v := v.(type) {
			case string:
				if v != "" {
					writeCell(b, c, r+1, ` t="s"`, strconv.AppendInt(num[:0], int64(strs.index[v]), 10))
				}
			case float64:
				writeCell(b, c, r+1, "", strconv.AppendFloat(num[:0], v, 'f', -1, 64))
			case int:
				writeCell(b, c, r+1, "", strconv.AppendInt(num[:0], int64(v), 10))
			}
		}
		b.WriteString(`</row>`)
	}
	b.WriteString(`</sheetData>`)
	if len(s.Merges) > 0 {
		fmt.Fprintf(b, `<mergeCells count="%d">`, len(s.Merges))
		for _, m := range s.Merges {
			fmt.Fprintf(b, `<mergeCell ref="%s"/>`, m)
		}
		b.WriteString(`</mergeCells>`)
	}
	b.WriteString(`</worksheet>`)
}

func writeCell(b *bufio.Writer, col, row int, attrs string, value []byte) {
	b.WriteString(`<c r="`)
	b.WriteString(cellRef(col, row))
	b.WriteString(`"`)
	b.WriteString(attrs)
	b.WriteString(`><v>`)
	b.Write(value)
	b.WriteString(`</v></c>`)
}

// stringTable is the shared-string table, each string once, in order of
// first use.
type stringTable struct {
	list  []string
	index map[string]int
}

func (t *stringTable) add(s string) int {
	if i, ok := t.index[s]; ok {
		return i
	}
	t.index[s] = len(t.list)
	t.list = append(t.list, s)
	return len(t.list) - 1
}

func (t *stringTable) xml() string {
	var b strings.Builder
	fmt.Fprintf(&b, `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">`, len(t.list), len(t.list))
	for _, s := range t.list {
		space := ""
		if strings.TrimSpace(s) != s || strings.Contains(s, "\n") {
			space = ` xml:space="preserve"`
		}
		fmt.Fprintf(&b, `<si><t%s>%s</t></si>`, space, escapeXML(s))
	}
	b.WriteString(`</sst>`)
	return b.String()
}

func escapeXML(s string) string {
	var b bytes.Buffer
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&quot;")
		case '\r':
			b.WriteString("&#13;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// cellRef is the A1 name of 0-based column col in 1-based row.
func cellRef(col, row int) string {
	var letters []byte
	for col++; col > 0; col = (col - 1) / 26 {
		letters = append([]byte{byte('A' + (col-1)%26)}, letters...)
	}
	return string(letters) + strconv.Itoa(row)
}
