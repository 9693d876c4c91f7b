// Command evalctl scores mass democratic evaluation rounds (群众评议): it
// reads a round workbook, applies the rules and writes rankings, the bottom
// list, the accountability list and awards.
package main

import (
	"os"
	"runtime/debug"
)

func main() {
	// What a round keeps grows with its ballots only through the tally's
	// compact log, which holds no pointers: collecting at half the live
	// heap rather than all of it costs little and keeps the memory of a
	// million ballots under 64 MiB. GOGC set in the environment wins.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(50)
	}
	stop := startProfiles()
	code := run(os.Args[1:], systemStreams())
	stop()
	os.Exit(code)
}
