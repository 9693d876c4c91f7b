package ingest

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/evalctl/evalctl/internal/msg"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
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
	// KeepGoing reads the other ballot sheets after one fails (evalctl
	// check lists every problem); the errors are returned together.
	KeepGoing bool
	// Expect, when set, is told early in the reading of the ballots about
	// how many ballot rows the sheets hold (estimated, growing as sheets
	// are reached), so that what counts them can size its tables once.
	Expect func(rows int)
	// Only, when set, picks the ballots Ballots passes on by where they
	// were read; the others are passed over, and on a sheet with a row
	// per ballot not even made (reading again only a few ballots). It is
	// called from the goroutine decoding rows ahead, while fn runs on
	// another: it must not read what fn changes.
	Only func(evaluate.Source) bool

	roster, tests, complaints *sheetRef
	ballots                   []sheetRef

	// For component sheets named by the rules: the round workbook, or the
	// folder's other files by name, opened when the rules ask for them.
	roundBook   *Workbook
	folderFiles map[string]string
	opt         Options

	onBallots []bool
	columns   []SheetColumns // of the last reading of the ballots
}

// Columns say how the columns of each ballot sheet were understood when
// the ballots were last read.
func (in *Inputs) Columns() []SheetColumns { return in.columns }

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
		err = dataErr(round, "", "", msg.DataRoundIsCSV)
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

// Prefetch starts inflating the first ballot sheet, most of a round's
// bytes, on a goroutine of its own, for a reader that will read the
// ballots: it inflates while the roster and the other small sheets are
// read (see xlsx.Workbook.Prefetch).
func (in *Inputs) Prefetch() {
	if len(in.ballots) > 0 && in.ballots[0].wb.book != nil {
		in.ballots[0].wb.book.Prefetch(in.ballots[0].sheet)
	}
}

// open opens a file once; naming one file twice is a mistake.
func (in *Inputs) open(path string, opt Options) (*Workbook, error) {
	abs, _ := filepath.Abs(path)
	for _, f := range in.Files {
		if a, _ := filepath.Abs(f.Path); a == abs {
			return nil, &usageError{msg.New(msg.UsageNamedTwice, path)}
		}
	}
	wb, err := OpenWith(path, opt)
	if err != nil {
		return nil, err
	}
	in.Files = append(in.Files, wb)
	return wb, nil
}

// usageError is a mistake in the files named, rather than in their data.
type usageError struct{ msg.Text }

func (e *usageError) Error() string { return e.Text.String() }

// ErrUsage reports whether err is a mistake in the files named.
func ErrUsage(err error) bool {
	var ue *usageError
	return errors.As(err, &ue)
}

// locateRoundSheets finds the sheets of a round workbook by name.
func (in *Inputs) locateRoundSheets(wb *Workbook) error {
	in.roundBook = wb
	if s := wb.sheet(contract.SheetRoster); s != "" {
		in.roster = &sheetRef{wb, s}
	}
	if s := wb.sheet(contract.SheetTests); s != "" {
		in.tests = &sheetRef{wb, s}
	}
	if s := wb.sheet(contract.SheetComplaints); s != "" {
		in.complaints = &sheetRef{wb, s}
	}
	for _, s := range wb.ballotSheets(false) {
		in.ballots = append(in.ballots, sheetRef{wb, s})
	}
	if in.roster == nil {
		_, err := wb.requireSheet(contract.SheetRoster)
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
		case contract.SheetRoster.Matches(base):
			slot = &in.roster
		case contract.SheetTests.Matches(base):
			slot = &in.tests
		case contract.SheetComplaints.Matches(base):
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
			return &usageError{msg.New(msg.UsageBothHold, (*slot).wb.Path, path, base)}
		}
		sheet, err := wb.onlySheet(base)
		if err != nil {
			return err
		}
		*slot = &sheetRef{wb, sheet}
	}
	if in.roster == nil {
		return dataErr(dir, "", "", msg.DataNoRosterFile)
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
			return dataErr(path, "", "", msg.DataEmptyFolder)
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
		return dataErr(wb.Path, "", "", msg.DataNoBallotSheet, strings.Join(wb.Sheets(), ", "))
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

// Ballots streams every ballot of the round in the documented order. The
// ballot passed to fn, and its Cells, are valid only during the call: fn
// must copy what it keeps. Reading the ballots is the last of a round's
// reading, so Ballots ends by checking that no file changed while read.
func (in *Inputs) Ballots(rules *evaluate.Rules, targets []evaluate.Target, fn func(evaluate.Ballot) error) error {
	if len(in.ballots) == 0 {
		return dataErr(in.Files[0].Path, "", "", msg.DataNoBallots)
	}
	r := newResolver(rules, targets)
	in.onBallots = r.onBallots
	r.keepGoing = in.KeepGoing
	if only := in.Only; only != nil {
		r.only = only
		all := fn
		fn = func(b evaluate.Ballot) error {
			if !only(b.Source) {
				return nil
			}
			return all(b)
		}
	}
	defer func() { in.columns = r.sheets }()
	var errs []error
	estimated := 0 // the rows of the sheets before this one, as estimated
	for _, ref := range in.ballots {
		if in.Expect != nil {
			before := estimated
			ref.wb.rowsHint = func(rows int) {
				estimated = before + rows
				in.Expect(estimated)
			}
		}
		ref.wb.ahead = true
		err := ref.wb.ballotsFrom(ref.sheet, rules, r, fn)
		ref.wb.rowsHint, ref.wb.ahead = nil, false
		if err != nil {
			if !in.KeepGoing {
				return err
			}
			errs = append(errs, err)
		}
	}
	for _, f := range in.Files {
		if err := f.Unchanged(); err != nil {
			errs = append(errs, err)
		}
	}
	return joinUnique(errs)
}

// OnBallots says, after Ballots, which targets a ballot sheet names: a
// column of a wide sheet or a row of a long one.
func (in *Inputs) OnBallots() []bool { return in.onBallots }
