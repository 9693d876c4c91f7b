package ingest

import (
	"errors"
	"strconv"
	"strings"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/msg"
)

// surveyPlan is how an export's columns map onto ballots: the group
// question's column, the rating columns, the comment columns and the
// metadata, with every column's use for check.
type surveyPlan struct {
	groupCol  int
	ratings   []targetColumn
	comments  []commentColumn
	questions []answerColumn
	uses      []contract.CheckColumn
	notes     map[int]msg.Localizer
	errs      []error // columns that could not be placed, one problem each
}

// surveyBallots reads a survey platform's export: a ballot per submission.
func (w *Workbook) surveyBallots(sheet string, sv *survey, rules *evaluate.Rules, r *resolver, fn func(evaluate.Ballot) error) error {
	sv.parseHeader(rules, r)
	plan, err := w.planSurvey(sheet, sv, rules, r)
	if err != nil {
		return err
	}
	var problems []error
	if len(plan.errs) > 0 {
		if !r.keepGoing {
			return plan.errs[0]
		}
		problems = plan.errs
	}
	opts := rules.Ballots.Survey
	coded := false
	var codeErr error
	option := func(v string, options []string) string {
		if k, ok := isCode(v); ok && len(options) > 0 {
			coded = true
			if k >= 1 && k <= len(options) {
				return options[k-1]
			}
		}
		return v
	}
	err = w.eachRow(sheet, func(row int, cells []string) error {
		if row <= sv.row || empty(cells) {
			return nil
		}
		b := evaluate.Ballot{
			ID:     at(cells, sv.ballotCol),
			Source: evaluate.Source{File: w.Path, Sheet: sheet, Row: row},
			Meta:   sv.metaOf(cells),
		}
		if g := at(cells, plan.groupCol); !skipped(g) {
			b.Group, b.GroupColumn = option(g, opts.GroupOptions), plan.groupCol+1
		}
		for _, c := range plan.ratings {
			v := at(cells, c.col)
			if v == "" || skipped(v) {
				continue
			}
			if _, isNumber := isCode(v); isNumber && len(opts.Options) == 0 && !rules.Scale.IsNumeric() && codeErr == nil {
				// An export by option number, and nothing says what the
				// numbers stand for: reading on would void every ballot.
				codeErr = dataErr(w.Path, sheet, cellName(c.col, row), msg.DataSurveyCodes, v)
				return codeErr
			}
			if b.Cells == nil {
				b.Cells = make([]evaluate.Cell, 0, len(plan.ratings))
			}
			b.Cells = append(b.Cells, ratingCell(c.target, c.dim, option(v, opts.Options), c.col, 0))
		}
		for _, cm := range commentsOf(plan.comments, cells) {
			if !skipped(cm.Text) {
				b.Comments = append(b.Comments, cm)
			}
		}
		b.Answers = answersOf(plan.questions, cells, option, rules)
		return fn(b)
	})
	layout := sv.platform.layout
	if coded && layout == contract.LayoutWJXText {
		layout = contract.LayoutWJXCoded
	}
	r.record(contract.CheckSheet{File: w.Path, Sheet: sheet, Layout: layout, HeaderRow: sv.row, Columns: plan.uses}, plan.notes)
	return errors.Join(append(problems, err)...)
}

// planSurvey decides what each column of an export is. A sheet-wide
// mistake (no ballot number, no group question) is an error; a column that
// cannot be placed is one problem among plan.errs.
func (w *Workbook) planSurvey(sheet string, sv *survey, rules *evaluate.Rules, r *resolver) (*surveyPlan, error) {
	plan := &surveyPlan{groupCol: -1, notes: map[int]msg.Localizer{}}
	header := func(col int) string { return cellName(col, sv.row) }
	if sv.ballotCol < 0 {
		want := firstNonEmpty(rules.Ballots.Survey.Ballot, sv.platform.ballot)
		return nil, dataErr(w.Path, sheet, "", msg.DataSurveyNoBallot, want)
	}
	group, err := sv.groupQuestion(rules)
	if err != nil {
		return nil, locatedError(w.Path, sheet, "", err)
	}
	plan.groupCol = group.cols[0].col

	uses := map[int]contract.CheckColumn{}
	notes := map[int]msg.Localizer{}
	uses[sv.ballotCol] = contract.CheckColumn{Header: sv.cells[sv.ballotCol], Role: contract.RoleBallot}
	for _, m := range sv.meta {
		if m.col != sv.ballotCol {
			uses[m.col] = contract.CheckColumn{Header: m.header, Role: contract.RoleMetadata}
			notes[m.col] = msg.New(metaKeys[m.kind])
		}
	}
	seen := map[[2]int]string{}
	for _, q := range sv.questions {
		switch {
		case q == group:
			uses[plan.groupCol] = contract.CheckColumn{Header: q.cols[0].header, Role: contract.RoleGroup, Question: q.n}
		case surveyQuestion(rules, q) >= 0:
			qi := surveyQuestion(rules, q)
			plan.questions = append(plan.questions, answerColumn{col: q.cols[0].col, question: qi})
			u := questionUse(rules, q.cols[0].col, q.cols[0].header, qi)
			u.Question = q.n
			uses[q.cols[0].col] = u
		case !q.matrix && isCommentQuestion(rules, q):
			for _, c := range q.cols {
				plan.comments = append(plan.comments, commentColumn{col: c.col, target: -1, header: c.header})
				uses[c.col] = contract.CheckColumn{Header: c.header, Role: contract.RoleComment, Question: q.n}
			}
		case !q.matrix:
			for _, c := range q.cols {
				uses[c.col] = contract.CheckColumn{Header: c.header, Role: contract.RoleUnused, Question: q.n}
				notes[c.col] = msg.New(msg.NoteOtherQuestion)
			}
		default:
			comment := isCommentQuestion(rules, q)
			dim := -1
			if !comment {
				var err error
				if dim, err = sv.dimensionOf(rules, q); err != nil {
					for _, c := range q.cols {
						uses[c.col] = contract.CheckColumn{Header: c.header, Role: contract.RoleUnknown, Question: q.n}
						notes[c.col] = localizer(err)
					}
					plan.errs = append(plan.errs, locatedError(w.Path, sheet, header(q.cols[0].col), err))
					continue
				}
			}
			for _, c := range q.cols {
				row := c.row
				if row == "" {
					row = strings.TrimSpace(strings.TrimPrefix(c.header, strconv.Itoa(q.n)))
				}
				target, err := r.row(row)
				if err != nil {
					uses[c.col] = contract.CheckColumn{Header: c.header, Role: contract.RoleUnknown, Question: q.n}
					notes[c.col] = localizer(err)
					plan.errs = append(plan.errs, locatedError(w.Path, sheet, header(c.col), err))
					continue
				}
				if comment {
					plan.comments = append(plan.comments, commentColumn{col: c.col, target: target, header: c.header})
					u := r.use(c.col, c.header, contract.RoleComment, target, -1)
					u.Question = q.n
					uses[c.col] = u
					continue
				}
				key := [2]int{target, dim}
				if prev, dup := seen[key]; dup {
					err := msg.Errorf(msg.DataColumnTaken, r.targets[target].ID, rules.Dimensions[dim].Name, prev)
					uses[c.col] = contract.CheckColumn{Header: c.header, Role: contract.RoleUnknown, Question: q.n}
					notes[c.col] = localizer(err)
					plan.errs = append(plan.errs, locatedError(w.Path, sheet, header(c.col), err))
					continue
				}
				seen[key] = header(c.col)
				plan.ratings = append(plan.ratings, targetColumn{col: c.col, target: target, dim: dim})
				u := r.use(c.col, c.header, contract.RoleRating, target, dim)
				u.Question = q.n
				uses[c.col] = u
			}
		}
	}
	for col, text := range sv.cells {
		u, ok := uses[col]
		if !ok {
			if text == "" {
				continue
			}
			u = contract.CheckColumn{Header: text, Role: contract.RoleUnused}
		}
		u.Column = colName(col)
		if n, ok := notes[col]; ok {
			plan.notes[len(plan.uses)] = n
		}
		plan.uses = append(plan.uses, u)
	}
	return plan, nil
}

// groupQuestion finds the question giving the evaluator's group: the one
// the rules name (by number or header); else the one plain question whose
// title asks for it (身份, 类别, 代表); else the one plain question that is
// not a comment question.
func (sv *survey) groupQuestion(rules *evaluate.Rules) (*question, error) {
	if want := strings.TrimSpace(rules.Ballots.Survey.Group); want != "" {
		for _, q := range sv.questions {
			if strconv.Itoa(q.n) == want || (len(q.cols) == 1 && strings.EqualFold(q.cols[0].header, want)) {
				if q.matrix {
					return nil, msg.Errorf(msg.DataSurveyGroupMatrix, want)
				}
				return q, nil
			}
		}
		return nil, msg.Errorf(msg.DataSurveyNoGroupQuestion, want)
	}
	var hinted, plain []*question
	for _, q := range sv.questions {
		if q.matrix || isCommentQuestion(rules, q) || surveyQuestion(rules, q) >= 0 {
			continue
		}
		plain = append(plain, q)
		if hasHint(q.title, groupHints) {
			hinted = append(hinted, q)
		}
	}
	switch {
	case len(hinted) == 1:
		return hinted[0], nil
	case len(hinted) == 0 && len(plain) == 1:
		return plain[0], nil
	}
	candidates := plain
	if len(hinted) > 1 {
		candidates = hinted
	}
	var titles []string
	for _, q := range candidates {
		titles = append(titles, strconv.Itoa(q.n)+"、"+q.title)
	}
	return nil, msg.Errorf(msg.DataSurveyWhichGroup, strings.Join(titles, "; "))
}

// dimensionOf says which dimension a matrix question rates: the one the
// rules assign it, the one its title names, or the only one.
func (sv *survey) dimensionOf(rules *evaluate.Rules, q *question) (int, error) {
	for _, d := range rules.Ballots.Survey.Dimensions {
		if d.Question == q.n {
			for i, dim := range rules.Dimensions {
				if dim.Name == d.Dimension {
					return i, nil
				}
			}
		}
	}
	found := -1
	for i, dim := range rules.Dimensions {
		if strings.Contains(q.title, dim.Name) {
			if found >= 0 {
				found = -2
				break
			}
			found = i
		}
	}
	switch {
	case found >= 0:
		return found, nil
	case len(rules.Dimensions) == 1:
		return 0, nil
	}
	var names []string
	for _, d := range rules.Dimensions {
		names = append(names, d.Name)
	}
	return -1, msg.Errorf(msg.DataSurveyWhichDimension, q.n, strings.Join(names, ", "))
}
