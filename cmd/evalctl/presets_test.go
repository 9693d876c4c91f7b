package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/evalctl/evalctl/internal/xlsxdump"
)

var updatePresets = flag.Bool("update-presets", false, "rewrite testdata/<preset>/results.golden and results.json of every preset")

// evalctlRun runs evalctl in-process and fails the test unless it exits 0;
// it returns stdout.
func evalctlRun(t *testing.T, args ...string) []byte {
	t.Helper()
	var out, errOut bytes.Buffer
	if code := run(args, &streams{In: strings.NewReader(""), Out: &out, Err: &errOut}); code != exitOK {
		t.Fatalf("evalctl %s: exit %d\n%s", strings.Join(args, " "), code, errOut.String())
	}
	return out.Bytes()
}

// scorePresetRound scores a copy of testdata/<preset>/round.xlsx with the
// preset, or with the rules arguments given instead, and returns the
// results workbook's dump and the JSON, both with the temporary folder
// taken out of file names and the version out of the audit sheet, so that
// they can be compared with golden files.
func scorePresetRound(t *testing.T, preset string, rules ...string) (dump string, js []byte) {
	t.Helper()
	dir := t.TempDir()
	in := copyFile(t, filepath.Join("..", "..", "testdata", preset, "round.xlsx"), dir)
	out := filepath.Join(dir, "results.xlsx")
	if len(rules) == 0 {
		rules = []string{"--preset", preset}
	}
	js = evalctlRun(t, append([]string{"score", in, "-o", out, "--json"}, rules...)...)
	dump, err := xlsxdump.File(out)
	if err != nil {
		t.Fatal(err)
	}
	prefix := dir + string(filepath.Separator)
	quoted, _ := json.Marshal(prefix)
	js = bytes.ReplaceAll(js, quoted[1:len(quoted)-1], nil)
	dump = strings.ReplaceAll(dump, prefix, "")
	dump = strings.Replace(dump, "审计!B2\t"+version+"\n", "审计!B2\t(version)\n", 1)
	return dump, js
}

// presetGolden compares got with testdata/<preset>/<name>, or rewrites it
// under -update-presets.
func presetGolden(t *testing.T, preset, name string, got []byte) {
	t.Helper()
	path := filepath.Join("..", "..", "testdata", preset, name)
	if *updatePresets {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/evalctl -run TestPresetGoldens -update-presets to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; run go test ./cmd/evalctl -run TestPresetGoldens -update-presets and review with git diff", path)
	}
}

// presets are the built-in presets, each with a sample round and reviewed
// golden results in testdata/<preset>. The figures worked out by hand that
// the review checked are asserted in the recount tests (chibi) and in the
// presets_*_test.go files.
var presets = []string{"chibi", "luoyang", "lishui", "jintan", "huzhou"}

// TestPresetGoldens scores the sample round of each preset and holds the
// results workbook and the JSON to the reviewed golden files.
func TestPresetGoldens(t *testing.T) {
	t.Parallel()
	for _, preset := range presets {
		t.Run(preset, func(t *testing.T) {
			t.Parallel()
			dump, js := scorePresetRound(t, preset)
			presetGolden(t, preset, "results.golden", []byte(dump))
			presetGolden(t, preset, "results.json", js)
		})
	}
}

// TestPresetRulesRoundTrip: the rules `rules show --preset X` prints, read
// back with --rules, score the round exactly as the preset does — and so do
// they without their `base:` line, so the printed rules are complete, not
// filled in from the preset. Only the audit sheet, which records where the
// rules came from, may differ.
func TestPresetRulesRoundTrip(t *testing.T) {
	t.Parallel()
	audit, base := regexp.MustCompile(`(?m)^审计!.*\n`), regexp.MustCompile(`(?m)^base: .*\n`)
	for _, preset := range presets {
		t.Run(preset, func(t *testing.T) {
			t.Parallel()
			shown := evalctlRun(t, "rules", "show", "--preset", preset)
			dir := t.TempDir()
			files := map[string][]byte{"as-shown.yaml": shown, "no-base.yaml": base.ReplaceAll(shown, nil)}
			wantDump, want := scorePresetRound(t, preset)
			for name, data := range files {
				path := filepath.Join(dir, name)
				if err := os.WriteFile(path, data, 0o644); err != nil {
					t.Fatal(err)
				}
				dump, got := scorePresetRound(t, preset, "--rules", path)
				if !bytes.Equal(got, want) {
					t.Errorf("score --rules %s: the JSON differs from score --preset %s", name, preset)
				}
				if audit.ReplaceAllString(dump, "") != audit.ReplaceAllString(wantDump, "") {
					t.Errorf("score --rules %s: the workbook differs from score --preset %s beyond 审计", name, preset)
				}
			}
		})
	}
}
