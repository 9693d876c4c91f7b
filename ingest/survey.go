package ingest

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/msg"
)

// Survey platforms' exports (问卷星, 腾讯问卷) are read as they are
// downloaded: a row per submission, the platform's metadata columns first,
// then a column per question headed "N、题目", and a matrix question's rows
// as columns of their own, headed "第N题(张三)", "N(张三)" or "N、题目—张三".
// What an export cannot say (which question gives the group when none asks
// for it by name, what option numbers stand for, which dimension a matrix
// question rates) comes from the rules' ballots.survey section.

// platform is a survey platform's export format.
type platform struct {
	layout string // contract.LayoutWJXText or contract.LayoutTencent
	// marks are headers that only this platform writes; a header row holding
	// all of one group of them is this platform's.
	marks [][]string
	// ballot is the header of the column numbering the submissions.
	ballot string
	// meta maps the platform's metadata headers to what they hold.
	meta map[string]metaKind
}

// metaKind is what a metadata column holds.
type metaKind int

const (
	metaOther     metaKind = iota
	metaSubmitted          // when the answers were submitted
	metaStarted            // when answering began
	metaSeconds            // how long answering took
	metaIP                 // where from
	metaChannel            // through which channel
)

var platforms = []platform{
	{
		layout: contract.LayoutWJXText,
		marks:  [][]string{{"提交答卷时间", "所用时间"}, {"提交答卷时间", "来自IP"}},
		ballot: "序号",
		meta: map[string]metaKind{
			"序号": metaOther, "提交答卷时间": metaSubmitted, "所用时间": metaSeconds, "来源": metaChannel,
			"来源详情": metaOther, "来自IP": metaIP, "总分": metaOther, "填写人": metaOther,
		},
	},
	{
		layout: contract.LayoutTencent,
		marks:  [][]string{{"开始答题时间", "结束答题时间"}, {"结束答题时间", "答题时长"}},
		ballot: "编号",
		meta: map[string]metaKind{
			"编号": metaOther, "开始答题时间": metaStarted, "结束答题时间": metaSubmitted, "答题时长": metaSeconds,
			"IP": metaIP, "IP地址": metaIP, "来源": metaChannel, "用户标识": metaOther, "昵称": metaOther,
			"自定义字段": metaOther, "地理位置": metaOther, "地理位置国家和地区": metaOther, "地理位置省": metaOther,
			"地理位置市": metaOther, "答题状态": metaOther,
		},
	},
}

// metaKeys name what each kind of metadata column holds, for check.
var metaKeys = map[metaKind]msg.Key{
	metaOther: msg.MetaOther, metaSubmitted: msg.MetaSubmitted, metaStarted: msg.MetaStarted,
	metaSeconds: msg.MetaSeconds, metaIP: msg.MetaIP, metaChannel: msg.MetaChannel,
}

// survey is an export's header row, understood.
type survey struct {
	platform  *platform
	row       int
	cells     []string
	ballotCol int
	meta      []metaColumn
	questions []*question
}

// metaColumn is a metadata column.
type metaColumn struct {
	col    int
	header string
	kind   metaKind
}

// question is a question of the questionnaire and its columns: one for a
// plain question, one per row for a matrix question.
type question struct {
	n      int
	title  string
	matrix bool
	cols   []questionColumn
}

// questionColumn is one column of a question: for a matrix question, the
// row it holds, as headed.
type questionColumn struct {
	col         int
	header, row string
}

// findSurvey looks among the first rows of a sheet for a survey platform's
// header row; nil when the sheet is not an export.
func (w *Workbook) findSurvey(sheet string) (*survey, error) {
	var found *survey
	err := w.eachRow(sheet, func(row int, cells []string) error {
		if row > headerSearchRows {
			return errStop
		}
		for i := range platforms {
			if p := &platforms[i]; p.matches(cells) {
				found = &survey{platform: p, row: row, cells: append([]string(nil), cells...), ballotCol: -1}
				return errStop
			}
		}
		return nil
	})
	return found, err
}

func (p *platform) matches(cells []string) bool {
	for _, group := range p.marks {
		all := true
		for _, m := range group {
			all = all && containsText(cells, m)
		}
		if all {
			return true
		}
	}
	return false
}

func containsText(cells []string, s string) bool {
	for _, c := range cells {
		if strings.EqualFold(strings.TrimSpace(c), s) {
			return true
		}
	}
	return false
}

// parseHeader sorts the header's columns into the ballot number, metadata
// and questions. A column before the first question is metadata; after it,
// only the columns the rules name as metadata are.
func (sv *survey) parseHeader(rules *evaluate.Rules, r *resolver) {
	ballot := strings.TrimSpace(rules.Ballots.Survey.Ballot)
	if ballot == "" {
		ballot = sv.platform.ballot
	}
	byNumber := map[int]*question{}
	inQuestions := false
	for col, text := range sv.cells {
		if text == "" {
			continue
		}
		if strings.EqualFold(text, ballot) && sv.ballotCol < 0 {
			sv.ballotCol = col
		}
		if n, title, row, ok := parseQuestion(text, r); ok && !isListed(rules.Ballots.Survey.Metadata, text) {
			inQuestions = true
			q := byNumber[n]
			if q == nil {
				q = &question{n: n, title: title}
				byNumber[n] = q
				sv.questions = append(sv.questions, q)
			}
			if q.title == "" {
				q.title = title
			}
			q.cols = append(q.cols, questionColumn{col: col, header: text, row: row})
			q.matrix = q.matrix || row != ""
			continue
		}
		if !inQuestions || isListed(rules.Ballots.Survey.Metadata, text) {
			kind, ok := sv.platform.meta[text]
			if !ok {
				kind = genericMeta(text)
			}
			sv.meta = append(sv.meta, metaColumn{col: col, header: text, kind: kind})
		}
	}
}

// genericMeta is what a metadata column that is not the platform's own
// holds, judged by its header.
func genericMeta(header string) metaKind {
	switch h := strings.ToUpper(header); {
	case strings.Contains(h, "IP"):
		return metaIP
	case strings.Contains(h, "提交") && strings.Contains(h, "时间"):
		return metaSubmitted
	}
	return metaOther
}

func isListed(list []string, text string) bool {
	for _, s := range list {
		if strings.EqualFold(strings.TrimSpace(s), strings.TrimSpace(text)) {
			return true
		}
	}
	return false
}

// matrixSeparators part a matrix question's title from its row in
// "3、题目—张三"; the last one whose right-hand side names a target does.
var matrixSeparators = []string{"—", "－", "-", "_", "：", ":"}

// parseQuestion reads a question's header: "第3题(张三)", "3(张三)",
// "3、题目—张三" (a matrix question's row) or "3、题目" (a question).
func parseQuestion(text string, r *resolver) (n int, title, row string, ok bool) {
	if rest, found := strings.CutPrefix(text, "第"); found {
		if n, after, ok := leadingNumber(rest); ok {
			if after, found := strings.CutPrefix(after, "题"); found {
				if row, ok := parenthesised(after); ok {
					return n, "", row, true
				}
			}
		}
		return 0, "", "", false
	}
	n, after, ok := leadingNumber(text)
	if !ok {
		return 0, "", "", false
	}
	if row, ok := parenthesised(after); ok {
		return n, "", row, true
	}
	title, found := cutAny(after, "、", ".", "．")
	if !found {
		return 0, "", "", false
	}
	title = strings.TrimSpace(title)
	for _, sep := range matrixSeparators {
		if i := strings.LastIndex(title, sep); i > 0 {
			candidate := strings.TrimSpace(title[i+len(sep):])
			if _, err := r.row(candidate); err == nil {
				return n, strings.TrimSpace(title[:i]), candidate, true
			}
		}
	}
	return n, title, "", true
}

// leadingNumber reads the digits that start s.
func leadingNumber(s string) (n int, rest string, ok bool) {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i > 4 {
		return 0, s, false
	}
	n, _ = strconv.Atoi(s[:i])
	return n, s[i:], n > 0
}

// parenthesised reads "(张三)" or "（张三）", the whole of s.
func parenthesised(s string) (string, bool) {
	for _, p := range [][2]string{{"(", ")"}, {"（", "）"}} {
		if inner, ok := strings.CutPrefix(s, p[0]); ok {
			if inner, ok := strings.CutSuffix(inner, p[1]); ok && strings.TrimSpace(inner) != "" {
				return strings.TrimSpace(inner), true
			}
		}
	}
	return "", false
}

func cutAny(s string, prefixes ...string) (string, bool) {
	for _, p := range prefixes {
		if rest, ok := strings.CutPrefix(s, p); ok {
			return rest, true
		}
	}
	return s, false
}

// row resolves a matrix question's row to a target, named as the rules'
// ballots.survey.rows say.
func (r *resolver) row(text string) (int, error) {
	switch r.rules.Ballots.Survey.Rows {
	case evaluate.RowsByID:
		if i, ok := r.byID[text]; ok {
			return i, nil
		}
		return -1, msg.Errorf(msg.DataRowNotID, text)
	case evaluate.RowsByName:
		if ids := r.byName[text]; len(ids) == 1 {
			return ids[0], nil
		}
		if len(r.byName[text]) > 1 {
			return r.target(text) // names the candidates
		}
		return -1, msg.Errorf(msg.DataRowNotName, text)
	}
	return r.target(text)
}

// Words by which a question's title says what it asks: the evaluator's
// group, or comments.
var (
	groupHints   = []string{"身份", "类别", "代表", "界别"}
	commentHints = []string{"意见", "建议", "备注", "留言"}
)

func hasHint(title string, hints []string) bool {
	for _, h := range hints {
		if strings.Contains(title, h) {
			return true
		}
	}
	return false
}

// isCommentQuestion says whether the rules or the title make a question a
// comment question.
func isCommentQuestion(rules *evaluate.Rules, q *question) bool {
	for _, c := range rules.Ballots.Comments.Columns {
		c = strings.TrimSpace(c)
		if c == strconv.Itoa(q.n) {
			return true
		}
		for _, qc := range q.cols {
			if strings.EqualFold(c, qc.header) {
				return true
			}
		}
	}
	for _, d := range rules.Ballots.Survey.Dimensions {
		if d.Question == q.n {
			return false
		}
	}
	return hasHint(q.title, commentHints)
}

// isCode reports an option number: digits only.
func isCode(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	for _, r := range s {
		if !unicode.IsDigit(r) || r > unicode.MaxASCII {
			return 0, false
		}
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// skipped reports what the platforms write for a question not answered:
// (跳过) for a question skipped, (空) for one not shown, or -2 and -3 in an
// export by option number.
func skipped(s string) bool {
	switch s {
	case "(跳过)", "（跳过）", "(空)", "（空）", "-2", "-3":
		return true
	}
	return false
}
