package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/evalctl/evalctl/internal/golden"
	"github.com/evalctl/evalctl/internal/sample"
)

const malformedDir = "../../testdata/malformed"

// TestMalformedCorpus runs check and score on every file of the
// malformed-input corpus (sample.MalformedCorpus; the zip bombs made here):
// each is read without a panic to a located error (exit 3) naming the file
// and the place the corpus says, or, where the corpus says the file is
// fine, to no error; score then writes nothing; no input changes. The
// messages themselves are in testdata/malformed.golden, for review.
func TestMalformedCorpus(t *testing.T) {
	t.Parallel()
	rules := filepath.Join(layoutsDir, "one", "rules.yaml")
	clean := filepath.Join(layoutsDir, "one", "clean.xlsx")
	var report strings.Builder
	for _, m := range sample.MalformedCorpus() {
		path := filepath.Join(malformedDir, m.Name)
		if m.Large {
			if raceDetector {
				continue // inflating 64 MB under the race detector: the small files take the same paths
			}
			data, err := m.Data()
			if err != nil {
				t.Fatalf("%s: %v", m.Name, err)
			}
			path = filepath.Join(t.TempDir(), m.Name)
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		before, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%s: %v (go run ./internal/sample/gen -malformed testdata/malformed)", m.Name, err)
		}
		args := []string{path, "--rules", rules}
		if m.Ballots {
			args = []string{clean, "--rules", rules, "--ballots", path}
		}
		want, where := exitData, path
		if m.OK {
			want = exitOK
		} else if m.Where != "" {
			where = path + ": " + m.Where
		}

		code, out, errOut := runCLI(t, append([]string{"check"}, args...)...)
		text := out + errOut
		switch {
		case code != want:
			t.Errorf("check %s (%s): exit %d, want %d\n%s", m.Name, m.What, code, want, text)
		case !m.OK && !strings.Contains(text, where+": "):
			t.Errorf("check %s (%s): no error at %q:\n%s", m.Name, m.What, where, text)
		}
		fmt.Fprintf(&report, "%s\t%s\t%d\n", m.Name, m.What, code)
		for _, line := range strings.Split(strings.TrimSpace(text), "\n") {
			if strings.Contains(line, path+":") {
				fmt.Fprintf(&report, "\t%s\n", strings.TrimSpace(strings.ReplaceAll(line, filepath.Dir(path)+string(filepath.Separator), "")))
			}
		}

		out2 := filepath.Join(t.TempDir(), "out.xlsx")
		code, _, errOut = runCLI(t, append([]string{"score", "-o", out2}, args...)...)
		if code != want || (!m.OK && !strings.Contains(errOut, where)) {
			t.Errorf("score %s: exit %d, want %d, and the error at %q:\n%s", m.Name, code, want, where, errOut)
		}
		if _, err := os.Stat(out2); (err == nil) != m.OK {
			t.Errorf("score %s: output written: %v, want %v", m.Name, err == nil, m.OK)
		}
		if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
			t.Errorf("%s was changed by reading it", m.Name)
		}
	}
	if !raceDetector {
		golden.Check(t, filepath.Join("testdata", "malformed.golden"), []byte(report.String()))
	}
}
