package report

import "maps"

// ballotFieldDocs explain the fields of the ballots section.
var ballotFieldDocs = map[string]string{
	"ballots":                                     "how ballots arrive: numbering, survey exports, comments, anomaly checks",
	"ballots.numbering":                           "round: a 票号 is one paper (read again: counted once if identical, invalid if not); file: unique only within each file",
	"ballots.survey":                              "how a 问卷星 or 腾讯问卷 export maps onto the round, where the export cannot say it",
	"ballots.survey.ballot":                       "the column holding the ballot number; empty: the platform's (序号, 编号)",
	"ballots.survey.group":                        "the question giving the group: its number or header; empty: the one asking 身份/类别/代表, or whose answers are groups",
	"ballots.survey.group_options":                "the group question's options in order, for an export by option number (option 1 = the first)",
	"ballots.survey.rows":                         "how a matrix question's rows name targets: name (姓名), id (编号) or either",
	"ballots.survey.options":                      "the rating options in order, for an export by option number (1 = 满意 …)",
	"ballots.survey.dimensions":                   "which dimension each matrix question rates, when its title names none",
	"ballots.survey.dimensions[].question":        "the question's number",
	"ballots.survey.dimensions[].dimension":       "the dimension it rates",
	"ballots.survey.metadata":                     "more columns kept with each ballot, beyond the platform's own (submit time, duration, IP, source)",
	"ballots.comments":                            "free-text answers (意见建议), collected with their target and unit",
	"ballots.comments.columns":                    "more comment columns; 意见建议, 备注 and a survey's open questions are recognised",
	"ballots.comments.topics":                     "sort comments by keyword into topics (a comment may fall under several)",
	"ballots.comments.topics[].name":              "the topic (服务态度)",
	"ballots.comments.topics[].keywords":          "words that put a comment in the topic (态度, 粗暴)",
	"ballots.anomalies":                           "suspicious ballots: flagged with their evidence; invalid only where an action says so",
	"ballots.anomalies.straight_line":             "a ballot giving every target it rates the same level",
	"ballots.anomalies.straight_line.min_targets": "over at least this many targets",
	"ballots.anomalies.straight_line.file_share":  "a file where at least this share of the ballots do it is flagged too",
	"ballots.anomalies.straight_line.action":      "off, flag, or invalid",
	"ballots.anomalies.burst":                     "runs of identical or near-identical ballots: in a row of one file, within a time window, from one address",
	"ballots.anomalies.burst.min_ballots":         "at least this many ballots (0: no check)",
	"ballots.anomalies.burst.min_ratings":         "compare only ballots rating at least this many cells",
	"ballots.anomalies.burst.max_differences":     "ballots differing in at most this many cells are near-identical",
	"ballots.anomalies.burst.window":              "seconds between the first and last submit time of a burst (0: no time check)",
	"ballots.anomalies.max_invalid_share":         "flag a file (a clerk's) with a larger share of invalid ballots (0: no check)",
	"ballots.anomalies.min_file_ballots":          "only files with at least this many ballots",
	"ballots.anomalies.min_agreement":             "flag a group whose ranking agrees with the other groups' together less than this (rank correlation, −1 to 1)",
	"ballots.anomalies.agreement_min_ratings":     "rank only targets each group rated at least this many times",
}

// fieldDoc is the documentation of a rules field, "" when it has none.
func fieldDoc(path string) string {
	if d, ok := fieldDocs[path]; ok {
		return d
	}
	if d, ok := noticeFieldDocs[path]; ok {
		return d
	}
	if d, ok := bootstrapFieldDocs[path]; ok {
		return d
	}
	return ballotFieldDocs[path]
}

// allFieldDocs are every field's documentation, for the tests.
func allFieldDocs() map[string]string {
	out := maps.Clone(fieldDocs)
	maps.Copy(out, ballotFieldDocs)
	maps.Copy(out, noticeFieldDocs)
	maps.Copy(out, bootstrapFieldDocs)
	return out
}
