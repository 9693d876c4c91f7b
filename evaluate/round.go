package evaluate

// Target is one person or unit rated in the round (评议对象).
type Target struct {
	ID         string // 编号
	Name       string // 姓名
	Unit       string // 单位
	Section    string // 股室
	Category   string // 类别
	Supervisor string // 分管领导
	Principal  string // 主要领导
	// Where locates the roster row, for messages, e.g. "名册!A5".
	Where string
}

// Complaint is one entry of the complaint ledger (投诉台账).
type Complaint struct {
	TargetID string
	// Result is the 核查结果 as written in the ledger.
	Result string
	// Status is the 办理状态 as written, from a column of its own; "" when
	// the ledger has none. StatusWhere locates its cell.
	Status, StatusWhere string
	// Details holds the other columns (日期, 内容 …) in ledger order, for display.
	Details []Field
	Where   string
}

// Field is a named value kept for display.
type Field struct {
	Name, Value string
}

// Round is everything scored besides the ballots.
type Round struct {
	Targets    []Target
	Complaints []Complaint
	// Tests maps target ID to competency-test score (岗位能力测试).
	Tests map[string]float64
	// Sheets holds the other score sheets by name: sheet -> target ID -> score.
	Sheets map[string]map[string]float64
	// OnBallots says, per target, whether a ballot sheet gives it a column
	// (or, in the long layout, a row): one without could be rated by
	// nobody. Nil when not known.
	OnBallots []bool
}

// targetIndex maps IDs to positions in Targets.
func (r *Round) targetIndex() map[string]int {
	idx := make(map[string]int, len(r.Targets))
	for i, t := range r.Targets {
		idx[t.ID] = i
	}
	return idx
}
