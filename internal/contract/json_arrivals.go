package contract

// The parts of the JSON contract about how ballots arrived: ballots keyed
// again, the count per file, the comments, the anomalies and the groups'
// agreement (score --json, within schema 1); how each ballot sheet's
// columns were understood (check --json); and the comparison of two
// keyings (reconcile --json).

// Arrivals are the fields of `score --json` about how the ballots arrived.
type Arrivals struct {
	Rekeys    []Rekey     `json:"rekeys"`
	Files     []FileCount `json:"files"`
	Comments  Comments    `json:"comments"`
	Anomalies []Anomaly   `json:"anomalies"`
	Agreement []Agreement `json:"agreement"`
}

// Rekey is a ballot whose 票号 was read before: the same contents (counted
// once, conflict false) or other contents (conflict true: the ballot is
// invalid, whichever keying was read first).
type Rekey struct {
	Ballot     string `json:"ballot"`
	File       string `json:"file"`
	Sheet      string `json:"sheet"`
	Row        int    `json:"row"`
	FirstFile  string `json:"first_file"`
	FirstSheet string `json:"first_sheet"`
	FirstRow   int    `json:"first_row"`
	Conflict   bool   `json:"conflict"`
}

// FileCount reconciles the ballots of one file: read = valid + invalid;
// rekeyed are its rows that keyed a 票号 read before, not read again.
type FileCount struct {
	File         string   `json:"file"`
	Read         int      `json:"read"`
	Valid        int      `json:"valid"`
	Invalid      int      `json:"invalid"`
	Rekeyed      int      `json:"rekeyed"`
	InvalidShare *float64 `json:"invalid_share"`
}

// Comments are the ballots' comments (意见建议) and their counts.
type Comments struct {
	List     []Comment      `json:"list"`
	ByTarget []CommentCount `json:"by_target"`
	ByUnit   []CommentCount `json:"by_unit"`
	ByTopic  []CommentCount `json:"by_topic"`
}

// Comment is one comment: the ballot and cell it was written on, the
// targets (IDs) and units it is about, its topics and its text.
type Comment struct {
	Ballot  string   `json:"ballot"`
	Group   string   `json:"group"`
	File    string   `json:"file"`
	Cell    string   `json:"cell"`
	Column  string   `json:"column"`
	Targets []string `json:"targets"`
	Units   []string `json:"units"`
	Topics  []string `json:"topics"`
	Text    string   `json:"text"`
}

// CommentCount is how many comments concern a target (by ID), a unit or a
// topic.
type CommentCount struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
}

// Anomaly is one finding of the anomaly checks, with its evidence: the
// ballots concerned, the file or group, the figures behind it, and the
// evidence in words (in --lang). Figures that do not apply are null.
type Anomaly struct {
	Kind        string          `json:"kind"`
	Evidence    string          `json:"evidence"`
	Ballots     []AnomalyBallot `json:"ballots"`
	File        string          `json:"file"`
	Group       string          `json:"group"`
	Count       int             `json:"count"`
	Of          *int            `json:"of"`
	Level       string          `json:"level"`
	Differences *int            `json:"differences"`
	IP          string          `json:"ip"`
	From        *string         `json:"from"`
	To          *string         `json:"to"`
	Value       *float64        `json:"value"`
	Invalid     bool            `json:"invalid"`
}

// AnomalyBallot is a ballot an anomaly names; submitted (RFC 3339) and ip
// only for survey submissions that record them.
type AnomalyBallot struct {
	Ballot    string  `json:"ballot"`
	File      string  `json:"file"`
	Sheet     string  `json:"sheet"`
	Row       int     `json:"row"`
	Submitted *string `json:"submitted"`
	IP        string  `json:"ip"`
}

// Agreement is the rank correlation of two groups' rankings of the targets
// (组间一致性); rho is null when it cannot be computed.
type Agreement struct {
	GroupA  string   `json:"group_a"`
	GroupB  string   `json:"group_b"`
	Targets int      `json:"targets"`
	Rho     *float64 `json:"rho"`
}

// CheckArrivals are the fields of `check --json` about how the ballots
// arrived: how each ballot sheet's columns were understood, the ballots
// keyed again and the anomalies.
type CheckArrivals struct {
	Sheets    []CheckSheet `json:"sheets"`
	Rekeys    []Rekey      `json:"rekeys"`
	Anomalies []Anomaly    `json:"anomalies"`
	Agreement []Agreement  `json:"agreement"`
}

// CheckSheet says how the columns of one ballot sheet were understood:
// the layout found and, per column, its role.
type CheckSheet struct {
	File      string        `json:"file"`
	Sheet     string        `json:"sheet"`
	Layout    string        `json:"layout"`
	HeaderRow int           `json:"header_row"`
	Columns   []CheckColumn `json:"columns"`
}

// CheckColumn is one column of a ballot sheet: its letter and header, its
// role (ballot, group, rating, comment, metadata, unused, unknown) and,
// for a rating or comment column, the target (ID and name) and dimension;
// for a survey question, its number; note says more (why a column is
// unused or unknown, what metadata it holds).
type CheckColumn struct {
	Column    string `json:"column"`
	Header    string `json:"header"`
	Role      string `json:"role"`
	Question  int    `json:"question,omitempty"`
	Target    string `json:"target,omitempty"`
	Name      string `json:"name,omitempty"`
	Dimension string `json:"dimension,omitempty"`
	Note      string `json:"note,omitempty"`
}

// Reconcile is the JSON of `evalctl reconcile --json`: the two keyings
// compared by 票号, every cell where they differ, the ballots only one of
// them holds, and whether they agree.
type Reconcile struct {
	A         string          `json:"a"`
	B         string          `json:"b"`
	Ballots   int             `json:"ballots"`
	Agreeing  int             `json:"agreeing"`
	Cells     []ReconcileCell `json:"cells"`
	OnlyInA   []ReconcileOnly `json:"only_in_a"`
	OnlyInB   []ReconcileOnly `json:"only_in_b"`
	Agreed    bool            `json:"agreed"`
	Workbook  string          `json:"workbook"`
	AgreedOut *string         `json:"agreed_ballots"`
}

// ReconcileCell is one cell where the keyings differ: the ballot, what the
// cell is (a target and dimension, the group, a comment), and each
// keying's cell and value ("" for blank).
type ReconcileCell struct {
	Ballot string `json:"ballot"`
	What   string `json:"what"`
	CellA  string `json:"cell_a"`
	ValueA string `json:"value_a"`
	CellB  string `json:"cell_b"`
	ValueB string `json:"value_b"`
}

// ReconcileOnly is a ballot only one keying holds, where it is.
type ReconcileOnly struct {
	Ballot string `json:"ballot"`
	Sheet  string `json:"sheet"`
	Row    int    `json:"row"`
}
