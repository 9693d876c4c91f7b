package sample

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"hash/crc32"
	"io"
	"regexp"
	"strings"
	"sync"

	kflate "github.com/klauspost/compress/flate"
)

// Malformed is one file of the malformed-input corpus: a round workbook
// (or a file posing as one, or a ballots file) damaged the way files get
// damaged — by a tool that writes XML by hand, a disk that truncates, a
// clerk who renames a file — or built to exhaust a reader. Most are the
// layouts round's clean workbook (testdata/layouts/one/clean.xlsx, scored
// with testdata/layouts/one/rules.yaml) with one thing wrong.
type Malformed struct {
	Name string // file name, in testdata/malformed unless Large
	What string // what is wrong
	// Where is where the error must point, as the message says it: a cell
	// ("选票!C5"), a sheet ("选票"), a part ("xl/workbook.xml"); "" for the
	// file as a whole. OK says the file is read without error.
	Where string
	OK    bool
	// Large files (zip bombs) are made at test time and never committed.
	Large bool
	// Ballots files are read as --ballots beside the clean round.
	Ballots bool
	Data    func() ([]byte, error)
}

// The parts of the clean workbook, as writeXLSX names them.
const (
	partRoster     = "xl/worksheets/sheet1.xml"
	partBallots    = "xl/worksheets/sheet2.xml"
	partComplaints = "xl/worksheets/sheet3.xml"
	partTests      = "xl/worksheets/sheet4.xml"
	partStrings    = "xl/sharedStrings.xml"
	partWorkbook   = "xl/workbook.xml"
)

// MalformedCorpus lists the corpus, committed files first.
func MalformedCorpus() []Malformed {
	cell := func(part, ref, replacement string) func() ([]byte, error) {
		return editPart(part, func(x string) (string, error) { return replaceCell(x, ref, replacement) })
	}
	return []Malformed{
		{Name: "amp-in-ballots.xlsx", What: "a bare & in a rating cell of 选票 (XML written by hand)", Where: "选票!C5",
			Data: cell(partBallots, "C5", `<c r="C5" t="inlineStr"><is><t>满意 & 基本满意</t></is></c>`)},
		{Name: "amp-in-ledger.xlsx", What: "a bare & in the 投诉台账 text, rows after it unread", Where: "投诉台账!C2",
			Data: cell(partComplaints, "C2", `<c r="C2" t="inlineStr"><is><t>态度 & 效率</t></is></c>`)},
		{Name: "lt-in-roster.xlsx", What: "a bare < in a name of 名册", Where: "名册!B3",
			Data: cell(partRoster, "B3", `<c r="B3" t="inlineStr"><is><t>张<三</t></is></c>`)},
		{Name: "bad-utf8.xlsx", What: "a byte that is not UTF-8 in a rating cell", Where: "选票!D6",
			Data: cell(partBallots, "D6", "<c r=\"D6\" t=\"inlineStr\"><is><t>\xff满意</t></is></c>")},
		{Name: "undefined-entity.xlsx", What: "an HTML entity (&nbsp;) in the shared strings", Where: partStrings,
			Data: editPart(partStrings, func(x string) (string, error) {
				return replaceOnce(x, "<t>满意</t>", "<t>满&nbsp;意</t>")
			})},
		{Name: "formula-no-value.xlsx", What: "a formula with no saved value in a rating cell", Where: "选票!C5",
			Data: cell(partBallots, "C5", `<c r="C5" t="str"><f>IF(1,"满意","")</f></c>`)},
		{Name: "error-value.xlsx", What: "an error value (#N/A) in a rating cell", Where: "选票!D6",
			Data: cell(partBallots, "D6", `<c r="D6" t="e"><v>#N/A</v></c>`)},
		{Name: "logical-rating.xlsx", What: "TRUE in a rating cell", Where: "选票!E7",
			Data: cell(partBallots, "E7", `<c r="E7" t="b"><v>1</v></c>`)},
		{Name: "bool-test-score.xlsx", What: "TRUE where a test score belongs", Where: "测试成绩!B3",
			Data: cell(partTests, "B3", `<c r="B3" t="b"><v>1</v></c>`)},
		{Name: "sst-out-of-range.xlsx", What: "a shared-string index past the table", Where: "选票!C5",
			Data: cell(partBallots, "C5", `<c r="C5" t="s"><v>99999</v></c>`)},
		{Name: "unknown-type.xlsx", What: "a cell type no spreadsheet writes (t=\"x\")", Where: "选票!C5",
			Data: cell(partBallots, "C5", `<c r="C5" t="x"><v>1</v></c>`)},
		{Name: "column-past-xfd.xlsx", What: "a cell beyond the last column (XFE)", Where: "选票",
			Data: cell(partBallots, "C5", `<c r="XFE5" t="s"><v>0</v></c>`)},
		{Name: "rows-backwards.xlsx", What: "row 6 before row 5", Where: "选票",
			Data: editPart(partBallots, func(x string) (string, error) { return replaceOnce(x, `<row r="6">`, `<row r="4">`) })},
		{Name: "row-past-limit.xlsx", What: "a row past Excel's 1,048,576", Where: "选票",
			Data: editPart(partBallots, func(x string) (string, error) {
				return replaceOnce(x, `</sheetData>`, `<row r="1048577"><c r="A1048577"><v>1</v></c></row></sheetData>`)
			})},
		{Name: "cell-too-long.xlsx", What: "a cell of 40,000 characters, more than Excel allows", Where: "选票!C5",
			Data: cell(partBallots, "C5", `<c r="C5" t="inlineStr"><is><t>`+strings.Repeat("满", 40000)+`</t></is></c>`)},
		{Name: "merged-ratings.xlsx", What: "two rating cells merged below the header", Where: "选票!C5:D5",
			Data: editPart(partBallots, func(x string) (string, error) {
				return replaceOnce(x, `</sheetData>`, `</sheetData><mergeCells count="1"><mergeCell ref="C5:D5"/></mergeCells>`)
			})},
		{Name: "huge-merge.xlsx", What: "a merged range over a million rows and 16,000 columns beside the roster", OK: true,
			Data: editPart(partRoster, func(x string) (string, error) {
				return replaceOnce(x, `</sheetData>`, `</sheetData><mergeCells count="1"><mergeCell ref="H2:XFD1048576"/></mergeCells>`)
			})},
		{Name: "bad-workbook-xml.xlsx", What: "the workbook part cut short", Where: partWorkbook,
			Data: editPart(partWorkbook, func(x string) (string, error) { return x[:len(x)-20], nil })},
		{Name: "missing-sheet-part.xlsx", What: "the 选票 sheet listed, its part missing", Where: "选票",
			Data: dropPart(partBallots)},
		{Name: "duplicate-entry.xlsx", What: "two zip entries of one name", Where: "",
			Data: duplicateEntry(partBallots)},
		{Name: "lying-directory.xlsx", What: "a zip directory that says a sheet inflates to 4 GB", Where: "选票",
			Data: func() ([]byte, error) { return rawZip(partBallots, 4<<30, 1<<10) }},
		{Name: "truncated.xlsx", What: "the file cut in half (a copy interrupted)", Where: "",
			Data: func() ([]byte, error) {
				data, err := cleanWorkbook()
				return data[:len(data)/2], err
			}},
		{Name: "not-a-zip.xlsx", What: "a PDF renamed .xlsx", Where: "",
			Data: func() ([]byte, error) {
				return []byte("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"), nil
			}},
		{Name: "old-format.xlsx", What: "an Excel 97–2003 (.xls) file renamed .xlsx", Where: "",
			Data: func() ([]byte, error) {
				return append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 504)...), nil
			}},
		{Name: "ods.xlsx", What: "an OpenDocument spreadsheet renamed .xlsx", Where: "",
			Data: odsFile},
		{Name: "bad-encoding.csv", What: "a CSV in no encoding evalctl knows (bytes invalid in UTF-8 and GB18030)", Where: "", Ballots: true,
			Data: func() ([]byte, error) { return []byte("票号,代表类别,T001\nX1,\x80\xff党代表,满意\n"), nil }},
		{Name: "ratio-bomb.xlsx", What: "a sheet inflating a thousand times, to 64 MB, as its directory says", Where: "选票", Large: true,
			Data: func() ([]byte, error) { return bombZip(partBallots, 64<<20, true) }},
		{Name: "lying-bomb.xlsx", What: "a sheet inflating to 64 MB whose directory says 1 KB", Where: "选票", Large: true,
			Data: func() ([]byte, error) { return bombZip(partBallots, 64<<20, false) }},
	}
}

// cleanWorkbook is the layouts round's clean workbook.
func cleanWorkbook() ([]byte, error) {
	one := layoutBallots(newRand(Seed, streamLayoutOne), 1)
	var buf bytes.Buffer
	err := writeXLSX(&buf, roundSheets(wideSheet(SheetBallots, validOnly(one), 1, idHead)))
	return buf.Bytes(), err
}

// editPart is the clean workbook with one part's XML rewritten.
func editPart(part string, edit func(string) (string, error)) func() ([]byte, error) {
	return func() ([]byte, error) {
		return rezip(func(name string, body []byte) ([]byte, bool, error) {
			if name != part {
				return body, true, nil
			}
			x, err := edit(string(body))
			return []byte(x), true, err
		})
	}
}

// dropPart is the clean workbook without one part.
func dropPart(part string) func() ([]byte, error) {
	return func() ([]byte, error) {
		return rezip(func(name string, body []byte) ([]byte, bool, error) { return body, name != part, nil })
	}
}

// rezip copies the clean workbook's parts, in order, through edit, which
// may change a part's body or leave it out.
func rezip(edit func(name string, body []byte) ([]byte, bool, error)) ([]byte, error) {
	data, err := cleanWorkbook()
	if err != nil {
		return nil, err
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		body, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, err
		}
		body, keep, err := edit(f.Name, body)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f.Name, err)
		}
		if !keep {
			continue
		}
		w, err := zw.Create(f.Name)
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(body); err != nil {
			return nil, err
		}
	}
	err = zw.Close()
	return out.Bytes(), err
}

// replaceCell replaces the cell at ref (its whole <c> element) in a sheet's
// XML.
func replaceCell(x, ref, replacement string) (string, error) {
	re := regexp.MustCompile(`<c r="` + ref + `"[^>]*?(/>|>.*?</c>)`)
	loc := re.FindStringIndex(x)
	if loc == nil {
		return "", fmt.Errorf("no cell %s", ref)
	}
	return x[:loc[0]] + replacement + x[loc[1]:], nil
}

func replaceOnce(x, old, new string) (string, error) {
	if !strings.Contains(x, old) {
		return "", fmt.Errorf("no %q", old)
	}
	return strings.Replace(x, old, new, 1), nil
}

// duplicateEntry is the clean workbook with a second, empty entry of part.
func duplicateEntry(part string) func() ([]byte, error) {
	return func() ([]byte, error) {
		return copyClean(func(zw *zip.Writer, f *zip.File) error {
			if err := zw.Copy(f); err != nil || f.Name != part {
				return err
			}
			_, err := zw.Create(part)
			return err
		})
	}
}

// copyClean copies the clean workbook's zip entry by entry through each,
// which writes what stands for the entry.
func copyClean(each func(zw *zip.Writer, f *zip.File) error) ([]byte, error) {
	data, err := cleanWorkbook()
	if err != nil {
		return nil, err
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		if err := each(zw, f); err != nil {
			return nil, err
		}
	}
	err = zw.Close()
	return out.Bytes(), err
}

// rawZip is the clean workbook with part replaced by deflated XML of n
// bytes whose zip directory entry claims claimed bytes.
func rawZip(part string, claimed uint64, n int) ([]byte, error) {
	return rezipRaw(part, func() ([]byte, uint32, uint64, error) {
		body := []byte(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
			strings.Repeat(" ", max(n-120, 0)) + `</sheetData></worksheet>`)
		var c bytes.Buffer
		fw, err := flate.NewWriter(&c, flate.BestCompression)
		if err != nil {
			return nil, 0, 0, err
		}
		fw.Write(body)
		fw.Close()
		return c.Bytes(), crc32.ChecksumIEEE(body), claimed, nil
	})
}

// bombZip is the clean workbook with part replaced by n bytes of sheet XML
// (rows of blanks, which deflate a thousand times) whose directory entry
// tells its size, or claims 1 KB.
func bombZip(part string, n int, honest bool) ([]byte, error) {
	return rezipRaw(part, func() ([]byte, uint32, uint64, error) {
		deflated, crc, err := bombPart(n)
		size := uint64(n)
		if !honest {
			size = 1 << 10
		}
		return deflated, crc, size, err
	})
}

// A deflatedBomb is a bomb's sheet XML deflated, made once however many
// bombs hold it: the honest and the lying bomb deflate the same XML, and
// deflating 64 MB is most of the cost of either.
type deflatedBomb struct {
	once     sync.Once
	deflated []byte
	crc      uint32
	err      error
}

var deflatedBombs sync.Map // n -> *deflatedBomb

// bombPart is n bytes of sheet XML deflated, and its CRC.
func bombPart(n int) ([]byte, uint32, error) {
	v, _ := deflatedBombs.LoadOrStore(n, &deflatedBomb{})
	b := v.(*deflatedBomb)
	b.once.Do(func() {
		head := `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`
		tail := `</sheetData></worksheet>`
		var c bytes.Buffer
		// The fastest level deflates blanks as well as the best, ten times
		// sooner.
		fw, err := kflate.NewWriter(&c, kflate.BestSpeed)
		if err != nil {
			b.err = err
			return
		}
		crc := crc32.NewIEEE()
		w := io.MultiWriter(fw, crc)
		io.WriteString(w, head)
		blank := bytes.Repeat([]byte(" "), 1<<16)
		for left := n - len(head) - len(tail); left > 0; left -= len(blank) {
			w.Write(blank[:min(left, len(blank))])
		}
		io.WriteString(w, tail)
		fw.Close()
		b.deflated, b.crc = c.Bytes(), crc.Sum32()
	})
	return b.deflated, b.crc, b.err
}

// rezipRaw is the clean workbook with part's entry written raw: deflated
// data, its CRC and the uncompressed size the directory is to claim.
func rezipRaw(part string, raw func() ([]byte, uint32, uint64, error)) ([]byte, error) {
	return copyClean(func(zw *zip.Writer, f *zip.File) error {
		if f.Name != part {
			return zw.Copy(f)
		}
		body, crc, size, err := raw()
		if err != nil {
			return err
		}
		w, err := zw.CreateRaw(&zip.FileHeader{
			Name: part, Method: zip.Deflate, CRC32: crc,
			CompressedSize64: uint64(len(body)), UncompressedSize64: size,
		})
		if err == nil {
			_, err = w.Write(body)
		}
		return err
	})
}

// odsFile starts as an OpenDocument spreadsheet does: a zip whose first
// entry, stored, is the mimetype.
func odsFile() ([]byte, error) {
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	w, err := zw.CreateHeader(&zip.FileHeader{Name: "mimetype", Method: zip.Store})
	if err != nil {
		return nil, err
	}
	io.WriteString(w, "application/vnd.oasis.opendocument.spreadsheet")
	w, err = zw.Create("content.xml")
	if err != nil {
		return nil, err
	}
	io.WriteString(w, `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>`)
	err = zw.Close()
	return out.Bytes(), err
}
