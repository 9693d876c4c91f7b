package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/ingest"
	"github.com/evalctl/evalctl/internal/golden"
	"github.com/evalctl/evalctl/report"
)

// presetGolden compares got with testdata/<preset>/<name>, or rewrites it
// under -update.
func presetGolden(t *testing.T, preset, name string, got []byte) {
	t.Helper()
	golden.Check(t, filepath.Join("..", "..", "testdata", preset, name), got)
}

// Every preset has a sample round and reviewed golden results in
// testdata/<preset>. The figures worked out by hand that the review checked
// are asserted in the recount tests (chibi) and in the presets_*_test.go
// files.

// TestPresetGoldens scores the sample round of each preset and holds the
// results workbook and the JSON to the reviewed golden files.
func TestPresetGoldens(t *testing.T) {
	t.Parallel()
	for _, preset := range evaluate.PresetNames() {
		t.Run(preset, func(t *testing.T) {
			t.Parallel()
			dump, js := scorePresetRound(t, preset)
			presetGolden(t, preset, "results.golden", []byte(dump))
			presetGolden(t, preset, "results.json", js)
		})
	}
}

// TestPresetRulesRoundTrip: the rules `rules show --preset X` prints read
// back with --rules as exactly the preset's rules, and so do they without
// their base: line, so the printed rules are complete, not filled in from
// the preset.
func TestPresetRulesRoundTrip(t *testing.T) {
	t.Parallel()
	base := regexp.MustCompile(`(?m)^base: .*\n`)
	for _, preset := range evaluate.PresetNames() {
		t.Run(preset, func(t *testing.T) {
			t.Parallel()
			want, err := evaluate.Preset(preset)
			if err != nil {
				t.Fatal(err)
			}
			shown := mustRunBytes(t, "rules", "show", "--preset", preset)
			dir := t.TempDir()
			files := map[string][]byte{"as-shown.yaml": shown, "no-base.yaml": base.ReplaceAll(shown, nil)}
			for name, data := range files {
				path := filepath.Join(dir, name)
				if err := os.WriteFile(path, data, 0o644); err != nil {
					t.Fatal(err)
				}
				// Without its base: line, the file starts from whatever
				// preset --preset names: every other one must give way to
				// it entirely.
				for _, other := range evaluate.PresetNames() {
					got, err := ingest.LoadRules(path, other)
					if err != nil {
						t.Fatalf("%s over %s: %v", name, other, err)
					}
					got.Base = ""
					if !sameRules(t, got, want) {
						t.Errorf("%s over %s reads back other rules than the preset %s", name, other, preset)
					}
				}
			}
		})
	}
}

// sameRules reports whether two rules are the same, as their canonical YAML
// says (an empty list and no list are the same rules).
func sameRules(t *testing.T, a, b *evaluate.Rules) bool {
	t.Helper()
	ya, err := report.RulesYAML(a)
	if err != nil {
		t.Fatal(err)
	}
	yb, err := report.RulesYAML(b)
	if err != nil {
		t.Fatal(err)
	}
	return bytes.Equal(ya, yb)
}
