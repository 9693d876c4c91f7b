package evaluate

import (
	"strings"

	"github.com/evalctl/evalctl/internal/msg"
)

// WarningCode names a kind of warning; the codes are part of the JSON
// contract and stay the same in every language.
type WarningCode string

// The warnings of a degraded round: each says where, and what it changes.
const (
	// WarnGroupNoBallots: a group of the rules cast no valid ballot, so its
	// weight moved to the other groups.
	WarnGroupNoBallots WarningCode = "group_no_ballots"
	// WarnTargetNoColumn: a roster target has no column (or, in the long
	// layout, no row) in any ballot sheet: nobody could rate it.
	WarnTargetNoColumn WarningCode = "target_no_column"
	// WarnTargetNoRating: a roster target rated by no valid ballot.
	WarnTargetNoRating WarningCode = "target_no_rating"
	// WarnInvalidShare: a group's or a file's invalid ballots are a larger
	// share of those read than validity.max_invalid_share.
	WarnInvalidShare WarningCode = "invalid_share"
	// WarnBelowQuorum: a group returned a smaller share of the ballots
	// issued to it than the round's quorum (the round as a whole has it).
	WarnBelowQuorum WarningCode = "below_quorum"
	// WarnEmptyCategory: a category of the rules has no ranked target.
	WarnEmptyCategory WarningCode = "empty_category"
	// WarnSmallCategory: the bottom count, or a liability rule by place,
	// would reach too far into a category: held for the committee.
	WarnSmallCategory WarningCode = "small_category"
	// WarnRulesChanged: the previous round was scored with other rules.
	WarnRulesChanged WarningCode = "rules_changed"
)

// WarningCodes lists every code, in the order warnings are given.
var WarningCodes = []WarningCode{WarnGroupNoBallots, WarnTargetNoColumn, WarnTargetNoRating, WarnInvalidShare,
	WarnBelowQuorum, WarnEmptyCategory, WarnSmallCategory, WarnRulesChanged}

// Warning is what makes a round's results weaker than they look without
// making them wrong: listed by check (an error under check --strict), in
// the score summary, the JSON and the 审计 sheet, never silent.
type Warning struct {
	Code WarningCode
	// Where locates it: a roster row or a file as written, a group or a
	// category of the rules; nil for the round as a whole.
	Where msg.Localizer
	Msg   msg.Text
}

// Localize tells the warning in a language: where, then what.
func (w Warning) Localize(l msg.Lang) string {
	if where := w.Place(l); where != "" {
		return where + ": " + w.Msg.Localize(l)
	}
	return w.Msg.Localize(l)
}

// Place is where the warning is, in a language ("" for the round).
func (w Warning) Place(l msg.Lang) string {
	if w.Where == nil {
		return ""
	}
	return w.Where.Localize(l)
}

// At is a location as written in the inputs (a file, a sheet and a cell),
// the same in every language.
type At string

// Localize returns the location as it is.
func (a At) Localize(msg.Lang) string { return string(a) }

// AtGroup and AtCategory name a group and a category of the rules.
func AtGroup(name string) msg.Text    { return msg.New(msg.WhereGroup, name) }
func AtCategory(name string) msg.Text { return msg.New(msg.WhereCategory, name) }

// Warnings are the warnings of the ballots as tallied: groups without a
// valid ballot, roster targets without a column or without a rating,
// groups and files with too many invalid ballots, groups returned below
// the round's quorum. Score adds those of the verdicts; check calls it
// alone when the round cannot be scored.
func Warnings(rules *Rules, round *Round, tally *Tally) []Warning {
	var out []Warning
	rec := tally.Reconciliation()
	pooled := true
	for _, g := range rules.Groups {
		pooled = pooled && g.Weight == 0
	}
	for g, group := range rules.Groups {
		switch c := rec.Groups[g]; {
		case c.Valid > 0:
		case pooled:
			out = append(out, Warning{WarnGroupNoBallots, AtGroup(group.Name), msg.New(msg.WarnGroupNoBallotsPooled, c.Read)})
		default:
			out = append(out, Warning{WarnGroupNoBallots, AtGroup(group.Name), msg.New(msg.WarnGroupNoBallots, c.Read, group.Weight)})
		}
	}
	counts := tally.Counts()
	for i, t := range round.Targets {
		where := At(t.Where)
		switch {
		case round.OnBallots != nil && !round.OnBallots[i]:
			out = append(out, Warning{WarnTargetNoColumn, where, msg.New(msg.WarnTargetNoColumn, t.ID, t.Name)})
		case counts.raters[i] == 0:
			out = append(out, Warning{WarnTargetNoRating, where, msg.New(msg.WarnTargetNoRating, t.ID, t.Name)})
		}
	}
	limit := rules.Validity.MaxInvalidShare
	for g, group := range rules.Groups {
		if c := rec.Groups[g]; c.Read > 0 && float64(c.Invalid)/float64(c.Read) > limit {
			out = append(out, Warning{WarnInvalidShare, AtGroup(group.Name), invalidShare(c.Invalid, c.Read, limit)})
		}
	}
	for _, f := range tally.Files() {
		if f.Read > 0 && float64(f.Invalid)/float64(f.Read) > limit {
			out = append(out, Warning{WarnInvalidShare, At(f.File), invalidShare(f.Invalid, f.Read, limit)})
		}
	}
	rates, _ := returnRates(rules, rec)
	for g, r := range rates {
		// A group under its own quorum, or over-issued, is an error.
		if g < len(rules.Groups) && r.Known && rules.belowQuorum(r.Returned, rules.Quorum) && !rules.belowQuorum(r.Returned, rules.Groups[g].Quorum) && r.ReturnedN <= r.Issued {
			out = append(out, Warning{WarnBelowQuorum, AtGroup(rules.Groups[g].Name),
				msg.New(rules.quorumKey(msg.WarnBelowQuorum, msg.WarnBelowQuorumStrict), r.ReturnedN, r.Issued, 100*r.Returned, 100*rules.Quorum)})
		}
	}
	return out
}

func invalidShare(invalid, read int, limit float64) msg.Text {
	return msg.New(msg.WarnInvalidShare, invalid, read, 100*float64(invalid)/float64(read), 100*limit)
}

// verdictWarnings are the warnings of the verdicts: a category without a
// ranked target, and one where the bottom count, or a liability rule by
// place, was held for the committee.
func (r *Result) verdictWarnings() []Warning {
	var out []Warning
	standings := r.Standings()
	for c, cat := range r.Rules.Categories {
		ranked, nonVeto, rankedVetoes := 0, 0, 0
		var held []string
		for i := range r.Targets {
			t := &r.Targets[i]
			if standings[i].Category != c {
				continue
			}
			if t.Status == StatusRanked {
				ranked++
				if t.Veto {
					rankedVetoes++
				} else {
					nonVeto++
				}
			}
			if t.SmallCategory {
				held = append(held, t.ID)
			}
		}
		where := AtCategory(cat.Name)
		if ranked == 0 {
			out = append(out, Warning{WarnEmptyCategory, where, msg.New(msg.WarnEmptyCategory)})
			continue
		}
		if len(held) > 0 {
			places := BottomCount(cat, ranked)
			if !r.Rules.Bottom.Vetoes.Adds() {
				places -= rankedVetoes
			}
			out = append(out, Warning{WarnSmallCategory, where, msg.New(msg.WarnSmallCategory, places, nonVeto,
				RankLimit(r.Rules, nonVeto), strings.Join(held, ", "))})
		}
		for ri, rule := range r.Rules.Liability {
			if rule.Scope != ScopeRank {
				continue
			}
			var withheld []string
			for i := range r.Targets {
				if standings[i].Category == c && standings[i].Ranked && placeFromBottom(r.Rules, standings, i) == rule.Position && !placeReaches(r.Rules, standings, i) {
					withheld = append(withheld, r.Targets[i].ID)
				}
			}
			if len(withheld) > 0 {
				out = append(out, Warning{WarnSmallCategory, where, msg.New(msg.WarnRankRuleHeld, ri+1, rule.Position,
					strings.Join(withheld, ", "), ranked, RankLimit(r.Rules, ranked))})
			}
		}
	}
	return out
}
