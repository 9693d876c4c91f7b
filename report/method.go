package report

import (
	"strings"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/msg"
)

// methodTable is the 说明 sheet: the round's method in plain words, every
// number filled in from the effective rules, so that the office can print
// it as the 评分办法 annex of its results. It says what the rules say and
// nothing they do not: a field the rules leave empty leaves out its line.
// digest is the rules' RulesSHA256.
func methodTable(res *evaluate.Result, digest string, lang msg.Lang) table {
	r := res.Rules
	tb := table{name: contract.SheetMethod.In(lang), header: heads(lang, contract.ColItem, contract.ColValue), formats: []format{text, wrapped}}
	add := func(item string, lines ...string) {
		var kept []string
		for _, l := range lines {
			if l != "" {
				kept = append(kept, l)
			}
		}
		if len(kept) > 0 {
			tb.add(item, strings.Join(kept, "\n"))
		}
	}
	add(contract.ItemRound.In(lang), r.Name)
	add(lang.T(msg.TplLevelsLabel), levelNotes(r, lang), lang.F(msg.MethodSatisfaction, lang.Join(satisfiedNames(r))))
	add(contract.ColGroup.In(lang), methodGroups(r, lang)...)
	add(lang.T(msg.MethodIssuedLabel), methodIssued(r, lang)...)
	add(contract.ColDimension.In(lang), methodDimensions(r, lang))
	add(contract.ColQuestion.In(lang), methodQuestions(r, lang)...)
	if r.Trim.K > 0 {
		add(lang.T(msg.MethodTrimLabel), lang.F(msg.MethodTrim, r.Trim.Min, r.Trim.K))
	} else {
		add(lang.T(msg.MethodTrimLabel), lang.T(msg.MethodNoTrim))
	}
	add(contract.ColComposite.In(lang), methodComposite(r, lang)...)
	add(lang.T(msg.MethodDeductLabel), methodDeductions(r, lang)...)
	add(contract.ColHandlingRate.In(lang), methodHandling(r, lang)...)
	add(lang.T(msg.MethodVetoLabel), methodVeto(r, lang)...)
	add(lang.T(msg.MethodMinRatingsLbl), lang.F(msg.MethodMinRatings, r.MinRatings))
	add(lang.T(msg.MethodRankLabel), lang.F(msg.MethodRank, lang.Join(tieBreakNames(r, lang))))
	add(lang.T(msg.MethodBottomLabel), methodBottom(r, lang)...)
	if r.Bottom.MaxShare > 0 {
		add(lang.T(msg.MethodSmallLabel), lang.F(msg.MethodSmall, percentText(r.Bottom.MaxShare)))
	} else {
		add(lang.T(msg.MethodSmallLabel), lang.T(msg.MethodSmallTopOnly))
	}
	certainty, robustness := methodCertainty(res, lang)
	add(lang.T(msg.MethodCertaintyLabel), certainty...)
	add(lang.T(msg.MethodRobustLabel), robustness)
	add(lang.T(msg.MethodLiabilityLbl), methodLiability(r, lang)...)
	add(lang.T(msg.MethodEscalationLbl), methodEscalation(r, lang)...)
	add(lang.T(msg.MethodAwardsLabel), methodAwards(r, lang)...)
	add(lang.T(msg.TplInvalidLabel), methodInvalid(r, lang))
	add(lang.T(msg.MethodWarningsLabel), lang.F(msg.MethodWarnings, percentText(r.Validity.MaxInvalidShare)))
	add(contract.ItemRulesSHA256.In(lang), lang.F(msg.MethodRulesSHA256, digest))
	methodChosen(&tb, r, lang)
	return tb
}

func satisfiedNames(r *evaluate.Rules) []string {
	var out []string
	for _, b := range r.Scale.Bands {
		if b.Satisfied {
			out = append(out, b.Name)
		}
	}
	for _, l := range r.Scale.Levels {
		if l.Satisfied {
			out = append(out, l.Name)
		}
	}
	return out
}

func methodGroups(r *evaluate.Rules, lang msg.Lang) []string {
	names := groupNames(r)
	var lines []string
	pooled := pooledGroups(r)
	if pooled {
		lines = append(lines, lang.F(msg.MethodGroupsPooled, lang.Join(names)))
	} else {
		weights := make([]string, len(r.Groups))
		for i, g := range r.Groups {
			weights[i] = lang.F(msg.MethodWeight, g.Name, percentText(g.Weight))
		}
		lines = append(lines, lang.F(msg.MethodGroups, lang.Join(weights)))
	}
	if r.MinGroupBallots > 0 && !pooled {
		lines = append(lines, lang.F(msg.MethodMinGroup, r.MinGroupBallots))
	}
	return lines
}

func methodIssued(r *evaluate.Rules, lang msg.Lang) []string {
	var issued, quorums []string
	if r.Issued > 0 {
		issued = append(issued, lang.F(msg.MethodIssuedRound, r.Issued))
	}
	for _, g := range r.Groups {
		if g.Issued > 0 {
			issued = append(issued, lang.F(msg.MethodIssuedGroup, g.Name, g.Issued))
		}
		if g.Quorum > 0 {
			key := msg.MethodGroupQuorum
			if r.QuorumStrict {
				key = msg.MethodGroupQuorumStrict
			}
			quorums = append(quorums, lang.F(key, g.Name, percentText(g.Quorum)))
		}
	}
	if len(issued) == 0 {
		return nil
	}
	lines := []string{lang.F(msg.MethodIssued, lang.Join(issued))}
	switch {
	case r.Quorum > 0 && r.QuorumStrict:
		lines = append(lines, lang.F(msg.MethodQuorumStrict, percentText(r.Quorum)))
		if r.Quorum == 0.5 {
			lines = append(lines, lang.T(msg.MethodQuorumHalf))
		}
	case r.Quorum > 0:
		lines = append(lines, lang.F(msg.MethodQuorum, percentText(r.Quorum)), lang.T(msg.MethodQuorumAtLeast))
	}
	return append(lines, quorums...)
}

func methodDimensions(r *evaluate.Rules, lang msg.Lang) string {
	if len(r.Dimensions) == 1 {
		return lang.F(msg.MethodDims, r.Dimensions[0].Name)
	}
	dims := make([]string, len(r.Dimensions))
	for i, d := range r.Dimensions {
		dims[i] = lang.F(msg.MethodWeight, d.Name, percentText(d.Weight))
	}
	return lang.F(msg.MethodDimsWeighted, lang.Join(dims))
}

func methodComposite(r *evaluate.Rules, lang msg.Lang) []string {
	var parts, lines []string
	for _, c := range r.Components {
		switch {
		case c.Source == evaluate.SourceBonus && c.Max > 0:
			lines = append(lines, lang.F(msg.MethodBonusCapped, c.Name, number(c.Max)))
		case c.Source == evaluate.SourceBonus:
			lines = append(lines, lang.F(msg.MethodBonus, c.Name))
		default:
			parts = append(parts, lang.F(msg.MethodWeight, c.Name, percentText(c.Weight)))
			switch c.Missing {
			case evaluate.MissingZero:
				lines = append(lines, lang.F(msg.MethodMissingZero, c.Name))
			case evaluate.MissingSkip:
				lines = append(lines, lang.F(msg.MethodMissingSkip, c.Name))
			default:
				if c.Source != evaluate.SourceBallots {
					lines = append(lines, lang.F(msg.MethodMissingError, c.Name))
				}
			}
		}
	}
	return append([]string{lang.F(msg.MethodComposite, strings.Join(parts, " + "))}, lines...)
}

func methodDeductions(r *evaluate.Rules, lang msg.Lang) []string {
	c := r.Complaints
	var each, none []string
	for _, res := range c.Results {
		switch res.Effect {
		case evaluate.EffectDeduct:
			amount := res.Amount
			if c.Mode == evaluate.DeductProportional {
				if amount == 0 {
					amount = c.Rate
				}
				each = append(each, lang.F(msg.MethodRateEach, res.Name, percentText(amount)))
			} else {
				if amount == 0 {
					amount = c.Points
				}
				each = append(each, lang.F(msg.MethodPointsEach, res.Name, number(amount)))
			}
		case evaluate.EffectNone:
			none = append(none, res.Name)
		}
	}
	var lines []string
	if len(each) > 0 {
		if c.Mode == evaluate.DeductProportional {
			lines = append(lines, lang.F(msg.MethodDeductProp, lang.Join(each), percentText(c.Cap)))
		} else {
			lines = append(lines, capitalize(lang.F(msg.MethodDeductFixed, lang.Join(each), number(c.Cap))))
		}
	}
	if len(none) > 0 {
		lines = append(lines, lang.F(msg.MethodNoEffect, lang.Join(none)))
	}
	for _, s := range c.Sanctions {
		lines = append(lines, lang.F(msg.MethodSanctionTo, s.Min, contract.Roles.In(s.To, lang), s.Action))
	}
	if len(c.Sanctions) > 0 {
		lines = append(lines, lang.T(msg.MethodSanctionPersons))
	}
	return lines
}

func methodVeto(r *evaluate.Rules, lang msg.Lang) []string {
	var vetoes []string
	for _, res := range r.Complaints.Results {
		if res.Effect == evaluate.EffectVeto {
			vetoes = append(vetoes, res.Name)
		}
	}
	if len(vetoes) == 0 {
		return nil
	}
	mode := lang.T(msg.MethodVetoFill)
	if r.Bottom.Vetoes.Adds() {
		mode = lang.T(msg.MethodVetoAdd)
	}
	return []string{lang.F(msg.MethodVeto, lang.Join(vetoes), r.Bottom.Label), mode}
}

func tieBreakNames(r *evaluate.Rules, lang msg.Lang) []string {
	keys := map[evaluate.TieBreak]msg.Key{evaluate.TieSatisfaction: msg.MethodTieSat, evaluate.TieLowestShare: msg.MethodTieLowest,
		evaluate.TieBallotScore: msg.MethodTieBallot, evaluate.TieTest: msg.MethodTieTest}
	var out []string
	for _, tb := range r.TieBreak {
		out = append(out, lang.T(keys[tb]))
	}
	if len(out) == 0 {
		out = append(out, lang.T(msg.MethodNoTieBreak))
	}
	return out
}

// thresholdsText lists the thresholds that are set, each in words.
func thresholdsText(th *evaluate.Thresholds, lang msg.Lang) string {
	var out []string
	if th.Final != nil {
		out = append(out, lang.F(msg.MethodBelowFinal, number(*th.Final)))
	}
	if th.Satisfaction != nil {
		out = append(out, lang.F(msg.MethodBelowSat, percentText(*th.Satisfaction)))
	}
	if th.LowestShare != nil {
		out = append(out, lang.F(msg.MethodAboveLowest, percentText(*th.LowestShare)))
	}
	return lang.Join(out)
}

func methodBottom(r *evaluate.Rules, lang msg.Lang) []string {
	var lines []string
	for _, c := range r.Categories {
		line := lang.F(msg.MethodBottomCat, c.Name, c.Bottom)
		if c.Targets != "" {
			line = lang.F(msg.MethodTargetsOf, line, contract.TargetKinds.In(c.Targets, lang))
		}
		if c.BottomShare > 0 {
			line += lang.F(msg.MethodBottomShare, percentText(c.BottomShare))
		}
		if c.OnlyBelow != nil {
			line += lang.F(msg.MethodOnlyBelow, thresholdsText(c.OnlyBelow, lang))
		}
		if c.AlsoBelow != nil {
			line += lang.F(msg.MethodAlsoBelow, thresholdsText(c.AlsoBelow, lang))
		}
		lines = append(lines, line+lang.T(msg.ExplainSentenceEnd))
	}
	return append(lines, lang.F(msg.MethodBottomAction, r.Bottom.Label, r.Bottom.Action), lang.T(msg.MethodTieCutoff))
}

// actionsText lists a rule's actions by role: 主要领导：诫勉谈话、通报批评 ….
func actionsText(lang msg.Lang, principal, supervisor, target []string) string {
	var parts []string
	for _, a := range []struct {
		role    evaluate.Role
		actions []string
	}{{evaluate.RolePrincipal, principal}, {evaluate.RoleSupervisor, supervisor}, {evaluate.RoleTarget, target}} {
		if len(a.actions) > 0 {
			parts = append(parts, lang.F(msg.MethodActionsOf, contract.Roles.In(a.role, lang), lang.Join(a.actions)))
		}
	}
	return strings.Join(parts, lang.Sep())
}

func methodLiability(r *evaluate.Rules, lang msg.Lang) []string {
	var lines []string
	for _, l := range r.Liability {
		actions := actionsText(lang, l.Principal, l.Supervisor, l.Target)
		switch l.Scope {
		case evaluate.ScopeUnit:
			lines = append(lines, lang.F(msg.MethodLiabUnit, l.Threshold, r.Bottom.Label, actions))
		case evaluate.ScopeSupervisor:
			lines = append(lines, lang.F(msg.MethodLiabSuper, l.Threshold, r.Bottom.Label, actions))
		case evaluate.ScopeRank:
			lines = append(lines, lang.F(msg.MethodLiabRank, l.Position, actions))
		case evaluate.ScopeViolations:
			lines = append(lines, lang.F(msg.MethodLiabViolations, l.Threshold, actions))
		}
		if l.Proposal {
			lines[len(lines)-1] += lang.T(msg.MethodProposal)
		}
	}
	return lines
}

func methodEscalation(r *evaluate.Rules, lang msg.Lang) []string {
	var lines []string
	for _, e := range r.Escalation {
		actions := actionsText(lang, e.Principal, e.Supervisor, e.Target)
		switch e.When {
		case evaluate.WhenConsecutiveUnsatisfactory:
			lines = append(lines, lang.F(msg.MethodEscUnsat, r.Bottom.Label, actions))
		case evaluate.WhenConsecutiveLowSatisfaction:
			lines = append(lines, lang.F(msg.MethodEscLowSat, percentText(e.Below), actions))
		}
	}
	return lines
}

func methodAwards(r *evaluate.Rules, lang msg.Lang) []string {
	a := r.Awards
	var lines []string
	if a.Overall > 0 {
		lines = append(lines, lang.F(msg.MethodAwardOverall, a.Overall, a.Name))
	} else {
		for _, c := range r.Categories {
			if c.Awards == 0 && c.AwardShare == 0 {
				continue
			}
			name := a.Name
			if c.AwardName != "" {
				name = c.AwardName
			}
			line := lang.F(msg.MethodAwardCat, c.Name, c.Awards, name)
			if c.AwardShare > 0 {
				line += lang.F(msg.MethodAwardShare, percentText(c.AwardShare))
			}
			if c.AlsoAward != "" {
				line += lang.F(msg.MethodAlsoAward, c.AlsoAward)
			}
			lines = append(lines, line+lang.T(msg.ExplainSentenceEnd))
		}
	}
	if len(lines) == 0 {
		return nil
	}
	var also []string
	if a.MinFinal > 0 {
		also = append(also, lang.F(msg.MethodAwardMinFinal, number(a.MinFinal)))
	}
	if a.MinSatisfaction > 0 {
		also = append(also, lang.F(msg.MethodAwardMinSat, percentText(a.MinSatisfaction)))
	}
	if a.ExcludeViolators {
		lines = append(lines, lang.T(msg.MethodNoViolators))
	}
	who := ""
	if len(also) > 0 {
		who = lang.T(msg.ListSep) + lang.Join(also)
	}
	lines = append(lines, lang.F(msg.MethodAwardWho, who))
	if a.Reserve.Name != "" {
		lines = append(lines, lang.F(msg.MethodReserve, number(a.Reserve.MinTest), a.Reserve.Name))
	}
	return lines
}

// methodInvalid says what makes a ballot invalid: the fixed rules, as the
// ballot template says them, and the round's own limits.
func methodInvalid(r *evaluate.Rules, lang msg.Lang) string {
	lines := []string{invalidNotes(r, false, lang)}
	v := r.Validity
	if v.MinRatedShare > 0 {
		lines = append(lines, lang.F(msg.MethodInvalidShare, percentText(v.MinRatedShare)))
	}
	if v.MaxLevelShare > 0 {
		lines = append(lines, lang.F(msg.MethodInvalidLevel, percentText(v.MaxLevelShare), max(v.ShareMinRatings, 1)))
	}
	if v.Identical {
		lines = append(lines, lang.T(msg.MethodInvalidSame))
	}
	for _, q := range v.Quotas {
		var what string
		if q.AtOrAbove != nil {
			what = lang.F(msg.MethodQuotaAbove, number(*q.AtOrAbove))
		} else if q.Below != nil {
			what = lang.F(msg.MethodQuotaBelow, number(*q.Below))
		}
		var bound string
		if q.AtMost != nil {
			bound = lang.F(msg.MethodQuotaAtMost, what, *q.AtMost)
		} else if q.AtLeast != nil {
			bound = lang.F(msg.MethodQuotaAtLeast, what, *q.AtLeast)
		}
		lines = append(lines, lang.F(msg.MethodInvalidQuota, bound))
	}
	return strings.Join(lines, "\n")
}

// methodQuestions says what each question that rates no target asks, its
// answers and its rate.
func methodQuestions(r *evaluate.Rules, lang msg.Lang) []string {
	var lines []string
	for _, q := range r.Questions {
		lines = append(lines, lang.F(msg.MethodQuestion, q.Name, q.QuestionColumn(), lang.Join(q.Answers), lang.Join(q.Rate)))
	}
	return lines
}

// methodHandling says how an entry counts as handled, and the rate.
func methodHandling(r *evaluate.Rules, lang msg.Lang) []string {
	c := r.Complaints
	var closed, open []string
	if len(c.Statuses) > 0 {
		for _, s := range c.Statuses {
			if s.Closed {
				closed = append(closed, s.Name)
			} else {
				open = append(open, s.Name)
			}
		}
		return []string{lang.F(msg.MethodHandlingStatus, lang.Join(closed), lang.Join(open)), lang.T(msg.MethodHandlingRate)}
	}
	for _, res := range c.Results {
		if res.Closed {
			closed = append(closed, res.Name)
		}
	}
	if len(closed) == 0 {
		return nil
	}
	return []string{lang.F(msg.MethodHandlingResult, lang.Join(closed)), lang.T(msg.MethodHandlingRate)}
}

// methodChosen lists the numbers and rules the preset chose where its
// source is silent, and that the rules still hold: the office must confirm
// each before publishing. A rules file that changed one made it its own.
func methodChosen(tb *table, r *evaluate.Rules, lang msg.Lang) {
	notes, root, err := provenance(r)
	if err != nil {
		panic("report: the rules cannot be encoded: " + err.Error())
	}
	chosen := evaluate.Chosen(notes)
	if len(chosen) == 0 {
		return
	}
	tb.add(lang.T(msg.MethodChosenLabel), lang.F(msg.MethodChosen, r.Base))
	for _, n := range chosen {
		tb.add(n.Path, lang.F(msg.MethodChosenValue, noteValue(root, n), NoteText(n, lang)))
	}
}
