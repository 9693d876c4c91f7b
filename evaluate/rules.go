package evaluate

// Rules is the complete scoring configuration of a round: the 计分办法.
// Every number the engine uses comes from here. The yaml tags define the
// rules-file format; package evaluate itself never parses YAML.
type Rules struct {
	// Name labels the round in reports, e.g. 2026年度"百名股长群众评".
	Name string `yaml:"name"`
	// Base names the preset a rules file starts from; empty in a preset.
	Base string `yaml:"base,omitempty"`

	Scale      Scale       `yaml:"scale"`
	Groups     []Group     `yaml:"groups"`
	Dimensions []Dimension `yaml:"dimensions"`
	// Questions are questions of the ballot that rate no target (知晓率,
	// 支持率): their answers are counted per group and for the round.
	Questions  []Question  `yaml:"questions"`
	Trim       Trim        `yaml:"trim"`
	Components []Component `yaml:"components"`
	Complaints Complaints  `yaml:"complaints"`

	// MinGroupBallots keeps a group out of a target's weighted mean when
	// fewer of its ballots rated the target: a handful of evaluators would
	// otherwise carry the whole group's weight. Their ratings still count
	// toward satisfaction. 0 lets every group count.
	MinGroupBallots int `yaml:"min_group_ballots"`

	// Issued is how many ballots were handed out in the round as a whole
	// (发放), where the office counts them for the round rather than per
	// group; 0 when not recorded. With it, the round's return rate is
	// returned over Issued, whatever the groups record.
	Issued int `yaml:"issued"`
	// Quorum is the lowest overall return rate (0–1): ballots returned over
	// ballots issued (the round's Issued, else the groups' that record
	// theirs); 0 for none.
	Quorum float64 `yaml:"quorum"`
	// QuorumStrict makes every quorum of the rules (the round's and the
	// groups') a strict share: more than it must be returned (过半, more
	// than half), rather than at least it.
	QuorumStrict bool `yaml:"quorum_strict"`

	// MinRatings is the fewest valid ballots rating a target for it to be
	// ranked; below it the target is listed as insufficient data.
	MinRatings int `yaml:"min_ratings"`
	// TieBreak orders the criteria that separate equal final scores.
	TieBreak []TieBreak `yaml:"tie_break"`

	Validity Validity `yaml:"validity"`
	// Ballots say how ballots arrive: numbering, survey exports, comments
	// and anomaly checks.
	Ballots BallotRules `yaml:"ballots"`

	Categories []Category      `yaml:"categories"`
	Bottom     Bottom          `yaml:"bottom"`
	Liability  []LiabilityRule `yaml:"liability"`
	// Escalation rules act on a target's results over two rounds (two years
	// running unsatisfactory …); they apply only when the previous round's
	// results are given.
	Escalation []EscalationRule `yaml:"escalation"`
	Awards     Awards           `yaml:"awards"`

	Export ExportRules `yaml:"export"`
	// Notice says how the results are posted (公示).
	Notice NoticeRules `yaml:"notice,omitempty"`

	// Uncertainty says when a verdict the resampled ballots do not settle
	// is flagged fragile.
	Uncertainty UncertaintyRules `yaml:"uncertainty"`
	// Robustness lists other defensible rule sets, each a partial override
	// of these rules, under which the bottom list is drawn again for the
	// committee; the published verdicts follow these rules alone.
	Robustness []Variant `yaml:"robustness"`
}

// Scale is the rating scale of the ballots: named levels (满意 / 基本满意 /
// 不满意), or numbers within a range, read through score bands, plus levels
// that count as no answer (不了解).
type Scale struct {
	Levels []Level `yaml:"levels"`
	// Range, when set, makes the scale numeric: a cell holds points.
	Range *Range `yaml:"range"`
	// Bands classify numeric ratings (≥85 满意, 75–85 比较满意 …): which
	// count as satisfied and which band is the lowest.
	Bands []Band `yaml:"bands"`
}

// Range bounds a numeric rating; both ends are allowed.
type Range struct {
	Min float64 `yaml:"min"`
	Max float64 `yaml:"max"`
}

// Band is a score band of a numeric scale, from Min up to the next band.
type Band struct {
	Name      string  `yaml:"name"`
	Min       float64 `yaml:"min"`
	Satisfied bool    `yaml:"satisfied,omitempty"`
	Lowest    bool    `yaml:"lowest,omitempty"`
}

// Level is one rating level, e.g. 满意 worth 100 points.
type Level struct {
	Name   string  `yaml:"name"`
	Points float64 `yaml:"points"`
	// Satisfied levels count toward the satisfaction rate.
	Satisfied bool `yaml:"satisfied,omitempty"`
	// Lowest marks the level whose share breaks ties and feeds thresholds
	// (不满意). Exactly one scored level is the lowest.
	Lowest bool `yaml:"lowest,omitempty"`
	// NoAnswer levels (不了解) score nothing and leave the denominator.
	NoAnswer bool `yaml:"no_answer,omitempty"`
	// Aliases are other spellings accepted in ballot cells.
	Aliases []string `yaml:"aliases,omitempty"`
}

// Group is an evaluator group (代表类别) and its weight.
type Group struct {
	Name    string   `yaml:"name"`
	Weight  float64  `yaml:"weight"`
	Aliases []string `yaml:"aliases,omitempty"`
	// Issued is how many ballots were handed to the group (发放); 0 when not
	// recorded. With it, the return rate (回收率) is reported and checked.
	Issued int `yaml:"issued,omitempty"`
	// Quorum is the lowest return rate (0–1) for the group's ballots to
	// count at all; below it the round is not valid.
	Quorum float64 `yaml:"quorum,omitempty"`
}

// Dimension is an item rated on the ballot (评议内容), with its weight.
type Dimension struct {
	Name   string  `yaml:"name"`
	Weight float64 `yaml:"weight"`
}

// Trim drops the K highest and K lowest ratings of a group mean, but only
// where at least Min ratings exist. K = 0 turns trimming off.
type Trim struct {
	K   int `yaml:"k"`
	Min int `yaml:"min"`
}

// Validity holds the ballot-validity rules beyond the fixed ones (a number,
// a known group, levels of the scale, at least one rating).
type Validity struct {
	// DoubleEntry says what to do with a ballot whose contents (group and
	// every rating) are identical to an earlier one's under another 票号:
	// off, flag or invalid.
	DoubleEntry DoubleEntryAction `yaml:"double_entry"`
	// DoubleEntryMin is the fewest ratings a ballot needs to be compared:
	// ballots rating one or two targets are often identical by chance.
	DoubleEntryMin int `yaml:"double_entry_min"`

	// MinRatedShare makes a ballot that rates fewer than this share of the
	// roster invalid (0: any number will do).
	MinRatedShare float64 `yaml:"min_rated_share"`
	// MaxLevelShare makes a ballot invalid when one level (or one number)
	// takes more than this share of its ratings, counted only on ballots
	// with at least ShareMinRatings ratings (0: no limit).
	MaxLevelShare   float64 `yaml:"max_level_share"`
	ShareMinRatings int     `yaml:"share_min_ratings"`
	// Identical makes a ballot that gives every target it rates (two at
	// least) the same rating invalid.
	Identical bool `yaml:"identical_invalid"`
	// Quotas are forced-distribution limits, e.g. at most 3 rated ≥ 90 and
	// at least 2 rated below 70.
	Quotas []Quota `yaml:"quotas"`

	// MaxInvalidShare is the share of invalid ballots (0–1) above which an
	// evaluator group or a ballot file is reported in a warning: a round
	// that lost that many of its ballots is degraded, and says so.
	MaxInvalidShare float64 `yaml:"max_invalid_share"`
}

// Quota limits how many ratings of a ballot fall at or above a number of
// points (AtOrAbove), or below one (Below): at most AtMost, at least
// AtLeast. Exactly one bound of each pair is set.
type Quota struct {
	AtOrAbove *float64 `yaml:"ratings_at_or_above,omitempty"`
	Below     *float64 `yaml:"ratings_below,omitempty"`
	AtMost    *int     `yaml:"at_most,omitempty"`
	AtLeast   *int     `yaml:"at_least,omitempty"`
}

// Component is one part of the composite score: C = Σ weight·X over the
// weighted components (weights sum to 1), plus the bonus components.
type Component struct {
	Name   string          `yaml:"name"`
	Source ComponentSource `yaml:"source"`
	Weight float64         `yaml:"weight"`
	// Sheet names the score sheet of a sheet or bonus component.
	Sheet string `yaml:"sheet,omitempty"`
	// Missing says what a target without a score gets: error (the default,
	// so that nothing is assumed), zero or skip. A bonus is 0 when missing.
	Missing MissingPolicy `yaml:"missing,omitempty"`
	// Max caps a bonus component's points (0: no cap).
	Max float64 `yaml:"max,omitempty"`
}

// Complaints says how complaint-ledger entries deduct points.
type Complaints struct {
	Mode   DeductionMode `yaml:"mode"`
	Rate   float64       `yaml:"rate"`
	Points float64       `yaml:"points"`
	Cap    float64       `yaml:"cap"`
	// Results maps each 核查结果 a ledger may hold to its effect.
	Results []ComplaintResult `yaml:"results"`
	// Statuses are the handling statuses (办理状态) of a ledger that
	// records them in a column of their own, apart from the 核查结果: an
	// entry verified and still being handled is 查实 and 办理中. When set,
	// the ledger must have the column, and a status's Closed, not a
	// result's, says whether an entry is handled (办结率).
	Statuses []HandlingStatus `yaml:"statuses"`
	// Sanctions are personnel sanctions by a target's number of verified
	// entries (溧水: 1 查实 → 警告, 2 → 待岗), the highest reached applying.
	Sanctions []Sanction `yaml:"sanctions"`
}

// HandlingStatus is one value of the ledger's 办理状态 column.
type HandlingStatus struct {
	Name string `yaml:"name"`
	// Closed marks a status that counts as handled (办结).
	Closed  bool     `yaml:"closed,omitempty"`
	Aliases []string `yaml:"aliases,omitempty"`
}

// ComplaintResult is one value of the 核查结果 column and what it does.
type ComplaintResult struct {
	Name    string   `yaml:"name"`
	Effect  Effect   `yaml:"effect"`
	Aliases []string `yaml:"aliases,omitempty"`
	// Amount is what one such entry deducts: points in fixed mode, a share
	// of the composite in proportional mode; 0 takes complaints.points or
	// complaints.rate.
	Amount float64 `yaml:"amount,omitempty"`
	// Closed marks a result that counts as handled (办结), for the handling
	// rate (办结率) of each target.
	Closed bool `yaml:"closed,omitempty"`
}

// Sanction is a personnel sanction for at least Min verified ledger entries
// against a target (溧水: 1 查实 → 警告, 2 → 待岗); the highest reached
// applies. It is addressed to a person: the target itself, where its
// category's targets are persons (a unit is not warned or suspended), or
// the target's supervising leader or its unit's principal.
type Sanction struct {
	Min    int    `yaml:"min"`
	Action string `yaml:"action"`
	To     Role   `yaml:"to"`
}

// Category is a class of targets ranked separately, with the size of its
// bottom list.
type Category struct {
	Name string `yaml:"name"`
	// Bottom is N of bottom-N: the lowest N ranked are unsatisfactory.
	Bottom int `yaml:"bottom"`
	// BottomShare is a proportion of the ranked targets: N is the larger
	// of Bottom and ceil(share × ranked).
	BottomShare float64 `yaml:"bottom_share,omitempty"`
	// OnlyBelow restricts the bottom N to targets meeting a threshold (e.g.
	// only among those scoring under 75): nobody above it is listed.
	OnlyBelow *Thresholds `yaml:"only_below,omitempty"`
	// AlsoBelow lists every ranked target meeting a threshold as
	// unsatisfactory too, beyond the bottom N.
	AlsoBelow *Thresholds `yaml:"also_below,omitempty"`
	// Awards is how many of the top are awarded (0: none); AwardShare a
	// proportion instead (the larger applies).
	Awards     int     `yaml:"awards"`
	AwardShare float64 `yaml:"award_share,omitempty"`
	// AwardName overrides awards.name for this category (十佳服务窗口).
	AwardName string `yaml:"award_name,omitempty"`
	// AlsoAward is a second honour given with the award, to the person who
	// holds an awarded post (湖州: the section 先进处室, its chief 先进个人).
	AlsoAward string `yaml:"also_award,omitempty"`
	// Targets says whether the category's targets are persons (股长,
	// 窗口工作人员) or units (部门, 服务窗口); empty when not said. A
	// sanction addressed to the target reaches only persons.
	Targets TargetKind `yaml:"targets,omitempty"`
}

// Thresholds select targets: final score below Final, satisfaction below
// Satisfaction, or a share of the lowest level above LowestShare. A target
// meets them when it meets any one that is set.
type Thresholds struct {
	Final        *float64 `yaml:"final,omitempty"`
	Satisfaction *float64 `yaml:"satisfaction,omitempty"`
	LowestShare  *float64 `yaml:"lowest_share_above,omitempty"`
}

// Bottom names the verdict given to the bottom list.
type Bottom struct {
	// Label is the verdict, e.g. 群众不满意股长.
	Label string `yaml:"label"`
	// Action is what happens to the target, e.g. 免职; shown, not computed.
	Action string `yaml:"action"`
	// MaxShare limits a verdict by rank in a small or depleted category:
	// the places taken by rank may be at most this share (0–1) of the
	// category's ranked targets that are not vetoed, and never reach its
	// top-ranked target. Beyond it nobody is confirmed by rank: the targets
	// the bottom count would reach are flagged small_category for the
	// committee. 0 sets no share, but the top is never reached.
	MaxShare float64 `yaml:"max_share"`
	// Vetoes says whether a ranked veto fills one of a category's bottom
	// places (fill: the N lowest include it) or is listed on top of the N
	// lowest targets that are not vetoed (add). Empty means fill.
	Vetoes VetoMode `yaml:"vetoes"`
}

// LiabilityRule is a joint-liability rule: when at least Threshold confirmed
// unsatisfactory targets fall in one scope (or, for scope violations, a
// target has at least Threshold verified ledger entries), the named leaders
// get actions.
type LiabilityRule struct {
	Scope     Scope `yaml:"scope"`
	Threshold int   `yaml:"threshold,omitempty"`
	// Position, for scope rank_from_bottom, is the place counted from the
	// bottom of each category (1 = last); tied targets share a place.
	Position int `yaml:"position,omitempty"`
	// Target actions go to each target counted.
	Target []string `yaml:"target,omitempty"`
	// Principal actions go to the unit's 主要领导.
	Principal []string `yaml:"principal,omitempty"`
	// Supervisor actions go to the 分管领导 of each target counted.
	Supervisor []string `yaml:"supervisor,omitempty"`
	// Proposal makes the rule's actions proposals (建议) to the committee
	// rather than decisions: where the rules say the actions depend on an
	// inquiry (溧水: 视考核结果), the tool proposes and the committee decides.
	Proposal bool `yaml:"proposal,omitempty"`
}

// EscalationRule gives actions when a target meets a condition in two
// consecutive rounds (domain: 不称职 two years running → dismissal; low
// satisfaction two years running → the principal leader is accountable).
type EscalationRule struct {
	When Condition `yaml:"when"`
	// Below is the satisfaction rate (0–1) under which a round counts as low;
	// only for consecutive_low_satisfaction.
	Below float64 `yaml:"below,omitempty"`
	// Target actions go to the target itself.
	Target []string `yaml:"target,omitempty"`
	// Principal actions go to the unit's 主要领导.
	Principal []string `yaml:"principal,omitempty"`
	// Supervisor actions go to the target's 分管领导.
	Supervisor []string `yaml:"supervisor,omitempty"`
}

// ExportRules govern the per-unit result workbooks sent out of the office.
type ExportRules struct {
	// MinGroupRatings is the fewest ratings an evaluator group must have
	// given a target for its mean and satisfaction rate to be shown; below
	// it they are suppressed so that no individual vote can be inferred.
	MinGroupRatings int `yaml:"min_group_ratings"`
}

// Awards describes the honours given to the top of each category.
type Awards struct {
	// Name is the honour, e.g. 服务发展先进个人.
	Name string `yaml:"name"`
	// Overall awards the top N across all categories instead of per
	// category (categories' awards are then not used).
	Overall int `yaml:"overall"`
	// MinFinal and MinSatisfaction are thresholds an awarded target must
	// also meet (0: none).
	MinFinal        float64 `yaml:"min_final"`
	MinSatisfaction float64 `yaml:"min_satisfaction"`
	// ExcludeViolators leaves out of the awards every target with a
	// verified ledger entry (查实 or 一票否决): a violation costs the honour
	// (洛阳: 效能告诫 tied to 评先). Vetoed targets are never awarded.
	ExcludeViolators bool `yaml:"exclude_violators"`
	// Reserve is the reserve-cadre list drawn from the awarded.
	Reserve Reserve `yaml:"reserve"`
}

// Reserve selects the reserve-cadre list (后备干部) among award winners.
type Reserve struct {
	Name string `yaml:"name"`
	// MinTest is the lowest test score that qualifies.
	MinTest float64 `yaml:"min_test"`
}

// UsesSource reports whether a component draws on the source.
func (r *Rules) UsesSource(source ComponentSource) bool {
	for _, c := range r.Components {
		if c.Source == source {
			return true
		}
	}
	return false
}

// NeedsLeaders reports whether the liability or escalation rules name
// principal or supervising leaders, so the roster must give them.
func (r *Rules) NeedsLeaders() (principal, supervisor bool) {
	for _, l := range r.Liability {
		principal = principal || len(l.Principal) > 0
		supervisor = supervisor || len(l.Supervisor) > 0 || l.Scope == ScopeSupervisor
	}
	for _, s := range r.Complaints.Sanctions {
		principal = principal || s.To == RolePrincipal
		supervisor = supervisor || s.To == RoleSupervisor
	}
	for _, e := range r.Escalation {
		principal = principal || len(e.Principal) > 0
		supervisor = supervisor || len(e.Supervisor) > 0
	}
	return principal, supervisor
}

// Question is a question of the ballot that rates no target: a poll such
// as 您是否知道… (知晓率) or 是否支持… (支持率). Each valid ballot's answer is
// counted per group and for the round, and the share of the answers in
// Rate is the question's rate.
type Question struct {
	// Name names the question and its rate in reports (知晓率).
	Name string `yaml:"name"`
	// Column is the header of the question's column on a keyed ballot
	// sheet, or a survey question's number or title; empty takes Name.
	Column string `yaml:"column"`
	// Answers are the answers offered, in questionnaire order: an export by
	// option number gives the k-th. Another answer makes the ballot invalid.
	Answers []string `yaml:"answers"`
	// Rate are the answers whose share of the answered ballots is the
	// question's rate (知道, for 知晓率).
	Rate []string `yaml:"rate"`
}

// QuestionColumn is the header a question's column goes by.
func (q Question) QuestionColumn() string {
	if q.Column != "" {
		return q.Column
	}
	return q.Name
}

// Proposes reports whether any liability rule proposes its actions rather
// than decides them.
func (r *Rules) Proposes() bool {
	for _, l := range r.Liability {
		if l.Proposal {
			return true
		}
	}
	return false
}

// TracksHandling reports whether the rules say which ledger entries count
// as handled (by their handling status, or by their result), so that the
// handling rate (办结率) means something.
func (c Complaints) TracksHandling() bool {
	if len(c.Statuses) > 0 {
		return true
	}
	for _, r := range c.Results {
		if r.Closed {
			return true
		}
	}
	return false
}
