package report

import (
	"bytes"
	"fmt"
	"math"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// xstyle is a cell format of stylesXML, by its index.
type xstyle int

// The cell formats every workbook written from tables holds, in the order
// of stylesXML's cellXfs.
const (
	styleDefault     xstyle = iota
	styleHeader             // bold on blue, wrapped, centred vertically
	styleInteger            // 0
	styleFixed2             // 0.00
	stylePercent            // 0.00%
	styleWrapped            // wrapped text, top-aligned
	styleTitle              // bold, larger: a notice's title
	styleBoxed              // a bordered cell, wrapped, centred vertically
	styleBoxedHead          // a bordered header cell: bold on grey, centred
	styleSubtitle           // bold: a section's heading
	styleCentered           // centred: a line under a title
	styleRight              // right-aligned: a signature
	styleBoxedFixed2        // a bordered cell of 0.00
)

// stylesXML names every font (Calibri, with its size), gives every colour
// eight hex digits and every border a colour.
const stylesXML = xmlHeader + `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
	`<fonts count="4">` +
	`<font><sz val="11"/><color rgb="FF000000"/><name val="Calibri"/><family val="2"/></font>` +
	`<font><b/><sz val="11"/><color rgb="FF000000"/><name val="Calibri"/><family val="2"/></font>` +
	`<font><b/><sz val="16"/><color rgb="FF000000"/><name val="Calibri"/><family val="2"/></font>` +
	`<font><b/><sz val="12"/><color rgb="FF000000"/><name val="Calibri"/><family val="2"/></font>` +
	`</fonts>` +
	`<fills count="4">` +
	`<fill><patternFill patternType="none"/></fill>` +
	`<fill><patternFill patternType="gray125"/></fill>` +
	`<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill>` +
	`<fill><patternFill patternType="solid"><fgColor rgb="FFEDEDED"/><bgColor indexed="64"/></patternFill></fill>` +
	`</fills>` +
	`<borders count="2">` +
	`<border><left/><right/><top/><bottom/><diagonal/></border>` +
	`<border><left style="thin"><color rgb="FF000000"/></left><right style="thin"><color rgb="FF000000"/></right>` +
	`<top style="thin"><color rgb="FF000000"/></top><bottom style="thin"><color rgb="FF000000"/></bottom><diagonal/></border>` +
	`</borders>` +
	`<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
	`<cellXfs count="13">` +
	`<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
	`<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>` +
	`<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
	`<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
	`<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
	`<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>` +
	`<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>` +
	`<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>` +
	`<xf numFmtId="0" fontId="1" fillId="3" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>` +
	`<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="center"/></xf>` +
	`<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>` +
	`<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="right" vertical="center"/></xf>` +
	`<xf numFmtId="2" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment vertical="center"/></xf>` +
	`</cellXfs>` +
	`<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
	`</styleSheet>`

// styleOf is the cell format of a column's format.
func styleOf(fm format) xstyle {
	switch fm {
	case integer:
		return styleInteger
	case fixed2:
		return styleFixed2
	case percent:
		return stylePercent
	case wrapped:
		return styleWrapped
	}
	return styleDefault
}

func writeInt(w *bytes.Buffer, n int) {
	var b [20]byte
	w.Write(strconv.AppendInt(b[:0], int64(n), 10))
}

// columnName is a column's letters: 1 A, 27 AA.
func columnName(col int) string {
	var b [3]byte
	i := len(b)
	for col > 0 {
		col--
		i--
		b[i] = byte('A' + col%26)
		col /= 26
	}
	return string(b[i:])
}

// excelNumber writes a number as Excel keeps it: at most 15 significant
// digits, without an exponent. A value that is not a number cannot be
// stored as one and is written as its text by the caller's fmt fallback.
func excelNumber(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "0"
	}
	rounded, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 15, 64), 64)
	if err != nil {
		rounded = v
	}
	return strconv.FormatFloat(rounded, 'f', -1, 64)
}

// maxCellText is Excel's limit on a cell's text, in UTF-16 units.
const maxCellText = 32767

// fitCell cuts text to what a cell holds.
func fitCell(s string) string {
	if len(s) <= maxCellText/3 { // at most 3 bytes a UTF-16 unit
		return s
	}
	units := 0
	for i, r := range s {
		units += len(utf16.AppendRune(nil, r))
		if units > maxCellText {
			return s[:i]
		}
	}
	return s
}

// writeEscaped writes text as XML character data. Characters XML cannot
// hold (control characters but tab and line breaks) are written as the
// escapes of OOXML, _xHHHH_, and an underscore that would start one is
// escaped itself, so that the text reads back as written.
func writeEscaped(w *bytes.Buffer, s string) {
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		var esc string
		switch {
		case c == '&':
			esc = "&amp;"
		case c == '<':
			esc = "&lt;"
		case c == '>':
			esc = "&gt;"
		case c == '"':
			esc = "&quot;"
		case c == '\r':
			esc = "&#xD;"
		case c < 0x20 && c != '\t' && c != '\n':
			esc = fmt.Sprintf("_x%04X_", c)
		case c == '_' && looksLikeEscape(s[i:]):
			esc = "_x005F_"
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 || r == 0xFFFE || r == 0xFFFF {
				esc = "\uFFFD"
			}
			if esc == "" {
				i += size
				continue
			}
			w.WriteString(s[last:i])
			w.WriteString(esc)
			i += size
			last = i
			continue
		}
		if esc != "" {
			w.WriteString(s[last:i])
			w.WriteString(esc)
			last = i + 1
		}
		i++
	}
	w.WriteString(s[last:])
}

// looksLikeEscape reports whether s starts with _xHHHH_.
func looksLikeEscape(s string) bool {
	if len(s) < 7 || s[1] != 'x' || s[6] != '_' {
		return false
	}
	for _, c := range []byte(s[2:6]) {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}
