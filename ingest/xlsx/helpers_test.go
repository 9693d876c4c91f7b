package xlsx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// part is a zip entry for a test workbook.
type part struct {
	name, body string
}

// testSheet is a sheet's name and its XML.
type testSheet struct {
	name, xml string
}

// book builds workbook bytes from sheets' XML and, unless sst is "", a
// shared-strings part.
func book(t testing.TB, sst string, sheets ...testSheet) []byte {
	t.Helper()
	var wb, rels, types strings.Builder
	wb.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>`)
	rels.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	types.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`)
	var parts []part
	for i, s := range sheets {
		fmt.Fprintf(&wb, `<sheet name="%s" sheetId="%d" r:id="rId%d"/>`, xmlEscape(s.name), i+1, i+1)
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>`, i+1, i+1)
		fmt.Fprintf(&types, `<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`, i+1)
		parts = append(parts, part{fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1), s.xml})
	}
	if sst != "" {
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`, len(sheets)+1)
		types.WriteString(`<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`)
		parts = append(parts, part{"xl/sharedStrings.xml", sst})
	}
	wb.WriteString(`</sheets></workbook>`)
	rels.WriteString(`</Relationships>`)
	types.WriteString(`</Types>`)
	parts = append([]part{
		{"[Content_Types].xml", types.String()},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/workbook.xml", wb.String()},
		{"xl/_rels/workbook.xml.rels", rels.String()},
	}, parts...)
	return zipParts(t, parts...)
}

// zipParts deflates parts into a zip.
func zipParts(t testing.TB, parts ...part) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		w, err := zw.Create(p.name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(p.body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func xmlEscape(s string) string {
	var b bytes.Buffer
	if err := xmlEscapeTo(&b, s); err != nil {
		panic(err)
	}
	return b.String()
}

// sheetXML wraps rows' XML in a worksheet, with mergeCells after when
// merges are given.
func sheetXML(rows string, merges ...string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
		`<dimension ref="A1"/><sheetData>`)
	b.WriteString(rows)
	b.WriteString(`</sheetData>`)
	if len(merges) > 0 {
		fmt.Fprintf(&b, `<mergeCells count="%d">`, len(merges))
		for _, m := range merges {
			fmt.Fprintf(&b, `<mergeCell ref="%s"/>`, m)
		}
		b.WriteString(`</mergeCells>`)
	}
	b.WriteString(`<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`)
	return b.String()
}

// sstXML is a shared-strings part of plain strings.
func sstXML(items ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`+"\n"+
		`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">`, len(items), len(items))
	for _, s := range items {
		fmt.Fprintf(&b, `<si><t>%s</t></si>`, xmlEscape(s))
	}
	b.WriteString(`</sst>`)
	return b.String()
}

// openSheet opens data and one of its sheets, closed when the test ends.
func openSheet(t testing.TB, data []byte, lim Limits, name string) *Sheet {
	t.Helper()
	wb, err := Open(data, lim)
	if err != nil {
		t.Fatal(err)
	}
	sh, err := wb.OpenSheet(name)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sh.Close() })
	return sh
}

// readAll opens data and reads one sheet's rows as dense strings, as
// excelize's GetRows gives them, and its merged ranges.
func readAll(t testing.TB, data []byte, lim Limits, sheet string) ([][]string, []Range, error) {
	t.Helper()
	wb, err := Open(data, lim)
	if err != nil {
		return nil, nil, err
	}
	rows, merges, err := wb.ReadSheet(sheet)
	if err != nil {
		return nil, nil, err
	}
	return denseRows(rows), merges, nil
}

// denseRows turns rows into excelize's GetRows form: a row for every row
// number up to the last row with a value, trailing empties trimmed.
func denseRows(rows []Row) [][]string {
	texts := make([][]string, len(rows))
	last := 0
	for i, r := range rows {
		if texts[i] = r.Strings(nil); len(texts[i]) > 0 {
			last = max(last, r.Num)
		}
	}
	// Made at its size: a value in row 1,048,576 is a million rows.
	out := make([][]string, last)
	for i, r := range rows {
		if len(texts[i]) > 0 {
			out[r.Num-1] = texts[i]
		}
	}
	return out
}

var excelizeRaw = excelize.Options{RawCellValue: true}

func openExcelize(t testing.TB, data []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// isKind reports whether err is an *Error of the kind.
func isKind(err error, kind ErrorKind) bool {
	var e *Error
	return errors.As(err, &e) && e.Kind == kind && errors.Is(err, kind)
}
