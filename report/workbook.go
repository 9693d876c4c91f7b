package report

import (
	"fmt"
	"sort"
	"strings"

	"github.com/evalctl/evalctl/evaluate"
)

// Input is one file read for the round, for the audit trail.
type Input struct {
	Path   string
	SHA256 string
}

// Meta is what the audit sheet records besides the results.
type Meta struct {
	Version   string
	RulesFrom string // e.g. "preset chibi" or "rules.yaml (base chibi)"
	RulesYAML []byte
	Inputs    []Input
	// Previous is the previous round's results file, when compared with one.
	Previous *Input
}

// WriteWorkbook writes the results workbook to path atomically.
func WriteWorkbook(path string, res *evaluate.Result, meta Meta, lang Lang) error {
	tables := []table{
		rankingTable(res, lang),
		bottomTable(res, lang),
		accountabilityTable(res, lang),
		awardsTable(res, lang),
		invalidTable(res, lang),
		doubleEntryTable(res, lang),
		statisticsTable(res, lang),
		groupScoresTable(res, lang),
	}
	if len(res.Rules.Dimensions) > 1 {
		tables = append(tables, dimensionTable(res, lang))
	}
	tables = append(tables, ledgerTable(res, lang), auditTable(res, meta, lang))
	f, err := build(tables)
	if err != nil {
		return err
	}
	defer f.Close()
	return saveAtomic(f, path)
}

// Ordered returns the targets per category in rules order: ranked best
// first, then the unranked by ID.
func Ordered(res *evaluate.Result) []*evaluate.TargetResult {
	var out []*evaluate.TargetResult
	for _, c := range res.Rules.Categories {
		var cat []*evaluate.TargetResult
		for i := range res.Targets {
			if res.Targets[i].Category == c.Name {
				cat = append(cat, &res.Targets[i])
			}
		}
		sort.SliceStable(cat, func(i, j int) bool {
			a, b := cat[i], cat[j]
			if (a.Rank == 0) != (b.Rank == 0) {
				return b.Rank == 0
			}
			if a.Rank != b.Rank {
				return a.Rank < b.Rank
			}
			return a.ID < b.ID
		})
		out = append(out, cat...)
	}
	return out
}

// verdict is the outcome of a target in words.
func verdict(res *evaluate.Result, tr *evaluate.TargetResult, lang Lang) string {
	var parts []string
	if tr.Unsatisfactory {
		parts = append(parts, res.Rules.Bottom.Label)
	}
	if tr.TieAtCutoff {
		parts = append(parts, t(lang, "tie at cutoff, committee decides"))
	}
	if tr.Award {
		parts = append(parts, tr.AwardName)
	}
	if tr.Reserve {
		parts = append(parts, res.Rules.Awards.Reserve.Name)
	}
	return strings.Join(parts, pick(lang == Chinese, "、", ", "))
}

func flagsText(tr *evaluate.TargetResult) string { return strings.Join(tr.Flags(), ",") }

// orNil returns v, or nil (an empty cell) when ok is false.
func orNil(v float64, ok bool) any {
	if !ok {
		return nil
	}
	return v
}

func rankCell(tr *evaluate.TargetResult) any {
	if tr.Rank == 0 {
		return nil
	}
	return tr.Rank
}

func rankingTable(res *evaluate.Result, lang Lang) table {
	tb := table{name: t(lang, "Ranking")}
	tb.header = []string{t(lang, "Category"), t(lang, "Rank"), t(lang, "Of"), t(lang, "ID"), t(lang, "Name"),
		t(lang, "Unit"), t(lang, "Section"), t(lang, "Ratings"), t(lang, "Ballot score")}
	tb.formats = []format{text, integer, integer, text, text, text, text, integer, fixed2}
	for _, c := range res.Rules.Components {
		if c.Source != evaluate.SourceBallots {
			tb.header = append(tb.header, c.Name)
			tb.formats = append(tb.formats, fixed2)
		}
	}
	handling := tracksHandling(res.Rules)
	if handling {
		tb.header = append(tb.header, t(lang, "Complaints received"), t(lang, "Complaints closed"))
		tb.formats = append(tb.formats, integer, integer)
	}
	tb.header = append(tb.header, t(lang, "Composite"), t(lang, "Verified complaints"), t(lang, "Deduction"),
		t(lang, "Final"), t(lang, "Satisfaction"), t(lang, "Lowest share"), t(lang, "Status"), unsatisfactoryColumn(lang),
		t(lang, "Verdict"), t(lang, "Flags"))
	tb.formats = append(tb.formats, fixed2, integer, fixed2, fixed2, percent, percent, text, text, text, text)
	if res.Previous != nil {
		tb.header = append(tb.header, t(lang, "Previous rank"), t(lang, "Rank change"), t(lang, "Previously unsatisfactory"))
		tb.formats = append(tb.formats, integer, integer, text)
	}
	for _, tr := range Ordered(res) {
		row := []any{tr.Category, rankCell(tr), orNil(float64(tr.CategorySize), tr.Rank > 0), tr.ID, tr.Name,
			tr.Unit, tr.Section, tr.Ratings, orNil(tr.BallotScore, tr.HasBallotScore)}
		for c, comp := range res.Rules.Components {
			if comp.Source != evaluate.SourceBallots {
				row = append(row, orNil(tr.Components[c], tr.HasComponent[c]))
			}
		}
		if handling {
			row = append(row, tr.ComplaintsReceived, tr.ComplaintsClosed)
		}
		row = append(row, orNil(tr.Composite, tr.HasBallotScore), tr.Verified, orNil(tr.Deduction, tr.HasBallotScore),
			orNil(tr.Final, tr.HasBallotScore), orNil(tr.Satisfaction, tr.RatingCells > 0), orNil(tr.LowestShare, tr.RatingCells > 0),
			t(lang, string(tr.Status)), yesOrEmpty(lang, tr.Unsatisfactory), verdict(res, tr, lang), flagsText(tr))
		if res.Previous != nil {
			row = append(row, previousCells(tr, lang)...)
		}
		tb.add(row...)
	}
	return tb
}

func bottomTable(res *evaluate.Result, lang Lang) table {
	tb := table{name: t(lang, "Unsatisfactory")}
	tb.header = []string{t(lang, "Category"), t(lang, "Rank"), t(lang, "Of"), t(lang, "ID"), t(lang, "Name"), t(lang, "Unit"),
		t(lang, "Section"), t(lang, "Supervisor"), t(lang, "Final"), t(lang, "Satisfaction"), t(lang, "Verdict"), t(lang, "Reason"), t(lang, "Action")}
	tb.formats = []format{text, integer, integer, text, text, text, text, text, fixed2, percent}
	for _, tr := range res.BottomList() {
		status, action := t(lang, "tie at cutoff, committee decides"), ""
		if tr.Unsatisfactory {
			status, action = t(lang, "confirmed")+" "+res.Rules.Bottom.Label, res.Rules.Bottom.Action
		}
		reason := t(lang, "bottom of category")
		if tr.Veto {
			reason = t(lang, "veto") + " (" + strings.Join(tr.VetoSources, "; ") + ")"
		}
		tb.add(tr.Category, rankCell(tr), orNil(float64(tr.CategorySize), tr.Rank > 0), tr.ID, tr.Name, tr.Unit, tr.Section,
			tr.Supervisor, orNil(tr.Final, tr.HasBallotScore), orNil(tr.Satisfaction, tr.RatingCells > 0), status, reason, action)
	}
	return tb
}

func accountabilityTable(res *evaluate.Result, lang Lang) table {
	tb := table{name: t(lang, "Accountability")}
	tb.header = []string{t(lang, "Person"), t(lang, "Role"), t(lang, "Unit"), t(lang, "Actions"), t(lang, "Because of"), t(lang, "Reason")}
	for _, a := range res.Accountability {
		tb.add(a.Person, t(lang, a.Role), a.Unit, strings.Join(a.Actions, pick(lang == Chinese, "、", ", ")),
			strings.Join(a.Targets, ","), AccountabilityReason(lang, res, a))
	}
	return tb
}

func awardsTable(res *evaluate.Result, lang Lang) table {
	tb := table{name: t(lang, "Awards")}
	tb.header = []string{t(lang, "Category"), t(lang, "Rank"), t(lang, "ID"), t(lang, "Name"), t(lang, "Unit"),
		t(lang, "Final"), t(lang, "Test"), t(lang, "Award")}
	tb.formats = []format{text, integer, text, text, text, fixed2, fixed2}
	reserveRule := res.Rules.Awards.Reserve.Name != ""
	if reserveRule {
		tb.header = append(tb.header, res.Rules.Awards.Reserve.Name)
	}
	tb.header = append(tb.header, t(lang, "Flags"))
	for _, tr := range Ordered(res) {
		if !tr.Award {
			continue
		}
		row := []any{tr.Category, rankCell(tr), tr.ID, tr.Name, tr.Unit, tr.Final, orNil(tr.Test, tr.HasTest), tr.AwardName}
		if reserveRule {
			reserve := t(lang, "no")
			if tr.Reserve {
				reserve = t(lang, "yes")
			}
			row = append(row, reserve)
		}
		tb.add(append(row, flagsText(tr))...)
	}
	return tb
}

// tracksHandling reports whether the rules say which complaint results count
// as handled, so that received and closed counts (办结率) mean something.
func tracksHandling(rules *evaluate.Rules) bool {
	for _, r := range rules.Complaints.Results {
		if r.Closed {
			return true
		}
	}
	return false
}

// dimensionTable lists S(t,d) per target and dimension when the rules rate
// several, so that B = Σ v_d·S_d can be recomputed by hand.
func dimensionTable(res *evaluate.Result, lang Lang) table {
	tb := table{name: t(lang, "Dimension scores")}
	tb.header = []string{t(lang, "Category"), t(lang, "ID"), t(lang, "Name"), t(lang, "Unit"), t(lang, "Dimension"),
		t(lang, "Weight"), t(lang, "Mean score")}
	tb.formats = []format{text, text, text, text, text, fixed2, fixed2}
	for _, tr := range Ordered(res) {
		for d, dim := range res.Rules.Dimensions {
			tb.add(tr.Category, tr.ID, tr.Name, tr.Unit, dim.Name, dim.Weight, orNil(tr.Dims[d], tr.DimRated[d]))
		}
	}
	return tb
}

func auditTable(res *evaluate.Result, meta Meta, lang Lang) table {
	tb := table{name: t(lang, "Audit"), header: []string{t(lang, "Item"), t(lang, "Value")}}
	tb.add(t(lang, "evalctl version"), meta.Version)
	tb.add(t(lang, "Round"), res.Rules.Name)
	tb.add(t(lang, "Year"), yearText(lang, res.Year))
	tb.add(t(lang, "Rules"), meta.RulesFrom)
	for _, in := range meta.Inputs {
		tb.add(t(lang, "Input"), fmt.Sprintf("%s  sha256:%s", in.Path, in.SHA256))
	}
	if meta.Previous != nil && res.Previous != nil {
		tb.add(t(lang, "Previous results"), fmt.Sprintf("%s  sha256:%s  (%s)", meta.Previous.Path, meta.Previous.SHA256, yearText(lang, res.Previous.Year)))
	}
	b := res.Ballots
	tb.add(t(lang, "Reconciliation"), fmt.Sprintf("%s %d = %s %d + %s %d",
		t(lang, "Read"), b.Read, t(lang, "Valid"), b.Valid, t(lang, "Invalid"), b.Invalid))
	tb.add(t(lang, "Rules (YAML)"), "")
	for _, line := range strings.Split(strings.TrimRight(string(meta.RulesYAML), "\n"), "\n") {
		tb.add("", line)
	}
	return tb
}
