package xlsx

import (
	"fmt"
	"strings"
	"testing"
)

var kindCodes = map[Kind]string{Blank: "_", Number: "n", SharedString: "s", InlineString: "is",
	FormulaString: "str", Boolean: "b", ErrorCode: "e", Date: "d", FormulaNoValue: "f?"}

// dump writes rows one a line, "2 A:s=满意 C:n=1", a cell with a formula
// marked "+f".
func dump(rows []Row) string {
	var b strings.Builder
	for _, r := range rows {
		fmt.Fprintf(&b, "%d", r.Num)
		for _, c := range r.Cells {
			f := ""
			if c.Formula {
				f = "+f"
			}
			fmt.Fprintf(&b, " %s:%s%s=%s", ColumnName(c.Col), kindCodes[c.Kind], f, c.Text)
		}
		b.WriteString("\n")
	}
	return b.String()
}

func readDump(t *testing.T, data []byte, sheet string) (string, error) {
	t.Helper()
	wb, err := Open(data, Limits{})
	if err != nil {
		return "", err
	}
	rows, _, err := wb.ReadSheet(sheet)
	return dump(rows), err
}

const ns = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`

// TestConstructs reads each construct Excel, WPS and LibreOffice write.
func TestConstructs(t *testing.T) {
	sst := sstXML("满意", "a&b", "中文") // 0, 1, 2
	tests := []struct {
		name, rows, want string
	}{
		{"every type",
			`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="str"><f>A1</f><v>x</v></c><c r="C1" t="inlineStr"><is><t>in</t></is></c>` +
				`<c r="D1" t="n"><v>1.5</v></c><c r="E1"><v>-2</v></c><c r="F1" t="b"><v>0</v></c><c r="G1" t="e"><v>#N/A</v></c>` +
				`<c r="H1" t="d"><v>2026-01-02T03:04:05Z</v></c></row>`,
			"1 A:s=满意 B:str+f=x C:is=in D:n=1.5 E:n=-2 F:b=FALSE G:e=#N/A H:d=2026-01-02T03:04:05Z\n"},
		{"numbers as written", `<row r="1"><c r="A1"><v>12345678901</v></c><c r="B1"><v>1E-7</v></c><c r="C1"><v>9.9999999999999995E-8</v></c><c r="D1"><v>.5</v></c></row>`,
			"1 A:n=12345678901 B:n=1E-7 C:n=9.9999999999999995E-8 D:n=.5\n"},
		{"formula without a cached value is not blank", `<row r="1"><c r="A1"><f>SUM(B1:B9)</f></c><c r="B1" t="s"><f>X</f></c><c r="C1"><f>1+1</f><v>2</v></c><c r="D1" t="str"><f>""</f><v></v></c></row>`,
			"1 A:f?+f= B:f?+f= C:n+f=2 D:str+f=\n"},
		{"shared formula children", `<row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="0">B1</f><v>3</v></c></row><row r="2"><c r="A2"><f t="shared" si="0"/></c></row>`,
			"1 A:n+f=3\n2 A:f?+f=\n"},
		{"rich inline text, phonetic runs ignored", `<row r="1"><c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>粗</t></r><r><t xml:space="preserve"> 体 </t></r><rPh sb="0" eb="1"><t>cu</t></rPh><phoneticPr fontId="1"/></is></c></row>`,
			"1 A:is=粗 体 \n"},
		{"inline t then runs", `<row r="1"><c r="A1" t="inlineStr"><is><t>a</t><r><t>b</t></r></is></c></row>`, "1 A:is=ab\n"},
		{"entities and character references", `<row r="1"><c r="A1" t="inlineStr"><is><t>&amp;&lt;&gt;&quot;&apos;&#20013;&#x4E2D;&#x4e2d;&#0065;</t></is></c><c r="B1" t="str"><v>a&amp;b</v></c></row>`,
			"1 A:is=&<>\"'中中中A B:str=a&b\n"},
		{"attributes in any order, either quote", `<row spans="1:2" r='1' ht="20" customHeight="1"><c s="3" t='s' r='A1'><v>2</v></c><c t="s" r="B1" ><v >1</v ></c></row>`,
			"1 A:s=中文 B:s=a&b\n"},
		{"self-closing cells are blank", `<row r="2"><c r="B2" s="3"/><c r="C2" s="3" t="s"/></row>`, "2 B:_= C:_=\n"},
		{"rows and cells without r follow the previous", `<row><c t="s"><v>0</v></c><c><v>1</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row><row r="4"><c><v>7</v></c></row><row><c r="B5"><v>8</v></c></row>`,
			"1 A:s=满意 B:n=1 E:n=5 F:n=6\n4 A:n=7\n5 B:n=8\n"},
		{"empty rows are rows", `<row r="1"/><row r="3" spans="1:1"></row>`, "1\n3\n"},
		{"CDATA", `<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[<b> & ]]></t></is></c><c r="B1"><v><![CDATA[4]]>2</v></c></row>`, "1 A:is=<b> &  B:n=42\n"},
		{"whitespace, comments, processing instructions between elements",
			"\n  <row r=\"1\">\n\t<!-- a comment -->\n<c r=\"A1\">\n  <?pi data?>\n<v>1</v>\n</c>\n</row>\n", "1 A:n=1\n"},
		{"line ends become newlines", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a\r\nb\rc&#13;d</t></is></c></row>", "1 A:is=a\nb\nc\rd\n"},
		{"ST_Xstring escapes in strings, not in formula results", `<row r="1"><c r="A1" t="inlineStr"><is><t>a_x000D_b_x005F_x0041_c_x4e2d_</t></is></c><c r="B1" t="str"><v>a_x000D_b</v></c></row>`,
			"1 A:is=a\rb_x0041_c中 B:str=a_x000D_b\n"},
		{"an empty <v> is no value", `<row r="1"><c r="A1"><v></v></c><c r="B1" t="s"><v/></c></row>`, "1 A:_= B:_=\n"},
		{"inlineStr with a <v>", `<row r="1"><c r="A1" t="inlineStr"><v>v</v></c></row>`, "1 A:is=v\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := readDump(t, book(t, sst, testSheet{"S", sheetXML(tc.rows)}), "S")
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

// TestPrefixedElements reads a sheet whose writer prefixes every element.
func TestPrefixedElements(t *testing.T) {
	sheet := `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>` +
		`<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>p</x:t></x:is></x:c><x:c r="B1"><x:v>2</x:v></x:c></x:row></x:sheetData>` +
		`<x:mergeCells count="1"><x:mergeCell ref="A1:B1"/></x:mergeCells></x:worksheet>`
	wb, err := Open(book(t, "", testSheet{"S", sheet}), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	rows, merges, err := wb.ReadSheet("S")
	if err != nil {
		t.Fatal(err)
	}
	if got := dump(rows); got != "1 A:is=p B:n=2\n" || len(merges) != 1 || merges[0].String() != "A1:B1" {
		t.Errorf("got %q %v", got, merges)
	}
}

// TestSharedStrings reads a shared-string table as Excel writes one: rich
// text runs joined, phonetic runs dropped, escapes decoded, whitespace kept.
func TestSharedStrings(t *testing.T) {
	sst := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<sst ` + ns + ` count="5" uniqueCount="5">` +
		`<si><t>plain</t></si>` +
		`<si><r><rPr><b/><sz val="11"/></rPr><t>rich</t></r><r><t xml:space="preserve"> text</t></r></si>` +
		`<si><t>东京</t><rPh sb="0" eb="2"><t>とうきょう</t></rPh><phoneticPr fontId="1" type="noConversion"/></si>` +
		`<si><t xml:space="preserve">  spaced _x000D_&#10;</t></si>` +
		`<si><t/></si>` +
		`</sst>`
	rows := `<row r="1">` + func() string {
		var b strings.Builder
		for i := range 5 {
			fmt.Fprintf(&b, `<c t="s"><v>%d</v></c>`, i)
		}
		return b.String()
	}() + `</row>`
	got, err := readDump(t, book(t, sst, testSheet{"S", sheetXML(rows)}), "S")
	if err != nil {
		t.Fatal(err)
	}
	if want := "1 A:s=plain B:s=rich text C:s=东京 D:s=  spaced \r\n E:s=\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestNoSharedStrings reads a workbook of inline strings only.
func TestNoSharedStrings(t *testing.T) {
	got, err := readDump(t, book(t, "", testSheet{"S", sheetXML(`<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>`)}), "S")
	if err != nil || got != "1 A:is=x\n" {
		t.Errorf("got %q, %v", got, err)
	}
}

// TestBooleanDiffers pins the one deliberate difference from excelize's raw
// values: a boolean reads "TRUE" or "FALSE", as Excel shows it, where
// excelize's RawCellValue gives "1" or "0", which a numeric score would take
// for a number.
func TestBooleanDiffers(t *testing.T) {
	data := book(t, "", testSheet{"S", sheetXML(`<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c></row>`)})
	got, err := readDump(t, data, "S")
	if err != nil || got != "1 A:b=TRUE B:b=FALSE\n" {
		t.Errorf("got %q, %v", got, err)
	}
	f := openExcelize(t, data)
	want, _ := f.GetRows("S", excelizeRaw)
	if len(want) != 1 || strings.Join(want[0], ",") != "1,0" {
		t.Errorf("excelize now reads %q: update this test and the package doc", want)
	}
}

// TestSheetsAndTargets reads sheet names in order, hidden states, and
// relationship targets absolute or relative.
func TestSheetsAndTargets(t *testing.T) {
	wb := `<workbook ` + ns + ` xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>` +
		`<sheet name="选票" sheetId="1" r:id="rId2"/><sheet name="名册" sheetId="2" state="hidden" r:id="rId1"/></sheets></workbook>`
	rels := `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/a.xml"/>` +
		`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="./worksheets/../worksheets/b.xml"/></Relationships>`
	data := zipParts(t, part{"xl/workbook.xml", wb}, part{"xl/_rels/workbook.xml.rels", rels},
		part{"xl/worksheets/a.xml", sheetXML(`<row r="1"><c><v>1</v></c></row>`)},
		part{"xl/worksheets/b.xml", sheetXML(`<row r="2"><c><v>2</v></c></row>`)})
	w, err := Open(data, Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(w.Sheets()); got != "[{选票 xl/worksheets/b.xml visible worksheet} {名册 xl/worksheets/a.xml hidden worksheet}]" {
		t.Errorf("sheets %s", got)
	}
	for name, want := range map[string]string{"选票": "2 A:n=2\n", "名册": "1 A:n=1\n"} {
		if got, err := readDump(t, data, name); got != want || err != nil {
			t.Errorf("%s: %q, %v", name, got, err)
		}
	}
	if _, err := w.OpenSheet("nope"); !isKind(err, NotFound) {
		t.Errorf("unknown sheet: %v", err)
	}
}

// TestChartsheet reads a chartsheet as a sheet without rows.
func TestChartsheet(t *testing.T) {
	sheet := `<?xml version="1.0"?><chartsheet ` + ns + `><sheetPr/><drawing r:id="rId1" xmlns:r="r"/></chartsheet>`
	got, err := readDump(t, book(t, "", testSheet{"图", sheet}), "图")
	if err != nil || got != "" {
		t.Errorf("got %q, %v", got, err)
	}
}

// TestSkippedElements: what a worksheet holds besides rows and merged
// ranges is skipped, checked as XML; a row or cell hidden in it is refused,
// since excelize would read it.
func TestSkippedElements(t *testing.T) {
	head := `<?xml version="1.0"?><worksheet ` + ns + ` xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">`
	good := head + `<sheetPr><tabColor rgb="FF00FF00"/></sheetPr><dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"><selection activeCell="A1" sqref="A1"/></sheetView></sheetViews>` +
		`<cols><col min="1" max="1" width="9"/></cols><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>` +
		`<mc:AlternateContent><mc:Choice Requires="x14"><controls/></mc:Choice></mc:AlternateContent><extLst><ext uri="{x}"><x14:y xmlns:x14="u">t</x14:y></ext></extLst></worksheet>`
	if got, err := readDump(t, book(t, "", testSheet{"S", good}), "S"); err != nil || got != "1 A:n=1\n" {
		t.Errorf("got %q, %v", got, err)
	}
	for _, bad := range []string{
		head + `<sheetPr><row r="1"/></sheetPr><sheetData/></worksheet>`,
		head + `<x><sheetData><row r="1"/></sheetData></x><sheetData/></worksheet>`,
		head + `<sheetData><row r="1"><extLst><c r="A1"/></extLst></row></sheetData></worksheet>`,
		head + `<sheetData><row r="1"><c r="A1"><extLst><v>1</v></extLst></c></row></sheetData></worksheet>`,
	} {
		if _, err := readDump(t, book(t, "", testSheet{"S", bad}), "S"); !isKind(err, Invalid) {
			t.Errorf("%s: %v, want Invalid", bad, err)
		}
	}
}
