package evaluate

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/evalctl/evalctl/internal/msg"
)

// ballots checks the ballots section: numbering, the survey mapping, the
// comment columns and topics, the anomaly checks.
func (v *validator) ballots(r *Rules) {
	b := r.Ballots
	enum(v, "ballots.numbering", numberings, b.Numbering)
	v.survey(r, b.Survey)
	v.commentRules(b.Comments)
	v.anomalies(b.Anomalies)
}

func (v *validator) survey(r *Rules, s SurveyRules) {
	enum(v, "ballots.survey.rows", rowNamings, s.Rows)
	groups := lookup{}
	for i, g := range r.Groups {
		groups.add(i, append([]string{g.Name}, g.Aliases...)...)
	}
	for i, o := range s.GroupOptions {
		if _, ok := groups.find(o); !ok {
			v.add(fmt.Sprintf("ballots.survey.group_options[%d]", i), msg.RuleNotAGroup, o)
		}
	}
	table := newBinTable(&r.Scale)
	for i, o := range s.Options {
		if !optionIsRating(&r.Scale, table, o) {
			v.add(fmt.Sprintf("ballots.survey.options[%d]", i), msg.RuleNotALevel, o)
		}
	}
	questions := map[int]string{}
	for i, d := range s.Dimensions {
		p := fmt.Sprintf("ballots.survey.dimensions[%d]", i)
		if d.Question < 1 {
			v.add(p+".question", msg.RuleAtLeastOne, d.Question)
		} else if first, dup := questions[d.Question]; dup {
			v.add(p+".question", msg.RuleUsedAt, strconv.Itoa(d.Question), first)
		}
		questions[d.Question] = p
		known := false
		for _, dim := range r.Dimensions {
			known = known || dim.Name == d.Dimension
		}
		if !known {
			v.add(p+".dimension", msg.RuleNotADimension, d.Dimension)
		}
	}
	seen := map[string]string{}
	for i, m := range s.Metadata {
		v.unique(seen, fmt.Sprintf("ballots.survey.metadata[%d]", i), m)
	}
}

// optionIsRating reports whether a survey option names a rating: a level
// of the scale (or an alias), or on a numeric scale a number in its range.
func optionIsRating(s *Scale, table *binTable, option string) bool {
	if _, _, ok := table.level(s, option); ok {
		return true
	}
	if s.Range == nil {
		return false
	}
	x, err := strconv.ParseFloat(strings.TrimSpace(option), 64)
	return err == nil && x >= s.Range.Min && x <= s.Range.Max
}

func (v *validator) commentRules(c CommentRules) {
	seen := map[string]string{}
	for i, col := range c.Columns {
		v.unique(seen, fmt.Sprintf("ballots.comments.columns[%d]", i), col)
	}
	topics := map[string]string{}
	for i, t := range c.Topics {
		p := fmt.Sprintf("ballots.comments.topics[%d]", i)
		v.unique(topics, p+".name", t.Name)
		if len(t.Keywords) == 0 {
			v.add(p+".keywords", msg.RuleNoKeywords)
		}
		for j, k := range t.Keywords {
			if strings.TrimSpace(k) == "" {
				v.add(fmt.Sprintf("%s.keywords[%d]", p, j), msg.RuleEmpty)
			}
		}
	}
}

func (v *validator) anomalies(a AnomalyRules) {
	const p = "ballots.anomalies"
	sl := a.StraightLine
	enum(v, p+".straight_line.action", anomalyActions, sl.Action)
	if sl.Action != AnomalyOff && sl.MinTargets < 2 {
		v.add(p+".straight_line.min_targets", msg.RuleAtLeastTwo, sl.MinTargets)
	}
	v.share(p+".straight_line.file_share", sl.FileShare)

	b := a.Burst
	if b.MinBallots != 0 && b.MinBallots < 2 {
		v.add(p+".burst.min_ballots", msg.RuleBurstBallots, b.MinBallots)
	}
	if b.MinBallots != 0 && b.MinRatings < 1 {
		v.add(p+".burst.min_ratings", msg.RuleAtLeastOne, b.MinRatings)
	}
	v.notNegative(p+".burst.max_differences", b.MaxDifferences)
	v.notNegative(p+".burst.window", b.Window)

	v.share(p+".max_invalid_share", a.MaxInvalidShare)
	v.notNegative(p+".min_file_ballots", a.MinFileBallots)
	if v.finite(p+".min_agreement", a.MinAgreement) && (a.MinAgreement < -1 || a.MinAgreement > 1) {
		v.add(p+".min_agreement", msg.RuleCorrelation, a.MinAgreement)
	}
	if a.AgreementMinRatings < 1 {
		v.add(p+".agreement_min_ratings", msg.RuleAtLeastOne, a.AgreementMinRatings)
	}
}

// DefaultBallots are the ballot rules of every preset: one 票号 per paper in
// the round; survey rows named by 姓名 or 编号; no comment topics; and the
// anomaly checks flagging, never voiding: straight-lining over 5 targets or
// more (a file where half the ballots do), runs of 3 ballots identical but
// for at most one cell among ballots rating 5 cells or more, within a
// minute or from one address, files with more than 10% invalid ballots
// (from 20 ballots), and groups whose rankings agree with the others' under
// 0.3 (targets each group rated 5 times or more).
func DefaultBallots() BallotRules {
	return BallotRules{
		Numbering: NumberingRound,
		Survey:    SurveyRules{Rows: RowsByEither},
		Anomalies: AnomalyRules{
			StraightLine:        StraightLineRule{MinTargets: 5, FileShare: 0.5, Action: AnomalyFlag},
			Burst:               BurstRule{MinBallots: 3, MinRatings: 5, MaxDifferences: 1, Window: 60},
			MaxInvalidShare:     0.1,
			MinFileBallots:      20,
			MinAgreement:        0.3,
			AgreementMinRatings: 5,
		},
	}
}
