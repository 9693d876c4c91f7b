package ingest

import (
	"errors"
	"sort"
	"strings"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/msg"
)

// ReadRound reads the roster, the complaint ledger and the score sheets the
// rules need, reporting every problem found in any of them.
func (in *Inputs) ReadRound(rules *evaluate.Rules) (*evaluate.Round, error) {
	targets, rosterErr := in.roster.wb.rosterFrom(in.roster.sheet, rules)
	round := &evaluate.Round{Targets: targets}
	errs := []error{rosterErr}
	if rules.UsesSource(evaluate.SourceTest) {
		if in.tests == nil {
			errs = append(errs, dataErr(in.roster.wb.Path, "", "", msg.DataNoTestSheet))
		} else {
			scores, first, err := in.tests.wb.testsFrom(in.tests.sheet)
			round.Tests = scores
			errs = append(errs, err)
			if targets != nil { // against a roster not read, every ID would be news
				errs = append(errs, unknownIDs(targets, first)...)
			}
		}
	}
	if in.complaints != nil {
		var err error
		round.Complaints, err = in.complaints.wb.complaintsFrom(in.complaints.sheet, rules)
		errs = append(errs, err)
	}
	for _, c := range rules.Components {
		if c.Source != evaluate.SourceSheet && c.Source != evaluate.SourceBonus {
			continue
		}
		ref, err := in.namedSheet(c.Sheet)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		scores, first, err := ref.wb.scoresFrom(ref.sheet, c.Source == evaluate.SourceBonus)
		errs = append(errs, err)
		if targets != nil {
			errs = append(errs, unknownIDs(targets, first)...)
		}
		if round.Sheets == nil {
			round.Sheets = map[string]map[string]float64{}
		}
		round.Sheets[c.Sheet] = scores
	}
	return round, joinUnique(errs)
}

// joinUnique joins errors, each told once: a damaged part shared by the
// sheets (the shared strings) fails every sheet read alike.
func joinUnique(errs []error) error {
	seen := map[string]bool{}
	var out []error
	for _, err := range errs {
		for _, e := range flatten(err) {
			if !seen[e.Error()] {
				seen[e.Error()] = true
				out = append(out, e)
			}
		}
	}
	return errors.Join(out...)
}

// namedSheet finds a score sheet the rules name: a sheet of the round
// workbook, or a file of the round folder named after it.
func (in *Inputs) namedSheet(name string) (*sheetRef, error) {
	if in.roundBook != nil {
		if s := in.roundBook.sheetNamed(name); s != "" {
			return &sheetRef{in.roundBook, s}, nil
		}
		return nil, dataErr(in.roundBook.Path, "", "", msg.DataNoCompSheet, name, strings.Join(in.roundBook.Sheets(), ", "))
	}
	path, ok := in.folderFiles[name]
	if !ok {
		return nil, dataErr(in.roster.wb.Path, "", "", msg.DataNoCompFile, name)
	}
	wb, err := in.open(path, in.opt)
	if err != nil {
		return nil, err
	}
	sheet, err := wb.onlySheet(name)
	if err != nil {
		return nil, err
	}
	return &sheetRef{wb, sheet}, nil
}

// unknownIDs names each scored ID that the roster lacks (a typo such as
// T0O1 would otherwise leave a score unused and a target without one). A
// roster with problems in other columns still lists its IDs.
func unknownIDs(targets []evaluate.Target, first map[string]string) []error {
	known := map[string]bool{}
	for _, t := range targets {
		known[t.ID] = true
	}
	var ids []string
	for id := range first {
		if !known[id] {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	var errs []error
	for _, id := range ids {
		errs = append(errs, evaluate.NewDataError(first[id], msg.DataScoreNotRoster, id))
	}
	return errs
}
