package contract

import "github.com/evalctl/evalctl/evaluate"

// Warning is one warning of a degraded round: its code, stable across
// languages, what it means and where, both told in the output's language.
type Warning struct {
	Code    evaluate.WarningCode `json:"code"`
	Message string               `json:"message"`
	Where   string               `json:"where"`
}
