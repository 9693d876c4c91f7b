package main

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/sample"
)

// hashOf runs `evalctl rules hash args...` and returns the digest printed.
func hashOf(t *testing.T, args ...string) string {
	t.Helper()
	out := strings.TrimSpace(mustRun(t, append([]string{"rules", "hash"}, args...)...))
	if len(out) != 64 {
		t.Fatalf("rules hash %v printed %q, not a SHA-256", args, out)
	}
	return out
}

// TestRulesHashStable: the digest of a preset's rules is the same for the
// preset, for the file rules show prints of it, for that file without its
// base: line (read over another preset), for a file that only names the
// base, and for one that writes what the base holds in other words; it is
// the SHA-256 of `rules show` without the base: line.
func TestRulesHashStable(t *testing.T) {
	t.Parallel()
	base := regexp.MustCompile(`(?m)^base: .*\n`)
	comments := regexp.MustCompile(`(?m)^ *#.*\n`)
	for _, preset := range evaluate.PresetNames() {
		t.Run(preset, func(t *testing.T) {
			t.Parallel()
			want := hashOf(t, "--preset", preset)
			shown := mustRunBytes(t, "rules", "show", "--preset", preset)
			if sum := sha256.Sum256(comments.ReplaceAll(base.ReplaceAll(shown, nil), nil)); hex.EncodeToString(sum[:]) != want {
				t.Errorf("the digest is not the SHA-256 of rules show without base: and its comments")
			}
			other := "chibi"
			if preset == "chibi" {
				other = "huzhou"
			}
			dir := t.TempDir()
			files := map[string]string{
				"as-shown.yaml":  string(shown),
				"no-base.yaml":   string(base.ReplaceAll(shown, nil)),
				"only-base.yaml": "# the preset, as it is\nbase: " + preset + "\n",
				// 0.0 for 0 and 1.0e-1 for 0.1, fields set to what the base
				// holds, the base named last, flow style.
				"reworded.yaml": "awards: {min_final: 0.0}\nvalidity: {max_invalid_share: 1.0e-1}\nbase: " + preset + "\n",
			}
			for name, text := range files {
				path := filepath.Join(dir, name)
				if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
				args := []string{"--rules", path}
				if name == "no-base.yaml" {
					args = append(args, "--preset", other) // complete rules need no base
				}
				if got := hashOf(t, args...); got != want {
					t.Errorf("%s: %s, want %s", name, got, want)
				}
			}
		})
	}
}

// TestRulesHashLocks: a changed weight changes the digest, and score
// --rules-sha256 refuses rules that give another digest, printing the one
// it found (exit 2); the published digest lets the round be scored.
func TestRulesHashLocks(t *testing.T) {
	t.Parallel()
	published := hashOf(t, "--preset", "chibi")
	dir := t.TempDir()
	changed := filepath.Join(dir, "changed.yaml")
	shown := mustRun(t, "rules", "show")
	weights := strings.Replace(shown, "  - name: 党代表\n    weight: 0.2\n", "  - name: 党代表\n    weight: 0.3\n", 1)
	weights = strings.Replace(weights, "  - name: 人大代表\n    weight: 0.2\n", "  - name: 人大代表\n    weight: 0.1\n", 1)
	if weights == shown {
		t.Fatal("the rules show no weights to change")
	}
	if err := os.WriteFile(changed, []byte(weights), 0o644); err != nil {
		t.Fatal(err)
	}
	other := hashOf(t, "--rules", changed)
	if other == published {
		t.Fatal("a changed weight left the digest as it was")
	}
	round := filepath.Join(dir, "tiny.xlsx")
	if err := sample.WriteWorkbook(round, edgeSheets()); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCLI(t, "score", round, "--rules", changed, "--rules-sha256", published, "-o", filepath.Join(dir, "out.xlsx"))
	if code != exitUsage || !strings.Contains(stderr, other) || !strings.Contains(stderr, published) {
		t.Errorf("score with changed rules: exit %d, want 2 naming both digests\n%s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "out.xlsx")); err == nil {
		t.Error("refused, yet a results workbook was written")
	}
	res := scoreResults(t, round, "--rules-sha256", strings.ToUpper(published), "-o", filepath.Join(dir, "ok.xlsx"))
	if res.RulesSHA256 != published {
		t.Errorf("JSON rules_sha256 %q, want %q", res.RulesSHA256, published)
	}
	if code, _, stderr := runCLI(t, "score", round, "--rules-sha256", "abc"); code != exitUsage || !strings.Contains(stderr, "不是 64 位十六进制数") {
		t.Errorf("a malformed digest: exit %d\n%s", code, stderr)
	}
}

// TestPreviousRulesChanged: --previous compares the rules the previous
// round recorded with this round's. From a results workbook, whose 审计
// sheet holds the rules, the warning names the fields that changed; from
// the JSON, which holds their digest only, it says that they changed; with
// the same rules, nothing is said.
func TestPreviousRulesChanged(t *testing.T) {
	t.Parallel()
	round, rules := writeVerdictRound(t, smallRoundTargets, [][]any{{"G1", "一票否决"}}, "")
	dir := filepath.Dir(round)
	changed := filepath.Join(dir, "changed.yaml")
	if err := os.WriteFile(changed, []byte("base: chibi\nmin_ratings: 5\ngroups: [{name: 党代表, weight: 0.3}, {name: 人大代表, weight: 0.1}, "+
		"{name: 政协委员, weight: 0.2}, {name: 企业代表, weight: 0.2}, {name: 社会人士, weight: 0.2}]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	before := filepath.Join(dir, "before.xlsx")
	js := mustRun(t, "score", round, "--rules", rules, "-o", before, "--json")
	beforeJSON := filepath.Join(dir, "before.json")
	if err := os.WriteFile(beforeJSON, []byte(js), 0o644); err != nil {
		t.Fatal(err)
	}
	changedWarning := func(res []string) string {
		for _, w := range res {
			if strings.HasPrefix(w, "rules_changed ") {
				return w
			}
		}
		return ""
	}
	for _, tc := range []struct {
		name, rules, previous, want string
	}{
		{"workbook", changed, before, "rules_changed 上一轮的评分规则与本轮不同：groups[0].weight, groups[1].weight"},
		{"json", changed, beforeJSON, "rules_changed 上一轮结果只记录了评分规则的 SHA-256（" + hashOf(t, "--rules", rules) + "），与本轮（" + hashOf(t, "--rules", changed) + "）不同"},
		{"same rules", rules, before, ""},
	} {
		res := scoreResults(t, round, "--rules", tc.rules, "--previous", tc.previous, "-o", filepath.Join(t.TempDir(), "out.xlsx"))
		var got []string
		for _, w := range res.Warnings {
			got = append(got, string(w.Code)+" "+w.Message)
			if w.Code == "rules_changed" && w.Where != tc.previous {
				t.Errorf("%s: the warning is at %q, want the previous results %q", tc.name, w.Where, tc.previous)
			}
		}
		if w := changedWarning(got); (tc.want == "") != (w == "") || !strings.HasPrefix(w, tc.want) {
			t.Errorf("%s: warning %q, want %q", tc.name, w, tc.want)
		}
	}
	// The summary and the 审计 sheet say it too.
	out := filepath.Join(t.TempDir(), "out.xlsx")
	_, _, summary := runCLI(t, "score", round, "--rules", changed, "--previous", before, "-o", out) // piped: on stderr
	if !strings.Contains(summary, "groups[0].weight, groups[1].weight") {
		t.Errorf("the summary does not name the fields changed:\n%s", summary)
	}
}
