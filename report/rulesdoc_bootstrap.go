package report

// bootstrapFieldDocs explain the rules of resampling and robustness. A
// robustness variant's sections are the rules' own, so their fields are
// documented once, where the rules have them.
var bootstrapFieldDocs = map[string]string{
	"uncertainty":         "how sure the bottom list is: the ballots resampled (score --replicates, --seed) for each target's probability of the list and rank interval",
	"uncertainty.fragile": "flag fragile a confirmed target on the list in fewer than this share of the resampled rounds, or one off it that stays off in fewer (0.5–1; 0.9 in every preset)",

	"robustness":                     "other defensible rule sets, each a partial override of these rules, under which the bottom list is drawn again (稳健性); the verdicts follow these rules alone",
	"robustness[].name":              "the variant's name in reports",
	"robustness[].scale":             "other points of the levels (or bands): the same levels in their order, read as the round's",
	"robustness[].groups":            "other group weights: the round's groups in their order",
	"robustness[].dimensions":        "other dimension weights: the round's dimensions in their order",
	"robustness[].trim":              "other trimming",
	"robustness[].components":        "other components or component weights",
	"robustness[].complaints":        "other deductions",
	"robustness[].min_group_ballots": "another min_group_ballots",
	"robustness[].min_ratings":       "another min_ratings",
	"robustness[].tie_break":         "another tie-break order",
	"robustness[].categories":        "other bottom counts or thresholds: the round's categories in their order",
	"robustness[].bottom":            "other bottom rules (max_share, vetoes)",
}

// variantSection reports a path inside a robustness variant's section,
// which the rules' own field of that name documents.
func variantSection(path string) bool {
	const prefix = "robustness[]."
	if len(path) <= len(prefix) || path[:len(prefix)] != prefix {
		return false
	}
	for i := len(prefix); i < len(path); i++ {
		if path[i] == '.' || path[i] == '[' {
			return true
		}
	}
	return false
}
