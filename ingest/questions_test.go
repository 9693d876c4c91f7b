package ingest

import (
	"testing"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/sample"
)

// knowQuestion is 金坛's 知晓率: a question of the ballot that rates no
// target, headed in a keyed sheet as the rules' column says.
func knowQuestion(r *evaluate.Rules) {
	r.Questions = []evaluate.Question{{Name: "知晓率", Column: "是否知道“优质服务年”", Answers: []string{"知道", "不知道"}, Rate: []string{"知道"}}}
}

// TestQuestionColumns: a question's column is read as the ballot's answer
// in a keyed wide sheet (headed by its column or its name) and in a survey
// export (by its title, and by option number in an export by number); it
// is no target, and check says it is a question.
func TestQuestionColumns(t *testing.T) {
	round := writeBook(t, "round.xlsx", surveyRoster, sample.Sheet{Name: "选票", Rows: [][]any{
		{"票号", "代表类别", "T001", "T002", "是否知道“优质服务年”"},
		{"P1", "党代表", "满意", nil, "知道"},
		{"P2", "党代表", nil, "满意", nil},
	}})
	rules := evaluate.Chibi()
	knowQuestion(rules)
	in, err := OpenInputs(round, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	r, _ := in.ReadRound(rules)
	var got []evaluate.Ballot
	if err := in.Ballots(rules, r.Targets, func(b evaluate.Ballot) error { got = append(got, b); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || len(got[0].Answers) != 1 || got[0].Answers[0] != (evaluate.Answer{Question: 0, Value: "知道", Col: 4}) || len(got[1].Answers) != 0 || len(got[0].Cells) != 1 {
		t.Errorf("ballots %+v", got)
	}
	if c := in.Columns()[0].Columns[4]; c.Role != contract.RoleQuestion || c.Name != "知晓率" {
		t.Errorf("column E: %+v, want the question 知晓率", c)
	}

	header := []any{"序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP", "1、您的身份是：", "第2题(张三)", "3、是否知道“优质服务年”", "4、其他意见建议"}
	meta := []any{"2026/3/18 9:05:33", "156秒", "微信", "N/A", "223.104.63.12"}
	row := func(n int, cells ...any) []any { return append(append([]any{n}, meta...), cells...) }
	ballots, in2, err := readSurvey(t, false, knowQuestion, [][]any{header,
		row(1, "党代表", "满意", "不知道", "无"),
		row(2, "人大代表", "满意", "(跳过)", ""),
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(ballots) != 2 || len(ballots[0].Answers) != 1 || ballots[0].Answers[0].Value != "不知道" || len(ballots[1].Answers) != 0 || ballots[0].Group != "党代表" {
		t.Errorf("survey ballots %+v", ballots)
	}
	if c := in2.Columns()[0].Columns[8]; c.Role != contract.RoleQuestion || c.Question != 3 {
		t.Errorf("column I of the export: %+v", c)
	}
	ballots, _, err = readSurvey(t, false, func(r *evaluate.Rules) {
		knowQuestion(r)
		r.Ballots.Survey.GroupOptions = []string{"党代表", "人大代表"}
		r.Ballots.Survey.Options = []string{"满意", "基本满意", "不满意"}
	}, [][]any{header, row(1, 1, 1, 2, "")})
	if err != nil || len(ballots) != 1 || ballots[0].Answers[0].Value != "不知道" {
		t.Errorf("an export by option number: %+v, %v", ballots, err)
	}
}
