package ingest

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/sample"
)

// TestOpenInputsFailuresDoNotPanic: every way of failing to open a round
// returns an error of the right kind, closing whatever was opened.
func TestOpenInputsFailuresDoNotPanic(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "notes.xlsx")
	if err := os.WriteFile(text, []byte("票号,代表类别\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	csvRound := filepath.Join(dir, "round.csv")
	if err := os.WriteFile(csvRound, []byte("编号\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	empty := t.TempDir()
	sample := filepath.Join("..", "testdata", "chibi", "round.xlsx")
	tests := []struct {
		name    string
		round   string
		ballots []string
		is      func(error) bool
	}{
		{"missing round", filepath.Join(dir, "nope.xlsx"), nil, func(e error) bool { return errors.Is(e, fs.ErrNotExist) }},
		{"not a workbook", text, nil, func(e error) bool { return errors.Is(e, evaluate.ErrInvalidData) }},
		{"a CSV as the round", csvRound, nil, func(e error) bool { return errors.Is(e, evaluate.ErrInvalidData) }},
		{"folder without roster", empty, nil, func(e error) bool { return errors.Is(e, evaluate.ErrInvalidData) }},
		{"missing ballots file", sample, []string{filepath.Join(dir, "nope.csv")}, func(e error) bool { return errors.Is(e, fs.ErrNotExist) }},
		{"a file named twice", sample, []string{sample}, ErrUsage},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in, err := OpenInputs(tc.round, tc.ballots, Options{})
			if err == nil || in != nil {
				t.Fatalf("OpenInputs = %v, %v; want an error", in, err)
			}
			if !tc.is(err) {
				t.Errorf("error %v is not of the expected kind", err)
			}
		})
	}
}

// TestKeepGoing: with KeepGoing a header naming no target is one problem:
// the rest of its sheet is still read (P1, its T999 cell left out), so is
// the next sheet, and the problem still comes back; without it, the sheet
// stops at the header.
func TestKeepGoing(t *testing.T) {
	path := writeBook(t, "x.xlsx",
		rosterSheet(person("T001", "张三", "市财政局", "股", "综合管理类", "S", "P")),
		sample.Sheet{Name: "选票", Rows: [][]any{{"票号", "代表类别", "T999"}, {"P1", "党代表", "满意"}}},
		sample.Sheet{Name: "选票-党代表", Rows: [][]any{{"票号", "T001"}, {"P2", "满意"}}},
	)
	rules := evaluate.Chibi()
	for _, keep := range []bool{false, true} {
		in, err := OpenInputs(path, nil, Options{})
		if err != nil {
			t.Fatal(err)
		}
		in.KeepGoing = keep
		round, _ := in.ReadRound(rules)
		var read []string
		err = in.Ballots(rules, round.Targets, func(b evaluate.Ballot) error {
			read = append(read, b.ID)
			return nil
		})
		in.Close()
		if err == nil || !strings.Contains(err.Error(), "选票!C1") {
			t.Errorf("keep going %v: err = %v, want the T999 header named", keep, err)
		}
		if want := map[bool]int{false: 0, true: 2}[keep]; len(read) != want {
			t.Errorf("keep going %v: read %v, want %d ballot(s)", keep, read, want)
		}
	}
}

// TestOnly: with Only set, Ballots passes on exactly the ballots it picks,
// as they are read without it, on a sheet with a row per ballot (where the
// others are not made), a long sheet and a survey export.
func TestOnly(t *testing.T) {
	layouts := filepath.Join("..", "testdata", "layouts", "one")
	for _, tc := range []struct {
		name, round, ballots, rules string
	}{
		{"wide", filepath.Join(layouts, "wide.xlsx"), "", filepath.Join(layouts, "rules.yaml")},
		{"long", filepath.Join(layouts, "long.xlsx"), "", filepath.Join(layouts, "rules.yaml")},
		{"survey", filepath.Join(layouts, "survey", "round.xlsx"), filepath.Join(layouts, "survey", "wjx-text.xlsx"), filepath.Join(layouts, "rules.yaml")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rules, err := LoadRules(tc.rules, evaluate.DefaultPreset)
			if err != nil {
				t.Fatal(err)
			}
			var extra []string
			if tc.ballots != "" {
				extra = []string{tc.ballots}
			}
			read := func(only func(evaluate.Source) bool) (srcs []evaluate.Source, texts []string) {
				in, err := OpenInputs(tc.round, extra, Options{})
				if err != nil {
					t.Fatal(err)
				}
				defer in.Close()
				round, err := in.ReadRound(rules)
				if err != nil {
					t.Fatal(err)
				}
				in.Only = only
				err = in.Ballots(rules, round.Targets, func(b evaluate.Ballot) error {
					meta := ""
					if b.Meta != nil {
						meta = fmt.Sprintf("%+v", *b.Meta)
					}
					b.Meta = nil
					srcs, texts = append(srcs, b.Source), append(texts, fmt.Sprintf("%+v %s", b, meta))
					return nil
				})
				if err != nil {
					t.Fatal(err)
				}
				return srcs, texts
			}
			pick := func(s evaluate.Source) bool { return s.Row%3 == 1 }
			srcs, all := read(nil)
			var want []string
			for i, s := range srcs {
				if pick(s) {
					want = append(want, all[i])
				}
			}
			if len(want) < 2 || len(want) == len(all) {
				t.Fatalf("%d ballots of %d picked: the test picks too few or all", len(want), len(all))
			}
			_, got := read(pick)
			if len(got) != len(want) {
				t.Fatalf("with Only, %d ballots; want %d", len(got), len(want))
			}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("with Only, ballot %d:\n%s\nwant\n%s", i, got[i], want[i])
				}
			}
		})
	}
}
