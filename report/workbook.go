package report

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/msg"
)

// Input is one file read for the round, for the audit trail.
type Input struct {
	Path   string
	SHA256 string
}

// Meta is what the audit sheet records besides the results.
type Meta struct {
	Version   string
	RulesFrom string // e.g. "preset chibi" or "rules.yaml (base chibi)"
	RulesYAML []byte
	Inputs    []Input
	// Previous is the previous round's results file, when compared with one.
	Previous *Input
}

// WriteWorkbook writes the results workbook to path atomically.
func WriteWorkbook(path string, res *evaluate.Result, meta Meta, lang msg.Lang) error {
	one := func(f func(*evaluate.Result, msg.Lang) table) func() []table {
		return func() []table { return []table{f(res, lang)} }
	}
	builders := []func() []table{one(rankingTable), one(bottomTable)}
	if len(res.Robustness) > 0 {
		builders = append(builders, one(robustnessTable))
	}
	builders = append(builders, one(accountabilityTable), one(awardsTable), one(invalidTable), one(doubleEntryTable),
		func() []table { return arrivalsTables(res, lang) },
		one(statisticsTable), one(groupScoresTable))
	if len(res.Rules.Dimensions) > 1 {
		builders = append(builders, one(dimensionTable))
	}
	// The rules' digest, on the 说明 and 审计 sheets, is worked out once.
	digest := rulesDigest(res.Rules)
	builders = append(builders, one(scoreDetailTable), one(ledgerTable),
		func() []table { return []table{methodTable(res, digest, lang)} },
		func() []table { return []table{auditTable(res, meta, digest, lang)} })
	// The tables only read the result: they are made side by side.
	made := make([][]table, len(builders))
	inParallel(len(builders), func(k int) { made[k] = builders[k]() })
	book := build(res.Rules.Name, lang, slices.Concat(made...))
	book.insertAfter(contract.SheetAwards.In(lang), chartsSheet(res, res.Rules.Name, lang))
	return book.save(path)
}

// Ordered returns the targets per category in rules order: ranked best
// first, then the unranked by ID.
func Ordered(res *evaluate.Result) []*evaluate.TargetResult {
	var out []*evaluate.TargetResult
	for _, c := range res.Rules.Categories {
		var cat []*evaluate.TargetResult
		for i := range res.Targets {
			if res.Targets[i].Category == c.Name {
				cat = append(cat, &res.Targets[i])
			}
		}
		sort.SliceStable(cat, func(i, j int) bool {
			a, b := cat[i], cat[j]
			if (a.Rank == 0) != (b.Rank == 0) {
				return b.Rank == 0
			}
			if a.Rank != b.Rank {
				return a.Rank < b.Rank
			}
			return a.ID < b.ID
		})
		out = append(out, cat...)
	}
	return out
}

// verdict is the outcome of a target in words.
func verdict(res *evaluate.Result, tr *evaluate.TargetResult, lang msg.Lang) string {
	var parts []string
	if tr.Unsatisfactory {
		parts = append(parts, res.Rules.Bottom.Label)
	}
	switch {
	case tr.SmallCategory: // a tie there too is in the flags
		parts = append(parts, lang.T(msg.ValSmallPending))
	case tr.TieAtCutoff:
		parts = append(parts, lang.T(msg.ValTiePending))
	}
	if tr.Award {
		parts = append(parts, tr.AwardName)
		if tr.AlsoAward != "" {
			parts = append(parts, tr.AlsoAward)
		}
	}
	if tr.Reserve {
		parts = append(parts, res.Rules.Awards.Reserve.Name)
	}
	return lang.Join(parts)
}

func flagsText(tr *evaluate.TargetResult, lang msg.Lang) string {
	return contract.FlagsText(tr.Flags(), lang)
}

// orNil returns v, or nil (an empty cell) when ok is false.
func orNil(v float64, ok bool) any {
	if !ok {
		return nil
	}
	return v
}

func rankCell(tr *evaluate.TargetResult) any {
	if tr.Rank == 0 {
		return nil
	}
	return tr.Rank
}

func rankingTable(res *evaluate.Result, lang msg.Lang) table {
	tb := table{name: contract.SheetRanking.In(lang)}
	tb.header = heads(lang, contract.ColCategory, contract.ColRank, contract.ColOf, contract.ColID, contract.ColName, contract.ColUnit, contract.ColSection, contract.ColRatings, contract.ColBallotScore)
	tb.formats = []format{text, integer, integer, text, text, text, text, integer, fixed2}
	for _, c := range res.Rules.Components {
		if c.Source != evaluate.SourceBallots {
			tb.header = append(tb.header, c.Name)
			tb.formats = append(tb.formats, fixed2)
		}
	}
	handling := tracksHandling(res.Rules)
	if handling {
		tb.header = append(tb.header, heads(lang, contract.ColReceived, contract.ColClosed)...)
		tb.formats = append(tb.formats, integer, integer)
	}
	tb.header = append(tb.header, heads(lang, contract.ColComposite, contract.ColVerified, contract.ColDeduction, contract.ColFinal, contract.ColSatisfaction, contract.ColLowestShare, contract.ColStatus, contract.ColUnsatisfactory, contract.ColVerdict, contract.ColFlags)...)
	tb.formats = append(tb.formats, fixed2, integer, fixed2, fixed2, percent, percent, text, text, text, text)
	ch, cf := certaintyHeads(lang)
	tb.header, tb.formats = append(tb.header, ch...), append(tb.formats, cf...)
	if res.Previous != nil {
		tb.header = append(tb.header, heads(lang, contract.ColPreviousRank, contract.ColRankChange, contract.ColPreviouslyUnsatisfactory)...)
		tb.formats = append(tb.formats, integer, integer, text)
	}
	for _, tr := range Ordered(res) {
		row := []any{tr.Category, rankCell(tr), orNil(float64(tr.CategorySize), tr.Rank > 0), tr.ID, tr.Name,
			tr.Unit, tr.Section, tr.Ratings, orNil(tr.BallotScore, tr.HasBallotScore)}
		for c, comp := range res.Rules.Components {
			if comp.Source != evaluate.SourceBallots {
				row = append(row, orNil(tr.Components[c], tr.HasComponent[c]))
			}
		}
		if handling {
			row = append(row, tr.ComplaintsReceived, tr.ComplaintsClosed)
		}
		row = append(row, orNil(tr.Composite, tr.HasBallotScore), tr.Verified, orNil(tr.Deduction, tr.HasBallotScore),
			orNil(tr.Final, tr.HasBallotScore), orNil(tr.Satisfaction, tr.RatingCells > 0), orNil(tr.LowestShare, tr.RatingCells > 0),
			contract.Statuses.In(tr.Status, lang), yesOrEmpty(lang, tr.Unsatisfactory), verdict(res, tr, lang), flagsText(tr, lang))
		row = append(row, certaintyCells(tr)...)
		if res.Previous != nil {
			row = append(row, previousCells(tr, lang)...)
		}
		tb.add(row...)
	}
	return tb
}

func bottomTable(res *evaluate.Result, lang msg.Lang) table {
	tb := table{name: contract.SheetBottom.In(lang)}
	ch, cf := certaintyHeads(lang)
	tb.header = heads(lang, contract.ColCategory, contract.ColRank, contract.ColOf, contract.ColID, contract.ColName, contract.ColUnit, contract.ColSection, contract.ColSupervisor, contract.ColFinal, contract.ColSatisfaction)
	tb.header = append(append(tb.header, ch...), heads(lang, contract.ColVerdict, contract.ColReason, contract.ColAction, contract.ColFlags, contract.ColExplanation)...)
	tb.formats = append([]format{text, integer, integer, text, text, text, text, text, fixed2, percent}, cf...)
	for _, tr := range res.BottomList() {
		status, action := lang.T(msg.ValTiePending), ""
		if tr.SmallCategory {
			status = lang.T(msg.ValSmallPending)
		}
		if tr.Unsatisfactory {
			status, action = lang.T(msg.ValConfirmed)+" "+res.Rules.Bottom.Label, res.Rules.Bottom.Action
		}
		reason := lang.T(msg.ValBottomOfCat)
		switch {
		case tr.SmallCategory:
			reason = lang.T(msg.FlagSmallCategory)
		case tr.BelowThreshold:
			reason = lang.T(msg.FlagBelowThreshold)
		}
		if tr.Veto {
			reason = lang.T(msg.ValVeto) + " (" + strings.Join(tr.VetoSources, "; ") + ")"
		}
		row := []any{tr.Category, rankCell(tr), orNil(float64(tr.CategorySize), tr.Rank > 0), tr.ID, tr.Name, tr.Unit, tr.Section,
			tr.Supervisor, orNil(tr.Final, tr.HasBallotScore), orNil(tr.Satisfaction, tr.RatingCells > 0)}
		row = append(row, certaintyCells(tr)...)
		tb.add(append(row, status, reason, action, flagsText(tr, lang), Explanation(res, tr, lang))...)
	}
	return tb
}

func accountabilityTable(res *evaluate.Result, lang msg.Lang) table {
	entries := make([]evaluate.PublishedAccountability, len(res.Accountability))
	for i, a := range res.Accountability {
		entries[i] = evaluate.PublishedAccountability{Person: a.Person, Role: a.Role, Unit: a.Unit, Actions: a.Actions,
			Proposals: a.Proposals, Targets: a.Targets, Reason: AccountabilityReason(lang, res, a)}
	}
	return accountabilitySheet(entries, res.Rules.Proposes(), lang)
}

// accountabilitySheet is 问责名单 of the entries, the results workbook's and
// a unit's alike; a column of proposals (建议) when the rules propose.
func accountabilitySheet(entries []evaluate.PublishedAccountability, proposes bool, lang msg.Lang) table {
	tb := table{name: contract.SheetAccountability.In(lang)}
	tb.header = heads(lang, contract.ColPerson, contract.ColRole, contract.ColUnit, contract.ColActions)
	if proposes {
		tb.header = append(tb.header, contract.ColProposals.In(lang))
	}
	tb.header = append(tb.header, heads(lang, contract.ColBecauseOf, contract.ColReason)...)
	for _, a := range entries {
		row := []any{a.Person, contract.Roles.In(a.Role, lang), a.Unit, lang.Join(a.Actions)}
		if proposes {
			row = append(row, lang.Join(a.Proposals))
		}
		tb.add(append(row, strings.Join(a.Targets, ","), a.Reason)...)
	}
	return tb
}

func awardsTable(res *evaluate.Result, lang msg.Lang) table {
	tb := table{name: contract.SheetAwards.In(lang)}
	tb.header = heads(lang, contract.ColCategory, contract.ColRank, contract.ColID, contract.ColName, contract.ColUnit, contract.ColFinal, contract.ColTest, contract.ColAward)
	tb.formats = []format{text, integer, text, text, text, fixed2, fixed2}
	reserveRule := res.Rules.Awards.Reserve.Name != ""
	if reserveRule {
		tb.header = append(tb.header, res.Rules.Awards.Reserve.Name)
	}
	tb.header = append(tb.header, contract.ColFlags.In(lang))
	for _, tr := range Ordered(res) {
		if !tr.Award {
			continue
		}
		award := tr.AwardName
		if tr.AlsoAward != "" {
			award = lang.Join([]string{tr.AwardName, tr.AlsoAward})
		}
		row := []any{tr.Category, rankCell(tr), tr.ID, tr.Name, tr.Unit, tr.Final, orNil(tr.Test, tr.HasTest), award}
		if reserveRule {
			reserve := lang.T(msg.ValNo)
			if tr.Reserve {
				reserve = lang.T(msg.ValYes)
			}
			row = append(row, reserve)
		}
		tb.add(append(row, flagsText(tr, lang))...)
	}
	return tb
}

// tracksHandling reports whether the rules say which complaint entries count
// as handled, so that received and closed counts (办结率) mean something.
func tracksHandling(rules *evaluate.Rules) bool { return rules.Complaints.TracksHandling() }

// dimensionTable lists S(t,d) per target and dimension when the rules rate
// several, so that B = Σ v_d·S_d can be recomputed by hand.
func dimensionTable(res *evaluate.Result, lang msg.Lang) table {
	tb := table{name: contract.SheetDimensionScores.In(lang)}
	tb.header = heads(lang, contract.ColCategory, contract.ColID, contract.ColName, contract.ColUnit, contract.ColDimension, contract.ColWeight, contract.ColMean)
	tb.formats = []format{text, text, text, text, text, fixed2, fixed2}
	for _, tr := range Ordered(res) {
		for d, dim := range res.Rules.Dimensions {
			tb.add(tr.Category, tr.ID, tr.Name, tr.Unit, dim.Name, dim.Weight, orNil(tr.Dims[d], tr.DimRated[d]))
		}
	}
	return tb
}

func auditTable(res *evaluate.Result, meta Meta, digest string, lang msg.Lang) table {
	tb := table{name: contract.SheetAudit.In(lang), header: heads(lang, contract.ColItem, contract.ColValue)}
	tb.add(contract.ItemVersion.In(lang), meta.Version)
	tb.add(contract.ItemRound.In(lang), res.Rules.Name)
	tb.add(contract.ColYear.In(lang), yearText(lang, res.Year))
	tb.add(contract.ItemRules.In(lang), meta.RulesFrom)
	tb.add(contract.ItemRulesSHA256.In(lang), digest)
	for _, in := range meta.Inputs {
		tb.add(contract.ItemInput.In(lang), fmt.Sprintf("%s  sha256:%s", in.Path, in.SHA256))
	}
	if meta.Previous != nil && res.Previous != nil {
		tb.add(contract.ItemPrevious.In(lang), fmt.Sprintf("%s  sha256:%s  (%s)", meta.Previous.Path, meta.Previous.SHA256, yearText(lang, res.Previous.Year)))
	}
	b := res.Ballots
	tb.add(contract.ItemReconciliation.In(lang), fmt.Sprintf("%s %d = %s %d + %s %d",
		contract.ColRead.In(lang), b.Read, contract.ColValid.In(lang), b.Valid, contract.ColInvalid.In(lang), b.Invalid))
	if s := res.Resampling; s.Replicates > 0 {
		tb.add(lang.T(msg.ItemResampling), lang.F(msg.ResamplingValue, s.Replicates, s.Seed, s.Replicates, s.Seed))
	} else {
		tb.add(lang.T(msg.ItemResampling), lang.T(msg.SummaryNoResampling))
	}
	for _, w := range res.Warnings {
		tb.add(contract.ItemWarning.In(lang), string(w.Code)+"  "+w.Localize(lang))
	}
	tb.add(contract.ItemRulesYAML.In(lang), "")
	for _, line := range strings.Split(strings.TrimRight(string(meta.RulesYAML), "\n"), "\n") {
		tb.add("", line)
	}
	return tb
}
