// Package xlsxlint checks a workbook, part by part, against what the
// clients that open evalctl's outputs enforce, beyond what Excel forgives:
// colours of six or eight hex digits (openpyxl refuses a workbook with
// another), every worksheet declaring its used range (openpyxl's read-only
// mode reads only that range), data validation formulas of at most 255
// characters (Excel drops longer ones and asks to repair), sheet names
// Excel accepts, every font named and sized (LibreOffice falls back to a
// serif for one without), and evalctl's document properties.
package xlsxlint

import (
	"archive/zip"
	"encoding/xml"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Check reads the workbook at path and returns every problem found, each
// naming its part; none for a clean workbook.
func Check(path string) ([]string, error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	var problems []string
	add := func(part, format string, args ...any) {
		problems = append(problems, part+": "+fmt.Sprintf(format, args...))
	}
	parts := map[string]bool{}
	for _, f := range zr.File {
		parts[f.Name] = true
		if !strings.HasSuffix(f.Name, ".xml") && !strings.HasSuffix(f.Name, ".rels") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, err
		}
		if err := checkPart(f.Name, data, add); err != nil {
			return nil, fmt.Errorf("%s: %w", f.Name, err)
		}
	}
	for _, want := range []string{"[Content_Types].xml", "xl/workbook.xml", "xl/styles.xml", "docProps/core.xml", "docProps/app.xml"} {
		if !parts[want] {
			add(want, "missing")
		}
	}
	return problems, nil
}

var hexColour = regexp.MustCompile(`^(?:[0-9A-Fa-f]{6}|[0-9A-Fa-f]{8})$`)

// checkPart reads one part's elements and checks what applies to it.
func checkPart(name string, data []byte, add func(part, format string, args ...any)) error {
	dec := xml.NewDecoder(strings.NewReader(string(data)))
	var (
		stack      []string
		dimension  string
		hasDim     bool
		cells      usedRange
		fontOpen   bool
		fontName   bool
		fontSize   bool
		formula    strings.Builder
		inFormula  bool
		sheetNames = map[string]bool{}
		creator    string
		inCreator  bool
		text       strings.Builder
	)
	worksheet := strings.HasPrefix(name, "xl/worksheets/sheet")
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			local := t.Name.Local
			stack = append(stack, local)
			for _, a := range t.Attr {
				// rgb attributes of SpreadsheetML, val of DrawingML's
				// srgbClr: colours in hex.
				if a.Name.Local == "rgb" || local == "srgbClr" && a.Name.Local == "val" {
					if !hexColour.MatchString(a.Value) {
						add(name, "colour %q in <%s> is not 6 or 8 hex digits", a.Value, local)
					}
				}
			}
			switch {
			case worksheet && local == "dimension":
				hasDim, dimension = true, attr(t, "ref")
			case worksheet && local == "c":
				if err := cells.add(attr(t, "r")); err != nil {
					add(name, "%v", err)
				}
			case worksheet && (local == "formula1" || local == "formula2"):
				inFormula = true
				formula.Reset()
			case name == "xl/styles.xml" && local == "font" && parent(stack) == "fonts":
				fontOpen, fontName, fontSize = true, false, false
			case fontOpen && local == "name":
				fontName = attr(t, "val") != ""
			case fontOpen && local == "sz":
				v, err := strconv.ParseFloat(attr(t, "val"), 64)
				fontSize = err == nil && v > 0
			case name == "xl/workbook.xml" && local == "sheet":
				checkSheetName(attr(t, "name"), sheetNames, func(f string, a ...any) { add(name, f, a...) })
			case name == "docProps/core.xml" && local == "creator":
				inCreator = true
				text.Reset()
			}
		case xml.CharData:
			if inFormula {
				formula.Write(t)
			}
			if inCreator {
				text.Write(t)
			}
			if name == "docProps/core.xml" || name == "docProps/app.xml" {
				if s := string(t); strings.Contains(strings.ToLower(s), "xuri") || strings.HasPrefix(s, "2006-") {
					add(name, "%q is the library's, not evalctl's", s)
				}
			}
		case xml.EndElement:
			local := t.Name.Local
			switch {
			case inFormula && (local == "formula1" || local == "formula2"):
				inFormula = false
				if n := utf8.RuneCountInString(formula.String()); n > 255 {
					add(name, "a data validation formula of %d characters (at most 255)", n)
				}
			case fontOpen && local == "font":
				fontOpen = false
				if !fontName || !fontSize {
					add(name, "a font without its name or size")
				}
			case inCreator && local == "creator":
				inCreator = false
				creator = text.String()
			}
			stack = stack[:len(stack)-1]
		}
	}
	if worksheet {
		switch want := cells.String(); {
		case !hasDim:
			add(name, "no dimension (its cells span %s)", want)
		case dimension != want:
			add(name, "dimension %s, but its cells span %s", dimension, want)
		}
	}
	if name == "docProps/core.xml" && creator != "evalctl" {
		add(name, "creator %q, not evalctl", creator)
	}
	return nil
}

func attr(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

func parent(stack []string) string {
	if len(stack) < 2 {
		return ""
	}
	return stack[len(stack)-2]
}

// checkSheetName holds a sheet name to Excel's rules: 1 to 31 characters,
// none of : \ / ? * [ ], not starting or ending with an apostrophe, not
// History, and unique whatever the case.
func checkSheetName(s string, seen map[string]bool, add func(format string, args ...any)) {
	switch n := utf8.RuneCountInString(s); {
	case n == 0 || n > 31:
		add("sheet name %q has %d characters (1 to 31)", s, n)
	case strings.ContainsAny(s, `:\/?*[]`):
		add("sheet name %q has a character Excel forbids", s)
	case strings.HasPrefix(s, "'") || strings.HasSuffix(s, "'"):
		add("sheet name %q starts or ends with an apostrophe", s)
	case strings.EqualFold(s, "History"):
		add("sheet name %q is reserved", s)
	}
	if seen[strings.ToLower(s)] {
		add("sheet name %q is used twice", s)
	}
	seen[strings.ToLower(s)] = true
}

// usedRange is the range a worksheet's cells span.
type usedRange struct {
	minCol, minRow, maxCol, maxRow int
}

var cellRef = regexp.MustCompile(`^([A-Z]{1,3})([1-9][0-9]*)$`)

func (u *usedRange) add(ref string) error {
	m := cellRef.FindStringSubmatch(ref)
	if m == nil {
		return fmt.Errorf("a cell without a reference of its own (%q)", ref)
	}
	col := 0
	for _, c := range m[1] {
		col = col*26 + int(c-'A') + 1
	}
	row, _ := strconv.Atoi(m[2])
	if u.maxRow == 0 {
		*u = usedRange{col, row, col, row}
		return nil
	}
	u.minCol, u.minRow = min(u.minCol, col), min(u.minRow, row)
	u.maxCol, u.maxRow = max(u.maxCol, col), max(u.maxRow, row)
	return nil
}

func (u usedRange) String() string {
	if u.maxRow == 0 {
		return "A1"
	}
	from := column(u.minCol) + strconv.Itoa(u.minRow)
	to := column(u.maxCol) + strconv.Itoa(u.maxRow)
	if from == to {
		return from
	}
	return from + ":" + to
}

func column(n int) string {
	s := ""
	for n > 0 {
		n--
		s = string(rune('A'+n%26)) + s
		n /= 26
	}
	return s
}
