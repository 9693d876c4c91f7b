package report

import (
	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/msg"
)

// Warnings tells a round's warnings in lang, for the JSON contract and
// check.
func Warnings(ws []evaluate.Warning, lang msg.Lang) []contract.Warning {
	out := []contract.Warning{}
	for _, w := range ws {
		out = append(out, contract.Warning{Code: w.Code, Message: w.Msg.Localize(lang), Where: w.Place(lang)})
	}
	return out
}

// warningLines are the warnings as lines of text: where, then what.
func warningLines(ws []evaluate.Warning, lang msg.Lang) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.Localize(lang)
	}
	return out
}
