package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/xlsxdump"
)

// The command tests run evalctl in-process through run, with captured
// streams; these are their helpers.

// runCLI runs evalctl and returns its exit code, stdout and stderr.
func runCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	return runOn(t, false, args...)
}

// runOn is runCLI with stderr a terminal or not, for progress lines.
func runOn(t *testing.T, errTerminal bool, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	s := &streams{In: strings.NewReader(""), Out: &out, Err: &errOut, ErrTerminal: errTerminal}
	code = run(args, s)
	return code, out.String(), errOut.String()
}

// mustRun runs evalctl, fails the test unless it exits 0, and returns
// stdout.
func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errOut := runCLI(t, args...)
	if code != exitOK {
		t.Fatalf("evalctl %s: exit %d\n%s", strings.Join(args, " "), code, errOut)
	}
	return out
}

// mustRunBytes is mustRun returning stdout as bytes.
func mustRunBytes(t *testing.T, args ...string) []byte {
	t.Helper()
	return []byte(mustRun(t, args...))
}

// decodeJSON decodes JSON that evalctl printed into v.
func decodeJSON(t *testing.T, data string, v any) {
	t.Helper()
	if err := json.Unmarshal([]byte(data), v); err != nil {
		t.Fatalf("decoding the JSON: %v", err)
	}
}

// scoreResults runs `evalctl score args... --json` and decodes stdout. The
// ballots are not resampled unless args ask for it: the tests that call it
// are about other figures, and the resampling is held to its own tests,
// the goldens and the scripts.
func scoreResults(t *testing.T, args ...string) contract.Results {
	t.Helper()
	got, _ := scoreResultsRaw(t, args...)
	return got
}

// scoreResultsRaw is scoreResults also returning stdout as written.
func scoreResultsRaw(t *testing.T, args ...string) (contract.Results, string) {
	t.Helper()
	args = append([]string{"score"}, args...)
	if !slices.Contains(args, "--replicates") {
		args = append(args, "--replicates", "0")
	}
	out := mustRun(t, append(args, "--json")...)
	var got contract.Results
	decodeJSON(t, out, &got)
	return got, out
}

// copyFile copies src into dir and returns the copy's path.
func copyFile(t *testing.T, src, dir string) string {
	t.Helper()
	in, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	dst := filepath.Join(dir, filepath.Base(src))
	out, err := os.Create(dst)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
	return dst
}

// A presetScore is a preset's sample round scored once per test binary:
// the results workbook's dump and the JSON, both with the round's folder
// taken out of file names and the version out of the audit sheet, so that
// they can be compared with golden files; and the workbook's bytes.
type presetScore struct {
	once      sync.Once
	dump      string
	js, bytes []byte
	err       string
}

var presetScores sync.Map // round path -> *presetScore

// presetRound is the committed sample round of a preset. Tests score it in
// place: evalctl never writes an input, as the scripts check.
func presetRound(preset string) string {
	return filepath.Join("..", "..", "testdata", preset, "round.xlsx")
}

// scorePresetRound scores testdata/<preset>/round.xlsx with the preset, once
// per test binary however many tests ask.
func scorePresetRound(t *testing.T, preset string) (dump string, js []byte) {
	t.Helper()
	ps := scoredPreset(t, preset)
	return ps.dump, ps.js
}

func scoredPreset(t *testing.T, preset string) *presetScore {
	t.Helper()
	return scoredRound(t, presetRound(preset), preset)
}

// scoredRound is scoredPreset for any round under a preset's rules, once
// per test binary.
func scoredRound(t *testing.T, in, preset string) *presetScore {
	t.Helper()
	v, _ := presetScores.LoadOrStore(in, &presetScore{})
	ps := v.(*presetScore)
	ps.once.Do(func() { ps.score(in, preset) })
	if ps.err != "" {
		t.Fatal(ps.err)
	}
	return ps
}

func (ps *presetScore) score(in, preset string) {
	dir, err := os.MkdirTemp("", "evalctl-preset-")
	if err != nil {
		ps.err = err.Error()
		return
	}
	defer os.RemoveAll(dir)
	out := filepath.Join(dir, "results.xlsx")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"score", in, "-o", out, "--json", "--preset", preset}, &streams{In: strings.NewReader(""), Out: &stdout, Err: &stderr}); code != exitOK {
		ps.err = "evalctl score " + preset + ": " + stderr.String()
		return
	}
	if ps.bytes, err = os.ReadFile(out); err != nil {
		ps.err = err.Error()
		return
	}
	dump, err := xlsxdump.File(out)
	if err != nil {
		ps.err = err.Error()
		return
	}
	prefix := filepath.Dir(in) + string(filepath.Separator)
	quoted, _ := json.Marshal(prefix)
	ps.js = bytes.ReplaceAll(stdout.Bytes(), quoted[1:len(quoted)-1], nil)
	dump = strings.ReplaceAll(dump, prefix, "")
	ps.dump = strings.Replace(dump, "审计!B2\t"+version+"\n", "审计!B2\t(version)\n", 1)
}
