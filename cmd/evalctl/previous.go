package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/evalctl/evalctl/internal/msg"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/ingest"
	"github.com/evalctl/evalctl/report"
)

// roundYear is the year given with --year, else a year in the input's file
// name, else 0 (unknown).
func roundYear(flag int, input string) (int, error) {
	switch {
	case flag == 0:
		return ingest.YearFromName(input), nil
	case flag < 1900 || flag > 2099:
		return 0, usage(msg.CmdBadYear, flag)
	}
	return flag, nil
}

// previousRound reads the results of the previous round for --previous and
// checks that they come before this round's year.
func previousRound(path string, year int) (*evaluate.Published, report.Input, error) {
	p, digest, err := ingest.ReadResults(path)
	if err != nil {
		return nil, report.Input{}, err
	}
	if p.Year != 0 && year != 0 && p.Year >= year {
		return nil, report.Input{}, usage(msg.CmdPreviousYear, path, p.Year, year)
	}
	return p, report.Input{Path: path, SHA256: digest}, nil
}

// applyPrevious compares the result with the previous round and warns on
// stderr about what looks like a mismatch: targets whose name changed under
// the same 编号, or no target in common at all.
func applyPrevious(res *evaluate.Result, prev *evaluate.Published, path string, s *streams, lang msg.Lang) {
	before := prev.Previous()
	renamed := res.ApplyPrevious(before)
	matched := 0
	var lines []string
	for i := range res.Targets {
		t := &res.Targets[i]
		if !t.HasPrevious {
			continue
		}
		matched++
		if slices.Contains(renamed, t.ID) {
			lines = append(lines, fmt.Sprintf("%s %s → %s", t.ID, before.Targets[t.ID].Name, t.Name))
		}
	}
	if matched == 0 {
		note(s, lang, msg.NoteNoMatch, path)
	}
	const shown = 5
	if n := len(lines); n > 0 {
		more := ""
		if n > shown {
			more = lang.F(msg.NoteAndMore, n-shown)
			lines = lines[:shown]
		}
		note(s, lang, msg.NoteRenamed, n, path, strings.Join(lines, lang.Sep()), more)
	}
}

// rulesChanged compares the rules the previous round recorded with this
// round's. With the rules themselves (a results workbook's 审计 sheet), a
// warning names the fields that differ; with only their digest (the JSON),
// it says that they differ; a file that records neither (a ranking made by
// hand) gives no warning.
func rulesChanged(prev *evaluate.Published, path string, rules *evaluate.Rules, fallback string) []evaluate.Warning {
	where := evaluate.At(path)
	if prev.RulesYAML != nil {
		if before, err := ingest.ParseRules(path, prev.RulesYAML, fallback); err == nil {
			fields, err := report.RulesChanges(before, rules)
			if err != nil || len(fields) == 0 {
				return nil
			}
			const shown = 10
			list := listAndMore{list: strings.Join(fields[:min(len(fields), shown)], ", "), more: len(fields) - min(len(fields), shown)}
			return []evaluate.Warning{{Code: evaluate.WarnRulesChanged, Where: where, Msg: msg.New(msg.WarnRulesChanged, list)}}
		}
	}
	if prev.RulesSHA256 == "" {
		return nil
	}
	digest, err := report.RulesSHA256(rules)
	if err != nil || strings.EqualFold(digest, prev.RulesSHA256) {
		return nil
	}
	return []evaluate.Warning{{Code: evaluate.WarnRulesChanged, Where: where, Msg: msg.New(msg.WarnRulesChangedSum, prev.RulesSHA256, digest)}}
}

// listAndMore is a list cut short, and how many more it held, told in a
// language.
type listAndMore struct {
	list string
	more int
}

func (l listAndMore) Localize(lang msg.Lang) string {
	if l.more == 0 {
		return l.list
	}
	return l.list + " " + lang.F(msg.WarnAndMore, l.more)
}
