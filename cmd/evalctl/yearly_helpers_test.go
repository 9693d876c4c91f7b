package main

import (
	"encoding/json"
	"testing"
)

// resultsJSON is the part of the JSON contract the export and yearly tests
// check, decoded independently of package report.
type resultsJSON struct {
	Schema  int  `json:"schema"`
	Year    *int `json:"year"`
	Targets []struct {
		ID                     string   `json:"id"`
		Name                   string   `json:"name"`
		Unit                   string   `json:"unit"`
		Category               string   `json:"category"`
		Rank                   *int     `json:"rank"`
		FinalScore             *float64 `json:"final_score"`
		Satisfaction           *float64 `json:"satisfaction"`
		Unsatisfactory         bool     `json:"unsatisfactory"`
		PreviousRank           *int     `json:"previous_rank"`
		RankChange             *int     `json:"rank_change"`
		PreviousUnsatisfactory *bool    `json:"previous_unsatisfactory"`
		Flags                  []string `json:"flags"`
	} `json:"targets"`
	Accountability []struct {
		Person, Role, Unit, Reason string
		Actions, Targets           []string
	} `json:"accountability"`
	Complaints []struct {
		Target, Result, Effect, Where string
	} `json:"complaints"`
}

// scoreResults runs `evalctl score args... --json` and decodes stdout.
func scoreResults(t *testing.T, args ...string) resultsJSON {
	t.Helper()
	got, _ := scoreResultsRaw(t, args...)
	return got
}

// scoreResultsRaw is scoreResults also returning stdout as written.
func scoreResultsRaw(t *testing.T, args ...string) (resultsJSON, string) {
	t.Helper()
	out := mustRun(t, append(append([]string{"score"}, args...), "--json")...)
	var got resultsJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("decoding the JSON: %v", err)
	}
	return got, out
}
