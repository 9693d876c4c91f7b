package evaluate

import "github.com/evalctl/evalctl/internal/msg"

// Numbering says where a ballot number (票号) is unique.
type Numbering string

// Ballot numberings.
const (
	// NumberingRound: one 票号, one paper. A 票号 read again is that paper
	// keyed again: counted once when the contents agree, invalid when they
	// do not.
	NumberingRound Numbering = "round"
	// NumberingFile: each file numbers its ballots from 1 (clerks who split
	// the stack), so a 票号 is unique only within its file.
	NumberingFile Numbering = "file"
)

var numberings = vocabulary[Numbering]{msg.NounNumbering, []Numbering{NumberingRound, NumberingFile}}

// Valid reports whether the numbering is one evalctl knows.
func (n Numbering) Valid() bool    { return numberings.valid(n) }
func (n Numbering) String() string { return string(n) }

// RowNaming says how the rows of a survey's matrix question name targets.
type RowNaming string

// Row namings.
const (
	RowsByName   RowNaming = "name"   // 姓名, unique in the roster
	RowsByID     RowNaming = "id"     // 编号
	RowsByEither RowNaming = "either" // either, as wide ballot headers may
)

var rowNamings = vocabulary[RowNaming]{msg.NounRowNaming, []RowNaming{RowsByName, RowsByID, RowsByEither}}

// Valid reports whether the naming is one evalctl knows.
func (r RowNaming) Valid() bool    { return rowNamings.valid(r) }
func (r RowNaming) String() string { return string(r) }

// AnomalyAction says what an anomaly check does with what it finds.
type AnomalyAction string

// Anomaly actions.
const (
	AnomalyOff     AnomalyAction = "off"     // not checked
	AnomalyFlag    AnomalyAction = "flag"    // listed with its evidence; the ballot counts
	AnomalyInvalid AnomalyAction = "invalid" // the ballot is invalid
)

var anomalyActions = vocabulary[AnomalyAction]{msg.NounAnomalyAction, []AnomalyAction{AnomalyOff, AnomalyFlag, AnomalyInvalid}}

// Valid reports whether the action is one evalctl knows.
func (a AnomalyAction) Valid() bool    { return anomalyActions.valid(a) }
func (a AnomalyAction) String() string { return string(a) }
