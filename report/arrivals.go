package report

import (
	"strings"
	"time"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/msg"
)

// How the ballots arrived, as the JSON contract and the results workbook
// tell it: ballots keyed again, the count per file, the comments, the
// anomalies with their evidence, the groups' agreement.

// timeLayout writes submit times in sheets and evidence.
const timeLayout = "2006-01-02 15:04:05"

// roster is the result's targets as the roster gave them.
func roster(res *evaluate.Result) []evaluate.Target {
	out := make([]evaluate.Target, len(res.Targets))
	for i := range res.Targets {
		out[i] = res.Targets[i].Target
	}
	return out
}

// arrivalsJSON is the contract's view of a round's findings.
func arrivalsJSON(f evaluate.Findings, targets []evaluate.Target, lang msg.Lang) contract.Arrivals {
	return contract.Arrivals{
		Rekeys:    rekeysJSON(f.Rekeys),
		Files:     filesJSON(f.Files),
		Comments:  commentsJSON(f.Comments, targets),
		Anomalies: anomaliesJSON(f.Anomalies, lang),
		Agreement: agreementJSON(f.Agreement),
	}
}

func rekeysJSON(rekeys []evaluate.Rekey) []contract.Rekey {
	out := []contract.Rekey{}
	for _, r := range rekeys {
		out = append(out, contract.Rekey{Ballot: r.ID, File: r.Source.File, Sheet: r.Source.Sheet, Row: r.Source.Row,
			FirstFile: r.First.File, FirstSheet: r.First.Sheet, FirstRow: r.First.Row, Conflict: r.Conflict})
	}
	return out
}

func filesJSON(files []evaluate.FileCount) []contract.FileCount {
	out := []contract.FileCount{}
	for _, f := range files {
		out = append(out, contract.FileCount{File: f.File, Read: f.Read, Valid: f.Valid, Invalid: f.Invalid, Rekeyed: f.Rekeyed,
			InvalidShare: ratio(f.Invalid, f.Read)})
	}
	return out
}

func commentsJSON(c evaluate.Comments, targets []evaluate.Target) contract.Comments {
	out := contract.Comments{List: []contract.Comment{}, ByTarget: []contract.CommentCount{}, ByUnit: []contract.CommentCount{}, ByTopic: []contract.CommentCount{}}
	for _, cc := range c.List {
		jc := contract.Comment{Ballot: cc.Ballot, Group: cc.Group, File: cc.Source.File, Cell: cc.Ref, Column: cc.Column,
			Targets: []string{}, Units: nonNil(cc.Units), Topics: nonNil(cc.Topics), Text: cc.Text}
		for _, t := range cc.Targets {
			jc.Targets = append(jc.Targets, targets[t].ID)
		}
		out.List = append(out.List, jc)
	}
	for i, n := range c.ByTarget {
		if n > 0 {
			out.ByTarget = append(out.ByTarget, contract.CommentCount{Name: targets[i].ID, Count: n})
		}
	}
	for _, u := range c.ByUnit {
		if u.Count > 0 {
			out.ByUnit = append(out.ByUnit, contract.CommentCount{Name: u.Name, Count: u.Count})
		}
	}
	for _, tp := range c.ByTopic {
		out.ByTopic = append(out.ByTopic, contract.CommentCount{Name: tp.Name, Count: tp.Count})
	}
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func anomaliesJSON(anomalies []evaluate.Anomaly, lang msg.Lang) []contract.Anomaly {
	out := []contract.Anomaly{}
	for _, a := range anomalies {
		ja := contract.Anomaly{Kind: string(a.Kind), Evidence: Evidence(lang, a), Ballots: []contract.AnomalyBallot{},
			File: a.File, Group: a.Group, Count: a.Count, Level: a.Level, IP: a.IP, Invalid: a.Invalid}
		switch a.Kind {
		case evaluate.AnomalyStraightFile, evaluate.AnomalyInvalidShare:
			ja.Of, ja.Value = &a.Of, &a.Value
		case evaluate.AnomalyDisagreement:
			ja.Value = &a.Value
		case evaluate.AnomalyRun, evaluate.AnomalyWindow, evaluate.AnomalyAddress:
			ja.Differences = &a.Differences
		}
		ja.From, ja.To = timeJSON(a.From), timeJSON(a.To)
		for _, b := range a.Ballots {
			ja.Ballots = append(ja.Ballots, contract.AnomalyBallot{Ballot: b.ID, File: b.Source.File, Sheet: b.Source.Sheet,
				Row: b.Source.Row, Submitted: timeJSON(b.Submitted), IP: b.IP})
		}
		out = append(out, ja)
	}
	return out
}

func timeJSON(t time.Time) *string {
	if t.IsZero() {
		return nil
	}
	s := t.Format(time.RFC3339)
	return &s
}

func agreementJSON(pairs []evaluate.Agreement) []contract.Agreement {
	out := []contract.Agreement{}
	for _, p := range pairs {
		out = append(out, contract.Agreement{GroupA: p.GroupA, GroupB: p.GroupB, Targets: p.Targets, Rho: ptr(p.Rho, p.Known)})
	}
	return out
}

// Evidence tells an anomaly's evidence in a language.
func Evidence(lang msg.Lang, a evaluate.Anomaly) string {
	var s string
	switch a.Kind {
	case evaluate.AnomalyStraightLine:
		s = lang.F(msg.EvidenceStraightLine, a.Count, a.Level)
	case evaluate.AnomalyStraightFile:
		s = lang.F(msg.EvidenceStraightFile, a.Of, a.Count, 100*a.Value)
	case evaluate.AnomalyRun:
		first, last := a.Ballots[0].Source, a.Ballots[len(a.Ballots)-1].Source
		s = lang.F(msg.EvidenceRun, a.Count, first.Sheet, first.Row, last.Row, a.Differences)
	case evaluate.AnomalyWindow:
		s = lang.F(msg.EvidenceWindow, a.Count, a.From.Format(timeLayout), a.To.Format(timeLayout), a.Differences, addresses(lang, a))
	case evaluate.AnomalyAddress:
		s = lang.F(msg.EvidenceAddress, a.Count, a.IP, a.From.Format(timeLayout), a.To.Format(timeLayout), a.Differences)
	case evaluate.AnomalyInvalidShare:
		s = lang.F(msg.EvidenceInvalidShare, a.Of, a.Count, 100*a.Value)
	case evaluate.AnomalyDisagreement:
		s = lang.F(msg.EvidenceDisagreement, a.Value, a.Count)
	default:
		s = string(a.Kind)
	}
	if a.Invalid {
		s += lang.Sep() + lang.T(msg.ValVoided)
	}
	return s
}

// addresses says where a burst within a window came from.
func addresses(lang msg.Lang, a evaluate.Anomaly) string {
	switch {
	case a.IP != "":
		return lang.F(msg.EvidenceOneAddress, a.IP)
	case a.Addresses > 0:
		return lang.F(msg.EvidenceAddresses, a.Addresses)
	}
	return lang.T(msg.EvidenceNoAddress)
}

// ballotList names an anomaly's ballots by 票号.
func ballotList(a evaluate.Anomaly) string {
	ids := make([]string, len(a.Ballots))
	for i, b := range a.Ballots {
		ids[i] = b.ID
	}
	return strings.Join(ids, ",")
}

// rekeysTable lists the ballots keyed again under a 票号 read before: the
// same paper keyed twice (counted once), or another keying with other
// contents (the ballot is invalid).
func rekeysTable(res *evaluate.Result, lang msg.Lang) table {
	tb := table{name: contract.SheetRekeys.In(lang)}
	tb.header = heads(lang, contract.ColBallot, contract.ColFile, contract.ColSheet, contract.ColRow, contract.ColFirstKeyed, contract.ColSheet, contract.ColRow, contract.ColTreatment)
	tb.formats = []format{text, text, text, integer, text, text, integer}
	for _, r := range res.Rekeys {
		treatment := lang.T(msg.ValRekeyIdentical)
		if r.Conflict {
			treatment = lang.T(msg.ValRekeyConflict)
		}
		tb.add(r.ID, r.Source.File, r.Source.Sheet, r.Source.Row, r.First.File, r.First.Sheet, r.First.Row, treatment)
	}
	return tb
}

// filesTable reconciles the ballots per file (per clerk).
func filesTable(res *evaluate.Result, lang msg.Lang) table {
	tb := table{name: contract.SheetFiles.In(lang)}
	tb.header = heads(lang, contract.ColFile, contract.ColRead, contract.ColValid, contract.ColInvalid, contract.ColInvalidShare, contract.ColRekeyed)
	tb.formats = []format{text, integer, integer, integer, percent, integer}
	for _, f := range res.Files {
		tb.add(f.File, f.Read, f.Valid, f.Invalid, orNil(float64(f.Invalid)/float64(max(f.Read, 1)), f.Read > 0), f.Rekeyed)
	}
	return tb
}

// commentsTable lists every comment with what it is about and where it
// was written.
func commentsTable(res *evaluate.Result, lang msg.Lang) table {
	tb := table{name: contract.SheetComments.In(lang)}
	tb.header = heads(lang, contract.ColBallot, contract.ColGroup, contract.ColID, contract.ColName, contract.ColUnit, contract.ColTopics, contract.ColComment, contract.ColFile, contract.ColCell)
	for _, c := range res.Comments.List {
		ids, names := targetsText(res, c.Targets)
		tb.add(c.Ballot, c.Group, ids, names, lang.Join(c.Units), lang.Join(c.Topics), c.Text, c.Source.File, c.Ref)
	}
	return tb
}

// targetsText names targets by ID and by name, each joined.
func targetsText(res *evaluate.Result, targets []int) (ids, names string) {
	var i, n []string
	for _, t := range targets {
		i, n = append(i, res.Targets[t].ID), append(n, res.Targets[t].Name)
	}
	return strings.Join(i, ","), strings.Join(n, ",")
}

// commentCountsTable counts the comments per unit and per target (those
// with any) and per topic of the rules.
func commentCountsTable(res *evaluate.Result, lang msg.Lang) table {
	tb := table{name: contract.SheetCommentCounts.In(lang)}
	tb.header = heads(lang, contract.ColCountedBy, contract.ColUnit, contract.ColID, contract.ColName, contract.ColTopics, contract.ColCount)
	tb.formats = []format{text, text, text, text, text, integer}
	c := res.Comments
	for _, u := range c.ByUnit {
		if u.Count > 0 {
			tb.add(contract.ColUnit.In(lang), u.Name, nil, nil, nil, u.Count)
		}
	}
	for i, n := range c.ByTarget {
		if n > 0 {
			t := res.Targets[i]
			tb.add(contract.ColTarget.In(lang), t.Unit, t.ID, t.Name, nil, n)
		}
	}
	for _, tp := range c.ByTopic {
		tb.add(contract.ColTopics.In(lang), nil, nil, nil, tp.Name, tp.Count)
	}
	return tb
}

// anomaliesTable lists every anomaly with its evidence.
func anomaliesTable(res *evaluate.Result, lang msg.Lang) table {
	tb := table{name: contract.SheetAnomalies.In(lang)}
	tb.header = heads(lang, contract.ColKind, contract.ColFile, contract.ColGroup, contract.ColBallots, contract.ColEvidence, contract.ColTreatment)
	for _, a := range res.Anomalies {
		treatment := lang.T(msg.ValFlagged)
		if a.Invalid {
			treatment = lang.T(msg.ValVoided)
		}
		file := a.File
		if file == "" && len(a.Ballots) > 0 {
			file = a.Ballots[0].Source.File
		}
		tb.add(contract.AnomalyKinds.In(a.Kind, lang), file, a.Group, ballotList(a), Evidence(lang, a), treatment)
	}
	return tb
}

// agreementTable gives the rank correlation of every pair of groups.
func agreementTable(res *evaluate.Result, lang msg.Lang) table {
	tb := table{name: contract.SheetAgreement.In(lang)}
	tb.header = heads(lang, contract.ColGroupA, contract.ColGroupB, contract.ColCommonTargets, contract.ColRho)
	tb.formats = []format{text, text, integer, fixed2}
	for _, p := range res.Agreement {
		tb.add(p.GroupA, p.GroupB, p.Targets, orNil(p.Rho, p.Known))
	}
	return tb
}

// arrivalsTables are the sheets about how the ballots arrived, in the
// order the results workbook holds them.
func arrivalsTables(res *evaluate.Result, lang msg.Lang) []table {
	return []table{rekeysTable(res, lang), filesTable(res, lang), anomaliesTable(res, lang), agreementTable(res, lang),
		commentsTable(res, lang), commentCountsTable(res, lang)}
}
