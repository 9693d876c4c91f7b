package main

import (
	"encoding/json"
	"testing"

	"github.com/evalctl/evalctl/internal/contract"
)

// scoreResults runs `evalctl score args... --json` and decodes stdout.
func scoreResults(t *testing.T, args ...string) contract.Results {
	t.Helper()
	got, _ := scoreResultsRaw(t, args...)
	return got
}

// scoreResultsRaw is scoreResults also returning stdout as written.
func scoreResultsRaw(t *testing.T, args ...string) (contract.Results, string) {
	t.Helper()
	out := mustRun(t, append(append([]string{"score"}, args...), "--json")...)
	var got contract.Results
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("decoding the JSON: %v", err)
	}
	return got, out
}
