package xlsx

import (
	"os"
	"runtime/debug"
)

// The tests allocate much and keep little, so the test binary collects
// garbage a third as often as a program does by default: the same work for
// a quarter less CPU time. GOGC, when set, still decides.
func init() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(300)
	}
}
