package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/golden"
	"github.com/evalctl/evalctl/internal/sample"
)

// The close-cut sample (testdata/closecut, sample.CloseCut) is scored under
// the chibi preset's rules, with the default replicates and seed.
var closeCutRound = filepath.Join("..", "..", "testdata", "closecut", "round.xlsx")

// TestCloseCutGolden holds the close-cut round's results workbook and JSON
// to the reviewed golden files.
func TestCloseCutGolden(t *testing.T) {
	t.Parallel()
	ps := scoredRound(t, closeCutRound, "chibi")
	dir := filepath.Join("..", "..", "testdata", "closecut")
	golden.Check(t, filepath.Join(dir, "results.golden"), []byte(ps.dump))
	golden.Check(t, filepath.Join(dir, "results.json"), ps.js)
}

// TestCloseCutSample holds the sample to what it is for, so that it cannot
// drift into a clear cut unnoticed: in 公共服务和行政执法类 the last place on
// the bottom list and the first place off it are within a point, both
// planted straddlers, both fragile with a probability well inside (0, 1);
// the clear bottoms are on the list in every replicate, and 综合管理类 is
// cut clearly.
func TestCloseCutSample(t *testing.T) {
	t.Parallel()
	planted := sample.CloseCut(sample.Seed)
	var res contract.Results
	if err := json.Unmarshal(scoredRound(t, closeCutRound, "chibi").js, &res); err != nil {
		t.Fatal(err)
	}
	if res.Resampling == nil || res.Resampling.Replicates != 1000 || res.Resampling.Seed != evaluate.DefaultSeed {
		t.Fatalf("resampling %+v, want 1000 replicates with the default seed", res.Resampling)
	}
	byID := map[string]contract.Target{}
	for _, tr := range res.Targets {
		byID[tr.ID] = tr
	}
	fragile := func(tr contract.Target) bool { return slices.Contains(tr.Flags, evaluate.FlagFragile) }
	for _, cut := range res.Cutoffs {
		if cut.Score == nil || cut.LastOn == nil || cut.FirstOff == nil {
			t.Fatalf("%s: no cutoff", cut.Category)
		}
		on, off := byID[*cut.LastOn], byID[*cut.FirstOff]
		gap := *off.FinalScore - *on.FinalScore
		t.Logf("%s: last on %s %.3f (p %.3f), first off %s %.3f (p %.3f), gap %.3f",
			cut.Category, on.ID, *on.FinalScore, *on.BottomProbability, off.ID, *off.FinalScore, *off.BottomProbability, gap)
		switch cut.Category {
		case sample.CategoryService:
			if gap <= 0 || gap >= 1 {
				t.Errorf("%s: last on %s and first off %s are %.3f apart, want within a point", cut.Category, on.ID, off.ID, gap)
			}
			for _, tr := range []contract.Target{on, off} {
				if !slices.Contains(planted.Straddlers, tr.ID) {
					t.Errorf("%s at the cut is not a planted straddler %v", tr.ID, planted.Straddlers)
				}
				if p := *tr.BottomProbability; p < 0.2 || p > 0.8 || !fragile(tr) {
					t.Errorf("%s: p = %.3f, flags %v; want between 0.2 and 0.8, and fragile", tr.ID, p, tr.Flags)
				}
				if m := *tr.Margin; m < -0.5 || m > 0.5 {
					t.Errorf("%s: margin %.3f, want within half a point", tr.ID, m)
				}
			}
			if !on.Unsatisfactory || off.Unsatisfactory {
				t.Errorf("last on %s unsatisfactory %v, first off %s %v", on.ID, on.Unsatisfactory, off.ID, off.Unsatisfactory)
			}
		case sample.CategoryGeneral:
			if gap < 2 {
				t.Errorf("%s: the cut is only %.3f points wide, want a clear one", cut.Category, gap)
			}
		}
	}
	for _, ids := range planted.Clear {
		for _, id := range ids {
			if tr := byID[id]; !tr.Unsatisfactory || *tr.BottomProbability < 0.98 || fragile(tr) {
				t.Errorf("clear bottom %s: unsatisfactory %v, p %.3f, flags %v", id, tr.Unsatisfactory, *tr.BottomProbability, tr.Flags)
			}
		}
	}
	for _, tr := range res.Targets {
		if tr.Category == sample.CategoryGeneral && fragile(tr) {
			t.Errorf("%s of %s is fragile; the category's cut is clear", tr.ID, tr.Category)
		}
	}
}

// TestReadmeCloseCut: the README shows the close-cut round's bottom list as
// `evalctl bottom testdata/closecut/round.xlsx | cut -f 1-13` prints it.
func TestReadmeCloseCut(t *testing.T) {
	t.Parallel()
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	const command = "$ evalctl bottom testdata/closecut/round.xlsx | cut -f 1-13\n"
	_, section, ok := strings.Cut(string(readme), "### A close cut\n")
	_, block, found := strings.Cut(section, "```\n"+command)
	block, _, closed := strings.Cut(block, "```")
	if !ok || !found || !closed {
		t.Fatalf("README has no section \"### A close cut\" with a block of %q", command)
	}
	var want strings.Builder
	for line := range strings.Lines(mustRun(t, "bottom", closeCutRound)) {
		fields := strings.Split(strings.TrimSuffix(line, "\n"), "\t")
		want.WriteString(strings.Join(fields[:min(13, len(fields))], "\t") + "\n")
	}
	if block != want.String() {
		t.Errorf("README's close-cut bottom list differs from what evalctl prints:\nREADME:\n%s\nevalctl:\n%s", block, want.String())
	}
}
