package contract

import "github.com/evalctl/evalctl/evaluate"

// Warning is one warning of a degraded round: its code, stable across
// languages, what it means and where, both told in the output's language.
type Warning struct {
	Code    evaluate.WarningCode `json:"code"`
	Message string               `json:"message"`
	Where   string               `json:"where"`
}

// LevelCounts count a target's ratings per level of the scale (a band of a
// numeric one), keyed by the level's name, every level present, no-answer
// levels (不了解) included.
type LevelCounts map[string]int
