package ingest

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/msg"
)

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
	var in contract.Results
	dec := json.NewDecoder(bytes.NewReader(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))))
	if err := dec.Decode(&in); err != nil {
		return nil, dataErr(path, "", "", msg.DataNotResultsJSON, err)
	}
	switch in.Schema {
	case 0:
		return nil, dataErr(path, "", "", msg.DataNoSchema)
	case contract.Schema:
	default:
		return nil, dataErr(path, "", "", msg.DataSchema, in.Schema, contract.Schema)
	}
	// A list the contract always writes, if only empty, is missing from
	// results of an earlier version or made by hand.
	p := &evaluate.Published{Round: in.Round, RulesSHA256: in.RulesSHA256, Complete: in.Accountability != nil && in.Complaints != nil}
	if y, ok := val(in.Year); ok && validYear(y) {
		p.Year = y
	}
	seen := map[string]int{}
	for i, t := range in.Targets {
		at := fmt.Sprintf("targets[%d]", i)
		if t.ID == "" {
			return nil, evaluate.NewDataError(path+": "+at, msg.DataJSONNoID)
		}
		if first, dup := seen[t.ID]; dup {
			return nil, evaluate.NewDataError(path+": "+at, msg.DataTargetTwice, t.ID, fmt.Sprintf("targets[%d]", first))
		}
		seen[t.ID] = i
		pt := evaluate.PublishedTarget{ID: t.ID, Name: t.Name, Unit: t.Unit, Section: t.Section, Category: t.Category,
			Ratings: t.Ratings, CategorySize: t.CategorySize, Status: t.Status, Verified: t.Verified,
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
		return nil, dataErr(path, "", "", msg.DataEmptyRanking)
	}
	// The contract carries the test score alone of the other components.
	for _, t := range in.Targets {
		if t.TestScore != nil {
			p.Components = []string{contract.ColTest.In(msg.Chinese)}
		}
	}
	if p.Components != nil {
		for i, t := range in.Targets {
			score, has := val(t.TestScore)
			p.Targets[i].Components, p.Targets[i].HasComponent = []float64{score}, []bool{has}
		}
	}
	for _, a := range in.Accountability {
		pa := evaluate.PublishedAccountability{Person: a.Person, Role: a.Role, Unit: a.Unit, Actions: a.Actions, Targets: a.Targets, Reason: a.Reason}
		if len(a.Proposals) > 0 { // older results have none
			pa.Proposals = a.Proposals
		}
		p.Accountability = append(p.Accountability, pa)
	}
	for i, c := range in.Complaints {
		if _, ok := seen[c.Target]; !ok {
			return nil, evaluate.NewDataError(fmt.Sprintf("%s: complaints[%d]", path, i), msg.DataNotInRanking, c.Target)
		}
		pc := evaluate.PublishedComplaint{TargetID: c.Target, Result: c.Result, Status: c.Status, Effect: c.Effect, Where: c.Where}
		for _, d := range c.Details {
			pc.Details = append(pc.Details, evaluate.Field{Name: d.Name, Value: d.Value})
		}
		p.Ledger = append(p.Ledger, pc)
	}
	for _, c := range in.Comments.List {
		p.Comments = append(p.Comments, evaluate.PublishedComment{Targets: nilIfEmpty(c.Targets), Units: nilIfEmpty(c.Units),
			Topics: nilIfEmpty(c.Topics), Text: c.Text})
	}
	return p, nil
}

// nilIfEmpty reads an empty list of the contract as none, as the workbook
// reads an empty cell.
func nilIfEmpty(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}
