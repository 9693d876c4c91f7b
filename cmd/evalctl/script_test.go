package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/evalctl/evalctl/internal/sample"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets the test binary act as evalctl, so the scripts in
// testdata/script run the real command line in a real process.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"evalctl": func() { os.Exit(run(os.Args[1:], systemStreams())) },
	})
}

// TestScripts runs the end-to-end scripts testdata/script/*.txtar. Each starts
// with a copy of the sample round as $WORK/round.xlsx, for what the sample
// shows, and the tiny edge round (edgeSheets) as $WORK/tiny.xlsx, for usage
// paths and whatever a small round shows as well; $TESTDATA is the
// repository's testdata folder, to copy other rounds from.
func TestScripts(t *testing.T) {
	t.Parallel()
	round, err := os.ReadFile(sampleRound)
	if err != nil {
		t.Fatal(err)
	}
	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:                 filepath.Join("testdata", "script"),
		RequireExplicitExec: true,
		Setup: func(env *testscript.Env) error {
			env.Setenv("TESTDATA", testdata)
			// Built with -race, evalctl would sleep a second as it exits
			// (the race runtime's atexit_sleep_ms), for each of the
			// scripts' commands; the race options given to go test hold.
			env.Setenv("GORACE", strings.TrimSpace(os.Getenv("GORACE")+" atexit_sleep_ms=0"))
			if err := sample.WriteWorkbook(filepath.Join(env.WorkDir, "tiny.xlsx"), edgeSheets()); err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(env.WorkDir, "round.xlsx"), round, 0o644)
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"exitcode": cmdExitCode,
		},
		// [race]: the test binary, and so evalctl, is built with -race.
		Condition: func(cond string) (bool, error) {
			if cond == "race" {
				return raceDetector, nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
	})
}

// cmdExitCode runs `exitcode N command args...` and fails unless the command
// exits with exactly N; its stdout and stderr are kept for the stdout and
// stderr commands, as exec keeps them.
func cmdExitCode(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: exitcode N command [args...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("exitcode: %v", err)
	}
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			ts.Fatalf("exitcode: %v", err)
		}
		got = exit.ExitCode()
	}
	if got != want {
		ts.Fatalf("%s exited with %d, want %d", args[1], got, want)
	}
}
