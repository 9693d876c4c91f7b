package report

import (
	"archive/zip"
	"bytes"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// The ballot templates are built with excelize, for its data validations,
// merges and sheet protection. saveExcelize writes such a workbook as the
// tables' workbooks are written: each sheet declaring its used range (the
// library leaves every sheet at A1, and readers that trust it read one
// cell), evalctl's document properties instead of the library's, and the
// parts in a fixed order, so that the same input gives the same bytes.
func saveExcelize(f *excelize.File, path, title string) error {
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		return err
	}
	return writeAtomic(path, func(w io.Writer) error { return rewriteZip(w, buf.Bytes(), title) })
}

// rewriteZip copies a workbook's zip with its parts in a fixed order,
// [Content_Types].xml first as Office writes it, then by name; worksheets
// get their used range and the document properties are evalctl's.
func rewriteZip(w io.Writer, data []byte, title string) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return err
	}
	files := slices.Clone(zr.File)
	slices.SortFunc(files, func(a, b *zip.File) int {
		if (a.Name == "[Content_Types].xml") != (b.Name == "[Content_Types].xml") {
			if a.Name == "[Content_Types].xml" {
				return -1
			}
			return 1
		}
		return strings.Compare(a.Name, b.Name)
	})
	zw := zip.NewWriter(w)
	for _, f := range files {
		var content []byte
		switch {
		case f.Name == "docProps/core.xml":
			var b bytes.Buffer
			writeCoreProps(&b, title)
			content = b.Bytes()
		case f.Name == "docProps/app.xml":
			content = []byte(appProps)
		case strings.HasPrefix(f.Name, "xl/worksheets/sheet"):
			rc, err := f.Open()
			if err != nil {
				return err
			}
			sheet, err := io.ReadAll(rc)
			rc.Close()
			if err != nil {
				return err
			}
			content = withUsedRange(sheet)
		default:
			raw, err := f.OpenRaw()
			if err != nil {
				return err
			}
			h := f.FileHeader
			out, err := zw.CreateRaw(&h)
			if err != nil {
				return err
			}
			if _, err := io.Copy(out, raw); err != nil {
				return err
			}
			continue
		}
		out, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate})
		if err != nil {
			return err
		}
		if _, err := out.Write(content); err != nil {
			return err
		}
	}
	return zw.Close()
}

var (
	dimensionElement = regexp.MustCompile(`<dimension ref="[^"]*"\s*(?:/>|></dimension>)`)
	cellReference    = regexp.MustCompile(`<c r="([A-Z]+)([0-9]+)"`)
)

// withUsedRange sets a worksheet's dimension to the range its cells span.
func withUsedRange(sheet []byte) []byte {
	ref := usedRangeOf(sheet)
	loc := dimensionElement.FindIndex(sheet)
	if loc == nil {
		return sheet
	}
	out := slices.Clone(sheet[:loc[0]])
	out = append(out, `<dimension ref="`+ref+`"/>`...)
	return append(out, sheet[loc[1]:]...)
}

// usedRangeOf is the range spanned by a worksheet's cells, A1 when it has
// none.
func usedRangeOf(sheet []byte) string {
	minCol, minRow, maxCol, maxRow := 0, 0, 0, 0
	for _, m := range cellReference.FindAllSubmatch(sheet, -1) {
		col, row := columnNumber(string(m[1])), 0
		row, _ = strconv.Atoi(string(m[2]))
		if maxRow == 0 {
			minCol, minRow, maxCol, maxRow = col, row, col, row
			continue
		}
		minCol, minRow, maxCol, maxRow = min(minCol, col), min(minRow, row), max(maxCol, col), max(maxRow, row)
	}
	if maxRow == 0 {
		return "A1"
	}
	from := columnName(minCol) + strconv.Itoa(minRow)
	to := columnName(maxCol) + strconv.Itoa(maxRow)
	if from == to {
		return from
	}
	return from + ":" + to
}

// columnNumber is a column's number: A 1, AA 27.
func columnNumber(letters string) int {
	n := 0
	for _, c := range letters {
		n = n*26 + int(c-'A') + 1
	}
	return n
}

// thinBorder is a thin black line on every side: a border's colour is
// always written, since one without makes a colour of no digits that
// strict readers refuse.
func thinBorder() []excelize.Border {
	var out []excelize.Border
	for _, side := range []string{"left", "right", "top", "bottom"} {
		out = append(out, excelize.Border{Type: side, Color: "000000", Style: 1})
	}
	return out
}

// namedFont is the workbook's font with its name and size written out:
// clients fall back to a font of their own (a serif, in LibreOffice) for
// a font without them.
func namedFont(bold bool, size float64) *excelize.Font {
	return &excelize.Font{Bold: bold, Family: "Calibri", Size: size, Color: "000000"}
}
