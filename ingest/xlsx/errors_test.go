package xlsx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"hash/crc32"
	"strings"
	"testing"
)

// TestIllFormed: every ill-formed or invalid sheet is an error of its kind,
// located at the row and cell reached, and never a short read.
func TestIllFormed(t *testing.T) {
	sst := sstXML("满意")
	tests := []struct {
		name, rows string
		kind       ErrorKind
		row        int
		cell       string // "" when the error is not in a cell
		detail     string
	}{
		{"bare &", `<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>a & b</t></is></c></row><row r="3"/>`, Malformed, 2, "A2", "bare"},
		{"unknown entity", `<row r="1"><c r="B1" t="str"><v>&nbsp;</v></c></row>`, Malformed, 1, "B1", "unknown entity &nbsp;"},
		{"reference to a character XML forbids", `<row r="1"><c r="A1" t="str"><v>&#0;</v></c></row>`, Malformed, 1, "A1", "does not allow"},
		{"unterminated tag", `<row r="1"><c r="A1"`, Malformed, 1, "", "attribute name expected in tag <c>"},
		{"mismatched end tag", `<row r="1"><c r="A1"><v>1</v></row>`, Malformed, 1, "A1", "</row> closes <c>"},
		{"cell outside a row", `<c r="A1"><v>1</v></c>`, Invalid, 0, "", "only rows"},
		{"row inside a row", `<row r="1"><row r="2"/></row>`, Invalid, 1, "", "inside a <row>"},
		{"not an A1 reference", `<row r="1"><c r="a1"><v>1</v></c></row>`, Invalid, 1, "", `r="a1"`},
		{"past XFD", `<row r="1"><c r="XFE1"><v>1</v></c></row>`, Invalid, 1, "", `r="XFE1"`},
		{"cell in another row", `<row r="1"><c r="A2"><v>1</v></c></row>`, Invalid, 1, "", "A2 is in row 1"},
		{"cells backwards", `<row r="1"><c r="B1"><v>1</v></c><c r="A1"><v>2</v></c></row>`, Invalid, 1, "B1", "left to right"},
		{"a cell twice", `<row r="1"><c r="A1"><v>1</v></c><c r="A1"><v>2</v></c></row>`, Invalid, 1, "A1", "left to right"},
		{"rows backwards", `<row r="3"/><row r="2"/>`, Invalid, 3, "", "row 2 comes after row 3"},
		{"row number not a number", `<row r="x"/>`, Invalid, 0, "", `r="x"`},
		{"row number 0", `<row r="0"/>`, Invalid, 0, "", `r="0"`},
		{"shared index out of range", `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>`, Invalid, 1, "B1", "out of range: the workbook has 1"},
		{"shared index not a number", `<row r="1"><c r="A1" t="s"><v> 0</v></c></row>`, Invalid, 1, "A1", "not a number"},
		{"number not a number", `<row r="1"><c r="C1"><v>1,5</v></c></row>`, Invalid, 1, "C1", `"1,5" is not a number`},
		{"Go-only number", `<row r="1"><c r="C1"><v>0x1F</v></c></row>`, Invalid, 1, "C1", "not a number"},
		{"boolean not 0 or 1", `<row r="1"><c r="A1" t="b"><v>2</v></c></row>`, Invalid, 1, "A1", "not 0 or 1"},
		{"unknown cell type", `<row r="1"><c r="A1" t="x"><v>2</v></c></row>`, Invalid, 1, "A1", `t="x"`},
		{"text between cells", `<row r="1">oops<c r="A1"/></row>`, Malformed, 1, "", "only tags"},
		{"two values", `<row r="1"><c r="A1"><v>1</v><v>2</v></c></row>`, Invalid, 1, "A1", "second <v>"},
		{"inline string in a number cell", `<row r="1"><c r="A1"><is><t>x</t></is></c></row>`, Invalid, 1, "A1", "inlineStr"},
		{"element inside a value", `<row r="1"><c r="A1"><v>1<b/></v></c></row>`, Invalid, 1, "A1", "unexpected <b>"},
		{"]]> in text", `<row r="1"><c r="A1" t="str"><v>a]]>b</v></c></row>`, Malformed, 1, "A1", "]]>"},
		{"escaped surrogate", `<row r="1"><c r="A1" t="inlineStr"><is><t>_xD83D_</t></is></c></row>`, Invalid, 1, "A1", "surrogate"},
		{"bad merge ref", merged("A1:B"), Invalid, 0, "", `ref="A1:B"`},
		{"second sheetData", `</sheetData><sheetData>`, Invalid, 0, "", "second <sheetData>"},
		{"unterminated comment", `<!-- no end`, Malformed, 0, "", "comment"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, streamed := range []bool{false, true} {
				data := book(t, sst, testSheet{"选票", sheetXML(tc.rows)})
				lim := Limits{}
				if streamed {
					lim.MemorySheetBytes = 1
				}
				checkError(t, data, lim, "选票", tc.kind, tc.row, tc.cell, tc.detail)
			}
		})
	}
}

// merged closes sheetData early to put merged ranges in the rows' place;
// sheetXML's own <sheetData> then follows, so only an error in the merged
// ranges themselves comes first.
func merged(refs ...string) string {
	var b strings.Builder
	b.WriteString(`</sheetData><mergeCells>`)
	for _, r := range refs {
		b.WriteString(`<mergeCell ref="` + r + `"/>`)
	}
	b.WriteString(`</mergeCells><sheetData>`)
	return b.String()
}

// TestOverlappingMerges: two merged ranges sharing a cell are refused,
// found without regard to their areas.
func TestOverlappingMerges(t *testing.T) {
	for _, tc := range []struct {
		merges     []string
		cell, want string
	}{
		{[]string{"A1:C3", "E1:F1", "C3:D4"}, "C3:D4", "A1:C3 and C3:D4 overlap"},
		{[]string{"B2:XFD1048576", "A1:A9", "XFD1048576"}, "XFD1048576:XFD1048576", "B2:XFD1048576 and XFD1048576:XFD1048576 overlap"},
		{[]string{"A1:B2", "A1:B2"}, "A1:B2", "A1:B2 and A1:B2 overlap"},
	} {
		for _, lim := range []Limits{{}, {MemorySheetBytes: 1}} {
			data := book(t, "", testSheet{"S", sheetXML(`<row r="1"/>`, tc.merges...)})
			checkError(t, data, lim, "S", Invalid, 0, tc.cell, tc.want)
		}
	}
}

// checkError reads a sheet to its end and wants one located error.
func checkError(t *testing.T, data []byte, lim Limits, sheet string, kind ErrorKind, row int, cell, detail string) {
	t.Helper()
	wb, err := Open(data, lim)
	if err == nil {
		_, _, err = wb.ReadSheet(sheet)
	}
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v (%T), want an *Error", err, err)
	}
	if e.Kind != kind || !errors.Is(err, kind) || e.Row != row || e.Cell != cell || !strings.Contains(err.Error(), detail) {
		t.Errorf("got %v\n(kind %v row %d cell %q), want kind %v row %d cell %q and …%s…", err, e.Kind, e.Row, e.Cell, kind, row, cell, detail)
	}
	if e.Sheet != "" && e.Sheet != sheet {
		t.Errorf("error names sheet %q", e.Sheet)
	}
	checkFormat(t, e)
}

// checkFormat wants an error's Format and Args to make its Detail, and no
// argument to be a view of the reader's buffers.
func checkFormat(t *testing.T, e *Error) {
	t.Helper()
	if e.Format == "" || fmt.Sprintf(e.Format, e.Args...) != e.Detail {
		t.Errorf("Format %q with Args %v does not make Detail %q", e.Format, e.Args, e.Detail)
	}
	for _, a := range e.Args {
		if _, ok := a.([]byte); ok {
			t.Errorf("%q: an argument is a []byte", e.Detail)
		}
	}
}

// TestIllFormedDocument: what surrounds the sheet's root element.
func TestIllFormedDocument(t *testing.T) {
	body := `<worksheet ` + ns + `><sheetData><row r="1"><c><v>1</v></c></row></sheetData></worksheet>`
	tests := []struct {
		name, xml string
		kind      ErrorKind
		detail    string
	}{
		{"invalid UTF-8", strings.Replace(body, "<v>1", "<v>\xff", 1), Malformed, "invalid UTF-8"},
		{"control character", strings.Replace(body, "<v>1", "<v>\x01", 1), Malformed, "U+0001"},
		{"DOCTYPE", `<!DOCTYPE x [<!ENTITY e "x">]>` + body, Invalid, "DOCTYPE"},
		{"element after the root", body + `<x/>`, Malformed, "after the root"},
		{"text after the root", body + `x`, Malformed, "only tags"},
		{"truncated", body[:len(body)-5], Malformed, "ends inside"},
		{"GBK", `<?xml version="1.0" encoding="GBK"?>` + body, Invalid, "GBK"},
		{"no root", ``, Malformed, "no root"},
		{"not a worksheet", `<sst ` + ns + `/>`, Invalid, "not <worksheet>"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, lim := range []Limits{{}, {MemorySheetBytes: 1}} {
				wb, err := Open(book(t, "", testSheet{"S", tc.xml}), lim)
				if err == nil {
					_, _, err = wb.ReadSheet("S")
				}
				if !isKind(err, tc.kind) || !strings.Contains(err.Error(), tc.detail) {
					t.Errorf("got %v, want %v …%s…", err, tc.kind, tc.detail)
				}
				if e := (*Error)(nil); errors.As(err, &e) {
					checkFormat(t, e)
				}
			}
		})
	}
}

// TestBadSharedStrings: errors in the shared-string part.
func TestBadSharedStrings(t *testing.T) {
	sheet := testSheet{"S", sheetXML(`<row r="1"><c t="s"><v>0</v></c></row>`)}
	for _, tc := range []struct{ name, sst, detail string }{
		{"bare &", `<sst ` + ns + `><si><t>a & b</t></si></sst>`, "bare"},
		{"two t", `<sst ` + ns + `><si><t>a</t><t>b</t></si></sst>`, "after another <t>"},
		{"not sst", `<x/>`, "not <sst>"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wb, err := Open(book(t, tc.sst, sheet), Limits{})
			if err != nil {
				t.Fatal(err)
			}
			_, _, err = wb.ReadSheet("S")
			var e *Error
			if !errors.As(err, &e) || e.Part != "xl/sharedStrings.xml" || !strings.Contains(err.Error(), tc.detail) {
				t.Errorf("got %v, want an error in xl/sharedStrings.xml …%s…", err, tc.detail)
			}
		})
	}
}

// rawEntry is a zip entry written as given: its deflated bytes and the
// sizes and CRC its headers claim.
type rawEntry struct {
	deflated   []byte
	crc        uint32
	size       uint64
	compressed int64 // -1: len(deflated)
}

func deflate(t testing.TB, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	w, _ := flate.NewWriter(&b, flate.BestSpeed)
	w.Write(data)
	w.Close()
	return b.Bytes()
}

// bookWithRawSheet builds a one-sheet workbook whose sheet entry is raw.
func bookWithRawSheet(t testing.TB, sheet rawEntry) []byte {
	t.Helper()
	plain := zipParts(t, mustParts(book(t, "", testSheet{"S", ""}))...)
	zr, _ := zip.NewReader(bytes.NewReader(plain), int64(len(plain)))
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		if f.Name == "xl/worksheets/sheet1.xml" {
			continue
		}
		zw.Copy(f)
	}
	if sheet.compressed < 0 {
		sheet.compressed = int64(len(sheet.deflated))
	}
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "xl/worksheets/sheet1.xml", Method: zip.Deflate,
		CRC32: sheet.crc, CompressedSize64: uint64(sheet.compressed), UncompressedSize64: sheet.size})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(sheet.deflated)
	zw.Close()
	return buf.Bytes()
}

// mustParts lists a zip's entries as parts.
func mustParts(data []byte) []part {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		panic(err)
	}
	var out []part
	for _, f := range zr.File {
		rc, _ := f.Open()
		var b bytes.Buffer
		b.ReadFrom(rc)
		rc.Close()
		out = append(out, part{f.Name, b.String()})
	}
	return out
}

// TestCorruptZip: a sheet part whose deflate data is cut short or damaged,
// or whose CRC does not match, is an error, in memory and streamed.
func TestCorruptZip(t *testing.T) {
	var rows strings.Builder
	for i := 1; i <= 2000; i++ {
		rows.WriteString(`<row><c t="inlineStr"><is><t>满意</t></is></c><c><v>` + strings.Repeat("7", i%13+1) + `</v></c></row>`)
	}
	xml := []byte(sheetXML(rows.String()))
	good := rawEntry{deflated: deflate(t, xml), crc: crc32.ChecksumIEEE(xml), size: uint64(len(xml)), compressed: -1}
	half := good
	half.deflated = good.deflated[:len(good.deflated)/2]
	flipped := good
	flipped.deflated = bytes.Clone(good.deflated)
	flipped.deflated[len(flipped.deflated)/2] ^= 0x55
	badCRC := good
	badCRC.crc++
	for _, tc := range []struct {
		name  string
		entry rawEntry
	}{{"truncated deflate data", half}, {"corrupt deflate data", flipped}, {"CRC mismatch", badCRC}} {
		t.Run(tc.name, func(t *testing.T) {
			for _, lim := range []Limits{{}, {MemorySheetBytes: 1}} {
				wb, err := Open(bookWithRawSheet(t, tc.entry), lim)
				if err == nil {
					_, _, err = wb.ReadSheet("S")
				}
				var e *Error
				if !errors.As(err, &e) || (e.Kind != Corrupt && e.Kind != Malformed && e.Kind != Invalid) {
					t.Errorf("got %v", err)
				}
			}
		})
	}
	// The good entry reads, so that the cases above fail for their damage.
	wb, err := Open(bookWithRawSheet(t, good), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if rows, _, err := wb.ReadSheet("S"); err != nil || len(rows) != 2000 {
		t.Fatalf("the undamaged sheet: %d rows, %v", len(rows), err)
	}
}

// TestBadIndexXML: what encoding/xml finds wrong in the workbook's index is
// told by its line, with encoding/xml's own words kept as the cause.
func TestBadIndexXML(t *testing.T) {
	wb := `<workbook ` + ns + `>` + "\n" + `<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`
	for _, tc := range []struct{ name, xml, format string }{
		{"cut short", wb[:len(wb)-20], "the part is cut short at line %d"},
		{"mismatched", strings.Replace(wb, "</sheets>", "</sheet>", 1), "the part is not well-formed XML at line %d"},
		{"GBK", `<?xml version="1.0" encoding="GBK"?>` + wb, "the part cannot be read as XML"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Open(zipParts(t, part{"xl/workbook.xml", tc.xml}), Limits{})
			var e *Error
			if !errors.As(err, &e) || e.Kind != Malformed || e.Part != "xl/workbook.xml" || e.Format != tc.format || e.Err == nil {
				t.Fatalf("got %v, want a Malformed error in xl/workbook.xml, %q, with encoding/xml's error", err, tc.format)
			}
			if len(e.Args) == 1 && e.Args[0] != 2 {
				t.Errorf("line %v, want 2", e.Args[0])
			}
			checkFormat(t, e)
		})
	}
}
