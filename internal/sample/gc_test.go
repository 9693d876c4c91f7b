package sample

import (
	"os"
	"runtime/debug"
	"testing"
)

// The tests allocate much and keep little, so the test binary collects
// garbage a third as often as a program does by default: the same work for
// a quarter less CPU time. GOGC, when set, still decides.
func init() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(300)
	}
}

// heavyUnderRace skips a test of much generating and comparing under
// -race: this package starts no goroutine, so the race detector has nothing
// to find in it and only multiplies the cost; the test runs in full without
// -race, and the lighter tests run the same generators under it.
func heavyUnderRace(t *testing.T) {
	t.Helper()
	if raceDetector {
		t.Skip("single-threaded generating and comparing: nothing for -race to find, and the test runs without it")
	}
}
