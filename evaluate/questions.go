package evaluate

// Questions that rate no target (知晓率, 支持率): each valid ballot's answer
// is counted per group, and the share of the answers in a question's rate
// is reported per group and for the round.

// Answer is a ballot's answer to one of the rules' questions, as written.
type Answer struct {
	Question int // index into Rules.Questions
	Value    string
	// Col (0-based) and Row (1-based; 0 for the ballot's own row) place the
	// answer on the ballot's sheet.
	Col, Row int
}

// ProblemBadAnswer: an answer that is not one of its question's answers.
const ProblemBadAnswer ProblemKind = "not_an_answer"

// answered is an answer the tally understood: an answer of a question.
type answered struct{ question, answer int }

// questionTally counts the answers of the valid ballots (whose groups are
// the rules'): per question, group and answer.
type questionTally struct {
	rules   *Rules
	lookups []lookup
	counts  [][]int // per question: group × answers
	buf     []answered
}

func newQuestionTally(rules *Rules) questionTally {
	qt := questionTally{rules: rules}
	for _, q := range rules.Questions {
		l := lookup{}
		for i, a := range q.Answers {
			l.add(i, a)
		}
		qt.lookups = append(qt.lookups, l)
		qt.counts = append(qt.counts, make([]int, len(rules.Groups)*len(q.Answers)))
	}
	return qt
}

// read understands a ballot's answers, with the problems of those that are
// no answer of their question and the fingerprint of what they hold. A
// blank answer is no answer.
func (qt *questionTally) read(b *Ballot) (_ []answered, problems []Problem, sum uint64) {
	out := qt.buf[:0]
	for _, a := range b.Answers {
		if blank(a.Value) || a.Question < 0 || a.Question >= len(qt.lookups) {
			continue
		}
		i, ok := qt.lookups[a.Question].find(a.Value)
		if !ok {
			row := a.Row
			if row == 0 {
				row = b.Source.Row
			}
			problems = append(problems, Problem{Kind: ProblemBadAnswer, Ref: b.Source.Sheet + "!" + CellName(a.Col, row), Value: a.Value})
			sum += cellToken(-3, a.Question, -1, normalize(a.Value))
			continue
		}
		sum += cellToken(-3, a.Question, i, "")
		out = append(out, answered{a.Question, i})
	}
	qt.buf = out
	return out, problems, sum
}

// count adds (sign 1) or takes back (sign −1) a valid ballot's answers.
func (qt *questionTally) count(as []answered, group, sign int) {
	for _, a := range as {
		qt.counts[a.question][group*len(qt.rules.Questions[a.question].Answers)+a.answer] += sign
	}
}

// results are the answers counted, per question, group and answer.
func (qt *questionTally) results() []QuestionResult {
	out := make([]QuestionResult, len(qt.rules.Questions))
	for qi, q := range qt.rules.Questions {
		rate := map[int]bool{}
		for _, r := range q.Rate {
			if i, ok := qt.lookups[qi].find(r); ok {
				rate[i] = true
			}
		}
		n := len(q.Answers)
		res := QuestionResult{Question: q, Total: AnswerCounts{Counts: make([]int, n)}}
		for g, group := range qt.rules.Groups {
			c := AnswerCounts{Group: group.Name, Counts: append([]int(nil), qt.counts[qi][g*n:(g+1)*n]...)}
			for i, k := range c.Counts {
				c.Answered += k
				res.Total.Counts[i] += k
				if rate[i] {
					c.InRate += k
				}
			}
			res.Total.Answered += c.Answered
			res.Total.InRate += c.InRate
			res.Groups = append(res.Groups, c)
		}
		out[qi] = res
	}
	return out
}

// QuestionResult is what the valid ballots answered to one question.
type QuestionResult struct {
	Question Question
	// Groups are the counts per rules group, in rules order; Total over
	// every group.
	Groups []AnswerCounts
	Total  AnswerCounts
}

// AnswerCounts count the answers of a group (or of the round) to one
// question: per answer, in the question's order. Answered is their sum;
// InRate those among the question's rate answers.
type AnswerCounts struct {
	Group            string
	Counts           []int
	Answered, InRate int
}

// Share is the share of the answered ballots giving answer i; ok is false
// when nobody answered.
func (c AnswerCounts) Share(i int) (float64, bool) {
	if c.Answered == 0 {
		return 0, false
	}
	return float64(c.Counts[i]) / float64(c.Answered), true
}

// Rate is the question's rate: the share of the answered ballots giving one
// of its rate answers; ok is false when nobody answered.
func (c AnswerCounts) Rate() (float64, bool) {
	if c.Answered == 0 {
		return 0, false
	}
	return float64(c.InRate) / float64(c.Answered), true
}
