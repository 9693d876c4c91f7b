// Package ingest reads a round's inputs (workbooks and rules files) into the
// types of package evaluate, with errors that name the file, sheet and cell.
//
// Sheets are found by name and columns by header, in Chinese or English, in
// any order; the header row may sit below a title row. Ballots are streamed
// row by row into a callback, never held whole.
package ingest

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"os"
	"runtime"
	"slices"
	"strings"
	"syscall"

	"github.com/xuri/excelize/v2"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/ingest/xlsx"
	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/msg"
)

// Workbook is an open input file: an .xlsx workbook of named sheets, or a
// CSV file, which holds one sheet named after the file.
type Workbook struct {
	// Path is the file as the user named it; every location starts with it.
	Path string
	// SHA256 is the hex digest of the file's bytes, for the audit trail.
	SHA256 string

	book   *xlsx.Workbook          // an .xlsx workbook
	merges map[string][]xlsx.Range // each sheet's merged ranges, once known
	csv    *csvTable               // or a CSV file

	file *os.File    // the open .xlsx the book reads from, if it does
	info os.FileInfo // file when it was opened

	odd []oddCell // the error and logical values of the row eachRow is at: see valueError

	// rowsHint, while ballots are read, is given the sheet's estimated
	// rows once eachRow is hintAfter rows into a sheet.
	rowsHint func(rows int)
	// pass, when set, names rows eachRow may pass over unread (see
	// xlsx.Sheet.Pass): rows of a sheet read before, read again for a few.
	pass func(row int) bool
	// ahead, while ballots are read, has eachRow decode rows ahead on a
	// goroutine of their own (rowsAhead).
	ahead bool
}

// hintAfter is how many rows eachRow reads before it estimates a sheet's
// rows: enough for their average size, early enough to size by.
const hintAfter = 64

// Options tune how input files are opened.
type Options struct {
	// Password decrypts a password-protected workbook.
	Password string
	// Limits bound what reading a workbook may cost; zero fields take the
	// reader's defaults (see README, "Limits").
	Limits xlsx.Limits
}

// Magic numbers of files people send instead of .xlsx.
var (
	zipMagic = []byte("PK\x03\x04")
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	// encryptedStream is the UTF-16 name of the stream that an encrypted
	// .xlsx keeps inside its compound-file wrapper; an .xls or .et has none.
	encryptedStream = []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00i\x00o\x00n\x00I\x00n\x00f\x00o\x00")
	// odsMimetype starts an OpenDocument spreadsheet (.ods), which is a zip
	// too.
	odsMimetype = []byte("mimetypeapplication/vnd.oasis.opendocument.spreadsheet")
)

// Open opens an input file for reading, without a password.
func Open(path string) (*Workbook, error) { return OpenWith(path, Options{}) }

// OpenWith opens an input file for reading: .xlsx (decrypted with
// opt.Password when it is protected) or .csv/.txt/.tsv. The file is never
// written.
//
// An .xlsx is read from the open file as its sheets are read, never held
// whole; its digest is taken from the same open file, and Unchanged tells
// whether anyone wrote to it since (saving under the same name replaces the
// file, which the open file does not see). Other files are read at once,
// and the digest comes from those same bytes.
func OpenWith(path string, opt Options) (*Workbook, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	w, err := openFile(path, f, opt)
	if err != nil || w.file == nil {
		f.Close()
	}
	return w, err
}

func openFile(path string, f *os.File, opt Options) (*Workbook, error) {
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if info.IsDir() {
		return nil, &os.PathError{Op: "read", Path: path, Err: syscall.EISDIR}
	}
	head := make([]byte, min(info.Size(), 512))
	if _, err := f.ReadAt(head, 0); err != nil {
		return nil, err
	}
	w := &Workbook{Path: path}
	if !isCSV(path) && bytes.HasPrefix(head, zipMagic) && !bytes.Contains(head[:min(len(head), 100)], odsMimetype) {
		h := sha256.New()
		if _, err := io.Copy(h, io.NewSectionReader(f, 0, info.Size())); err != nil {
			return nil, err
		}
		w.SHA256 = hex.EncodeToString(h.Sum(nil))
		if w.book, err = xlsx.OpenReaderAt(f, info.Size(), opt.Limits); err != nil {
			return nil, readError(path, "", err)
		}
		w.file, w.info = f, info
		return w, nil
	}
	data, err := io.ReadAll(io.NewSectionReader(f, 0, info.Size()))
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(data)
	w.SHA256 = hex.EncodeToString(sum[:])
	if isCSV(path) {
		w.csv, err = newCSVTable(path, data)
		return w, err
	}
	switch {
	case bytes.HasPrefix(data, oleMagic) && bytes.Contains(data, encryptedStream):
		if opt.Password == "" {
			return nil, dataErr(path, "", "", msg.DataPasswordNeeded)
		}
		// A wrong password decrypts to bytes that are not a zip.
		if data, err = excelize.Decrypt(data, &excelize.Options{Password: opt.Password}); err != nil || !bytes.HasPrefix(data, zipMagic) {
			return nil, dataErr(path, "", "", msg.DataWrongPassword, cmp.Or(err, errNotZip))
		}
	case bytes.HasPrefix(data, oleMagic):
		return nil, dataErr(path, "", "", msg.DataOldFormat)
	case bytes.HasPrefix(data, zipMagic):
		return nil, dataErr(path, "", "", msg.DataODS)
	default:
		return nil, dataErr(path, "", "", msg.DataNotXLSX)
	}
	if w.book, err = xlsx.Open(data, opt.Limits); err != nil {
		return nil, readError(path, "", err)
	}
	return w, nil
}

// Unchanged reports an error when the file read from has been written to
// since it was opened: what was read may then not be what the digest
// describes.
func (w *Workbook) Unchanged() error {
	if w.file == nil {
		return nil
	}
	now, err := w.file.Stat()
	if err != nil {
		return err
	}
	if now.Size() != w.info.Size() || !now.ModTime().Equal(w.info.ModTime()) {
		return dataErr(w.Path, "", "", msg.DataChangedWhileRead)
	}
	return nil
}

var errNotZip = errors.New("not a zip archive")

// readError tells an error of the sheet reader at its place in the file,
// what it found in the catalogue's words (see xlsxTexts).
func readError(file, sheet string, err error) error {
	var xe *xlsx.Error
	if !errors.As(err, &xe) {
		return dataErr(file, sheet, "", msg.DataDamaged, err)
	}
	switch {
	case xe.Sheet != "":
		sheet = xe.Sheet
	case xe.Part != "":
		// A part of the workbook's own (its index, the shared strings):
		// no sheet is to blame, whichever was being opened.
		sheet = xe.Part
	}
	k := msg.DataDamaged
	switch xe.Kind {
	case xlsx.Malformed:
		k = msg.DataXMLMalformed
	case xlsx.Invalid:
		k = msg.DataXMLInvalid
	case xlsx.TooLarge:
		k = msg.DataTooLarge
	case xlsx.NotFound:
		k = msg.DataSheetUnread
	}
	return dataErr(file, sheet, xe.Cell, k, xlsxDetail(xe))
}

// Close releases the workbook.
func (w *Workbook) Close() error {
	if w.file == nil {
		return nil
	}
	return w.file.Close()
}

// Sheets lists the sheet names in workbook order; a CSV file has one.
func (w *Workbook) Sheets() []string {
	if w.csv != nil {
		return []string{w.csv.name}
	}
	return w.book.SheetNames()
}

// sheet returns the actual name of the sheet a label names, or "".
func (w *Workbook) sheet(l contract.Label) string { return w.sheetNamed(l.Names()...) }

// sheetNamed returns the actual name of the first sheet with one of the
// names, compared without case, or "".
func (w *Workbook) sheetNamed(names ...string) string {
	for _, s := range w.Sheets() {
		for _, n := range names {
			if strings.EqualFold(strings.TrimSpace(s), n) {
				return s
			}
		}
	}
	return ""
}

// requireSheet is sheet, failing with the names looked for.
func (w *Workbook) requireSheet(l contract.Label) (string, error) {
	if s := w.sheet(l); s != "" {
		return s, nil
	}
	return "", dataErr(w.Path, "", "", msg.DataNoSheet, strings.Join(l.Names(), "/"), strings.Join(w.Sheets(), ", "))
}

// dataErr makes a located data error: "file: sheet!cell: text".
func dataErr(file, sheet, cell string, k msg.Key, args ...any) error {
	return evaluate.NewDataError(where(file, sheet, cell), k, args...)
}

// locatedError places an error of the message catalogue at a cell.
func locatedError(file, sheet, cell string, err error) error {
	var me *msg.Error
	if errors.As(err, &me) {
		return &evaluate.DataError{Where: where(file, sheet, cell), Msg: me.Text}
	}
	return dataErr(file, sheet, cell, msg.DataSheetUnread, err)
}

func where(file, sheet, cell string) string {
	switch {
	case sheet == "":
		return file
	case cell == "":
		return file + ": " + sheet
	}
	return file + ": " + sheet + "!" + cell
}

// onlySheet is the sheet named name, or else the only sheet of the file.
func (w *Workbook) onlySheet(name string) (string, error) {
	if s := w.sheetNamed(name); s != "" {
		return s, nil
	}
	if len(w.Sheets()) == 1 {
		return w.Sheets()[0], nil
	}
	return "", dataErr(w.Path, "", "", msg.DataAmbiguousSheet, name)
}

// cellName is the A1 reference of 0-based column col in 1-based row.
func cellName(col, row int) string { return xlsx.CellName(col, row) }

// errStop ends a row walk early without error.
var errStop = errors.New("stop")

// eachRow streams the rows of a sheet with their 1-based numbers, the rows
// the file holds (a row with nothing in it may be left out). Values are raw
// (numbers unformatted) and trimmed; every cell of a merged range holds the
// range's value, as Excel shows it. A formula whose value was never stored
// is an error naming its cell, never an empty cell.
//
// A sheet too large to be read whole has its merged ranges known only at
// its end; one that reaches below the header area is an error, since the
// rows it covered went by unfilled.
func (w *Workbook) eachRow(sheet string, fn func(row int, cells []string) error) error {
	if w.csv != nil {
		return w.csv.eachRow(fn)
	}
	sh, err := w.book.OpenSheet(sheet)
	if err != nil {
		return readError(w.Path, sheet, err)
	}
	defer sh.Close()
	var fill *xlsx.Filler
	if sh.MergesKnown() {
		w.setMerges(sheet, sh.Merges())
		fill = xlsx.NewFiller(sh.Merges())
	}
	// A row passed over cannot give its value to the rows a merged range
	// spreads it over: rows are passed over only where no range reaches.
	if w.pass != nil && !slices.ContainsFunc(sh.Merges(), func(m xlsx.Range) bool { return m.LastRow > headerSearchRows+1 }) {
		sh.Pass = w.pass
	}
	// A ballot sheet is decoded on a goroutine of its own, ahead.
	var ahead *rowsAhead
	if w.ahead && runtime.GOMAXPROCS(0) > 1 {
		ahead = readAhead(sh)
		defer ahead.Close() // before sh.Close, deferred above
	}
	next := func(read int) (xlsx.Row, bool) {
		if ahead != nil {
			ok := ahead.Next(w.rowsHint)
			return ahead.Row(), ok
		}
		if !sh.Next() {
			return xlsx.Row{}, false
		}
		if w.rowsHint != nil && read == hintAfter {
			w.rowsHint(sh.RowsEstimate())
		}
		return sh.Row(), true
	}
	var cells []string
	for read := 1; ; read++ {
		row, ok := next(read)
		if !ok {
			break
		}
		w.odd = w.odd[:0]
		for _, c := range row.Cells {
			switch c.Kind {
			case xlsx.FormulaNoValue:
				return dataErr(w.Path, sheet, cellName(c.Col, row.Num), msg.DataFormulaNoValue)
			case xlsx.ErrorCode, xlsx.Boolean:
				w.odd = append(w.odd, oddCell{c.Col, c.Kind})
			}
		}
		if fill != nil {
			row = fill.Fill(row)
		}
		cells = row.Strings(cells[:0])
		for i, c := range cells {
			if c != "" {
				cells[i] = trim(c)
			}
		}
		if err := fn(row.Num, cells); err != nil {
			if errors.Is(err, errStop) {
				return nil
			}
			return err
		}
	}
	if err := sh.Err(); err != nil {
		return readError(w.Path, sheet, err)
	}
	if fill == nil {
		w.setMerges(sheet, sh.Merges())
		for _, m := range sh.Merges() {
			if m.LastRow > headerSearchRows+1 {
				return dataErr(w.Path, sheet, m.String(), msg.DataMergedLarge)
			}
		}
	}
	return nil
}

// unreadKeys are the problems that stop a sheet being read: what follows
// the place they name is not read.
var unreadKeys = map[msg.Key]bool{
	msg.DataXMLMalformed: true, msg.DataXMLInvalid: true, msg.DataTooLarge: true, msg.DataDamaged: true,
	msg.DataSheetUnread: true, msg.DataFormulaNoValue: true, msg.DataErrorValue: true, msg.DataLogicalValue: true,
	msg.DataMergedLarge: true, msg.DataMergedRatings: true, msg.DataChangedWhileRead: true,
}

// Unread reports whether err stopped a sheet being read, so that what the
// sheet would have held is unknown, not missing.
func Unread(err error) bool {
	var de *evaluate.DataError
	return errors.As(err, &de) && unreadKeys[de.Msg.Key]
}

// valueError is the error of a cell of the row eachRow is at that holds an
// error value (#N/A, of a formula gone wrong) or a logical value (TRUE)
// where a rating belongs: such a cell was not filled in by hand, and
// reading it as a level would be a guess. Nil for other cells and in CSV.
func (w *Workbook) valueError(sheet string, col, row int, value string) error {
	for _, c := range w.odd {
		switch {
		case c.col != col:
		case c.kind == xlsx.ErrorCode:
			return dataErr(w.Path, sheet, cellName(col, row), msg.DataErrorValue, value)
		case c.kind == xlsx.Boolean:
			return dataErr(w.Path, sheet, cellName(col, row), msg.DataLogicalValue, value)
		}
	}
	return nil
}

// oddCell is a cell holding an error or a logical value.
type oddCell struct {
	col  int
	kind xlsx.Kind
}

// trim drops the blanks around a cell's text, full-width ones included. Most
// cells have none, and are told so by their first and last rune alone.
func trim(s string) string { return evaluate.TrimCell(s) }

// setMerges keeps a sheet's merged ranges, for checks made after reading.
func (w *Workbook) setMerges(sheet string, merges []xlsx.Range) {
	if w.merges == nil {
		w.merges = map[string][]xlsx.Range{}
	}
	w.merges[sheet] = merges
}

// empty reports whether every cell is blank.
func empty(cells []string) bool {
	for _, c := range cells {
		if c != "" {
			return false
		}
	}
	return true
}

// at returns cells[i], or "" past the end of a short row.
func at(cells []string, i int) string {
	if i < 0 || i >= len(cells) {
		return ""
	}
	return cells[i]
}
