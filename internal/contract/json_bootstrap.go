package contract

import "github.com/evalctl/evalctl/internal/msg"

// Certainty is how sure the bottom list is (added to schema 1): how the
// ballots were resampled, null when they were not (--replicates 0), and
// each category's cutoff, to which the targets' margins are.
type Certainty struct {
	Resampling *Resampling `json:"resampling"`
	Cutoffs    []Cutoff    `json:"cutoffs"`
	Robustness Robustness  `json:"robustness"`
}

// Resampling records the bootstrap behind the targets' bottom_probability
// and rank_interval: its replicates and seed, which reproduce it, and the
// rules' share below which a verdict is fragile.
type Resampling struct {
	Replicates int     `json:"replicates"`
	Seed       uint64  `json:"seed"`
	Fragile    float64 `json:"fragile"`
}

// Cutoff is where a category's bottom list is cut by rank: midway between
// the final scores of the last place on the list and the first place off
// it (their IDs); null when the count by rank reaches nobody or everybody.
type Cutoff struct {
	Category string   `json:"category"`
	Score    *float64 `json:"score"`
	LastOn   *string  `json:"last_on"`
	FirstOff *string  `json:"first_off"`
}

// Robustness is the bottom list under each variant of the rules'
// robustness section, and for each target on the list or on a variant's,
// how many variants hold it.
type Robustness struct {
	Variants []Variant      `json:"variants"`
	Targets  []RobustTarget `json:"targets"`
}

// Variant is the bottom list under one variant: the IDs on it, confirmed
// or pending, per category worst first, and those of them pending.
type Variant struct {
	Name    string   `json:"name"`
	Bottom  []string `json:"bottom"`
	Pending []string `json:"pending"`
}

// RobustTarget is a target on the bottom list (listed) or on some
// variant's: in how many of the variants it is on the list, of how many.
type RobustTarget struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Listed   bool   `json:"listed"`
	Variants int    `json:"variants"`
	Of       int    `json:"of"`
}

// The columns of resampling and robustness, and the 稳健性 sheet.
var (
	ColBottomProbability = Label{Key: msg.ColBottomProbability}
	ColRankInterval      = Label{Key: msg.ColRankInterval}
	ColMargin            = Label{Key: msg.ColMargin}
	ColVariantsOn        = Label{Key: msg.ColVariantsOn}
	ColPublished         = Label{Key: msg.ColPublished}
	SheetRobustness      = Label{Key: msg.SheetRobustness}
)
