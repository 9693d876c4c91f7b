package evaluate

import (
	"sort"
	"strings"
)

// Published is a scored round as evalctl publishes it, in its results
// workbook or its JSON contract, read back without the ballots or the rules:
// enough to send each unit its results, to compare a round with the one
// before and to chart the years. Package report makes one from a [Result];
// package ingest reads one from a file.
type Published struct {
	// Round is the rules' name of the round.
	Round string
	// Year is the round's year, 0 when unknown.
	Year int
	// RulesSHA256 and RulesYAML are the rules the round was scored with, as
	// recorded (the JSON gives the digest; the 审计 sheet both); empty when
	// the source records none.
	RulesSHA256 string
	RulesYAML   []byte
	// Components names the parts of the composite other than the ballot
	// score (岗位能力测试, 日常考核 …), as headed in the ranking.
	Components []string
	// Complete says the detail behind the ranking was there too: the
	// per-group figures, the accountability list and the complaint ledger.
	// A hand-made ranking of an earlier year is enough for a comparison but
	// not for an export.
	Complete bool

	Targets        []PublishedTarget // in the order published
	Accountability []PublishedAccountability
	Ledger         []PublishedComplaint
	// Comments are the ballots' comments, without what would tell their
	// ballots (票号, file, cell).
	Comments []PublishedComment
}

// PublishedComment is a comment as published: the targets (IDs) and units
// it is about, its topics and its text.
type PublishedComment struct {
	Targets, Units, Topics []string
	Text                   string
}

// PublishedTarget is one target's published result.
type PublishedTarget struct {
	ID, Name, Unit, Section, Category string

	Ratings      int
	Rank         int // 0 when not ranked
	CategorySize int
	Status       Status

	HasScore                                 bool // the ballot-derived scores exist
	BallotScore, Composite, Deduction, Final float64
	// Components and HasComponent hold the target's score in each of
	// Published.Components, and whether it has one.
	Components      []float64
	HasComponent    []bool
	Verified        int
	HasSatisfaction bool
	Satisfaction    float64

	Unsatisfactory bool
	Award, Reserve bool
	// Verdict is the outcome in words (群众不满意股长, the award …); empty
	// when the source gives none (the JSON contract).
	Verdict string
	Flags   []string
	Groups  []PublishedGroup
}

// HasFlag reports whether the target carries the flag.
func (t *PublishedTarget) HasFlag(flag string) bool {
	for _, f := range t.Flags {
		if f == flag {
			return true
		}
	}
	return false
}

// RatingCells is the number of ratings over all groups, 0 when the
// per-group figures are unknown.
func (t *PublishedTarget) RatingCells() int {
	n := 0
	for _, g := range t.Groups {
		n += g.Ratings
	}
	return n
}

// PublishedGroup is one evaluator group's view of a target.
type PublishedGroup struct {
	Group string
	// Ballots is how many evaluators of the group rated the target; Ratings
	// how many ratings they gave (more, when several dimensions are rated).
	Ballots         int
	Ratings         int
	HasMean         bool
	Mean            float64
	HasSatisfaction bool
	Satisfaction    float64
}

// PublishedAccountability is one entry of the accountability list, with its
// reason as published.
type PublishedAccountability struct {
	Person  string
	Role    Role
	Unit    string
	Actions []string
	// Proposals are the actions proposed to the committee (建议).
	Proposals []string
	Targets   []string
	Reason    string
}

// PublishedComplaint is one complaint-ledger entry and its effect.
type PublishedComplaint struct {
	TargetID, Result string
	// Status is the entry's 办理状态, where the ledger keeps one apart.
	Status  string
	Effect  Effect
	Details []Field
	Where   string
}

// Previous turns published results into the previous round of a comparison.
func (p *Published) Previous() *Previous {
	prev := &Previous{Year: p.Year, Targets: make(map[string]PreviousTarget, len(p.Targets))}
	for _, t := range p.Targets {
		prev.Targets[t.ID] = PreviousTarget{Name: t.Name, Rank: t.Rank, Unsatisfactory: t.Unsatisfactory,
			HasSatisfaction: t.HasSatisfaction, Satisfaction: t.Satisfaction, HasFinal: t.HasScore, Final: t.Final}
	}
	return prev
}

// Units lists the units in the order of their first target by ID, so that
// the order is the roster's where IDs follow it (T001, T002 …), whether
// the results were read in roster order or ranking order.
func (p *Published) Units() []string {
	targets := make([]*PublishedTarget, len(p.Targets))
	for i := range p.Targets {
		targets[i] = &p.Targets[i]
	}
	sort.SliceStable(targets, func(i, j int) bool { return naturalLess(targets[i].ID, targets[j].ID) })
	var units []string
	seen := map[string]bool{}
	for _, t := range targets {
		if !seen[t.Unit] {
			seen[t.Unit] = true
			units = append(units, t.Unit)
		}
	}
	return units
}

// naturalLess orders IDs with runs of digits compared as numbers: T9 before
// T10, 2 before 10.
func naturalLess(a, b string) bool {
	for a != "" && b != "" {
		da, db := digitRun(a), digitRun(b)
		if da > 0 && db > 0 {
			na, nb := strings.TrimLeft(a[:da], "0"), strings.TrimLeft(b[:db], "0")
			if len(na) != len(nb) {
				return len(na) < len(nb)
			}
			if na != nb {
				return na < nb
			}
			a, b = a[da:], b[db:]
			continue
		}
		if a[0] != b[0] {
			return a[0] < b[0]
		}
		a, b = a[1:], b[1:]
	}
	return len(a) < len(b)
}

func digitRun(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}
