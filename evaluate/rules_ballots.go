package evaluate

// BallotRules say how ballots arrive: how their numbers run, how a survey
// platform's export maps onto the round (what evalctl cannot guess from the
// export itself), which free-text columns hold comments and how they are
// sorted by topic, and when a ballot looks suspicious.
type BallotRules struct {
	// Numbering says where a 票号 is unique: in the round (a 票号 read
	// twice is the same paper keyed twice), or only within each file (clerks
	// who split the stack and each number from 1).
	Numbering Numbering    `yaml:"numbering"`
	Survey    SurveyRules  `yaml:"survey"`
	Comments  CommentRules `yaml:"comments"`
	Anomalies AnomalyRules `yaml:"anomalies"`
}

// SurveyRules map a survey platform's export (问卷星, 腾讯问卷) onto the
// round, where the export cannot say it itself. Every field may be left
// empty for a text export whose questions name the groups, the levels and
// the targets as the rules and the roster do.
type SurveyRules struct {
	// Ballot is the header of the column holding the ballot number; empty
	// takes the platform's (序号 for 问卷星, 编号 for 腾讯问卷).
	Ballot string `yaml:"ballot"`
	// Group is the question giving the evaluator's group: its number (1)
	// or its header; empty takes the one question that asks it (a title
	// with 身份, 类别 or 代表), or else the one whose answers are all groups.
	Group string `yaml:"group"`
	// GroupOptions are the group question's options in the order the
	// questionnaire lists them, for an export by option number: option k is
	// GroupOptions[k-1], a group of the rules (or an alias).
	GroupOptions []string `yaml:"group_options"`
	// Rows says how a matrix question's rows name the targets: name (姓名),
	// id (编号) or either, as the headers of a wide ballot sheet may.
	Rows RowNaming `yaml:"rows"`
	// Options are the rating questions' options in questionnaire order, for
	// an export by option number: option k is Options[k-1], a level of the
	// scale (or an alias).
	Options []string `yaml:"options"`
	// Dimensions assign matrix questions to dimensions when their titles do
	// not name one; with a single dimension every matrix question rates it.
	Dimensions []SurveyDimension `yaml:"dimensions"`
	// Metadata are more columns to keep with each ballot, beyond the ones
	// the platform always writes.
	Metadata []string `yaml:"metadata"`
}

// SurveyDimension says which dimension a matrix question rates.
type SurveyDimension struct {
	Question  int    `yaml:"question"`
	Dimension string `yaml:"dimension"`
}

// CommentRules say which columns hold comments and how comments are sorted.
type CommentRules struct {
	// Columns are more headers of free-text columns; 意见建议, 备注 and a
	// survey's open questions are recognised without being named.
	Columns []string `yaml:"columns"`
	// Topics sort comments by keywords (服务态度: 态度, 粗暴); a comment may
	// fall under several topics, or none.
	Topics []Topic `yaml:"topics"`
}

// Topic is a category of comments and the words that put a comment in it.
type Topic struct {
	Name     string   `yaml:"name"`
	Keywords []string `yaml:"keywords"`
}

// AnomalyRules say when ballots look suspicious. Each check flags what it
// finds, with the evidence, for the office to look into; only a check whose
// action is invalid makes a ballot invalid.
type AnomalyRules struct {
	StraightLine StraightLineRule `yaml:"straight_line"`
	Burst        BurstRule        `yaml:"burst"`
	// MaxInvalidShare flags a file (a clerk's) whose share of invalid
	// ballots is above it, counted from MinFileBallots ballots; 0 turns the
	// check off.
	MaxInvalidShare float64 `yaml:"max_invalid_share"`
	MinFileBallots  int     `yaml:"min_file_ballots"`
	// MinAgreement flags an evaluator group whose ranking of the targets
	// agrees with the other groups' together less than this (Spearman's
	// rank correlation, −1 to 1, of its mean points against the other
	// groups' mean means, over the targets it rated at least
	// AgreementMinRatings times); the correlations of every pair of groups
	// are reported too.
	MinAgreement        float64 `yaml:"min_agreement"`
	AgreementMinRatings int     `yaml:"agreement_min_ratings"`
}

// StraightLineRule flags a ballot that gives every target it rates the same
// level (straight-lining), over at least MinTargets targets; and a file in
// which at least FileShare of the ballots do.
type StraightLineRule struct {
	MinTargets int           `yaml:"min_targets"`
	FileShare  float64       `yaml:"file_share"`
	Action     AnomalyAction `yaml:"action"`
}

// BurstRule flags runs of identical or near-identical ballots: at least
// MinBallots in a row of one file, within Window seconds of one another by
// their submit times, or from one address. Ballots are compared when they
// rate at least MinRatings cells and differ in at most MaxDifferences.
type BurstRule struct {
	MinBallots     int `yaml:"min_ballots"`
	MinRatings     int `yaml:"min_ratings"`
	MaxDifferences int `yaml:"max_differences"`
	Window         int `yaml:"window"`
}
