package xlsx

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// TestPass: the rows Pass names are passed over, those with a comment or
// CDATA (where an end tag may hide) the long way, and the other rows read
// as they read without it, in memory and streamed; rows absent from the
// XML and empty rows keep their numbers.
func TestPass(t *testing.T) {
	var rows strings.Builder
	for r := 1; r <= 40; r++ {
		if r%7 == 0 {
			continue // absent
		}
		switch {
		case r%10 == 3:
			fmt.Fprintf(&rows, `<row r="%d"/>`, r)
		case r%10 == 4:
			fmt.Fprintf(&rows, `<row r="%d"><!-- </row> --><c r="A%d"><v>%d</v></c></row>`, r, r, r)
		case r%10 == 5 || r%10 == 6:
			fmt.Fprintf(&rows, `<row r="%d"><c r="A%d" t="inlineStr"><is><t><![CDATA[</row>]]></t></is></c></row>`, r, r)
		default:
			fmt.Fprintf(&rows, `<row r="%d"><c r="A%d"><v>%d</v></c><c r="B%d" t="inlineStr"><is><t>满意</t></is></c></row>`, r, r, r, r)
		}
	}
	data := book(t, "", testSheet{"选票", sheetXML(rows.String())})
	for _, lim := range []Limits{{}, {MemorySheetBytes: 1}} {
		read := func(pass func(int) bool) []Row {
			sh := openSheet(t, data, lim, "选票")
			sh.Pass = pass
			var got []Row
			for sh.Next() {
				got = append(got, sh.Row().Clone())
			}
			if err := sh.Err(); err != nil {
				t.Fatal(err)
			}
			return got
		}
		odd := func(r int) bool { return r%2 == 0 }
		var want []Row
		for _, r := range read(nil) {
			if !odd(r.Num) {
				want = append(want, r)
			}
		}
		if len(want) < 10 {
			t.Fatalf("%d rows kept: too few to test", len(want))
		}
		if got := read(odd); !reflect.DeepEqual(got, want) {
			t.Errorf("memory sheet bytes %d: rows passing the even ones\n%v\nwant\n%v", lim.MemorySheetBytes, got, want)
		}
	}
}

// TestRowEnd finds the first </row> among look-alikes, and after the pair
// asked for only.
func TestRowEnd(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want int
	}{
		{"", -1}, {"</row>", 0}, {"w>", -1}, {"</ro", -1}, {`<c r="w"/></row></row>`, 10},
		{"</roww></row>", 7}, {"ww</row>", 2}, {"</rowx", -1},
	} {
		if got := rowEnd([]byte(tc.w)); got != tc.want {
			t.Errorf("rowEnd(%q) = %d, want %d", tc.w, got, tc.want)
		}
	}
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"", false}, {"!", false}, {"<!", true}, {"! <", false}, {"a<b!<!", true}, {"<x!", false},
	} {
		if got := after([]byte(tc.w), '<', '!'); got != tc.want {
			t.Errorf("after(%q, '<', '!') = %v, want %v", tc.w, got, tc.want)
		}
	}
}
