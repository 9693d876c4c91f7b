//go:build race

package xlsx

// raceDetector says the tests run under -race, which multiplies the cost of
// single-threaded work and finds nothing in it: the heaviest such tests
// check less volume then, never less code.
const raceDetector = true
