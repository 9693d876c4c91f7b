// Package ingest reads a round's inputs (workbooks and rules files) into the
// types of package evaluate, with errors that name the file, sheet and cell.
//
// Sheets are found by name and columns by header, in Chinese or English, in
// any order; the header row may sit below a title row. Ballots are streamed
// row by row into a callback, never held whole.
package ingest

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/evalctl/evalctl/evaluate"
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

	f      *excelize.File // an .xlsx workbook
	data   []byte         // its bytes, for reading merged ranges
	merges map[string][]cellRange
	csv    *csvTable // or a CSV file
}

// Options tune how input files are opened.
type Options struct {
	// Password decrypts a password-protected workbook.
	Password string
}

// Magic numbers of files people send instead of .xlsx.
var (
	zipMagic = []byte("PK\x03\x04")
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	// encryptedStream is the UTF-16 name of the stream that an encrypted
	// .xlsx keeps inside its compound-file wrapper; an .xls or .et has none.
	encryptedStream = []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00i\x00o\x00n\x00I\x00n\x00f\x00o\x00")
)

// Open opens an input file for reading, without a password.
func Open(path string) (*Workbook, error) { return OpenWith(path, Options{}) }

// OpenWith opens an input file for reading: .xlsx (decrypted with
// opt.Password when it is protected) or .csv/.txt/.tsv. The file is never
// written.
//
// The file is read once, and both the digest and the contents come from
// those same bytes, so the digest in the audit trail is that of what was
// scored even if someone saves the file while it is being read.
func OpenWith(path string, opt Options) (*Workbook, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(data)
	w := &Workbook{Path: path, SHA256: hex.EncodeToString(sum[:])}
	if isCSV(path) {
		w.csv, err = newCSVTable(path, data)
		return w, err
	}
	switch {
	case bytes.HasPrefix(data, oleMagic) && bytes.Contains(data, encryptedStream):
		if opt.Password == "" {
			return nil, dataErr(path, "", "", msg.DataPasswordNeeded)
		}
	case bytes.HasPrefix(data, oleMagic):
		return nil, dataErr(path, "", "", msg.DataOldFormat)
	case !bytes.HasPrefix(data, zipMagic):
		return nil, dataErr(path, "", "", msg.DataNotXLSX)
	default:
		if err := checkArchive(data); err != nil {
			return nil, dataErr(path, "", "", msg.DataDamaged, err)
		}
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{Password: opt.Password})
	if err != nil {
		if opt.Password != "" && bytes.HasPrefix(data, oleMagic) {
			return nil, dataErr(path, "", "", msg.DataWrongPassword, err)
		}
		return nil, dataErr(path, "", "", msg.DataDamaged, err)
	}
	w.f = f
	if !bytes.HasPrefix(data, oleMagic) {
		w.data = data // merged ranges are read from the plain archive
	}
	return w, nil
}

// maxInflation bounds how many times larger than the file its unpacked parts
// may be: deflate cannot expand data more than 1,032 times.
const maxInflation = 1100

// checkArchive rejects a zip whose directory promises parts larger than the
// file could unpack to. excelize allocates what the directory promises before
// reading a byte, so a damaged workbook of a few kilobytes could otherwise
// claim gigabytes and exhaust memory instead of failing.
func checkArchive(data []byte) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return err
	}
	limit := uint64(len(data)) * maxInflation
	var total uint64 // total <= limit throughout, so limit-total cannot wrap
	for _, f := range zr.File {
		if f.UncompressedSize64 > limit-total {
			return msg.Errorf(msg.DataZipLies, f.Name, f.UncompressedSize64, len(data))
		}
		total += f.UncompressedSize64
	}
	return nil
}

// Close releases the workbook.
func (w *Workbook) Close() error {
	if w.f == nil {
		return nil
	}
	return w.f.Close()
}

// Sheets lists the sheet names in workbook order; a CSV file has one.
func (w *Workbook) Sheets() []string {
	if w.csv != nil {
		return []string{w.csv.name}
	}
	return w.f.GetSheetList()
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
func cellName(col, row int) string {
	name, err := excelize.CoordinatesToCellName(col+1, row)
	if err != nil {
		return fmt.Sprintf("R%dC%d", row, col+1)
	}
	return name
}

// errStop ends a row walk early without error.
var errStop = errors.New("stop")

// eachRow streams the rows of a sheet with their 1-based numbers. Values are
// raw (numbers unformatted) and trimmed; every cell of a merged range holds
// the range's value, as Excel shows it.
func (w *Workbook) eachRow(sheet string, fn func(row int, cells []string) error) error {
	if w.csv != nil {
		return w.csv.eachRow(fn)
	}
	merges, err := w.mergedRanges(sheet)
	if err != nil {
		return dataErr(w.Path, sheet, "", msg.DataMergesUnread, err)
	}
	fill := newMergeFill(merges)
	rows, err := w.f.Rows(sheet)
	if err != nil {
		return dataErr(w.Path, sheet, "", msg.DataSheetUnread, err)
	}
	defer rows.Close()
	for n := 1; rows.Next(); n++ {
		cells, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return dataErr(w.Path, sheet, "", msg.DataRowUnread, n, err)
		}
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		cells = fill.apply(n, cells)
		if err := fn(n, cells); err != nil {
			if errors.Is(err, errStop) {
				return nil
			}
			return err
		}
	}
	if err := rows.Error(); err != nil {
		return dataErr(w.Path, sheet, "", msg.DataSheetUnread, err)
	}
	return nil
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
