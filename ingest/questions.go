package ingest

import (
	"strconv"
	"strings"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
)

// answerColumn is a column of a ballot sheet holding the answers to one
// of the rules' questions, which rate no target (知晓率).
type answerColumn struct{ col, question int }

// question finds the rules' question a header names: its column, or its
// name; -1 when none does.
func (r *resolver) question(header string) int {
	return questionNamed(r.rules, header)
}

func questionNamed(rules *evaluate.Rules, header string) int {
	header = strings.TrimSpace(header)
	if header == "" {
		return -1
	}
	for i, q := range rules.Questions {
		if strings.EqualFold(strings.TrimSpace(q.QuestionColumn()), header) || strings.EqualFold(strings.TrimSpace(q.Name), header) {
			return i
		}
	}
	return -1
}

// surveyQuestion finds the rules' question a survey's plain question is:
// named by its number, its title or its header; -1 when none.
func surveyQuestion(rules *evaluate.Rules, q *question) int {
	if q.matrix {
		return -1
	}
	for i, rq := range rules.Questions {
		want := strings.TrimSpace(rq.QuestionColumn())
		if want == strconv.Itoa(q.n) {
			return i
		}
	}
	if i := questionNamed(rules, q.title); i >= 0 {
		return i
	}
	for _, c := range q.cols {
		if i := questionNamed(rules, c.header); i >= 0 {
			return i
		}
	}
	return -1
}

// questionUse is how check tells a question column.
func questionUse(rules *evaluate.Rules, col int, header string, q int) contract.CheckColumn {
	return contract.CheckColumn{Column: colName(col), Header: header, Role: contract.RoleQuestion, Name: rules.Questions[q].Name}
}

// answersOf reads a row's answers to the rules' questions; options maps an
// export's option numbers to answers, nil for answers written out.
func answersOf(columns []answerColumn, cells []string, options func(v string, answers []string) string, rules *evaluate.Rules) []evaluate.Answer {
	var out []evaluate.Answer
	for _, c := range columns {
		v := at(cells, c.col)
		if v == "" || skipped(v) {
			continue
		}
		if options != nil {
			v = options(v, rules.Questions[c.question].Answers)
		}
		out = append(out, evaluate.Answer{Question: c.question, Value: v, Col: c.col})
	}
	return out
}
