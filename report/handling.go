package report

import (
	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/msg"
)

// handlingJSON is the handling rate (办结率) of the round, per unit and per
// target; nil when the rules do not say which entries count as handled.
func handlingJSON(res *evaluate.Result) *contract.Handling {
	if !res.Rules.Complaints.TracksHandling() {
		return nil
	}
	h := res.Handling()
	count := func(c evaluate.HandlingCount) contract.HandlingCount {
		rate, ok := c.Rate()
		return contract.HandlingCount{Name: c.Name, Received: c.Received, Closed: c.Closed, Rate: ptr(rate, ok)}
	}
	rate, ok := h.Rate()
	out := &contract.Handling{Received: h.Received, Closed: h.Closed, Rate: ptr(rate, ok),
		Units: []contract.HandlingCount{}, Targets: []contract.HandlingCount{}}
	for _, u := range h.Units {
		out.Units = append(out.Units, count(u))
	}
	for _, t := range h.Targets {
		out.Targets = append(out.Targets, count(t))
	}
	return out
}

// questionsJSON are the answers to the questions that rate no target.
func questionsJSON(res *evaluate.Result) []contract.Question {
	out := []contract.Question{}
	for _, q := range res.Questions {
		counts := func(c evaluate.AnswerCounts) contract.QuestionCounts {
			jc := contract.QuestionCounts{Group: c.Group, Answered: c.Answered, Counts: c.Counts, Shares: []*float64{}}
			for i := range c.Counts {
				share, ok := c.Share(i)
				jc.Shares = append(jc.Shares, ptr(share, ok))
			}
			rate, ok := c.Rate()
			jc.Rate = ptr(rate, ok)
			return jc
		}
		jq := contract.Question{Name: q.Question.Name, Answers: q.Question.Answers, Rate: q.Question.Rate, Total: counts(q.Total)}
		for _, g := range q.Groups {
			jq.Groups = append(jq.Groups, counts(g))
		}
		out = append(out, jq)
	}
	return out
}

// handlingSection is the handling rate on the 统计 sheet: the round's, each
// unit's and each target's with entries.
func handlingSection(res *evaluate.Result, lang msg.Lang) *section {
	if !res.Rules.Complaints.TracksHandling() {
		return nil
	}
	h := res.Handling()
	s := &section{header: heads(lang, contract.ColScopeOf, contract.ColScopeName, contract.ColReceived, contract.ColClosed, contract.ColHandlingRate),
		formats: []format{text, text, integer, integer, percent}}
	add := func(scope, name string, c evaluate.HandlingCount) {
		rate, ok := c.Rate()
		s.rows = append(s.rows, []any{scope, name, c.Received, c.Closed, orNil(rate, ok)})
	}
	add(lang.T(msg.ValRound), "", h.HandlingCount)
	for _, u := range h.Units {
		add(contract.ColUnit.In(lang), u.Name, u)
	}
	names := map[string]string{}
	for _, t := range res.Targets {
		names[t.ID] = t.ID + " " + t.Name
	}
	for _, t := range h.Targets {
		add(lang.T(msg.ValOneTarget), names[t.Name], t)
	}
	return s
}

// questionSections are the answers to each question on the 统计 sheet: per
// group and for the round, each answer's count and share, and the rate.
func questionSections(res *evaluate.Result, lang msg.Lang) []section {
	var out []section
	for _, q := range res.Questions {
		s := section{header: heads(lang, contract.ColQuestion, contract.ColGroup), formats: []format{text, text}}
		for _, a := range q.Question.Answers {
			s.header = append(s.header, a, lang.F(msg.ColShareOf, a))
			s.formats = append(s.formats, integer, percent)
		}
		s.header = append(s.header, contract.ColAnswered.In(lang), q.Question.Name)
		s.formats = append(s.formats, integer, percent)
		row := func(group string, c evaluate.AnswerCounts) {
			cells := []any{q.Question.Name, group}
			for i, n := range c.Counts {
				share, ok := c.Share(i)
				cells = append(cells, n, orNil(share, ok))
			}
			rate, ok := c.Rate()
			s.rows = append(s.rows, append(cells, c.Answered, orNil(rate, ok)))
		}
		for _, g := range q.Groups {
			row(g.Group, g)
		}
		row(lang.T(msg.ValTotal), q.Total)
		out = append(out, s)
	}
	return out
}
