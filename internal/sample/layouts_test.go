package sample

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

const layoutsDir = "../../testdata/layouts"

// TestLayoutsTestdata checks that testdata/layouts still matches the
// generator, workbooks by their cells and merged ranges, text files by their
// bytes (which fix the encoding); after changing the generator, rerun
// go run ./internal/sample/gen -layouts testdata/layouts.
func TestLayoutsTestdata(t *testing.T) {
	heavyUnderRace(t)
	files, err := LayoutFiles(2026)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{}
	for _, f := range files {
		want[f.Path] = true
		t.Run(f.Path, func(t *testing.T) {
			path := filepath.Join(layoutsDir, filepath.FromSlash(f.Path))
			if f.Sheets == nil {
				got, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got, f.Data) {
					t.Errorf("%s differs from the generator's", path)
				}
				return
			}
			compareWorkbook(t, path, f.Sheets)
		})
	}
	// A file the generator no longer writes would still be scored by a
	// folder layout.
	err = filepath.WalkDir(layoutsDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(layoutsDir, path)
		if !want[filepath.ToSlash(rel)] {
			t.Errorf("%s is not written by the generator; remove it", path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// compareWorkbook compares a workbook's cells and merged ranges with sheets.
func compareWorkbook(t *testing.T, path string, sheets []Sheet) {
	t.Helper()
	names, got, merges := readBook(t, path)
	compareSheets(t, sheets, names, got)
	for _, s := range sheets {
		if refs := merges[s.Name]; !slices.Equal(sorted(refs), sorted(s.Merges)) {
			t.Errorf("%s: merged %v, want %v", s.Name, refs, s.Merges)
		}
	}
}

func sorted(s []string) []string { return slices.Sorted(slices.Values(s)) }

func TestLayoutFilesDeterministic(t *testing.T) {
	heavyUnderRace(t)
	a, err := LayoutFiles(2026)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := LayoutFiles(2026)
	c, _ := LayoutFiles(7)
	if !reflect.DeepEqual(a, b) {
		t.Error("two generations from seed 2026 differ")
	}
	if reflect.DeepEqual(a, c) {
		t.Error("seeds 2026 and 7 give the same files")
	}
}

// TestLayoutBallotsPlanted checks the facts the end-to-end tests rely on,
// for both families.
func TestLayoutBallotsPlanted(t *testing.T) {
	for dims, stream := range map[int]uint64{1: streamLayoutOne, len(LayoutDimensions): streamLayoutFive} {
		ballots := layoutBallots(newRand(2026, stream), dims)
		valid := validOnly(ballots)
		// 63 ballots: 60 drawn valid, but the duplicate keys P017, a 人大代表
		// ballot, again with other contents, which leaves 59.
		if len(ballots) != 63 || len(valid) != 59 {
			t.Fatalf("dims %d: %d ballots, %d valid; want 63, 59", dims, len(ballots), len(valid))
		}
		perGroup, raters := map[string]int{}, map[string][]string{}
		for _, b := range valid {
			perGroup[b.group]++
			for i, tg := range layoutTargets {
				if slices.ContainsFunc(b.ratings[i], func(s string) bool { return s != "" }) {
					raters[tg.id] = append(raters[tg.id], b.id)
				}
			}
		}
		for _, g := range chibiPanel {
			want := 12
			if g.name == GroupPeople {
				want = 11 // P017
			}
			if perGroup[g.name] != want {
				t.Errorf("dims %d: %s cast %d valid ballots, want %d", dims, g.name, perGroup[g.name], want)
			}
		}
		if got := raters[LayoutHand]; !slices.Equal(got, []string{"P001", "P014", "P026", "P039", "P051"}) {
			t.Errorf("dims %d: %s rated by %v, want the first ballot of each group", dims, LayoutHand, got)
		}
		if got := raters[LayoutInsufficient]; len(got) != 3 {
			t.Errorf("dims %d: %s rated by %v, want 3 ballots", dims, LayoutInsufficient, got)
		}
		var defects []string
		for _, b := range ballots {
			if b.defect != "" {
				defects = append(defects, b.id+" "+b.group+" "+string(b.defect))
			}
		}
		want := []string{"P006 党代表 blank_ballot", "P029 政协委员 not_a_level", "P017 企业代表 duplicate_ballot_number"}
		if !slices.Equal(defects, want) {
			t.Errorf("dims %d: invalid ballots %q, want %q", dims, defects, want)
		}
		// No two valid ballots may be identical, or the double-entry check
		// would flag them and the layouts would test it by accident.
		seen := map[string]string{}
		for _, b := range valid {
			key := b.group + fmtRatings(b.ratings)
			if first, dup := seen[key]; dup {
				t.Errorf("dims %d: %s is identical to %s", dims, b.id, first)
			}
			seen[key] = b.id
		}
	}
}

func fmtRatings(r [][]string) string {
	var parts []string
	for _, row := range r {
		parts = append(parts, strings.Join(row, ","))
	}
	return strings.Join(parts, ";")
}

// TestBrokenTestdata checks the committed broken round against the
// generator, and that each planted problem sits where the list says.
func TestBrokenTestdata(t *testing.T) {
	round := Broken()
	path := "../../testdata/broken/round.xlsx"
	compareWorkbook(t, path, round.Sheets)
	_, got := readWorkbook(t, path)
	cell := func(sheet, ref string) string {
		c, r, err := excelize.CellNameToCoordinates(ref)
		if err != nil {
			t.Fatal(err)
		}
		rows := got[sheet]
		if r > len(rows) || c > len(rows[r-1]) {
			return ""
		}
		return rows[r-1][c-1]
	}
	wantCell := map[string]string{
		"名册!B4": "", "测试成绩!B3": "120", "测试成绩!A8": "T0O1", "投诉台账!D3": "待查",
		"选票!E4": "满议", "选票!G10": "很满意", "选票-党代表!C6": "不满意", "选票-党代表!C7": "满意",
	}
	for _, p := range round.Planted {
		if p.Cell != "" {
			ref := p.Sheet + "!" + p.Cell
			if v, ok := wantCell[ref]; !ok || cell(p.Sheet, p.Cell) != v {
				t.Errorf("%s holds %q, want %q", ref, cell(p.Sheet, p.Cell), v)
			}
		}
		if p.Code != "" {
			if b := cell(p.Sheet, "A"+strconv.Itoa(p.Row)); b != p.Ballot {
				t.Errorf("%s row %d: 票号 %q, want %q", p.Sheet, p.Row, b, p.Ballot)
			}
		}
	}
}

func TestWriteWorkbookMerges(t *testing.T) {
	sheets := []Sheet{{
		Name:   "选票",
		Rows:   [][]any{{"票号", "代表类别", "T001"}, {nil, nil, "服务态度"}, {"P001", "党代表", "满意"}},
		Merges: []string{"A1:A2", "C1:D1"},
	}}
	path := filepath.Join(t.TempDir(), "merged.xlsx")
	if err := WriteWorkbook(path, sheets); err != nil {
		t.Fatal(err)
	}
	compareWorkbook(t, path, sheets)
	sheets[0].Merges = []string{"A1"}
	if err := WriteWorkbook(path, sheets); err == nil || !strings.Contains(err.Error(), `"A1" is not of the form`) {
		t.Errorf("a range without a colon: err = %v", err)
	}
}
