package ingest

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/evalctl/evalctl/evaluate"
)

// resultsSchema is the JSON contract version this reader understands.
const resultsSchema = 1

// resultsJSON mirrors the parts of evalctl's JSON contract (package report)
// that reading results back needs. Package ingest does not import report,
// so the fields are repeated here; the contract only grows within a schema.
type resultsJSON struct {
	Schema  *int   `json:"schema"`
	Round   string `json:"round"`
	Year    *int   `json:"year"`
	Targets []struct {
		ID             string   `json:"id"`
		Name           string   `json:"name"`
		Unit           string   `json:"unit"`
		Section        string   `json:"section"`
		Category       string   `json:"category"`
		Ratings        int      `json:"ratings"`
		BallotScore    *float64 `json:"ballot_score"`
		TestScore      *float64 `json:"test_score"`
		Composite      *float64 `json:"composite"`
		Verified       int      `json:"verified_complaints"`
		Deduction      *float64 `json:"deduction"`
		FinalScore     *float64 `json:"final_score"`
		Satisfaction   *float64 `json:"satisfaction"`
		Rank           *int     `json:"rank"`
		CategorySize   int      `json:"category_size"`
		Status         string   `json:"status"`
		Unsatisfactory bool     `json:"unsatisfactory"`
		Award          bool     `json:"award"`
		Reserve        bool     `json:"reserve"`
		Flags          []string `json:"flags"`
		Groups         []struct {
			Group        string   `json:"group"`
			Ballots      int      `json:"ballots"`
			Ratings      int      `json:"ratings"`
			Mean         *float64 `json:"mean"`
			Satisfaction *float64 `json:"satisfaction"`
		} `json:"groups"`
	} `json:"targets"`
	Accountability *[]struct {
		Person  string   `json:"person"`
		Role    string   `json:"role"`
		Unit    string   `json:"unit"`
		Actions []string `json:"actions"`
		Targets []string `json:"targets"`
		Reason  string   `json:"reason"`
	} `json:"accountability"`
	Complaints *[]struct {
		Target  string `json:"target"`
		Result  string `json:"result"`
		Effect  string `json:"effect"`
		Details []struct {
			Name  string `json:"name"`
			Value string `json:"value"`
		} `json:"details"`
		Where string `json:"where"`
	} `json:"complaints"`
}

func val[T any](p *T) (T, bool) {
	if p == nil {
		var zero T
		return zero, false
	}
	return *p, true
}

// readResultsJSON reads the JSON contract of `evalctl score --json`. The
// test score is the only component in the contract, without its name, so
// it is called 测试成绩; nor are the verdict's words, so Verdict stays empty.
func readResultsJSON(path string, data []byte) (*evaluate.Published, error) {
	var in resultsJSON
	dec := json.NewDecoder(bytes.NewReader(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))))
	if err := dec.Decode(&in); err != nil {
		return nil, dataErr(path, "", "", fmt.Sprintf("not evalctl's JSON results: %v", err))
	}
	switch {
	case in.Schema == nil:
		return nil, dataErr(path, "", "", "no \"schema\": not evalctl's JSON results")
	case *in.Schema != resultsSchema:
		return nil, dataErr(path, "", "", fmt.Sprintf("schema %d; this evalctl reads schema %d", *in.Schema, resultsSchema))
	}
	p := &evaluate.Published{Round: in.Round, Complete: in.Accountability != nil && in.Complaints != nil}
	if y, ok := val(in.Year); ok && validYear(y) {
		p.Year = y
	}
	seen := map[string]int{}
	for i, t := range in.Targets {
		at := fmt.Sprintf("targets[%d]", i)
		if t.ID == "" {
			return nil, &evaluate.DataError{Where: path + ": " + at, Msg: "no id"}
		}
		if first, dup := seen[t.ID]; dup {
			return nil, &evaluate.DataError{Where: path + ": " + at, Msg: fmt.Sprintf("target %s is listed twice (first at targets[%d])", t.ID, first)}
		}
		seen[t.ID] = i
		pt := evaluate.PublishedTarget{ID: t.ID, Name: t.Name, Unit: t.Unit, Section: t.Section, Category: t.Category,
			Ratings: t.Ratings, CategorySize: t.CategorySize, Status: evaluate.Status(t.Status), Verified: t.Verified,
			Unsatisfactory: t.Unsatisfactory, Award: t.Award, Reserve: t.Reserve, Flags: t.Flags}
		pt.Rank, _ = val(t.Rank)
		pt.BallotScore, pt.HasScore = val(t.BallotScore)
		pt.Composite, _ = val(t.Composite)
		pt.Deduction, _ = val(t.Deduction)
		var hasFinal bool
		pt.Final, hasFinal = val(t.FinalScore)
		pt.HasScore = pt.HasScore || hasFinal
		pt.Satisfaction, pt.HasSatisfaction = val(t.Satisfaction)
		for _, g := range t.Groups {
			pg := evaluate.PublishedGroup{Group: g.Group, Ballots: g.Ballots, Ratings: g.Ratings}
			pg.Mean, pg.HasMean = val(g.Mean)
			pg.Satisfaction, pg.HasSatisfaction = val(g.Satisfaction)
			pt.Groups = append(pt.Groups, pg)
		}
		p.Targets = append(p.Targets, pt)
	}
	if len(p.Targets) == 0 {
		return nil, dataErr(path, "", "", "the results list no targets")
	}
	// The contract carries the test score alone of the other components.
	for _, t := range in.Targets {
		if t.TestScore != nil {
			p.Components = []string{"测试成绩"}
		}
	}
	if p.Components != nil {
		for i, t := range in.Targets {
			score, has := val(t.TestScore)
			p.Targets[i].Components, p.Targets[i].HasComponent = []float64{score}, []bool{has}
		}
	}
	if in.Accountability != nil {
		for _, a := range *in.Accountability {
			p.Accountability = append(p.Accountability, evaluate.PublishedAccountability{Person: a.Person, Role: a.Role,
				Unit: a.Unit, Actions: a.Actions, Targets: a.Targets, Reason: a.Reason})
		}
	}
	if in.Complaints != nil {
		for i, c := range *in.Complaints {
			if _, ok := seen[c.Target]; !ok {
				return nil, &evaluate.DataError{Where: fmt.Sprintf("%s: complaints[%d]", path, i), Msg: fmt.Sprintf("target %q is not in the targets", c.Target)}
			}
			pc := evaluate.PublishedComplaint{TargetID: c.Target, Result: c.Result, Effect: c.Effect, Where: c.Where}
			for _, d := range c.Details {
				pc.Details = append(pc.Details, evaluate.Field{Name: d.Name, Value: d.Value})
			}
			p.Ledger = append(p.Ledger, pc)
		}
	}
	return p, nil
}
