package contract

import "github.com/evalctl/evalctl/evaluate"

// Schema is the version of the JSON contract. It changes only when a field
// changes meaning or disappears; new fields may be added within a version.
const Schema = 1

// Results is the contract for scripts, written by `evalctl score --json`
// and read back by --previous, export and history.
type Results struct {
	Schema int    `json:"schema"`
	Round  string `json:"round"`
	Year   *int   `json:"year"`
	// RulesSHA256 locks the rules: the SHA-256 of the canonical effective
	// rules (added to schema 1).
	RulesSHA256    string           `json:"rules_sha256"`
	Ballots        Ballots          `json:"ballots"`
	Targets        []Target         `json:"targets"`
	Accountability []Accountability `json:"accountability"`
	Complaints     []Complaint      `json:"complaints"`
	InvalidBallots []InvalidBallot  `json:"invalid_ballots"`
	DoubleEntries  []DoubleEntry    `json:"double_entries"`
	// Warnings say where the round is degraded (added to schema 1).
	Warnings []Warning `json:"warnings"`
	// Handling is the handling rate (办结率) of the complaints, where the
	// rules say which entries count as handled; Questions the answers to
	// the questions that rate no target (both added to schema 1).
	Handling  *Handling  `json:"handling"`
	Questions []Question `json:"questions"`
	Arrivals
	Certainty
}

// CheckSchema is the version of the check contract: 1 since problems are
// objects and the contract carries its version.
const CheckSchema = 1

// Problem is one problem check found: its code (the catalogue's key of the
// message, stable across languages and versions), where it is (file,
// sheet and cell, "" for the round as a whole) and what is wrong, in the
// language of --lang.
type Problem struct {
	Code    string `json:"code"`
	Where   string `json:"where"`
	Message string `json:"message"`
}

// Handling counts the ledger's entries received and closed (办结) for the
// round, per unit and per target (those with entries).
type Handling struct {
	Received int             `json:"received"`
	Closed   int             `json:"closed"`
	Rate     *float64        `json:"rate"`
	Units    []HandlingCount `json:"units"`
	Targets  []HandlingCount `json:"targets"`
}

// HandlingCount is a unit's or a target's entries received and closed.
type HandlingCount struct {
	Name     string   `json:"name"`
	Received int      `json:"received"`
	Closed   int      `json:"closed"`
	Rate     *float64 `json:"rate"`
}

// Question is what the valid ballots answered to a question that rates no
// target: per group and for the round, the count and share of each answer
// and the question's rate.
type Question struct {
	Name    string           `json:"name"`
	Answers []string         `json:"answers"`
	Rate    []string         `json:"rate_answers"`
	Groups  []QuestionCounts `json:"groups"`
	Total   QuestionCounts   `json:"total"`
}

// QuestionCounts are one group's (or the round's: group "") answers.
type QuestionCounts struct {
	Group    string     `json:"group"`
	Answered int        `json:"answered"`
	Counts   []int      `json:"counts"`
	Shares   []*float64 `json:"shares"`
	Rate     *float64   `json:"rate"`
}

// Complaint is one complaint-ledger entry and its effect under the
// rules: none, deduct or veto.
type Complaint struct {
	Target string `json:"target"`
	Result string `json:"result"`
	// Status is the 办理状态 as written, where the ledger keeps it apart
	// from the result; Closed says the entry counts as handled (办结), null
	// when the rules do not say (added to schema 1).
	Status  string          `json:"status,omitempty"`
	Closed  *bool           `json:"closed"`
	Effect  evaluate.Effect `json:"effect"`
	Details []Field         `json:"details"`
	Where   string          `json:"where"`
}

// Field is a named value kept for display, in ledger column order.
type Field struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// DoubleEntry is a ballot identical in contents to an earlier one under
// another number; invalid says the rules voided it, otherwise it counts.
type DoubleEntry struct {
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

// Ballots reconciles the ballots: read = valid + invalid, per group too.
type Ballots struct {
	Read    int `json:"read"`
	Valid   int `json:"valid"`
	Invalid int `json:"invalid"`
	// Issued, ReturnRate and ValidRate are over the groups that record
	// issued counts; null when none does.
	Issued     *int     `json:"issued"`
	ReturnRate *float64 `json:"return_rate"`
	ValidRate  *float64 `json:"valid_rate"`
	Groups     []Group  `json:"groups"`
}

// Group is one evaluator group's counts; group "" collects ballots whose
// group was missing or unknown.
type Group struct {
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

// Target is one target's result. Scores are full precision; null means
// not computable (no ratings) or not applicable.
type Target struct {
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
	// Violations counts the verified entries, those that deduct or veto:
	// what liability by violations and award eligibility count (added to
	// schema 1).
	Violations int `json:"violations"`
	// ComplaintsReceived and ComplaintsClosed count all the target's ledger
	// entries and those whose result counts as handled: 办结率 = closed/received.
	ComplaintsReceived int `json:"complaints_received"`
	ComplaintsClosed   int `json:"complaints_closed"`
	// Components holds each component's score X_c (null when missing), in
	// rules order; Dimensions each dimension's score S(t,d).
	Components     []Score         `json:"components"`
	Dimensions     []Score         `json:"dimensions"`
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
	PreviousRank           *int          `json:"previous_rank"`
	RankChange             *int          `json:"rank_change"`
	PreviousUnsatisfactory *bool         `json:"previous_unsatisfactory"`
	Award                  bool          `json:"award"`
	Reserve                bool          `json:"reserve"`
	Flags                  []string      `json:"flags"`
	Groups                 []TargetGroup `json:"groups"`
	// LevelCounts counts the target's ratings per level of the scale, over
	// every group and dimension (added to schema 1).
	LevelCounts LevelCounts `json:"level_counts"`
	// Explanation says in a sentence what the verdict of a target on the
	// bottom list (confirmed or pending) rests on; null for the others
	// (added to schema 1).
	Explanation *string `json:"explanation"`
	// BottomProbability is the share of resampled rounds in which the
	// target is on the bottom list, confirmed or pending alike;
	// RankInterval the 2.5% and 97.5% quantiles of its rank there; Margin
	// its final score minus its category's cutoff (added to schema 1).
	BottomProbability *float64 `json:"bottom_probability"`
	RankInterval      []int    `json:"rank_interval"`
	Margin            *float64 `json:"margin"`
}

// Score is a named score, null when there is none.
type Score struct {
	Name  string   `json:"name"`
	Score *float64 `json:"score"`
}

// TargetGroup is one group's view of a target.
type TargetGroup struct {
	Group string `json:"group"`
	// Ballots is how many of the group's valid ballots rated the target (the
	// evaluators); Ratings how many ratings they gave over all dimensions.
	Ballots      int      `json:"ballots"`
	Ratings      int      `json:"ratings"`
	Mean         *float64 `json:"mean"`
	Satisfaction *float64 `json:"satisfaction"`
	// LevelCounts counts the group's ratings per level (added to schema 1).
	LevelCounts LevelCounts `json:"level_counts"`
}

// Accountability is one leader's actions.
type Accountability struct {
	Person  string        `json:"person"`
	Role    evaluate.Role `json:"role"`
	Unit    string        `json:"unit"`
	Actions []string      `json:"actions"`
	// Proposals are actions proposed to the committee (建议) rather than
	// decided (added to schema 1).
	Proposals []string `json:"proposals"`
	Targets   []string `json:"targets"`
	Reason    string   `json:"reason"`
}

// InvalidBallot is one excluded ballot.
type InvalidBallot struct {
	Ballot   string   `json:"ballot"`
	Group    string   `json:"group"`
	File     string   `json:"file"`
	Sheet    string   `json:"sheet"`
	Row      int      `json:"row"`
	Reason   string   `json:"reason"`
	Problems []string `json:"problems"`
}

// Bottom is the JSON of `evalctl bottom --json`: the bottom entries of the
// score contract, worst first per category, with the accountability list.
type Bottom struct {
	Schema         int              `json:"schema"`
	Round          string           `json:"round"`
	RulesSHA256    string           `json:"rules_sha256"`
	Bottom         []Target         `json:"bottom"`
	Accountability []Accountability `json:"accountability"`
	Warnings       []Warning        `json:"warnings"`
	Certainty
}

// Check is the JSON of `evalctl check --json`: every problem found, the
// invalid ballots, the possible double entries and the reconciliation per
// group and per file.
type Check struct {
	// Schema is the check contract's version, CheckSchema.
	Schema         int             `json:"schema"`
	Problems       []Problem       `json:"problems"`
	Warnings       []Warning       `json:"warnings"`
	InvalidBallots []InvalidBallot `json:"invalid_ballots"`
	DoubleEntries  []DoubleEntry   `json:"double_entries"`
	Groups         []Group         `json:"groups"`
	Files          []CheckFile     `json:"files"`
	Read           int             `json:"read"`
	Valid          int             `json:"valid"`
	Invalid        int             `json:"invalid"`
	CheckArrivals
}

// CheckFile reconciles the ballots of one file: read = valid + invalid.
type CheckFile struct {
	File    string `json:"file"`
	Read    int    `json:"read"`
	Valid   int    `json:"valid"`
	Invalid int    `json:"invalid"`
	Rekeyed int    `json:"rekeyed"`
}
