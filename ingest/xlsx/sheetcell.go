package xlsx

import "unicode/utf8"

// Cell types, from the t attribute.
const (
	typeNumber = iota
	typeShared
	typeFormulaString
	typeInline
	typeBool
	typeError
	typeDate
)

func cellType(t []byte) (int, bool) {
	switch string(t) {
	case "", "n":
		return typeNumber, true
	case "s":
		return typeShared, true
	case "str":
		return typeFormulaString, true
	case "inlineStr":
		return typeInline, true
	case "b":
		return typeBool, true
	case "e":
		return typeError, true
	case "d":
		return typeDate, true
	}
	return 0, false
}

// readCell reads the <c> whose start tag was just read.
func (s *Sheet) readCell() error {
	sc := s.sc
	var ref, typ []byte
	sawRef, sawType := false, false
	for _, a := range sc.tag.attrs {
		switch string(local(a.name)) {
		case "r":
			if sawRef {
				return sc.fail(sc.pos, Malformed, "attribute r twice")
			}
			sawRef = true
			v, err := s.attr(a)
			if err != nil {
				return err
			}
			ref = v
			if a.amp { // rare: keep it past the next decode
				ref = append([]byte(nil), v...)
			}
		case "t":
			if sawType {
				return sc.fail(sc.pos, Malformed, "attribute t twice")
			}
			sawType = true
			v, err := s.attr(a)
			if err != nil {
				return err
			}
			typ = v
		}
	}
	col, err := s.column(ref, sawRef)
	if err != nil {
		return err
	}
	kindOf, ok := cellType(typ)
	if !ok {
		return sc.fail(sc.pos, Invalid, "unknown cell type t=%q", typ)
	}
	if sc.tag.empty {
		s.addCell(Cell{Col: col}, -1, -1)
		return nil
	}

	name := sc.keepName(3)
	start := len(s.arena)
	vStart, vEnd, isStart, isEnd := -1, -1, -1, -1
	formula := false
	for {
		t, err := sc.nextMarkup()
		if err != nil {
			return err
		}
		if t != tokStart {
			if err := sc.closes(t, name); err != nil {
				return err
			}
			break
		}
		switch string(local(sc.tag.name)) {
		case "v":
			if vStart >= 0 {
				return sc.fail(sc.pos, Invalid, "a second <v> in a cell")
			}
			vStart = len(s.arena)
			s.arena, err = sc.textElement(s.arena, 4)
			vEnd = len(s.arena)
		case "f":
			if formula {
				return sc.fail(sc.pos, Invalid, "a second <f> in a cell")
			}
			formula = true
			err = sc.skip()
		case "is":
			if kindOf != typeInline {
				return sc.fail(sc.pos, Invalid, "an inline string <is> in a cell whose type is not t=\"inlineStr\"")
			}
			if isStart >= 0 {
				return sc.fail(sc.pos, Invalid, "a second <is> in a cell")
			}
			isStart = len(s.arena)
			if !sc.tag.empty {
				s.arena, err = sc.richText(s.arena, sc.keepName(4), 5)
			}
			isEnd = len(s.arena)
		default:
			// CT_Cell also allows extLst, which no writer puts in a cell;
			// excelize would read a <v> nested in it, so refuse it rather
			// than read it differently.
			return sc.fail(sc.pos, Invalid, "unexpected <%s> in a cell", sc.tag.name)
		}
		if err != nil {
			return err
		}
		if len(s.arena)-start > 4*s.lim.CellChars {
			return sc.fail(sc.pos, TooLarge, "the cell's text is longer than %d characters (Limits.CellChars)", s.lim.CellChars)
		}
		if int64(len(s.arena)) > rowBytes {
			return sc.fail(sc.pos, TooLarge, "the row holds more than %d bytes of text", rowBytes)
		}
	}
	return s.value(Cell{Col: col, Formula: formula}, kindOf, vStart, vEnd, isStart, isEnd)
}

// column settles a cell's column from its reference, or from the cell
// before when it has none, and checks it.
func (s *Sheet) column(ref []byte, sawRef bool) (int, error) {
	sc := s.sc
	col := s.prevCol + 1
	if sawRef {
		c, r, ok := parseCellRef(ref)
		switch {
		case !ok:
			s.curCol = -1 // the error names the row, not the cell before
			return 0, sc.fail(sc.pos, Invalid, "cell reference r=%q is not an A1 reference", ref)
		case r != s.row.Num:
			return 0, sc.fail(sc.pos, Invalid, "cell %s is in row %d", ref, s.row.Num)
		case c <= s.prevCol:
			return 0, sc.fail(sc.pos, Invalid, "cell %s comes after %s: cells must go left to right", ref, CellName(s.prevCol, r))
		}
		col = c
	}
	s.curCol = col
	switch {
	case col >= maxColumns:
		return 0, sc.fail(sc.pos, Invalid, "a cell past column XFD")
	case col >= s.lim.Columns:
		return 0, sc.fail(sc.pos, TooLarge, "a cell past %d columns (Limits.Columns)", s.lim.Columns)
	}
	s.prevCol = col
	return col, nil
}

// rowBytes bounds the decoded text of one row, which is held until the
// row is done: 16,384 cells of 32,767 characters would be 2 GB.
const rowBytes = 64 << 20

// value settles a cell's kind and text from its type and elements. An empty
// <v> is no value, as excelize reads it, but for a formula's string result,
// where "" is a result.
func (s *Sheet) value(c Cell, kindOf, vStart, vEnd, isStart, isEnd int) error {
	sc := s.sc
	v := []byte(nil)
	if vStart >= 0 {
		v = s.arena[vStart:vEnd]
	}
	switch {
	case kindOf == typeInline && isStart >= 0:
		text, ok := unescapeXstring(s.arena[isStart:isEnd])
		if !ok {
			return sc.fail(sc.pos, Invalid, "an inline string escapes a UTF-16 surrogate (_xD800_ to _xDFFF_)")
		}
		c.Kind = InlineString
		return s.keepText(c, isStart, isStart+len(text))
	case kindOf == typeFormulaString && vStart >= 0:
		c.Kind = FormulaString
		return s.keepText(c, vStart, vEnd)
	case len(v) == 0:
		if c.Formula {
			c.Kind = FormulaNoValue
		}
		s.addCell(c, -1, -1)
		return nil
	}
	switch kindOf {
	case typeNumber:
		if !isNumber(v) {
			return sc.fail(sc.pos, Invalid, "%q is not a number", v)
		}
		c.Kind = Number
	case typeShared:
		i, ok := parseIndex(v)
		switch {
		case !ok:
			return sc.fail(sc.pos, Invalid, "shared string index %q is not a number", v)
		case i >= s.sst.count():
			return sc.fail(sc.pos, Invalid, "shared string index %d is out of range: the workbook has %d shared strings", i, s.sst.count())
		}
		c.Kind, c.Text = SharedString, s.sst.at(i)
		s.arena = s.arena[:vStart]
		s.addCell(c, -1, -1)
		return nil
	case typeBool:
		switch string(v) {
		case "0":
			c.Text = "FALSE"
		case "1":
			c.Text = "TRUE"
		default:
			return sc.fail(sc.pos, Invalid, "boolean value %q is not 0 or 1", v)
		}
		c.Kind = Boolean
		s.arena = s.arena[:vStart]
		s.addCell(c, -1, -1)
		return nil
	case typeError:
		c.Kind = ErrorCode
	case typeDate:
		c.Kind = Date
	case typeInline:
		c.Kind = InlineString // t="inlineStr" with a <v> and no <is>: the <v>, as excelize reads it
	}
	return s.keepText(c, vStart, vEnd)
}

// keepText adds a cell whose text is arena[a:b].
func (s *Sheet) keepText(c Cell, a, b int) error {
	if text := s.arena[a:b]; len(text) > s.lim.CellChars && utf8.RuneCount(text) > s.lim.CellChars {
		return s.sc.fail(s.sc.pos, TooLarge, "the cell's text is longer than %d characters (Limits.CellChars)", s.lim.CellChars)
	}
	s.addCell(c, a, b)
	return nil
}

func (s *Sheet) addCell(c Cell, a, b int) {
	if a >= 0 {
		s.spans = append(s.spans, int32(len(s.row.Cells)), int32(a), int32(b))
	}
	s.row.Cells = append(s.row.Cells, c)
}
