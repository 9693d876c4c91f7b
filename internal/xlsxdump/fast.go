package xlsxdump

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/evalctl/evalctl/ingest/xlsx"

	"github.com/xuri/excelize/v2"
)

// Fast dumps the workbook at path as Excelize does, reading it with
// ingest/xlsx; ok is false where it cannot be sure of giving the same text
// (File then uses Excelize).
func Fast(path string) (dump string, ok bool) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", false
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", false
	}
	parts := map[string]*zip.File{}
	for _, f := range zr.File {
		parts[f.Name] = f
	}
	// A 1904 date system changes how excelize shows a dated number.
	if wbXML, err := readPart(parts["xl/workbook.xml"]); err != nil || bytes.Contains(wbXML, []byte("date1904")) {
		return "", false
	}
	st, ok := readStyles(parts["xl/styles.xml"])
	if !ok {
		return "", false
	}
	wb, err := xlsx.Open(data, xlsx.Limits{})
	if err != nil {
		return "", false
	}
	fm := newFormatter(st)
	type pending struct {
		b     int // index in out
		sheet string
		col   int
		row   int
		key   formatKey
	}
	// The lines, in order; a styled number's value is filled in once the
	// scratch sheet has formatted them all.
	var out []string
	var later []pending
	for _, info := range wb.Sheets() {
		if info.Type != "worksheet" {
			return "", false
		}
		rows, _, err := wb.ReadSheet(info.Name)
		if err != nil {
			return "", false
		}
		sheetXML, err := readPart(parts[info.Part])
		if err != nil {
			return "", false
		}
		styles, cells, ok := cellStyles(sheetXML)
		if !ok {
			return "", false
		}
		n := 0
		for _, r := range rows {
			n += len(r.Cells)
		}
		if n != cells {
			return "", false // a cell the scan took for another, or missed
		}
		for _, r := range rows {
			for _, c := range r.Cells {
				s := styles[cellKey{r.Num, c.Col}]
				if s < 0 || s >= len(st.xfs) {
					s = 0 // excelize shows the value unformatted
				}
				var v string
				switch c.Kind {
				case xlsx.Blank, xlsx.FormulaNoValue:
					continue
				case xlsx.FormulaString:
					v = c.Text
				case xlsx.Boolean:
					if c.Text != "TRUE" && c.Text != "FALSE" {
						return "", false
					}
					v = c.Text
				case xlsx.SharedString, xlsx.InlineString:
					if s != 0 {
						id := st.xfs[s]
						// A built-in format has no section for text
						// but "@", which shows the text as it is.
						if _, custom := st.custom[id]; custom || !builtinFormats[id] {
							return "", false
						}
					}
					v = c.Text
				case xlsx.ErrorCode:
					if s != 0 {
						return "", false
					}
					v = c.Text
				case xlsx.Number:
					if s == 0 {
						if v, ok = plainNumber(c.Text); !ok {
							return "", false
						}
						break
					}
					k := formatKey{st.xfs[s], c.Text}
					if !fm.add(k) {
						return "", false
					}
					later = append(later, pending{len(out), info.Name, c.Col, r.Num, k})
					out = append(out, "")
					continue
				default: // a date: excelize shows it as its format says
					return "", false
				}
				out = append(out, lineText(info.Name, c.Col, r.Num, v))
			}
		}
	}
	values, ok := fm.format()
	if !ok {
		return "", false
	}
	for _, p := range later {
		out[p.b] = lineText(p.sheet, p.col, p.row, values[p.key])
	}
	return strings.Join(out, ""), true
}

func lineText(sheet string, col, row int, v string) string {
	var b strings.Builder
	line(&b, sheet, col, row, v)
	return b.String()
}

func readPart(f *zip.File) ([]byte, error) {
	if f == nil {
		return nil, os.ErrNotExist
	}
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(rc)
}

// styles is what of a workbook's styles excelize's formatting looks at:
// each cell format's number format, and the custom number formats.
type styles struct {
	xfs    []int          // cellXfs: numFmtId
	custom map[int]string // numFmts: id -> format code
}

func readStyles(f *zip.File) (styles, bool) {
	st := styles{custom: map[int]string{}}
	if f == nil {
		return st, true // no styles: excelize shows every value unformatted
	}
	data, err := readPart(f)
	if err != nil {
		return st, false
	}
	var x struct {
		NumFmts []struct {
			ID     int    `xml:"numFmtId,attr"`
			Code   string `xml:"formatCode,attr"`
			Code16 string `xml:"http://schemas.microsoft.com/office/spreadsheetml/2015/02/main formatCode16,attr"`
		} `xml:"numFmts>numFmt"`
		Xfs []struct {
			NumFmtID *int `xml:"numFmtId,attr"`
		} `xml:"cellXfs>xf"`
	}
	if err := xml.Unmarshal(data, &x); err != nil {
		return st, false
	}
	for _, n := range x.NumFmts {
		if n.Code16 != "" {
			return st, false
		}
		st.custom[n.ID] = n.Code
	}
	for _, xf := range x.Xfs {
		id := 0
		if xf.NumFmtID != nil {
			id = *xf.NumFmtID
		}
		st.xfs = append(st.xfs, id)
	}
	return st, true
}

type cellKey struct{ row, col int }

// cellStyles scans a worksheet's XML for its cells' s attributes: the style
// of each cell that has one, and how many cells there are. ok is false for
// XML it does not follow (a cell without a reference, a prefixed element).
func cellStyles(x []byte) (map[cellKey]int, int, bool) {
	styles := map[cellKey]int{}
	cells := 0
	if bytes.Contains(x, []byte("<x:")) {
		return nil, 0, false
	}
	for i := 0; ; {
		j := bytes.Index(x[i:], []byte("<c"))
		if j < 0 {
			break
		}
		i += j + 2
		if i >= len(x) {
			break
		}
		if b := x[i]; b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '>' && b != '/' {
			continue // <col, <cols, <cfRule, ...
		}
		cells++
		var ref, s []byte
		for {
			for i < len(x) && (x[i] == ' ' || x[i] == '\t' || x[i] == '\n' || x[i] == '\r') {
				i++
			}
			if i >= len(x) {
				return nil, 0, false
			}
			if x[i] == '>' || x[i] == '/' {
				break
			}
			eq := bytes.IndexByte(x[i:], '=')
			if eq < 0 || i+eq+1 >= len(x) {
				return nil, 0, false
			}
			name := bytes.TrimSpace(x[i : i+eq])
			i += eq + 1
			for i < len(x) && (x[i] == ' ' || x[i] == '\t' || x[i] == '\n' || x[i] == '\r') {
				i++
			}
			if i >= len(x) || (x[i] != '"' && x[i] != '\'') {
				return nil, 0, false
			}
			end := bytes.IndexByte(x[i+1:], x[i])
			if end < 0 {
				return nil, 0, false
			}
			val := x[i+1 : i+1+end]
			i += end + 2
			switch string(name) {
			case "r":
				ref = val
			case "s":
				s = val
			}
		}
		if ref == nil {
			return nil, 0, false
		}
		if s == nil {
			continue
		}
		col, row, err := excelize.CellNameToCoordinates(string(ref))
		if err != nil {
			return nil, 0, false
		}
		n, err := strconv.Atoi(string(s))
		if err != nil {
			return nil, 0, false
		}
		if n != 0 {
			styles[cellKey{row, col - 1}] = n
		}
	}
	return styles, cells, true
}

// plainNumber is a number as excelize shows it without a format
// (excelize's getCellDefault): at most 15 significant digits.
func plainNumber(s string) (string, bool) {
	if strings.Contains(s, "_") {
		return "", false
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return "", false
	}
	plain := strconv.FormatFloat(f, 'f', -1, 64)
	if prec := len(plain) - strings.Count(plain, "."); prec > 15 && !withinPrecision(s) {
		return strconv.FormatFloat(f, 'G', 15, 64), true
	}
	return plain, true
}

// withinPrecision is excelize's isNumWithinPrecision: an integer whose
// digits past the 15th are zeros.
func withinPrecision(s string) bool {
	if strings.ContainsAny(s, ".Ee") {
		return false
	}
	s = strings.TrimLeft(s, "+-0")
	return len(strings.TrimRight(s, "0")) <= 15
}

// A formatKey is a number as stored and the number format it is shown in.
type formatKey struct {
	numFmt int
	raw    string
}

// A formatter has excelize format numbers: it writes each, with its number
// format, into a scratch sheet and reads the sheet back as GetRows shows it.
type formatter struct {
	st   styles
	keys []formatKey
	seen map[formatKey]bool
}

func newFormatter(st styles) *formatter {
	return &formatter{st: st, seen: map[formatKey]bool{}}
}

// builtinFormats are the built-in number formats that excelize knows by the
// same code whatever its options: the scratch sheet's style then formats
// as the workbook's does.
var builtinFormats = map[int]bool{0: true, 1: true, 2: true, 3: true, 4: true, 9: true, 10: true, 11: true, 12: true, 13: true,
	37: true, 38: true, 39: true, 40: true, 48: true, 49: true}

// add notes a number to format; false if the scratch sheet cannot format it
// as the workbook does.
func (f *formatter) add(k formatKey) bool {
	if f.seen[k] {
		return true
	}
	if _, custom := f.st.custom[k.numFmt]; !custom && !builtinFormats[k.numFmt] {
		return false
	}
	if _, err := strconv.ParseFloat(k.raw, 64); err != nil || strings.Contains(k.raw, "_") {
		return false
	}
	f.seen[k] = true
	f.keys = append(f.keys, k)
	return true
}

// format formats every number added.
func (f *formatter) format() (map[formatKey]string, bool) {
	values := map[formatKey]string{}
	if len(f.keys) == 0 {
		return values, true
	}
	x := excelize.NewFile()
	defer x.Close()
	const sheet = "Sheet1"
	ids := map[int]int{}
	for i, k := range f.keys {
		id, ok := ids[k.numFmt]
		if !ok {
			// Aligned, so that no style is the default one, 0, which
			// excelize would show unformatted.
			style := &excelize.Style{NumFmt: k.numFmt, Alignment: &excelize.Alignment{Vertical: "top"}}
			if code, custom := f.st.custom[k.numFmt]; custom {
				style.NumFmt, style.CustomNumFmt = 0, &code
			}
			var err error
			if id, err = x.NewStyle(style); err != nil || id == 0 {
				return nil, false
			}
			ids[k.numFmt] = id
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := x.SetCellDefault(sheet, cell, k.raw); err != nil {
			return nil, false
		}
		if err := x.SetCellStyle(sheet, cell, cell, id); err != nil {
			return nil, false
		}
	}
	// GetCellValue shows a cell as GetRows does, without writing the
	// sheet's XML and reading it back.
	for i, k := range f.keys {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		v, err := x.GetCellValue(sheet, cell)
		if err != nil {
			return nil, false
		}
		values[k] = v
	}
	return values, true
}
