package report

import (
	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/msg"
)

// Publish turns a scored round into its published form, the same that
// package ingest reads back from the results workbook or the JSON, so that
// an export looks the same whichever it started from. Verdicts and reasons
// are in lang.
func Publish(res *evaluate.Result, lang msg.Lang) *evaluate.Published {
	p := &evaluate.Published{Round: res.Rules.Name, Year: res.Year, RulesSHA256: rulesDigest(res.Rules), Complete: true}
	var components []int // indices of the non-ballot components, as the ranking heads them
	for i, c := range res.Rules.Components {
		if c.Source != evaluate.SourceBallots {
			p.Components = append(p.Components, c.Name)
			components = append(components, i)
		}
	}
	for _, tr := range Ordered(res) {
		pt := evaluate.PublishedTarget{ID: tr.ID, Name: tr.Name, Unit: tr.Unit, Section: tr.Section, Category: tr.Category,
			Ratings: tr.Ratings, Rank: tr.Rank, CategorySize: tr.CategorySize, Status: tr.Status,
			HasScore: tr.HasBallotScore, BallotScore: tr.BallotScore, Composite: tr.Composite, Deduction: tr.Deduction, Final: tr.Final,
			Verified: tr.Verified, HasSatisfaction: tr.RatingCells > 0, Satisfaction: tr.Satisfaction,
			Unsatisfactory: tr.Unsatisfactory, Award: tr.Award, Reserve: tr.Reserve, Verdict: verdict(res, tr, lang), Flags: tr.Flags()}
		for _, c := range components {
			pt.Components = append(pt.Components, tr.Components[c])
			pt.HasComponent = append(pt.HasComponent, tr.HasComponent[c])
		}
		if !pt.HasScore {
			// Without ratings the composite has no ballot part: nothing is published.
			pt.BallotScore, pt.Composite, pt.Deduction, pt.Final = 0, 0, 0, 0
		}
		for _, g := range tr.ByGroup {
			pt.Groups = append(pt.Groups, evaluate.PublishedGroup{Group: g.Group, Ballots: g.Ballots, Ratings: g.Ratings,
				HasMean: g.Ratings > 0, Mean: g.Mean,
				HasSatisfaction: g.Ratings > 0, Satisfaction: float64(g.Satisfied) / float64(max(g.Ratings, 1))})
		}
		p.Targets = append(p.Targets, pt)
	}
	for _, a := range res.Accountability {
		p.Accountability = append(p.Accountability, evaluate.PublishedAccountability{Person: a.Person, Role: a.Role,
			Unit: a.Unit, Actions: a.Actions, Proposals: a.Proposals, Targets: a.Targets, Reason: AccountabilityReason(lang, res, a)})
	}
	for _, c := range res.Comments.List {
		pc := evaluate.PublishedComment{Units: c.Units, Topics: c.Topics, Text: c.Text}
		for _, t := range c.Targets {
			pc.Targets = append(pc.Targets, res.Targets[t].ID)
		}
		p.Comments = append(p.Comments, pc)
	}
	for _, c := range res.Ledger {
		p.Ledger = append(p.Ledger, evaluate.PublishedComplaint{TargetID: c.TargetID, Result: c.Result, Status: c.Status, Effect: c.Effect,
			Details: c.Details, Where: c.Where})
	}
	return p
}
