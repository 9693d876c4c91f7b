package evaluate

import (
	"fmt"
	"testing"
)

// keyed is a ballot as a clerk keyed it: 票号, group, then a level per
// target (blank for none), on the given row.
func keyed(row int, id, group string, levels ...string) Ballot {
	b := Ballot{ID: id, Group: group, Source: Source{File: "a.xlsx", Sheet: "选票", Row: row}, GroupColumn: 2}
	for t, v := range levels {
		if v != "" {
			b.Cells = append(b.Cells, Cell{Target: t, Dim: 0, Value: v, Col: 2 + t})
		}
	}
	return b
}

func TestCompareKeyings(t *testing.T) {
	a := []Ballot{
		keyed(2, "P1", "党代表", "满意", "基本满意"),
		keyed(3, "P2", "党代表", "满意", ""),
		keyed(4, "P3", "企业代表", "不满意", "满意"),
		keyed(5, "P4", "人大代表", "满意", "满意"),
		keyed(6, "P4", "人大代表", "满意", "满意"), // twice in the first keying
	}
	b := []Ballot{
		keyed(2, "P1", "党代表", " 满意", "基本满意"), // the same, but for blanks
		keyed(3, "P2", "党代表", "满意", "满意"),    // a rating the first left blank
		keyed(4, "P3", "社会人士", "不满意", "满意"),  // another group
		keyed(5, "P5", "人大代表", "满意", ""),     // only in the second
	}
	a[0].Comments = []Comment{{Target: -1, Column: "意见建议", Col: 4, Text: "排队久"}}
	b[0].Comments = []Comment{{Target: -1, Column: "意见建议", Col: 4, Text: "排队太久"}}
	k := CompareKeyings(a, b)
	var got []string
	for _, d := range k.Diffs {
		got = append(got, fmt.Sprintf("%s %s %d %s=%q %s=%q", d.ID, d.Kind, d.Target, d.RefA, d.ValueA, d.RefB, d.ValueB))
	}
	want := []string{
		`P4 twice -1 选票!A5="P4" 选票!A6="P4"`,
		`P1 comment -1 选票!E2="排队久" 选票!E2="排队太久"`,
		`P2 rating 1 ="" 选票!D3="满意"`,
		`P3 group -1 选票!B4="企业代表" 选票!B4="社会人士"`,
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("diffs\n got %q\nwant %q", got, want)
	}
	if k.Paired != 3 || k.Agreeing != 0 || fmt.Sprint(k.OnlyIDsA) != "[P4]" || fmt.Sprint(k.OnlyIDsB) != "[P5]" || k.Agreed() {
		t.Errorf("paired %d agreeing %d, only A %v, only B %v", k.Paired, k.Agreeing, k.OnlyIDsA, k.OnlyIDsB)
	}
	if same := CompareKeyings(a[:3], a[:3]); !same.Agreed() || same.Agreeing != 3 {
		t.Errorf("a keying against itself: %+v", same)
	}
}
