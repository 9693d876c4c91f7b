package report

import (
	"io"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/msg"
)

func ptr[T any](v T, ok bool) *T {
	if !ok {
		return nil
	}
	return &v
}

func ratio(p, q int) *float64 { return ptr(float64(p)/float64(max(q, 1)), q > 0) }

// NewJSON builds the JSON contract of a result; reasons are in lang.
func NewJSON(res *evaluate.Result, lang msg.Lang) contract.Results {
	out := contract.Results{Schema: contract.Schema, Round: res.Rules.Name, Year: ptr(res.Year, res.Year != 0), Targets: []contract.Target{},
		Accountability: []contract.Accountability{}, Complaints: []contract.Complaint{}, InvalidBallots: []contract.InvalidBallot{}, DoubleEntries: []contract.DoubleEntry{}}
	for _, c := range res.Ledger {
		details := []contract.Field{}
		for _, d := range c.Details {
			details = append(details, contract.Field{Name: d.Name, Value: d.Value})
		}
		out.Complaints = append(out.Complaints, contract.Complaint{Target: c.TargetID, Result: c.Result, Status: c.Status,
			Closed: ptr(c.Closed, res.Rules.Complaints.TracksHandling()), Effect: c.Effect, Details: details, Where: c.Where})
	}
	out.DoubleEntries = doubleEntries(res)
	out.Ballots = ballotsJSON(res)
	for i := range res.Targets {
		tr := &res.Targets[i]
		scored := tr.HasBallotScore
		jt := contract.Target{ID: tr.ID, Name: tr.Name, Unit: tr.Unit, Section: tr.Section, Category: tr.Category,
			Ratings: tr.Ratings, BallotScore: ptr(tr.BallotScore, scored), TestScore: ptr(tr.Test, tr.HasTest),
			Composite: ptr(tr.Composite, scored), Verified: tr.Verified, Violations: tr.Violations, Deduction: ptr(tr.Deduction, scored),
			ComplaintsReceived: tr.ComplaintsReceived, ComplaintsClosed: tr.ComplaintsClosed,
			Components: componentScores(res.Rules, tr), Dimensions: dimensionScores(res.Rules, tr),
			FinalScore: ptr(tr.Final, scored), Satisfaction: ratio(tr.Satisfied, tr.RatingCells),
			LowestShare: ratio(tr.LowestCount, tr.RatingCells), Rank: ptr(tr.Rank, tr.Rank > 0),
			CategorySize: tr.CategorySize, Status: tr.Status, Unsatisfactory: tr.Unsatisfactory,
			Award: tr.Award, Reserve: tr.Reserve, Flags: tr.Flags(), Groups: []contract.TargetGroup{},
			PreviousRank: ptr(tr.PreviousRank, tr.HasPrevious && tr.PreviousRank > 0), PreviousUnsatisfactory: ptr(tr.PreviousUnsatisfactory, tr.HasPrevious)}
		if change, ok := tr.RankChange(); ok {
			jt.RankChange = &change
		}
		levels := res.Rules.Scale.LevelNames()
		for _, g := range tr.ByGroup {
			jt.Groups = append(jt.Groups, contract.TargetGroup{Group: g.Group, Ballots: g.Ballots, Ratings: g.Ratings,
				Mean: ptr(g.Mean, g.Ratings > 0), Satisfaction: ratio(g.Satisfied, g.Ratings), LevelCounts: levelCounts(levels, g.Levels)})
		}
		jt.LevelCounts = levelCounts(levels, tr.Levels)
		if tr.Unsatisfactory || tr.Pending() {
			why := Explanation(res, tr, lang)
			jt.Explanation = &why
		}
		certaintyTarget(&jt, tr)
		out.Targets = append(out.Targets, jt)
	}
	for _, a := range res.Accountability {
		out.Accountability = append(out.Accountability, contract.Accountability{Person: a.Person, Role: a.Role, Unit: a.Unit,
			Actions: nonNil(a.Actions), Proposals: nonNil(a.Proposals), Targets: a.Targets, Reason: AccountabilityReason(lang, res, a)})
	}
	out.Handling = handlingJSON(res)
	out.Questions = questionsJSON(res)
	out.InvalidBallots = invalidBallots(res, lang)
	out.Warnings = Warnings(res.Warnings, lang)
	out.RulesSHA256 = rulesDigest(res.Rules)
	out.Arrivals = arrivalsJSON(res.Findings, roster(res), lang)
	out.Certainty = certaintyJSON(res)
	return out
}

// rulesDigest is RulesSHA256 of rules that have been encoded before: they
// always can be, so an error is an internal one.
func rulesDigest(r *evaluate.Rules) string {
	digest, err := RulesSHA256(r)
	if err != nil {
		panic("report: the rules cannot be encoded: " + err.Error())
	}
	return digest
}

// WriteJSON writes the JSON contract, indented, to w.
func WriteJSON(w io.Writer, res *evaluate.Result, lang msg.Lang) error {
	return EncodeJSON(w, NewJSON(res, lang))
}

// ballotsJSON reconciles the ballots, with the return rates.
func ballotsJSON(res *evaluate.Result) contract.Ballots {
	b := res.Ballots
	out := contract.Ballots{Read: b.Read, Valid: b.Valid, Invalid: b.Invalid, Groups: []contract.Group{}}
	if rr := res.ReturnRate; rr.Known {
		out.Issued, out.ReturnRate, out.ValidRate = &rr.Issued, &rr.Returned, ptr(rr.Valid, rr.ReturnedN > 0)
	}
	for i, g := range res.Groups {
		jg := contract.Group{Group: g.Group, Read: g.Read, Valid: g.Valid,
			Invalid: g.Invalid, Ratings: g.Ratings, Mean: ptr(g.Mean, g.Ratings > 0), Satisfaction: ratio(g.Satisfied, g.Ratings)}
		if i < len(res.ReturnRates) && res.ReturnRates[i].Known {
			rr := res.ReturnRates[i]
			jg.Issued, jg.ReturnRate, jg.ValidRate = &rr.Issued, &rr.Returned, ptr(rr.Valid, rr.ReturnedN > 0)
		}
		out.Groups = append(out.Groups, jg)
	}
	return out
}

// doubleEntries lists the ballots identical to an earlier one.
func doubleEntries(res *evaluate.Result) []contract.DoubleEntry {
	out := []contract.DoubleEntry{}
	for _, d := range res.DoubleEntries {
		out = append(out, contract.DoubleEntry{Ballot: d.ID, File: d.Source.File, Sheet: d.Source.Sheet,
			Row: d.Source.Row, FirstBallot: d.FirstID, FirstFile: d.First.File, FirstSheet: d.First.Sheet, FirstRow: d.First.Row, Invalid: d.Invalid})
	}
	return out
}

// invalidBallots lists the invalid ballots with their reasons in lang and
// their problems' codes.
func invalidBallots(res *evaluate.Result, lang msg.Lang) []contract.InvalidBallot {
	out := []contract.InvalidBallot{}
	for _, ib := range res.Invalid {
		var kinds []string
		for _, p := range ib.Problems {
			kinds = append(kinds, string(p.Kind))
		}
		out = append(out, contract.InvalidBallot{Ballot: ib.ID, Group: ib.Group,
			File: ib.Source.File, Sheet: ib.Source.Sheet, Row: ib.Source.Row, Reason: ReasonText(lang, ib), Problems: kinds})
	}
	return out
}

// levelCounts keys each level's count by its name.
func levelCounts(names []string, counts []int) contract.LevelCounts {
	out := make(contract.LevelCounts, len(names))
	for i, n := range names {
		out[n] = counts[i]
	}
	return out
}

// componentScores lists X_c(t) per rules component.
func componentScores(rules *evaluate.Rules, tr *evaluate.TargetResult) []contract.Score {
	out := []contract.Score{}
	for c, comp := range rules.Components {
		var has bool
		if c < len(tr.HasComponent) {
			has = tr.HasComponent[c]
		}
		out = append(out, contract.Score{Name: comp.Name, Score: ptr(tr.Components[c], has)})
	}
	return out
}

// dimensionScores lists S(t,d) per rules dimension.
func dimensionScores(rules *evaluate.Rules, tr *evaluate.TargetResult) []contract.Score {
	out := []contract.Score{}
	for d, dim := range rules.Dimensions {
		out = append(out, contract.Score{Name: dim.Name, Score: ptr(tr.Dims[d], tr.DimRated[d])})
	}
	return out
}
