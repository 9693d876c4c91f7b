package evaluate

import (
	"errors"

	"github.com/evalctl/evalctl/internal/msg"
)

// ErrInvalidData marks errors in the input data (roster, ballots, ledger,
// score sheets), as opposed to errors in the rules or in the program.
var ErrInvalidData = errors.New("invalid input data")

// DataError is a problem with the input data at a location such as
// "round.xlsx: 名册!A7", told in the user's language.
type DataError struct {
	Where string
	Msg   msg.Text
}

// NewDataError makes a located data error of the text of k with args.
func NewDataError(where string, k msg.Key, args ...any) *DataError {
	return &DataError{Where: where, Msg: msg.New(k, args...)}
}

func (e *DataError) Error() string { return e.Localize(msg.English) }

// Localize tells the error in a language, after its location.
func (e *DataError) Localize(l msg.Lang) string {
	if e.Where == "" {
		return e.Msg.Localize(l)
	}
	return e.Where + ": " + e.Msg.Localize(l)
}

func (e *DataError) Is(target error) bool { return target == ErrInvalidData }

func dataErrorf(where string, k msg.Key, args ...any) error { return NewDataError(where, k, args...) }

// Status says whether a target was ranked.
type Status string

// Target statuses.
const (
	StatusRanked       Status = "ranked"
	StatusInsufficient Status = "insufficient" // fewer valid ratings than min_ratings
)

// Flags a target may carry.
const (
	FlagVeto        = "veto"
	FlagTieAtCutoff = "tie_at_cutoff" // tied across the bottom cutoff; the committee decides
	// FlagSmallCategory: the bottom count would reach too far into a small
	// or depleted category (bottom.max_share, or its top); the committee
	// decides.
	FlagSmallCategory    = "small_category"
	FlagTieAtAwardCutoff = "tie_at_award_cutoff" // tied across the award cutoff; all tied are awarded
	FlagBelowThreshold   = "below_threshold"     // unsatisfactory by a category threshold, not by place
	// FlagConsecutiveUnsatisfactory: unsatisfactory in the previous round too.
	FlagConsecutiveUnsatisfactory = "consecutive_unsatisfactory"
)

// GroupScore is one evaluator group's view of a target over all dimensions.
type GroupScore struct {
	Group string
	// Ballots is how many of the group's valid ballots rated the target:
	// the number of evaluators behind the group's figures.
	Ballots int
	// Weighted says the group entered the weighted ballot score; a group
	// under min_group_ballots does not (its ratings still count toward
	// satisfaction).
	Weighted  bool
	Ratings   int     // valid ratings by the group (cells; no-answer excluded)
	Satisfied int     // of which in a satisfied level
	Mean      float64 // mean points, untrimmed, over the group's ratings
	// Levels counts the group's ratings per level of Scale.LevelNames,
	// no-answer levels included.
	Levels []int
}

// DetailRow is what one group's ratings of one dimension of a target add to
// its ballot score: the row of the 计分明细 sheet.
type DetailRow struct {
	Dim int
	// Group indexes Rules.Groups; -1 is a dimension's pooled row, when the
	// groups are pooled (every weight 0): the mean of all their ratings.
	Group int
	// Levels counts the ratings per level of Scale.LevelNames, no-answer
	// levels included; Ratings counts those that are ratings.
	Levels  []int
	Ratings int
	// Mean is the mean that entered the dimension score, trimmed where
	// Trimmed says so; for a row not counted, the plain mean.
	HasMean, Trimmed bool
	Mean             float64
	// Counted says the mean entered the dimension score: a weighted group
	// with enough evaluators, or the pooled row.
	Counted bool
	Weight  float64 // the group's weight w_g in the rules
	// Contribution is the row's part of the ballot score:
	// w_g/Σw · v_d/Σv · mean (the pooled row: v_d/Σv · mean); the ballot
	// score is the sum of a target's contributions.
	Contribution float64
}

// TargetResult is everything computed for one target, step by step: the
// figures of its ballots, its composite, its complaints, its final score,
// its verdict and honours, and its standing in the previous round.
type TargetResult struct {
	Target
	BallotFigures
	CompositeFigures
	ComplaintFigures
	// Final is F = C − D.
	Final  float64
	Status Status
	Verdict
	Honours
	PreviousStanding
	Uncertainty
}

// BallotFigures is what the valid ballots say of one target.
type BallotFigures struct {
	// Ratings is the number of valid ballots that rated the target; it is
	// compared with min_ratings.
	Ratings int
	// RatingCells, Satisfied and LowestCount count valid ratings over all
	// dimensions and groups: sat = Satisfied / RatingCells.
	RatingCells, Satisfied, LowestCount int
	Satisfaction, LowestShare           float64
	ByGroup                             []GroupScore // one per rules group
	// Levels counts the ratings per level of Scale.LevelNames, no-answer
	// levels included; Detail holds a row per dimension and group (and per
	// dimension a pooled row when the groups are pooled), in rules order.
	Levels []int
	Detail []DetailRow

	// Dims holds S(t,d) per rules dimension; DimRated says which exist.
	Dims     []float64
	DimRated []bool

	HasBallotScore bool
	BallotScore    float64
}

// CompositeFigures are a target's components and its composite C.
type CompositeFigures struct {
	HasTest bool
	Test    float64
	// Components holds X_c(t) per rules component; HasComponent says which
	// were given (a skipped or missing one is not).
	Components   []float64
	HasComponent []bool
	Composite    float64
}

// ComplaintFigures are what the complaint ledger holds against a target.
type ComplaintFigures struct {
	Verified  int // k: complaints whose result deducts
	Deduction float64
	// ComplaintsReceived and ComplaintsClosed count the target's ledger
	// entries and those whose result counts as handled (办结率).
	ComplaintsReceived, ComplaintsClosed int
	// ByResult counts the target's ledger entries per Complaints.Results.
	ByResult []int
	// Violations counts the target's verified entries: those whose result
	// deducts or vetoes (查实, 一票否决).
	Violations int
	// Sanctions index the personnel sanctions reached (Complaints.Sanctions):
	// for each person addressed, the highest reached.
	Sanctions   []int
	Veto        bool
	VetoSources []string // where each veto entry is in the ledger

	// capped is min(cap, Σ of the deducting entries' amounts): the points
	// deducted, or the share of the composite.
	capped float64
}

// Verdict is a target's place in its category and on the bottom list.
type Verdict struct {
	Rank         int // 0 when not ranked
	CategorySize int // targets ranked in the category

	Unsatisfactory bool // confirmed on the bottom list (vetoes included)
	TieAtCutoff    bool // tied across the bottom cutoff, pending a decision
	// SmallCategory says the bottom count would reach too far into the
	// category: the target is pending a decision, not confirmed.
	SmallCategory bool
	// BelowThreshold says the target is unsatisfactory by its category's
	// also_below thresholds rather than by its place.
	BelowThreshold bool
}

// Honours are a target's award and reserve-cadre standing.
type Honours struct {
	Award     bool
	AwardName string // the honour: awards.name or the category's award_name
	// AlsoAward is the second honour given with it (the category's
	// also_award), to the person holding the awarded post.
	AlsoAward  string
	TieAtAward bool
	Reserve    bool
}

// PreviousStanding compares a target with the previous round's results.
type PreviousStanding struct {
	// HasPrevious says the previous round's results list the target (by
	// ID); the Previous fields are meaningful only then.
	HasPrevious            bool
	PreviousRank           int // 0 when not ranked in the previous round
	PreviousUnsatisfactory bool
	// ConsecutiveUnsatisfactory: unsatisfactory in both rounds.
	ConsecutiveUnsatisfactory bool
}

// RankChange is the previous rank minus this rank (positive = improved);
// ok is false when either rank is missing.
func (t *TargetResult) RankChange() (change int, ok bool) {
	if !t.HasPrevious || t.PreviousRank == 0 || t.Rank == 0 {
		return 0, false
	}
	return t.PreviousRank - t.Rank, true
}

// Flags lists the target's flags in a fixed order.
func (t *TargetResult) Flags() []string {
	flags := []string{}
	if t.Veto {
		flags = append(flags, FlagVeto)
	}
	if t.TieAtCutoff {
		flags = append(flags, FlagTieAtCutoff)
	}
	if t.SmallCategory {
		flags = append(flags, FlagSmallCategory)
	}
	if t.TieAtAward {
		flags = append(flags, FlagTieAtAwardCutoff)
	}
	if t.BelowThreshold {
		flags = append(flags, FlagBelowThreshold)
	}
	if t.ConsecutiveUnsatisfactory {
		flags = append(flags, FlagConsecutiveUnsatisfactory)
	}
	if t.Fragile {
		flags = append(flags, FlagFragile)
	}
	return flags
}

// GroupStat summarises one evaluator group over the whole round.
type GroupStat struct {
	GroupCount
	Ratings, Satisfied int
	Mean               float64 // mean points over all the group's valid ratings
}

// Trigger records why a liability rule fired: Count confirmed unsatisfactory
// targets in the scope (a unit, or a supervisor within a unit); for scope
// violations and complaints, Count verified entries of the target (or, once
// several targets reached one entry, the number of targets).
//
// A trigger of an escalation rule has When set, Rule indexes
// Rules.Escalation, and Targets names the targets that met the condition.
type Trigger struct {
	// Rule indexes Rules.Liability, or Rules.Escalation when When is set,
	// or Complaints.Sanctions for scope complaints.
	Rule      int
	Scope     Scope
	Threshold int
	Count     int
	When      Condition
	Targets   []string
	// Proposal says the rule proposes its actions (建议) rather than
	// decides them.
	Proposal bool
}

// Accountability is the list of actions for one leader in one role.
type Accountability struct {
	Person  string
	Role    Role
	Unit    string
	Actions []string
	// Proposals are actions proposed to the committee (建议) rather than
	// decided: the rules that gave them depend on an inquiry.
	Proposals []string
	// Targets are the IDs of the unsatisfactory targets that caused it.
	Targets  []string
	Triggers []Trigger
}

// Result is a scored round.
type Result struct {
	Rules         *Rules
	Targets       []TargetResult // roster order
	Ballots       Reconciliation
	Groups        []GroupStat // aligned with Ballots.Groups
	Invalid       []InvalidBallot
	DoubleEntries []DoubleEntry
	// ReturnRates are per group, aligned with Ballots.Groups; ReturnRate is
	// over the groups that record issued counts.
	ReturnRates    []ReturnRate
	ReturnRate     ReturnRate
	Accountability []Accountability
	// Ledger is the complaint ledger with each entry's effect, in ledger
	// order.
	Ledger []LedgerEntry
	// Questions are the answers to the rules' questions, which rate no
	// target, in rules order.
	Questions []QuestionResult
	// Warnings say where the round is degraded, in a fixed order.
	Warnings []Warning

	// Year is the round's year, 0 when unknown.
	Year int
	// Previous is the previous round the result was compared with, nil when
	// none was given.
	Previous *Previous
	// Findings are what a Screen found in the ballots besides the scores;
	// empty unless set from one.
	Findings

	// Cutoffs are the categories' cutoffs, in rules order; the targets'
	// margins are to them.
	Cutoffs []Cutoff
	// Resampling is how the ballots were resampled for the targets'
	// Uncertainty: Replicates is 0 when they were not.
	Resampling Resampling
	// Robustness holds the bottom list under each variant of the rules'
	// robustness section, in its order.
	Robustness []VariantResult
}

// LedgerEntry is a complaint-ledger entry and what it did under the rules:
// EffectNone, EffectDeduct or EffectVeto.
type LedgerEntry struct {
	Complaint
	Effect Effect
	// Closed says the entry counts as handled (办结): by its handling
	// status where the rules list statuses, else by its result.
	Closed bool
}

// Pending reports whether the target awaits the committee's decision: tied
// across the cutoff, or in a category too small for its bottom count.
func (v *Verdict) Pending() bool { return v.TieAtCutoff || v.SmallCategory }

// BottomList returns the confirmed and pending targets, per category in
// rules order, worst first.
func (r *Result) BottomList() []*TargetResult {
	standings := r.Standings()
	var out []*TargetResult
	for c := range r.Rules.Categories {
		var list []int
		for i := range r.Targets {
			if t := &r.Targets[i]; standings[i].Category == c && (t.Unsatisfactory || t.Pending()) {
				list = append(list, i)
			}
		}
		worstFirst(list, standings, r.Rules.TieBreak)
		for _, i := range list {
			out = append(out, &r.Targets[i])
		}
	}
	return out
}
