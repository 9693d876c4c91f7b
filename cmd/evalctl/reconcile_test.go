package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/sample"
	"github.com/evalctl/evalctl/internal/xlsxdump"
)

// keyingsDir holds two keyings of one stack, the second with the slips of
// sample.KeyingPlanted, and the round they belong to.
var keyingsDir = filepath.Join(layoutsDir, "one", "keyings")

// TestReconcilePlanted: reconcile lists exactly the planted differences:
// each cell with both keyings' values, and the ballot the second keying
// left out; it writes the reconciliation workbook, no agreed ballots, and
// exits 3.
func TestReconcilePlanted(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	a, b := filepath.Join(keyingsDir, "a.xlsx"), filepath.Join(keyingsDir, "b.csv")
	out, agreed := filepath.Join(dir, "比对.xlsx"), filepath.Join(dir, "一致.xlsx")
	code, stdout, stderr := runCLI(t, "reconcile", a, b, "--roster", filepath.Join(keyingsDir, "round.xlsx"), "-o", out, "--agreed", agreed, "--json")
	if code != exitData {
		t.Fatalf("exit %d, want 3\n%s", code, stderr)
	}
	var got contract.Reconcile
	decodeJSON(t, stdout, &got)
	var cells, missing []string
	for _, p := range sample.KeyingPlanted(sample.Seed) {
		if p.Missing {
			missing = append(missing, p.Ballot)
			continue
		}
		cells = append(cells, p.Ballot+" "+p.What+" "+p.A+"|"+p.B)
	}
	var gotCells []string
	for _, c := range got.Cells {
		what, _, _ := strings.Cut(c.What, " ") // "T001 张伟" names the target by 编号 first
		gotCells = append(gotCells, c.Ballot+" "+what+" "+c.ValueA+"|"+c.ValueB)
		if c.CellA == "" {
			t.Errorf("%s %s: no cell in the first keying", c.Ballot, c.What)
		}
	}
	if !slices.Equal(gotCells, cells) || len(cells) != 3 {
		t.Errorf("cells that differ\n got %q\nwant %q", gotCells, cells)
	}
	var only []string
	for _, o := range got.OnlyInA {
		only = append(only, o.Ballot)
	}
	if !slices.Equal(only, missing) || len(got.OnlyInB) != 0 || got.Agreed || got.Ballots != 58 || got.Agreeing != 55 {
		t.Errorf("only in A %v, only in B %v, agreed %v, %d paired, %d agreeing; want %v, none, false, 58, 55",
			only, got.OnlyInB, got.Agreed, got.Ballots, got.Agreeing, missing)
	}
	book, err := xlsxdump.Read(out)
	if err != nil {
		t.Fatal(err)
	}
	if rows := book.Rows["差异"]; len(rows) != 1+len(cells) || rows[0][0] != "票号" {
		t.Errorf("差异 has %d rows, want a header and %d", len(rows), len(cells))
	}
	if _, err := os.Stat(agreed); !os.IsNotExist(err) {
		t.Errorf("agreed ballots written while the keyings differ (%v)", err)
	}
}

// TestReconcileAgreed: two keyings that agree (here the first and a copy of
// it) give the agreed ballots, which score as the first keying does.
func TestReconcileAgreed(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	a := filepath.Join(keyingsDir, "a.xlsx")
	again := filepath.Join(dir, "again.xlsx")
	data, err := os.ReadFile(a)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(again, data, 0o644); err != nil {
		t.Fatal(err)
	}
	agreed := filepath.Join(dir, "一致.xlsx")
	mustRun(t, "reconcile", a, again, "-o", filepath.Join(dir, "比对.xlsx"), "--agreed", agreed)
	round := filepath.Join(keyingsDir, "round.xlsx")
	rules := filepath.Join(layoutsDir, "one", "rules.yaml")
	from := func(ballots string) contract.Results {
		return scoreResults(t, round, "--rules", rules, "--ballots", ballots, "-o", filepath.Join(dir, "out.xlsx"))
	}
	want, got := from(a), from(agreed)
	if !reflect.DeepEqual(got.Targets, want.Targets) || got.Ballots.Valid != 59 || want.Ballots.Valid != 59 {
		t.Errorf("the agreed ballots score otherwise than the first keying (%d and %d valid)", got.Ballots.Valid, want.Ballots.Valid)
	}
}

// TestScoreBothKeyings: score with both keyings of one stack gives the same
// result in either order; a ballot keyed alike twice counts once, and the
// only ballots voided are those the keyings disagree on.
func TestScoreBothKeyings(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	a, b := filepath.Join(keyingsDir, "a.xlsx"), filepath.Join(keyingsDir, "b.csv")
	round := filepath.Join(keyingsDir, "round.xlsx")
	rules := filepath.Join(layoutsDir, "one", "rules.yaml")
	score := func(first, second string) (contract.Results, map[string]any) {
		out := mustRun(t, "score", round, "--rules", rules, "--ballots", first, "--ballots", second, "-o", filepath.Join(dir, "out.xlsx"), "--json")
		var res contract.Results
		decodeJSON(t, out, &res)
		var generic map[string]any
		if err := json.Unmarshal([]byte(out), &generic); err != nil {
			t.Fatal(err)
		}
		return res, generic
	}
	ab, abRaw := score(a, b)
	ba, baRaw := score(b, a)
	if !reflect.DeepEqual(abRaw["targets"], baRaw["targets"]) || !reflect.DeepEqual(abRaw["ballots"], baRaw["ballots"]) ||
		!reflect.DeepEqual(abRaw["accountability"], baRaw["accountability"]) {
		t.Error("the result depends on the order of --ballots")
	}
	var differing []string
	for _, p := range sample.KeyingPlanted(sample.Seed) {
		if !p.Missing {
			differing = append(differing, p.Ballot)
		}
	}
	slices.Sort(differing)
	for _, res := range []contract.Results{ab, ba} {
		var invalid []string
		for _, ib := range res.InvalidBallots {
			invalid = append(invalid, ib.Ballot)
			if !slices.Equal(ib.Problems, []string{"duplicate_ballot_number"}) {
				t.Errorf("%s invalid for %v, want only its keyings differing", ib.Ballot, ib.Problems)
			}
		}
		slices.Sort(invalid)
		identical, conflicts := 0, 0
		for _, r := range res.Rekeys {
			if r.Conflict {
				conflicts++
			} else {
				identical++
			}
		}
		// 59 ballots in the first keying; the second holds 58 of them, 55
		// alike: those count once, the 3 that differ are invalid.
		if !slices.Equal(invalid, differing) || res.Ballots.Read != 59 || res.Ballots.Valid != 56 || identical != 55 || conflicts != 3 {
			t.Errorf("invalid %v, read %d, valid %d, keyed again %d alike and %d not; want %v, 59, 56, 55, 3",
				invalid, res.Ballots.Read, res.Ballots.Valid, identical, conflicts, differing)
		}
	}
}
