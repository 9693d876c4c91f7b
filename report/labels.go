// Package report writes scored rounds out: the results workbook, the JSON
// contract for scripts, terminal tables and the rules as YAML; and, from
// published results, the per-unit export workbooks and the trend workbook
// of several years.
//
// Sheet names, headers and sentences come from the message catalogue, in
// Chinese by default or in English; the sheets, columns and JSON fields are
// those of package contract, which the readers in package ingest share.
// Numbers are the same in both languages. Output is deterministic: the same
// result gives the same cells and the same bytes.
package report

import (
	"strings"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/msg"
)

// problemKeys names the text of each ballot problem.
var problemKeys = map[evaluate.ProblemKind]msg.Key{
	evaluate.ProblemNoID:          msg.ProblemNoID,
	evaluate.ProblemDuplicate:     msg.ProblemDuplicate,
	evaluate.ProblemNoGroup:       msg.ProblemNoGroup,
	evaluate.ProblemUnknownGroup:  msg.ProblemUnknownGroup,
	evaluate.ProblemBadLevel:      msg.ProblemBadLevel,
	evaluate.ProblemOutOfRange:    msg.ProblemOutOfRange,
	evaluate.ProblemBlank:         msg.ProblemBlank,
	evaluate.ProblemDoubleEntry:   msg.ProblemDoubleEntry,
	evaluate.ProblemUnknownTarget: msg.ProblemUnknownTarget,
	evaluate.ProblemUnknownDim:    msg.ProblemUnknownDim,
	evaluate.ProblemRatedTwice:    msg.ProblemRatedTwice,
	evaluate.ProblemMixedGroups:   msg.ProblemMixedGroups,
	evaluate.ProblemTooFewRated:   msg.ProblemTooFewRated,
	evaluate.ProblemLevelShare:    msg.ProblemLevelShare,
	evaluate.ProblemIdentical:     msg.ProblemIdentical,
	evaluate.ProblemQuota:         msg.ProblemQuota,
	evaluate.ProblemStraightLine:  msg.ProblemStraightLine,
}

// ProblemText renders a ballot problem as a sentence in the language.
func ProblemText(lang msg.Lang, p evaluate.Problem) string {
	key, ok := problemKeys[p.Kind]
	if !ok {
		return string(p.Kind)
	}
	switch p.Kind {
	case evaluate.ProblemDuplicate, evaluate.ProblemDoubleEntry:
		return lang.F(key, p.Value, p.First.File, p.First.Sheet, p.First.Row)
	case evaluate.ProblemUnknownGroup:
		if p.Ref != "" {
			return lang.F(msg.ProblemUnknownGroupAt, p.Ref, p.Value)
		}
		return lang.F(key, p.Value)
	case evaluate.ProblemTooFewRated, evaluate.ProblemLevelShare, evaluate.ProblemStraightLine,
		evaluate.ProblemIdentical, evaluate.ProblemQuota:
		return lang.F(key, p.Value)
	case evaluate.ProblemBadLevel, evaluate.ProblemOutOfRange, evaluate.ProblemUnknownTarget,
		evaluate.ProblemUnknownDim, evaluate.ProblemRatedTwice, evaluate.ProblemMixedGroups:
		return lang.F(key, p.Ref, p.Value)
	}
	return lang.T(key)
}

// ReasonText joins every problem of an invalid ballot.
func ReasonText(lang msg.Lang, b evaluate.InvalidBallot) string {
	parts := make([]string, len(b.Problems))
	for i, p := range b.Problems {
		parts[i] = ProblemText(lang, p)
	}
	return strings.Join(parts, lang.Sep())
}

// AccountabilityReason explains an accountability entry: which rules fired,
// and the targets behind them.
func AccountabilityReason(lang msg.Lang, res *evaluate.Result, a evaluate.Accountability) string {
	if len(a.Triggers) > 0 && a.Triggers[0].When != "" {
		return escalationReason(lang, res, a) // escalation entries hold only escalation triggers
	}
	names := map[string]string{}
	for _, tr := range res.Targets {
		names[tr.ID] = tr.Name
	}
	var who []string
	for _, id := range a.Targets {
		who = append(who, id+" "+names[id])
	}
	label := res.Rules.Bottom.Label
	var parts []string
	for _, tr := range a.Triggers {
		text := triggerText(lang, label, tr)
		if tr.Proposal {
			text += lang.T(msg.TriggerProposal)
		}
		parts = append(parts, text)
	}
	return strings.Join(parts, lang.Sep()) + lang.T(msg.ColonSep) + lang.Join(who)
}

// triggerText says why one liability rule or sanction fired.
func triggerText(lang msg.Lang, label string, tr evaluate.Trigger) string {
	switch tr.Scope {
	case evaluate.ScopeRank:
		return lang.F(msg.TriggerRank, tr.Threshold, tr.Rule+1)
	case evaluate.ScopeComplaints:
		return lang.F(msg.TriggerComplaints, tr.Count)
	case evaluate.ScopeViolations:
		return lang.F(msg.TriggerViolations, tr.Threshold, tr.Rule+1)
	}
	scope := lang.T(msg.ScopeTheUnit)
	if tr.Scope == evaluate.ScopeSupervisor {
		scope = lang.T(msg.ScopeOneSupervisor)
	}
	return lang.F(msg.TriggerCount, scope, tr.Count, label, tr.Rule+1, tr.Threshold)
}

// heads are the headers of a table, in the language.
func heads(lang msg.Lang, labels ...contract.Label) []string {
	out := make([]string, len(labels))
	for i, l := range labels {
		out[i] = l.In(lang)
	}
	return out
}

// Problem is a ballot problem as a text that can be told in any language,
// for messages that carry one.
func Problem(p evaluate.Problem) msg.Localizer { return problemText(p) }

type problemText evaluate.Problem

func (p problemText) Localize(l msg.Lang) string { return ProblemText(l, evaluate.Problem(p)) }
