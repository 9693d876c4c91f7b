package xlsx

import (
	"testing"
)

func TestSmoke(t *testing.T) {
	data := book(t, sstXML("票号", "满意", "a&b"), testSheet{"选票", sheetXML(
		`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>`+
			`<row r="3"><c r="A3"><v>12345678901</v></c><c r="C3" t="inlineStr"><is><t>x&amp;y</t></is></c><c r="D3" t="b"><v>1</v></c><c r="E3"><f>SUM(A1)</f></c></row>`,
		"A1:B1")})
	rows, merges, err := readAll(t, data, Limits{}, "选票")
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%q %v", rows, merges)
}
