package xlsx

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"testing"

	"github.com/xuri/excelize/v2"
)

// wellFormed reports whether encoding/xml, as excelize uses it, reads the
// whole document without error. excelize's row reader drops such errors and
// stops early, so only a well-formed document makes its rows an oracle.
func wellFormed(doc string) bool {
	d := xml.NewDecoder(bytes.NewReader([]byte(doc)))
	for {
		_, err := d.RawToken()
		if err == io.EOF {
			return true
		}
		if err != nil {
			return false
		}
	}
}

// FuzzSheet mutates a sheet's XML and its shared strings, zips them, and
// reads them: never a panic, and either a located *Error or exactly
// excelize's cells (booleans aside, see TestBooleanDiffers). Where excelize
// cannot be trusted (it reports an error, or the XML is ill-formed, which
// it does not report) only the absence of a panic is checked.
func FuzzSheet(f *testing.F) {
	f.Add(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><t>a&amp;b</t></r><rPh><t>x</t></rPh></is></c><c r="C1" t="b"><v>1</v></c></row>`, sstXML("满意", "中文"))
	f.Add(`<row><c><v>1E-7</v></c><c t="str"><f>A1</f><v>x</v></c><c><f>NA()</f></c><c t="e"><v>#N/A</v></c></row><row r="4"/>`, "")
	f.Add(`<row r="2" spans="1:3"><c r="B2" s="1"/><c r="C2" t="d"><v>2026-01-01</v></c></row><row r="3"><c r="A3"><v><![CDATA[12]]></v></c></row>`, "")
	f.Add(`<row r="1"><c r="A1" t="inlineStr"><is><t>&#20013;&#x4E2D;_x000D_</t></is></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells><sheetData>`, "")
	f.Add(`<row r="1"><c r="A1" t="s"><v>1</v></c></row>`, `<sst `+ns+`><si><r><t>rich</t></r><r><rPr/><t xml:space="preserve"> run</t></r></si><si><t>_x005F_x0041_</t></si></sst>`)
	f.Fuzz(func(t *testing.T, rows, sst string) {
		sheet := sheetXML(rows)
		data := book(t, sst, testSheet{"S", sheet})
		wb, err := Open(data, Limits{})
		var got []Row
		if err == nil {
			got, _, err = wb.ReadSheet("S")
		}
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("%v (%T) is not an *Error", err, err)
			}
			return
		}
		if !wellFormed(sheet) || (sst != "" && !wellFormed(sst)) {
			t.Fatalf("ill-formed XML read without error:\n%s\n%s", sheet, sst)
		}
		x, err := excelize.OpenReader(bytes.NewReader(data))
		if err != nil {
			return
		}
		defer x.Close()
		want, err := x.GetRows("S", excelizeRaw)
		if err != nil {
			return
		}
		if g := excelizeForm(got); !sameRows(g, want) {
			t.Fatalf("rows differ from excelize's\n got %q\nwant %q\nsheet %s\nsst %s", g, want, sheet, sst)
		}
	})
}
