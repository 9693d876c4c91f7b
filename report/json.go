package report

import (
	"encoding/json"
	"io"

	"github.com/evalctl/evalctl/evaluate"
)

// Schema is the version of the JSON contract. It changes only when a field
// changes meaning or disappears; new fields may be added within a version.
const Schema = 1

// JSON is the contract for scripts, written by `evalctl score --json`.
type JSON struct {
	Schema         int                  `json:"schema"`
	Round          string               `json:"round"`
	Year           *int                 `json:"year"`
	Ballots        JSONBallots          `json:"ballots"`
	Targets        []JSONTarget         `json:"targets"`
	Accountability []JSONAccountability `json:"accountability"`
	Complaints     []JSONComplaint      `json:"complaints"`
	InvalidBallots []JSONInvalidBallot  `json:"invalid_ballots"`
	DoubleEntries  []JSONDoubleEntry    `json:"double_entries"`
}

// JSONComplaint is one complaint-ledger entry and its effect under the
// rules: none, deduct or veto.
type JSONComplaint struct {
	Target  string      `json:"target"`
	Result  string      `json:"result"`
	Effect  string      `json:"effect"`
	Details []JSONField `json:"details"`
	Where   string      `json:"where"`
}

// JSONField is a named value kept for display, in ledger column order.
type JSONField struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// JSONDoubleEntry is a ballot identical in contents to an earlier one under
// another number; invalid says the rules voided it, otherwise it counts.
type JSONDoubleEntry struct {
	Ballot      string `json:"ballot"`
	File        string `json:"file"`
	Sheet       string `json:"sheet"`
	Row         int    `json:"row"`
	FirstBallot string `json:"first_ballot"`
	FirstFile   string `json:"first_file"`
	FirstSheet  string `json:"first_sheet"`
	FirstRow    int    `json:"first_row"`
	Invalid     bool   `json:"invalid"`
}

// JSONBallots reconciles the ballots: read = valid + invalid, per group too.
type JSONBallots struct {
	Read    int `json:"read"`
	Valid   int `json:"valid"`
	Invalid int `json:"invalid"`
	// Issued, ReturnRate and ValidRate are over the groups that record
	// issued counts; null when none does.
	Issued     *int        `json:"issued"`
	ReturnRate *float64    `json:"return_rate"`
	ValidRate  *float64    `json:"valid_rate"`
	Groups     []JSONGroup `json:"groups"`
}

// JSONGroup is one evaluator group's counts; group "" collects ballots whose
// group was missing or unknown.
type JSONGroup struct {
	Group        string   `json:"group"`
	Read         int      `json:"read"`
	Valid        int      `json:"valid"`
	Invalid      int      `json:"invalid"`
	Ratings      int      `json:"ratings"`
	Mean         *float64 `json:"mean"`
	Satisfaction *float64 `json:"satisfaction"`
	// Issued, ReturnRate (回收率 = read/issued) and ValidRate (有效率 =
	// valid/read) are null when the rules record no issued count.
	Issued     *int     `json:"issued"`
	ReturnRate *float64 `json:"return_rate"`
	ValidRate  *float64 `json:"valid_rate"`
}

// JSONTarget is one target's result. Scores are full precision; null means
// not computable (no ratings) or not applicable.
type JSONTarget struct {
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	Unit        string   `json:"unit"`
	Section     string   `json:"section"`
	Category    string   `json:"category"`
	Ratings     int      `json:"ratings"`
	BallotScore *float64 `json:"ballot_score"`
	TestScore   *float64 `json:"test_score"`
	Composite   *float64 `json:"composite"`
	// Verified counts the ledger entries whose result deducts (查实, and
	// 未办结 where the rules make it deduct); the name is kept from schema 1.
	Verified int `json:"verified_complaints"`
	// ComplaintsReceived and ComplaintsClosed count all the target's ledger
	// entries and those whose result counts as handled: 办结率 = closed/received.
	ComplaintsReceived int `json:"complaints_received"`
	ComplaintsClosed   int `json:"complaints_closed"`
	// Components holds each component's score X_c (null when missing), in
	// rules order; Dimensions each dimension's score S(t,d).
	Components     []JSONScore     `json:"components"`
	Dimensions     []JSONScore     `json:"dimensions"`
	Deduction      *float64        `json:"deduction"`
	FinalScore     *float64        `json:"final_score"`
	Satisfaction   *float64        `json:"satisfaction"`
	LowestShare    *float64        `json:"lowest_share"`
	Rank           *int            `json:"rank"`
	CategorySize   int             `json:"category_size"`
	Status         evaluate.Status `json:"status"`
	Unsatisfactory bool            `json:"unsatisfactory"`
	// PreviousRank, RankChange and PreviousUnsatisfactory compare with the
	// previous round (score --previous); null without one, or when the
	// target is not in it. RankChange is previous rank − rank: positive
	// means improved; null when either rank is missing.
	PreviousRank           *int           `json:"previous_rank"`
	RankChange             *int           `json:"rank_change"`
	PreviousUnsatisfactory *bool          `json:"previous_unsatisfactory"`
	Award                  bool           `json:"award"`
	Reserve                bool           `json:"reserve"`
	Flags                  []string       `json:"flags"`
	Groups                 []JSONTargetBy `json:"groups"`
}

// JSONScore is a named score, null when there is none.
type JSONScore struct {
	Name  string   `json:"name"`
	Score *float64 `json:"score"`
}

// JSONTargetBy is one group's view of a target.
type JSONTargetBy struct {
	Group string `json:"group"`
	// Ballots is how many of the group's valid ballots rated the target (the
	// evaluators); Ratings how many ratings they gave over all dimensions.
	Ballots      int      `json:"ballots"`
	Ratings      int      `json:"ratings"`
	Mean         *float64 `json:"mean"`
	Satisfaction *float64 `json:"satisfaction"`
}

// JSONAccountability is one leader's actions.
type JSONAccountability struct {
	Person  string   `json:"person"`
	Role    string   `json:"role"`
	Unit    string   `json:"unit"`
	Actions []string `json:"actions"`
	Targets []string `json:"targets"`
	Reason  string   `json:"reason"`
}

// JSONInvalidBallot is one excluded ballot.
type JSONInvalidBallot struct {
	Ballot   string   `json:"ballot"`
	Group    string   `json:"group"`
	File     string   `json:"file"`
	Sheet    string   `json:"sheet"`
	Row      int      `json:"row"`
	Reason   string   `json:"reason"`
	Problems []string `json:"problems"`
}

func ptr[T any](v T, ok bool) *T {
	if !ok {
		return nil
	}
	return &v
}

func ratio(p, q int) *float64 { return ptr(float64(p)/float64(max(q, 1)), q > 0) }

// NewJSON builds the JSON contract of a result; reasons are in lang.
func NewJSON(res *evaluate.Result, lang Lang) JSON {
	out := JSON{Schema: Schema, Round: res.Rules.Name, Year: ptr(res.Year, res.Year != 0), Targets: []JSONTarget{},
		Accountability: []JSONAccountability{}, Complaints: []JSONComplaint{}, InvalidBallots: []JSONInvalidBallot{}, DoubleEntries: []JSONDoubleEntry{}}
	for _, c := range res.Ledger {
		details := []JSONField{}
		for _, d := range c.Details {
			details = append(details, JSONField{Name: d.Name, Value: d.Value})
		}
		out.Complaints = append(out.Complaints, JSONComplaint{Target: c.TargetID, Result: c.Result, Effect: c.Effect, Details: details, Where: c.Where})
	}
	for _, d := range res.DoubleEntries {
		out.DoubleEntries = append(out.DoubleEntries, JSONDoubleEntry{Ballot: d.ID, File: d.Source.File, Sheet: d.Source.Sheet,
			Row: d.Source.Row, FirstBallot: d.FirstID, FirstFile: d.First.File, FirstSheet: d.First.Sheet, FirstRow: d.First.Row, Invalid: d.Invalid})
	}
	b := res.Ballots
	out.Ballots = JSONBallots{Read: b.Read, Valid: b.Valid, Invalid: b.Invalid, Groups: []JSONGroup{}}
	if rr := res.ReturnRate; rr.Known {
		out.Ballots.Issued, out.Ballots.ReturnRate, out.Ballots.ValidRate = &rr.Issued, &rr.Returned, ptr(rr.Valid, rr.ReturnedN > 0)
	}
	for i, g := range res.Groups {
		jg := JSONGroup{Group: g.Group, Read: g.Read, Valid: g.Valid,
			Invalid: g.Invalid, Ratings: g.Ratings, Mean: ptr(g.Mean, g.Ratings > 0), Satisfaction: ratio(g.Satisfied, g.Ratings)}
		if i < len(res.ReturnRates) && res.ReturnRates[i].Known {
			rr := res.ReturnRates[i]
			jg.Issued, jg.ReturnRate, jg.ValidRate = &rr.Issued, &rr.Returned, ptr(rr.Valid, rr.ReturnedN > 0)
		}
		out.Ballots.Groups = append(out.Ballots.Groups, jg)
	}
	for i := range res.Targets {
		tr := &res.Targets[i]
		scored := tr.HasBallotScore
		jt := JSONTarget{ID: tr.ID, Name: tr.Name, Unit: tr.Unit, Section: tr.Section, Category: tr.Category,
			Ratings: tr.Ratings, BallotScore: ptr(tr.BallotScore, scored), TestScore: ptr(tr.Test, tr.HasTest),
			Composite: ptr(tr.Composite, scored), Verified: tr.Verified, Deduction: ptr(tr.Deduction, scored),
			ComplaintsReceived: tr.ComplaintsReceived, ComplaintsClosed: tr.ComplaintsClosed,
			Components: componentScores(res.Rules, tr), Dimensions: dimensionScores(res.Rules, tr),
			FinalScore: ptr(tr.Final, scored), Satisfaction: ratio(tr.Satisfied, tr.RatingCells),
			LowestShare: ratio(tr.LowestCount, tr.RatingCells), Rank: ptr(tr.Rank, tr.Rank > 0),
			CategorySize: tr.CategorySize, Status: tr.Status, Unsatisfactory: tr.Unsatisfactory,
			Award: tr.Award, Reserve: tr.Reserve, Flags: tr.Flags(), Groups: []JSONTargetBy{},
			PreviousRank: ptr(tr.PreviousRank, tr.HasPrevious && tr.PreviousRank > 0), PreviousUnsatisfactory: ptr(tr.PreviousUnsatisfactory, tr.HasPrevious)}
		if change, ok := tr.RankChange(); ok {
			jt.RankChange = &change
		}
		for _, g := range tr.ByGroup {
			jt.Groups = append(jt.Groups, JSONTargetBy{Group: g.Group, Ballots: g.Ballots, Ratings: g.Ratings,
				Mean: ptr(g.Mean, g.Ratings > 0), Satisfaction: ratio(g.Satisfied, g.Ratings)})
		}
		out.Targets = append(out.Targets, jt)
	}
	for _, a := range res.Accountability {
		out.Accountability = append(out.Accountability, JSONAccountability{Person: a.Person, Role: a.Role, Unit: a.Unit,
			Actions: a.Actions, Targets: a.Targets, Reason: AccountabilityReason(lang, res, a)})
	}
	for _, ib := range res.Invalid {
		var kinds []string
		for _, p := range ib.Problems {
			kinds = append(kinds, string(p.Kind))
		}
		out.InvalidBallots = append(out.InvalidBallots, JSONInvalidBallot{Ballot: ib.ID, Group: ib.Group,
			File: ib.Source.File, Sheet: ib.Source.Sheet, Row: ib.Source.Row, Reason: ReasonText(lang, ib), Problems: kinds})
	}
	return out
}

// WriteJSON writes the JSON contract, indented, to w.
func WriteJSON(w io.Writer, res *evaluate.Result, lang Lang) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(NewJSON(res, lang))
}

// componentScores lists X_c(t) per rules component.
func componentScores(rules *evaluate.Rules, tr *evaluate.TargetResult) []JSONScore {
	out := []JSONScore{}
	for c, comp := range rules.Components {
		var has bool
		if c < len(tr.HasComponent) {
			has = tr.HasComponent[c]
		}
		out = append(out, JSONScore{Name: comp.Name, Score: ptr(tr.Components[c], has)})
	}
	return out
}

// dimensionScores lists S(t,d) per rules dimension.
func dimensionScores(rules *evaluate.Rules, tr *evaluate.TargetResult) []JSONScore {
	out := []JSONScore{}
	for d, dim := range rules.Dimensions {
		out = append(out, JSONScore{Name: dim.Name, Score: ptr(tr.Dims[d], tr.DimRated[d])})
	}
	return out
}
