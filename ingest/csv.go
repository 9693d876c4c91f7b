package ingest

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/evalctl/evalctl/internal/msg"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// csvTable is a CSV file read as one sheet named after the file.
type csvTable struct {
	path, name string
	text       string // decoded to UTF-8
	comma      rune
	encoding   string // what was detected, for messages
}

// isCSV tells text tables from workbooks by their file name.
func isCSV(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".csv", ".tsv", ".txt":
		return true
	}
	return false
}

var (
	utf8BOM    = []byte{0xEF, 0xBB, 0xBF}
	utf16LEBOM = []byte{0xFF, 0xFE}
)

// newCSVTable detects the encoding and the delimiter. Excel on Chinese
// Windows saves CSV in GB18030 (GBK) without a mark; "CSV UTF-8" carries a
// BOM; "Unicode text" is tab-separated UTF-16 with a BOM. None needs to be
// configured.
func newCSVTable(path string, data []byte) (*csvTable, error) {
	t := &csvTable{path: path, name: strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))}
	switch {
	case bytes.HasPrefix(data, utf8BOM):
		t.text, t.encoding = string(data[len(utf8BOM):]), "UTF-8 with BOM"
	case bytes.HasPrefix(data, utf16LEBOM):
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(data)
		if err != nil {
			return nil, dataErr(path, "", "", msg.DataUTF16, err)
		}
		t.text, t.encoding = string(out), "UTF-16"
	case utf8.Valid(data):
		t.text, t.encoding = string(data), "UTF-8"
	default:
		out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
		if err != nil || bytes.ContainsRune(out, utf8.RuneError) {
			return nil, dataErr(path, "", "", msg.DataEncoding)
		}
		t.text, t.encoding = string(out), "GB18030"
	}
	t.comma = delimiter(t.text)
	return t, nil
}

// delimiter picks the most frequent of comma, tab and semicolon on the first
// line; comma when none appears.
func delimiter(text string) rune {
	line, _, _ := strings.Cut(text, "\n")
	best, count := ',', strings.Count(line, ",")
	for _, r := range []rune{'\t', ';'} {
		if n := strings.Count(line, string(r)); n > count {
			best, count = r, n
		}
	}
	return best
}

// eachRow streams the records with their 1-based numbers, as Excel numbers
// the rows when it opens the file.
func (t *csvTable) eachRow(fn func(row int, cells []string) error) error {
	r := csv.NewReader(strings.NewReader(t.text))
	r.Comma = t.comma
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	for n := 1; ; n++ {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return dataErr(t.path, t.name, "", msg.DataCSVRow, n, t.encoding, err)
		}
		for i := range rec {
			rec[i] = strings.TrimSpace(rec[i])
		}
		if err := fn(n, rec); err != nil {
			if errors.Is(err, errStop) {
				return nil
			}
			return err
		}
	}
}
