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
	Trim       Trim        `yaml:"trim"`
	Components []Component `yaml:"components"`
	Complaints Complaints  `yaml:"complaints"`

	// MinRatings is the fewest valid ballots rating a target for it to be
	// ranked; below it the target is listed as insufficient data.
	MinRatings int `yaml:"min_ratings"`
	// TieBreak orders the criteria that separate equal final scores.
	TieBreak []TieBreak `yaml:"tie_break"`

	Validity Validity `yaml:"validity"`

	Categories []Category      `yaml:"categories"`
	Bottom     Bottom          `yaml:"bottom"`
	Liability  []LiabilityRule `yaml:"liability"`
	Awards     Awards          `yaml:"awards"`
}

// Scale is the rating scale of the ballots: named levels (满意 / 基本满意 /
// 不满意), or numbers within a range, read through score bands, plus levels
// that count as no answer (不了解).
type Scale struct {
	Levels []Level `yaml:"levels,omitempty"`
	// Range, when set, makes the scale numeric: a cell holds points.
	Range *Range `yaml:"range,omitempty"`
	// Bands classify numeric ratings (≥85 满意, 75–85 比较满意 …): which
	// count as satisfied and which band is the lowest.
	Bands []Band `yaml:"bands,omitempty"`
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
	Min int `yaml:"min,omitempty"`
}

// Double-entry actions.
const (
	DoubleEntryOff     = "off"     // not checked
	DoubleEntryFlag    = "flag"    // listed for the office to check; both count
	DoubleEntryInvalid = "invalid" // the later ballot is invalid
)

// Validity holds the ballot-validity rules beyond the fixed ones (a number,
// a known group, levels of the scale, at least one rating).
type Validity struct {
	// DoubleEntry says what to do with a ballot whose contents (group and
	// every rating) are identical to an earlier one's under another 票号:
	// off, flag or invalid.
	DoubleEntry string `yaml:"double_entry"`
	// DoubleEntryMin is the fewest ratings a ballot needs to be compared:
	// ballots rating one or two targets are often identical by chance.
	DoubleEntryMin int `yaml:"double_entry_min"`
}

// Component sources.
const (
	SourceBallots = "ballots" // the ballot score B(t)
	SourceTest    = "test"    // the competency-test sheet
)

// Component is one weighted part of the composite score.
type Component struct {
	Name   string  `yaml:"name"`
	Source string  `yaml:"source"`
	Weight float64 `yaml:"weight"`
}

// Deduction modes.
const (
	DeductFixed        = "fixed"        // D = min(cap, k·points)
	DeductProportional = "proportional" // D = C·min(cap, k·rate)
)

// Complaints says how complaint-ledger entries deduct points.
type Complaints struct {
	Mode   string  `yaml:"mode"`
	Rate   float64 `yaml:"rate,omitempty"`
	Points float64 `yaml:"points,omitempty"`
	Cap    float64 `yaml:"cap"`
	// Results maps each 核查结果 a ledger may hold to its effect.
	Results []ComplaintResult `yaml:"results"`
}

// Complaint effects.
const (
	EffectNone   = "none"   // recorded, no consequence (不实)
	EffectDeduct = "deduct" // a verified complaint, counts toward k (查实)
	EffectVeto   = "veto"   // 一票否决
)

// ComplaintResult is one value of the 核查结果 column and what it does.
type ComplaintResult struct {
	Name    string   `yaml:"name"`
	Effect  string   `yaml:"effect"`
	Aliases []string `yaml:"aliases,omitempty"`
}

// TieBreak is one criterion of the tie-break order.
type TieBreak string

// The tie-break vocabulary.
const (
	TieSatisfaction TieBreak = "satisfaction" // higher satisfaction rate first
	TieLowestShare  TieBreak = "lowest_share" // lower share of the lowest level first
)

// Category is a class of targets ranked separately, with the size of its
// bottom list.
type Category struct {
	Name string `yaml:"name"`
	// Bottom is N of bottom-N: the lowest N ranked are unsatisfactory.
	Bottom int `yaml:"bottom"`
	// Awards is how many of the top are awarded (0: none).
	Awards int `yaml:"awards"`
}

// Bottom names the verdict given to the bottom list.
type Bottom struct {
	// Label is the verdict, e.g. 群众不满意股长.
	Label string `yaml:"label"`
	// Action is what happens to the target, e.g. 免职; shown, not computed.
	Action string `yaml:"action,omitempty"`
}

// Liability scopes.
const (
	ScopeUnit       = "unit"       // counted per unit (单位)
	ScopeSupervisor = "supervisor" // counted per supervising leader (分管领导)
)

// LiabilityRule is a joint-liability rule: when at least Threshold confirmed
// unsatisfactory targets fall in one scope, the named leaders get actions.
type LiabilityRule struct {
	Scope     string `yaml:"scope"`
	Threshold int    `yaml:"threshold"`
	// Principal actions go to the unit's 主要领导.
	Principal []string `yaml:"principal,omitempty"`
	// Supervisor actions go to the 分管领导 of each target counted.
	Supervisor []string `yaml:"supervisor,omitempty"`
}

// Awards describes the honours given to the top of each category.
type Awards struct {
	// Name is the honour, e.g. 服务发展先进个人.
	Name string `yaml:"name"`
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
func (r *Rules) UsesSource(source string) bool {
	for _, c := range r.Components {
		if c.Source == source {
			return true
		}
	}
	return false
}

// NeedsLeaders reports whether the liability rules name principal or
// supervising leaders, so the roster must give them.
func (r *Rules) NeedsLeaders() (principal, supervisor bool) {
	for _, l := range r.Liability {
		principal = principal || len(l.Principal) > 0
		supervisor = supervisor || len(l.Supervisor) > 0 || l.Scope == ScopeSupervisor
	}
	return principal, supervisor
}
