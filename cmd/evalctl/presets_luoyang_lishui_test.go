package main

import (
	"encoding/json"
	"math"
	"strings"
	"testing"
)

// reviewTarget is one target of the JSON contract, as the review reads it.
type reviewTarget struct {
	ID, Category, Unit, Status string
	Ratings                    int
	CategorySize               int      `json:"category_size"`
	Rank                       *int     `json:"rank"`
	Ballot                     *float64 `json:"ballot_score"`
	Final                      *float64 `json:"final_score"`
	Satisfaction               *float64 `json:"satisfaction"`
	Deduction                  float64
	Unsatisfactory, Award      bool
	Flags                      []string
	Groups                     []struct {
		Group   string
		Ballots int
		Ratings int
		Mean    *float64
	}
}

// presetReview is a preset's scored sample round as the review reads it:
// the JSON, and from the workbook the award names and bottom verdicts that
// only it shows.
type presetReview struct {
	Ballots struct {
		Read, Valid, Invalid int
		Groups               []struct {
			Group        string
			Satisfaction *float64
		}
	}
	Targets        []*reviewTarget
	Accountability []struct {
		Person, Role, Unit          string
		Actions, Proposals, Targets []string
	}
	InvalidBallots []struct {
		Ballot   string
		Problems []string
	} `json:"invalid_ballots"`

	byID           map[string]*reviewTarget
	award, verdict map[string]string // by target ID
}

// reviewPreset scores a preset's sample round and reads it for review.
func reviewPreset(t *testing.T, preset string) *presetReview {
	t.Helper()
	dump, js := scorePresetRound(t, preset)
	r := &presetReview{byID: map[string]*reviewTarget{}}
	if err := json.Unmarshal(js, r); err != nil {
		t.Fatal(err)
	}
	for _, tg := range r.Targets {
		r.byID[tg.ID] = tg
	}
	// Sheet rows of the dump: "表彰名单!C3<TAB>Q03" gives row 3, column C.
	cells := map[string]map[string]string{}
	for _, line := range strings.Split(dump, "\n") {
		ref, value, _ := strings.Cut(line, "\t")
		sheet, cell, _ := strings.Cut(ref, "!")
		col := strings.TrimRight(cell, "0123456789")
		key := sheet + "!" + cell[len(col):]
		if cells[key] == nil {
			cells[key] = map[string]string{}
		}
		cells[key][col] = value
	}
	// column finds a column of a sheet by its header.
	column := func(sheet, header string) string {
		for col, v := range cells[sheet+"!1"] {
			if v == header {
				return col
			}
		}
		t.Fatalf("%s has no column %s", sheet, header)
		return ""
	}
	r.award, r.verdict = map[string]string{}, map[string]string{}
	for _, s := range []struct {
		sheet, value string
		into         map[string]string
	}{{"表彰名单", "表彰", r.award}, {"不满意名单", "结论", r.verdict}} {
		id, value := column(s.sheet, "编号"), column(s.sheet, s.value)
		for key, row := range cells {
			if strings.HasPrefix(key, s.sheet+"!") && key != s.sheet+"!1" {
				s.into[row[id]] = row[value]
			}
		}
	}
	return r
}

// target returns a target, failing the test when it is missing.
func (r *presetReview) target(t *testing.T, id string) *reviewTarget {
	t.Helper()
	tg, ok := r.byID[id]
	if !ok {
		t.Fatalf("no target %s", id)
	}
	return tg
}

// entries lists the accountability entries of a role in a unit as
// "person: actions / proposals <- targets", in order.
func (r *presetReview) entries(role, unit string) []string {
	var out []string
	for _, a := range r.Accountability {
		if a.Role == role && a.Unit == unit {
			out = append(out, a.Person+": "+strings.Join(a.Actions, ",")+" / "+strings.Join(a.Proposals, ",")+" <- "+strings.Join(a.Targets, ","))
		}
	}
	return out
}

// invalid lists the invalid ballots as "票号 problems".
func (r *presetReview) invalid() []string {
	var out []string
	for _, b := range r.InvalidBallots {
		out = append(out, b.Ballot+" "+strings.Join(b.Problems, ","))
	}
	return out
}

// nearHand reports a figure that is missing or off what was worked out by hand.
func nearHand(t *testing.T, what string, got *float64, want float64) {
	t.Helper()
	if got == nil || math.Abs(*got-want) > 1e-9 {
		t.Errorf("%s = %v, worked out by hand %v", what, opt(got), want)
	}
}

// opt shows an optional value: nil or what it points to.
func opt[T any](p *T) any {
	if p == nil {
		return nil
	}
	return *p
}
