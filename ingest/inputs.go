package ingest

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/evalctl/evalctl/evaluate"
)

// Inputs are the files of one round: the round workbook, or a folder of one
// file per sheet (名册.csv, 选票.xlsx …), and any further ballot files keyed
// in by other clerks.
//
// Ballots are read in a documented order, which decides which of two
// ballots with one 票号 stands: the round's own ballot sheets in workbook
// order (a folder's ballot files by name), then each --ballots argument in
// the order given, a folder's files by name, each file's ballot sheets in
// workbook order.
type Inputs struct {
	// Files are every file opened, in reading order, for the audit trail.
	Files []*Workbook

	roster, tests, complaints *sheetRef
	ballots                   []sheetRef

	// For component sheets named by the rules: the round workbook, or the
	// folder's other files by name, opened when the rules ask for them.
	roundBook   *Workbook
	folderFiles map[string]string
	opt         Options
}

// sheetRef is one sheet of one file.
type sheetRef struct {
	wb    *Workbook
	sheet string
}

// OpenInputs opens the round and the extra ballot files or folders.
func OpenInputs(round string, ballots []string, opt Options) (*Inputs, error) {
	in := &Inputs{opt: opt}
	if err := in.openAll(round, ballots, opt); err != nil {
		in.Close()
		return nil, err
	}
	return in, nil
}

func (in *Inputs) openAll(round string, ballots []string, opt Options) error {
	info, err := os.Stat(round)
	if err != nil {
		return err
	}
	if info.IsDir() {
		err = in.openRoundFolder(round, opt)
	} else if isCSV(round) {
		err = dataErr(round, "", "", "a round is a workbook, or a folder of files named 名册, 选票, 投诉台账 and 测试成绩; a CSV file holds one sheet only")
	} else {
		var wb *Workbook
		if wb, err = in.open(round, opt); err == nil {
			err = in.locateRoundSheets(wb)
		}
	}
	if err != nil {
		return err
	}
	for _, b := range ballots {
		if err := in.addBallots(b, opt); err != nil {
			return err
		}
	}
	return nil
}

// open opens a file once; naming one file twice is a mistake.
func (in *Inputs) open(path string, opt Options) (*Workbook, error) {
	abs, _ := filepath.Abs(path)
	for _, f := range in.Files {
		if a, _ := filepath.Abs(f.Path); a == abs {
			return nil, fmt.Errorf("%s is named twice: %w", path, errUsage)
		}
	}
	wb, err := OpenWith(path, opt)
	if err != nil {
		return nil, err
	}
	in.Files = append(in.Files, wb)
	return wb, nil
}

// errUsage marks a mistake in the files named, rather than in their data.
var errUsage = errors.New("usage")

// ErrUsage reports whether err is a mistake in the files named.
func ErrUsage(err error) bool { return errors.Is(err, errUsage) }

// locateRoundSheets finds the sheets of a round workbook by name.
func (in *Inputs) locateRoundSheets(wb *Workbook) error {
	in.roundBook = wb
	if s := wb.sheet(sheetRoster); s != "" {
		in.roster = &sheetRef{wb, s}
	}
	if s := wb.sheet(sheetTests); s != "" {
		in.tests = &sheetRef{wb, s}
	}
	if s := wb.sheet(sheetComplaints); s != "" {
		in.complaints = &sheetRef{wb, s}
	}
	for _, s := range wb.ballotSheets(false) {
		in.ballots = append(in.ballots, sheetRef{wb, s})
	}
	if in.roster == nil {
		_, err := wb.requireSheet(sheetRoster)
		return err
	}
	return nil
}

// dataFiles lists the workbooks and text tables of a folder by name,
// leaving out Office lock files (~$…) and hidden files.
func dataFiles(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || strings.HasPrefix(name, "~$") || strings.HasPrefix(name, ".") {
			continue
		}
		if ext := strings.ToLower(filepath.Ext(name)); ext == ".xlsx" || isCSV(name) {
			out = append(out, filepath.Join(dir, name))
		}
	}
	sort.Strings(out)
	return out, nil
}

// openRoundFolder takes a folder of one file per sheet, named by the sheet
// it holds; other files are left alone.
func (in *Inputs) openRoundFolder(dir string, opt Options) error {
	files, err := dataFiles(dir)
	if err != nil {
		return err
	}
	for _, path := range files {
		base := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
		var slot **sheetRef
		_, isBallots := sheetGroup(base)
		switch {
		case matchesAny(base, sheetRoster):
			slot = &in.roster
		case matchesAny(base, sheetTests):
			slot = &in.tests
		case matchesAny(base, sheetComplaints):
			slot = &in.complaints
		case !isBallots:
			if in.folderFiles == nil {
				in.folderFiles = map[string]string{}
			}
			in.folderFiles[base] = path
			continue
		}
		wb, err := in.open(path, opt)
		if err != nil {
			return err
		}
		if isBallots {
			if err := in.addBallotSheets(wb); err != nil {
				return err
			}
			continue
		}
		if *slot != nil {
			return fmt.Errorf("%s and %s both hold %s: %w", (*slot).wb.Path, path, base, errUsage)
		}
		sheet := wb.sheet([]string{base})
		if sheet == "" && len(wb.Sheets()) == 1 {
			sheet = wb.Sheets()[0]
		}
		if sheet == "" {
			return dataErr(path, "", "", fmt.Sprintf("no sheet named %s, and more than one sheet to choose from", base))
		}
		*slot = &sheetRef{wb, sheet}
	}
	if in.roster == nil {
		return dataErr(dir, "", "", "the folder has no roster file (名册.xlsx, 名册.csv or roster.csv …)")
	}
	return nil
}

// addBallots adds a ballot file, or every data file of a folder.
func (in *Inputs) addBallots(path string, opt Options) error {
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	files := []string{path}
	if info.IsDir() {
		if files, err = dataFiles(path); err != nil {
			return err
		}
		if len(files) == 0 {
			return dataErr(path, "", "", "the folder holds no .xlsx or .csv file")
		}
	}
	for _, f := range files {
		wb, err := in.open(f, opt)
		if err != nil {
			return err
		}
		if err := in.addBallotSheets(wb); err != nil {
			return err
		}
	}
	return nil
}

func (in *Inputs) addBallotSheets(wb *Workbook) error {
	sheets := wb.ballotSheets(true)
	if len(sheets) == 0 {
		return dataErr(wb.Path, "", "", fmt.Sprintf("no ballot sheet: name it 选票 (or 选票-<代表类别>); the file has %s", strings.Join(wb.Sheets(), ", ")))
	}
	for _, s := range sheets {
		in.ballots = append(in.ballots, sheetRef{wb, s})
	}
	return nil
}

// Close releases every file.
func (in *Inputs) Close() {
	for _, f := range in.Files {
		f.Close()
	}
}

// ReadRound reads the roster, the complaint ledger and the score sheets the
// rules need, reporting every problem found in any of them.
func (in *Inputs) ReadRound(rules *evaluate.Rules) (*evaluate.Round, error) {
	targets, rosterErr := in.roster.wb.rosterFrom(in.roster.sheet, rules)
	round := &evaluate.Round{Targets: targets}
	errs := []error{rosterErr}
	if rules.UsesSource(evaluate.SourceTest) {
		if in.tests == nil {
			errs = append(errs, dataErr(in.roster.wb.Path, "", "", "no sheet 测试成绩/tests, which the rules' test component needs"))
		} else {
			scores, first, err := in.tests.wb.testsFrom(in.tests.sheet)
			round.Tests = scores
			errs = append(errs, err)
			errs = append(errs, unknownIDs(targets, first)...)
		}
	}
	if in.complaints != nil {
		var err error
		round.Complaints, err = in.complaints.wb.complaintsFrom(in.complaints.sheet)
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
		errs = append(errs, unknownIDs(targets, first)...)
		if round.Sheets == nil {
			round.Sheets = map[string]map[string]float64{}
		}
		round.Sheets[c.Sheet] = scores
	}
	return round, errors.Join(errs...)
}

// namedSheet finds a score sheet the rules name: a sheet of the round
// workbook, or a file of the round folder named after it.
func (in *Inputs) namedSheet(name string) (*sheetRef, error) {
	if in.roundBook != nil {
		if s := in.roundBook.sheet([]string{name}); s != "" {
			return &sheetRef{in.roundBook, s}, nil
		}
		return nil, dataErr(in.roundBook.Path, "", "", fmt.Sprintf("no sheet named %s, which a component of the rules needs (the workbook has: %s)",
			name, strings.Join(in.roundBook.Sheets(), ", ")))
	}
	path, ok := in.folderFiles[name]
	if !ok {
		return nil, dataErr(in.roster.wb.Path, "", "", fmt.Sprintf("no file named %s (.csv or .xlsx) beside the roster, which a component of the rules needs", name))
	}
	wb, err := in.open(path, in.opt)
	if err != nil {
		return nil, err
	}
	sheet := wb.sheet([]string{name})
	if sheet == "" && len(wb.Sheets()) == 1 {
		sheet = wb.Sheets()[0]
	}
	if sheet == "" {
		return nil, dataErr(path, "", "", fmt.Sprintf("no sheet named %s, and more than one sheet to choose from", name))
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
		errs = append(errs, &evaluate.DataError{Where: first[id], Msg: fmt.Sprintf("%s has a score but is not in the roster", id)})
	}
	return errs
}

// Ballots streams every ballot of the round in the documented order.
func (in *Inputs) Ballots(rules *evaluate.Rules, targets []evaluate.Target, fn func(evaluate.Ballot) error) error {
	if len(in.ballots) == 0 {
		return dataErr(in.Files[0].Path, "", "", "no ballots: the round has no 选票 sheet and no --ballots file was given")
	}
	r := newResolver(rules, targets)
	for _, ref := range in.ballots {
		if err := ref.wb.ballotsFrom(ref.sheet, rules, r, fn); err != nil {
			return err
		}
	}
	return nil
}
