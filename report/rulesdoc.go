package report

import (
	"fmt"
	"io"
	"reflect"
	"strings"

	"github.com/evalctl/evalctl/evaluate"
)

// fieldDocs explain every field of a rules file, by path ("[]" stands for
// each element of a list). RulesFields walks the Rules type itself, so a
// field without an entry here is found by the tests.
var fieldDocs = map[string]string{
	"name": "the round's name in reports (评议轮次)",
	"base": "the preset a rules file starts from; it overrides only what it sets, and a list replaces the whole list",

	"scale":                                      "the rating scale: named levels, or numbers in a range read through bands",
	"scale.levels":                               "the levels a ballot cell may hold",
	"scale.levels[].name":                        "the level as written on the ballot (满意)",
	"scale.levels[].points":                      "its points p(r) (满意 100, 基本满意 60, 不满意 0)",
	"scale.levels[].satisfied":                   "counts toward the satisfaction rate (满意率)",
	"scale.levels[].lowest":                      "the lowest level (不满意): its share breaks ties and feeds thresholds; exactly one",
	"scale.levels[].no_answer":                   "counts as no answer (不了解): no points, out of the denominator, like a blank",
	"scale.levels[].aliases":                     "other spellings accepted in ballot cells",
	"scale.range":                                "makes the scale numeric: a cell holds points",
	"scale.range.min":                            "the lowest points allowed; below it the ballot is invalid",
	"scale.range.max":                            "the highest points allowed; above it the ballot is invalid",
	"scale.bands":                                "score bands of a numeric scale, from min up to the next band (≥85 满意, 75–85 比较满意 …)",
	"scale.bands[].name":                         "the band's name",
	"scale.bands[].min":                          "where the band starts; the first starts at range.min",
	"scale.bands[].satisfied":                    "ratings in the band count as satisfied",
	"scale.bands[].lowest":                       "the lowest band",
	"groups":                                     "the evaluator groups (代表类别)",
	"groups[].name":                              "the group as written in the 代表类别 column",
	"groups[].weight":                            "w_g in S = Σ w_g·m_g / Σ w_g over the groups that rated the target; all 0 for one pooled mean",
	"groups[].aliases":                           "other spellings of the group",
	"groups[].issued":                            "ballots handed to the group (发放), for the return rate (回收率); more returned than issued voids the round",
	"groups[].quorum":                            "the lowest return rate (0–1) for the group; below it the round is not valid",
	"dimensions":                                 "what is rated (评议内容)",
	"dimensions[].name":                          "the dimension as headed on the ballot (服务态度)",
	"dimensions[].weight":                        "v_d in B = Σ v_d·S_d / Σ v_d; the weights sum to 1",
	"trim":                                       "drop extreme ratings before a group mean (去掉最高分和最低分)",
	"trim.k":                                     "how many highest and how many lowest to drop; 0 for none",
	"trim.min":                                   "trim only where at least this many ratings exist (at least 2·k+1)",
	"components":                                 "the parts of the composite C = Σ weight·X + bonuses",
	"components[].name":                          "the component's name in reports",
	"components[].source":                        "ballots, test (测试成绩), sheet (any score sheet) or bonus (附加分, added after weighting)",
	"components[].weight":                        "its weight; the weighted components' weights sum to 1; a bonus has none",
	"components[].sheet":                         "the sheet (or file) holding a sheet or bonus component's scores by 编号",
	"components[].missing":                       "a target without a score: error (default), zero, or skip (the others' weights renormalised)",
	"components[].max":                           "caps a bonus component's points",
	"complaints":                                 "how the complaint ledger (投诉台账) deducts",
	"complaints.mode":                            "fixed: D = min(cap, Σ points); proportional (按比例扣分): D = C·min(cap, Σ rates)",
	"complaints.rate":                            "the share of the composite one deducting entry takes, in proportional mode",
	"complaints.points":                          "the points one deducting entry takes, in fixed mode",
	"complaints.cap":                             "the most deducted: points in fixed mode, a share of C in proportional mode",
	"complaints.results":                         "each 核查结果 a ledger may hold, and what it does",
	"complaints.results[].name":                  "the result as written (查实, 不实, 一票否决, 未办结 …)",
	"complaints.results[].effect":                "deduct, none, or veto (一票否决: unsatisfactory whatever the score)",
	"complaints.results[].aliases":               "other spellings of the result",
	"complaints.results[].amount":                "what one such entry deducts, instead of complaints.points or complaints.rate",
	"complaints.results[].closed":                "the entry counts as handled (办结), for each target's handling rate (办结率)",
	"complaints.sanctions":                       "personnel sanctions by a target's number of verified entries, 查实 or 一票否决 (溧水: 1 → 警告, 2 → 待岗); for each person addressed the highest reached applies",
	"complaints.sanctions[].min":                 "the fewest verified entries for the sanction; rising from one sanction of a person to the next",
	"complaints.sanctions[].action":              "the sanction, listed in the accountability list for the person it addresses",
	"complaints.sanctions[].to":                  "whom it addresses: target (only where its category's targets are persons: a unit is not warned or suspended), supervisor or principal",
	"complaints.statuses":                        "the handling statuses (办理状态) of a ledger that keeps them in a column of their own, apart from the 核查结果; with them, the ledger must have the column",
	"complaints.statuses[].name":                 "the status as written (已办结, 办理中)",
	"complaints.statuses[].closed":               "the status counts as handled (办结), for the handling rate (办结率); with statuses, results[].closed is not used",
	"complaints.statuses[].aliases":              "other spellings of the status",
	"issued":                                     "ballots handed out in the round as a whole (发放, 湖州: 1019), for the round's return rate; at least the groups' issued together",
	"quorum":                                     "the lowest overall return rate (0–1), over the round's issued or else the groups' that record theirs",
	"quorum_strict":                              "every quorum must be passed, not reached: more than the share returned (过半: more than half), not at least it",
	"questions":                                  "questions of the ballot that rate no target (知晓率, 支持率): their answers counted per group and for the round",
	"questions[].name":                           "the question's name, and its rate's, in reports (知晓率)",
	"questions[].column":                         "the header of its column on a keyed ballot sheet, or a survey question's number or title; empty takes the name",
	"questions[].answers":                        "the answers offered, in questionnaire order (an export by option number gives the k-th); another answer makes the ballot invalid",
	"questions[].rate":                           "the answers whose share of those answered is the question's rate (知道)",
	"min_ratings":                                "a target rated by fewer valid ballots is insufficient: listed, never ranked",
	"min_group_ballots":                          "a group with fewer ballots rating a target stays out of its weighted mean (its ratings still count toward satisfaction)",
	"tie_break":                                  "the order that separates equal final scores: satisfaction, lowest_share, ballot_score, test",
	"validity":                                   "ballot-validity rules beyond the fixed ones",
	"validity.double_entry":                      "a ballot identical to an earlier one under another 票号: off, flag (listed) or invalid",
	"validity.double_entry_min":                  "compare only ballots with at least this many ratings",
	"validity.min_rated_share":                   "a ballot rating a smaller share of the roster is invalid",
	"validity.max_level_share":                   "a ballot where one level takes a larger share of its ratings is invalid",
	"validity.share_min_ratings":                 "apply max_level_share only to ballots with at least this many ratings",
	"validity.identical_invalid":                 "a ballot giving every target it rates the same rating is invalid",
	"validity.quotas":                            "forced-distribution quotas (at most 3 rated ≥ 90; at least 2 rated < 70)",
	"validity.quotas[].ratings_at_or_above":      "count the ratings at or above these points",
	"validity.quotas[].ratings_below":            "count the ratings below these points",
	"validity.quotas[].at_most":                  "the ballot is invalid with more than this many",
	"validity.quotas[].at_least":                 "the ballot is invalid with fewer than this many",
	"validity.max_invalid_share":                 "a group or ballot file with a larger share of invalid ballots is reported in a warning",
	"categories":                                 "classes of targets ranked separately (类别)",
	"categories[].name":                          "the category as written in the roster",
	"categories[].bottom":                        "N of bottom-N: the lowest N ranked are unsatisfactory (ranked vetoes take places)",
	"categories[].bottom_share":                  "N as a share of the ranked targets; the larger of the two applies",
	"categories[].only_below":                    "bottom-N only among targets meeting these thresholds",
	"categories[].only_below.final":              "final score below this",
	"categories[].only_below.satisfaction":       "satisfaction rate below this",
	"categories[].only_below.lowest_share_above": "share of the lowest level above this",
	"categories[].also_below":                    "every ranked target meeting these thresholds is unsatisfactory too",
	"categories[].also_below.final":              "final score below this",
	"categories[].also_below.satisfaction":       "satisfaction rate below this",
	"categories[].also_below.lowest_share_above": "share of the lowest level above this",
	"categories[].awards":                        "how many of the top are awarded",
	"categories[].award_share":                   "the awarded as a share of the ranked targets; the larger applies",
	"categories[].award_name":                    "the honour in this category, instead of awards.name (十佳服务窗口)",
	"categories[].also_award":                    "a second honour given with the award, to the person holding an awarded post (湖州: 先进处室 and 先进个人)",
	"categories[].targets":                       "what the category's targets are: person or unit; a sanction addressed to the target reaches only persons",
	"bottom":                                     "the verdict of the bottom list",
	"bottom.label":                               "its name (群众不满意股长)",
	"bottom.action":                              "what happens to the target, shown on the list (免职)",
	"bottom.max_share":                           "the most a verdict by rank may take: this share of a category's ranked targets not vetoed, never its top; beyond it nobody is confirmed by rank and the targets reached are flagged small_category for the committee (0: no share, the top still never)",
	"bottom.vetoes":                              "fill: a ranked veto fills one of the bottom N places; add: vetoes come on top of the N lowest",
	"liability":                                  "joint-liability rules (连带责任) over the confirmed unsatisfactory, and rules over the violations found in the ledger",
	"liability[].scope":                          "unit: counted per unit; supervisor: per 分管领导; rank_from_bottom: by place from the bottom; violations: a target's verified entries (查实, 一票否决), whatever its rank",
	"liability[].threshold":                      "how many unsatisfactory targets in the scope make the rule fire; for violations, how many verified entries of one target",
	"liability[].position":                       "the place from the bottom (1 = last) for rank_from_bottom; tied targets share a place",
	"liability[].target":                         "actions for each target counted",
	"liability[].principal":                      "actions for the unit's 主要领导",
	"liability[].supervisor":                     "actions for the 分管领导 of each target counted",
	"liability[].proposal":                       "the actions are proposals (建议) to the committee, not decisions: where they depend on an inquiry (视考核结果)",
	"escalation":                                 "rules across two rounds, applied with --previous",
	"escalation[].when":                          "consecutive_unsatisfactory, or consecutive_low_satisfaction (below `below` both rounds)",
	"escalation[].below":                         "the satisfaction rate for consecutive_low_satisfaction",
	"escalation[].target":                        "actions for the target",
	"escalation[].principal":                     "actions for the unit's 主要领导",
	"escalation[].supervisor":                    "actions for the target's 分管领导",
	"awards":                                     "honours for the top (表彰)",
	"awards.name":                                "the honour (服务发展先进个人)",
	"awards.overall":                             "award the top N across all categories instead",
	"awards.min_final":                           "the awarded must score at least this",
	"awards.min_satisfaction":                    "the awarded must have at least this satisfaction rate",
	"awards.exclude_violators":                   "a target with a verified entry (查实 or 一票否决) is not awarded (洛阳: 效能告诫 tied to 评先)",
	"awards.reserve":                             "the reserve-cadre list (后备干部) drawn from the awarded",
	"awards.reserve.name":                        "its name",
	"awards.reserve.min_test":                    "the lowest test score that qualifies",
	"export":                                     "what per-unit result workbooks may show",
	"export.min_group_ratings":                   "per-group figures resting on fewer evaluators are shown as —",
}

// RuleField is one field of the rules-file format.
type RuleField struct {
	Path, Kind, Doc string
}

// RulesFields lists every field of the rules format in order, from the
// Rules type, with its documentation ("" when it has none).
func RulesFields() []RuleField {
	var out []RuleField
	var walk func(prefix string, t reflect.Type)
	walk = func(prefix string, t reflect.Type) {
		for i := range t.NumField() {
			f := t.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
			if name == "" || name == "-" {
				continue
			}
			path := strings.TrimPrefix(prefix+"."+name, ".")
			if variantSection(path) {
				continue // a variant's sections are written as the rules' own
			}
			ft := f.Type
			for ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			kind := kindOf(ft)
			out = append(out, RuleField{Path: path, Kind: kind, Doc: fieldDoc(path)})
			switch {
			case ft.Kind() == reflect.Struct:
				walk(path, ft)
			case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.Struct:
				walk(path+"[]", ft.Elem())
			}
		}
	}
	walk("", reflect.TypeOf(evaluate.Rules{}))
	return out
}

func kindOf(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "text"
	case reflect.Bool:
		return "true/false"
	case reflect.Int:
		return "integer"
	case reflect.Float64:
		return "number"
	case reflect.Struct:
		return "section"
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Struct {
			return "list"
		}
		return "list of " + kindOf(t.Elem())
	}
	return t.Kind().String()
}

// WriteRulesDoc prints the reference of the rules-file format.
func WriteRulesDoc(w io.Writer) error {
	var b strings.Builder
	b.WriteString("evalctl rules: every field of a rules file (YAML). Start from `evalctl rules show`.\n\n")
	for _, f := range RulesFields() {
		depth := strings.Count(f.Path, ".")
		fmt.Fprintf(&b, "%s%-*s %-14s %s\n", strings.Repeat("  ", depth), 34-2*depth, lastPart(f.Path), f.Kind, f.Doc)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func lastPart(path string) string {
	if i := strings.LastIndex(path, "."); i >= 0 {
		return path[i+1:]
	}
	return path
}
