package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/xlsxlint"
)

// notice writes both forms for every preset's sample, from its results
// workbook and from its JSON: the lists as long as the results say, a
// workbook every client opens, a page with nothing from outside it.
//
// It runs before the parallel tests, not among them: its presets, in
// parallel with each other, make the scorings the other tests share, which
// those would otherwise wait for holding their places among the
// -test.parallel tests that run at once.
func TestNoticeEveryPreset(t *testing.T) {
	for _, preset := range evaluate.PresetNames() {
		t.Run(preset, func(t *testing.T) {
			t.Parallel()
			ps := scoredPreset(t, preset)
			var res contract.Results
			decodeJSON(t, string(ps.js), &res)
			unsat, awards := 0, 0
			for _, tg := range res.Targets {
				if tg.Unsatisfactory {
					unsat++
				}
				if tg.Award {
					awards++
				}
			}
			dir := t.TempDir()
			results, js := filepath.Join(dir, "results.xlsx"), filepath.Join(dir, "results.json")
			if err := os.WriteFile(results, ps.bytes, 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(js, ps.js, 0o644); err != nil {
				t.Fatal(err)
			}
			for _, in := range []string{results, js} {
				stem := strings.TrimSuffix(in, filepath.Ext(in)) + "-公示"
				_, errOut := mustRunBoth(t, "notice", in, "--preset", preset, "--from", "2026-01-05", "--days", "7", "--order", "strokes")
				if want := fmt.Sprintf("（%d 名", unsat); !strings.Contains(errOut, want) || !strings.Contains(errOut, fmt.Sprintf("，%d 名", awards)) {
					t.Errorf("%s: %q does not count %d unsatisfactory and %d awarded", filepath.Base(in), errOut, unsat, awards)
				}
				problems, err := xlsxlint.Check(stem + ".xlsx")
				if err != nil {
					t.Fatal(err)
				}
				for _, p := range problems {
					t.Errorf("%s: %s", filepath.Base(stem), p)
				}
				page, err := os.ReadFile(stem + ".html")
				if err != nil {
					t.Fatal(err)
				}
				if html := string(page); !strings.Contains(html, "公示期：2026年1月5日至2026年1月11日。") || strings.Count(html, "<table>") != 2 {
					t.Errorf("%s.html lacks its period or its two lists", filepath.Base(stem))
				}
			}
		})
	}
}

// mustRunBoth runs evalctl, fails unless it succeeds, and returns its
// stdout and stderr.
func mustRunBoth(t *testing.T, args ...string) (string, string) {
	t.Helper()
	code, out, errOut := runOn(t, false, args...)
	if code != exitOK {
		t.Fatalf("evalctl %s: exit %d\n%s", strings.Join(args, " "), code, errOut)
	}
	return out, errOut
}
