package sample

import (
	"fmt"
	"math/rand/v2"
	"time"
)

// Defect names what is wrong with a planted invalid ballot. The values match
// the problem kinds of package evaluate.
type Defect string

// Planted ballot defects.
const (
	DefectBlank        Defect = "blank_ballot"
	DefectBadLevel     Defect = "not_a_level"
	DefectUnknownGroup Defect = "unknown_group"
	DefectNoGroup      Defect = "missing_group"
	DefectDuplicate    Defect = "duplicate_ballot_number"
)

// PlantedBallot is one planted invalid ballot row of the 选票 sheet.
type PlantedBallot struct {
	ID     string // 票号
	Row    int    // 1-based sheet row
	Group  string // 代表类别 as written
	Defect Defect
	// Target, for DefectBadLevel, is the column holding the bad value; for
	// DefectDuplicate, FirstRow is the row that first used the 票号.
	Target   string
	FirstRow int
}

// The panel: valid ballots per group, in sheet order (1,001 in all), and
// how each group leans relative to a chief's expected score. Business
// representatives deal with the sections as applicants and rate harder.
var chibiPanel = []struct {
	name    string
	ballots int
	lean    float64
}{
	{GroupParty, 200, 1.5},
	{GroupPeople, 200, 0.5},
	{GroupCPPCC, 180, 0.5},
	{GroupEnterprise, 221, -4},
	{GroupPublic, 200, -1},
}

func chibiGroups() []GroupSize {
	var gs []GroupSize
	for _, g := range chibiPanel {
		gs = append(gs, GroupSize{g.name, g.ballots})
	}
	return gs
}

// plantedRows are the invalid ballots, extra rows inserted among the 1,001
// valid ones: each goes after the given number of valid ballots, so it sits
// inside a group's block as a mistyped sheet would. 票号 run on in sheet
// order, so the planted rows take the next number like any other — except
// the duplicate, which repeats the number of the dupOf-th valid ballot.
var plantedRows = []struct {
	after  int
	defect Defect
	group  string
}{
	{50, DefectBlank, GroupParty},
	{300, DefectBadLevel, GroupPeople},
	{500, DefectUnknownGroup, "群众代表"},
	{700, DefectNoGroup, ""},
	{900, DefectDuplicate, GroupPublic},
}

const (
	dupOf               = 850    // a 社会人士 ballot, like the duplicate row
	badTarget           = "T100" // column of the misspelt cell
	badValue            = "满议"
	insufficientRatings = 20
)

// chibiBallots draws the 选票 sheet and reports the planted invalid rows.
func chibiBallots(r *rand.Rand, targets []target) ([][]any, []PlantedBallot) {
	header := []any{"票号", "代表类别"}
	col := map[string]int{}
	for i, t := range targets {
		header = append(header, t.id)
		col[t.id] = 2 + i
	}
	var groups []int // panel index of each valid ballot
	for gi, g := range chibiPanel {
		for range g.ballots {
			groups = append(groups, gi)
		}
	}
	// The valid ballots that rate the insufficient target; nothing else does.
	rates := map[int]bool{}
	for _, b := range r.Perm(len(groups))[:insufficientRatings] {
		rates[b] = true
	}

	rows := [][]any{header}
	var invalid []PlantedBallot
	var ids []string // 票号 of the valid ballots, in order
	firstRow := map[string]int{}
	// ballot draws one row of ratings; lean shifts the chief's expected score.
	ballot := func(id, group string, lean float64, ratesInsufficient bool) []any {
		row := make([]any, len(header))
		row[0], row[1] = id, group
		lenient := lean + r.NormFloat64()*3
		skip := 0.04 + 0.12*r.Float64()
		for i, t := range targets {
			switch {
			case t.id == chibiInsufficient && !ratesInsufficient,
				t.id == chibiNoEnterprise && group == GroupEnterprise:
				continue
			case t.id != chibiInsufficient && r.Float64() < skip:
				continue
			}
			row[2+i] = drawLevel(r, t.mu+lenient)
		}
		return row
	}

	serial := 0
	nextID := func() string {
		serial++
		return fmt.Sprintf("P%04d", serial)
	}
	for i := 0; i <= len(groups); i++ {
		for _, p := range plantedRows {
			if p.after != i {
				continue
			}
			pb := PlantedBallot{Row: len(rows) + 1, Group: p.group, Defect: p.defect}
			var row []any
			switch p.defect {
			case DefectBlank:
				pb.ID = nextID()
				row = []any{pb.ID, p.group}
			case DefectDuplicate:
				// A different ballot under a reused number: keeping it instead
				// of the first would change results, so the mistake shows.
				pb.ID = ids[dupOf-1]
				pb.FirstRow = firstRow[pb.ID]
				row = ballot(pb.ID, p.group, 0, false)
			default:
				pb.ID = nextID()
				row = ballot(pb.ID, p.group, 0, false)
				if p.defect == DefectBadLevel {
					pb.Target = badTarget
					row[col[badTarget]] = badValue
				}
			}
			rows = append(rows, row)
			invalid = append(invalid, pb)
		}
		if i == len(groups) {
			break
		}
		g := chibiPanel[groups[i]]
		id := nextID()
		ids = append(ids, id)
		firstRow[id] = len(rows) + 1
		rows = append(rows, ballot(id, g.name, g.lean, rates[i]))
	}
	return rows, invalid
}

// drawLevel draws a rating whose expected points (满意 100, 基本满意 60,
// 不满意 0) are m. The 不满意 share falls from a quarter at m = 55 to 2% at
// the top, so weak chiefs collect real 不满意 votes rather than only
// 基本满意; 满意 takes whatever share gives the mean.
func drawLevel(r *rand.Rand, m float64) string {
	m = min(max(m, 20), 97)
	un := min(max(0.25-0.22*(m-55)/40, 0.02), 0.6)
	sat := (m - 60 + 60*un) / 40
	if sat < 0.05 {
		// Too weak for the curve: fix 满意 at 5% and solve for 不满意.
		sat, un = 0.05, (62-m)/60
	}
	switch x := r.Float64(); {
	case x < sat:
		return LevelSatisfied
	case x < 1-un:
		return LevelBasic
	default:
		return LevelDissatisfied
	}
}

// chibiComplaints draws the 投诉台账 sheet: 25 entries over 18 chiefs, in
// date order. Besides the veto and the weak pair, complaints go to chiefs
// whose expected score is 70 or more, so deductions cannot push anyone
// into the bottom list by chance.
func chibiComplaints(r *rand.Rand, targets []target) [][]any {
	special := map[string]bool{chibiInsufficient: true, chibiNoEnterprise: true, chibiVeto: true}
	for _, ps := range chibiBottom {
		for _, p := range ps {
			special[p.id] = true
		}
	}
	var pool []string
	category := map[string]string{}
	for _, t := range targets {
		category[t.id] = t.category
		if !special[t.id] && t.mu >= 70 {
			pool = append(pool, t.id)
		}
	}
	pick := make([]string, 16)
	for i, j := range r.Perm(len(pool))[:len(pick)] {
		pick[i] = pool[j]
	}
	l := newLedger(r, time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), 245)
	add := func(id string, results ...string) { l.drawn(id, complaintTexts[category[id]], vetoText, results...) }
	add(chibiVeto, "一票否决", "不实")
	add(chibiWeakPair[0], "查实", "查实")
	add(pick[0], "查实", "查实", "查实")
	add(pick[1], "查实", "查实")
	add(pick[2], "查实", "不实")
	add(pick[3], "不实", "不实")
	for _, id := range pick[4:] {
		add(id, []string{"查实", "不实"}[r.IntN(2)])
	}
	return l.rows()
}
