package xlsx

import (
	"bytes"
	"strconv"
)

// readRow reads the <row> whose start tag was just read, and its cells;
// or, for a row Pass names, moves past it and reports it passed.
func (s *Sheet) readRow() (passed bool, err error) {
	sc := s.sc
	num := s.prevRow + 1
	for _, a := range sc.tag.attrs {
		if string(local(a.name)) != "r" {
			continue
		}
		v, err := s.attr(a)
		if err != nil {
			return false, err
		}
		n, ok := parseIndex(v)
		if !ok || n < 1 || n > maxRows || v[0] == '0' {
			return false, sc.fail(sc.pos, Invalid, "row number r=%q is not a number from 1 to %d", v, maxRows)
		}
		if n <= s.prevRow {
			return false, sc.fail(sc.pos, Invalid, "row %d comes after row %d: rows must go down the sheet", n, s.prevRow)
		}
		num = n
	}
	s.curRow, s.curCol = num, -1
	if num > s.lim.Rows {
		return false, sc.fail(sc.pos, TooLarge, "row %d is past %d rows (Limits.Rows)", num, s.lim.Rows)
	}
	s.prevRow, s.prevCol = num, -1
	s.row.Num = num
	s.rowText = strconv.AppendInt(s.rowText[:0], int64(num), 10)
	pass := s.Pass != nil && s.Pass(num)
	if pass && !sc.tag.empty && s.passRow() {
		return true, nil
	}
	s.row.Cells = s.row.Cells[:0]
	s.arena = s.arena[:0]
	s.spans = s.spans[:0]
	if !sc.tag.empty {
		name := sc.keepName(2)
		for {
			if w := sc.window(); len(w) > 2 && w[0] == '<' && w[1] == 'c' && (w[2] == ' ' || w[2] == '/' || w[2] == '>') {
				ok, err := s.fastCell()
				if err != nil {
					return false, err
				}
				if ok {
					continue
				}
			}
			t, err := sc.nextMarkup()
			if err != nil {
				return false, err
			}
			if t != tokStart {
				if err := sc.closes(t, name); err != nil {
					return false, err
				}
				break
			}
			switch string(local(sc.tag.name)) {
			case "c":
				err = s.readCell()
			case "row":
				err = sc.fail(sc.pos, Invalid, "a <row> inside a <row>")
			default:
				err = sc.fail(sc.pos, Invalid, "unexpected <%s> in a row, where only cells may be", sc.tag.name)
			}
			if err != nil {
				return false, err
			}
		}
	}
	if len(s.arena) > 0 {
		text := string(s.arena)
		for k := 0; k < len(s.spans); k += 3 {
			s.row.Cells[s.spans[k]].Text = text[s.spans[k+1]:s.spans[k+2]]
		}
	}
	s.curCol = -1
	return pass, nil // a row passed over the long way, when it had to be
}

// passRow moves past the rest of a row when its end is in the window with
// nothing before it that could hide another end (a comment, CDATA, a
// processing instruction); false leaves the row to be read.
func (s *Sheet) passRow() bool {
	w := s.sc.window()
	end := rowEnd(w)
	if end < 0 || after(w[:end], '<', '!') || after(w[:end], '<', '?') {
		return false
	}
	s.sc.pos += end + len("</row>")
	s.curCol = -1
	return true
}

// rowEnd is where the first </row> in w starts, or -1. It looks for the w,
// which cells' markup does not hold, where an index of "</row>" would stop
// at every '<'.
func rowEnd(w []byte) int {
	for i := 0; ; {
		k := bytes.IndexByte(w[i:], 'w')
		if k < 0 {
			return -1
		}
		i += k
		if i >= 4 && i+1 < len(w) && string(w[i-4:i+2]) == "</row>" {
			return i - 4
		}
		i++
	}
}

// after reports whether w holds byte a followed by byte b, looking for b,
// the rarer in markup.
func after(w []byte, a, b byte) bool {
	for i := 0; ; {
		k := bytes.IndexByte(w[i:], b)
		if k < 0 {
			return false
		}
		i += k
		if i > 0 && w[i-1] == a {
			return true
		}
		i++
	}
}

// attr decodes an attribute's value when it has references.
func (s *Sheet) attr(a attr) ([]byte, error) {
	if !a.amp {
		return a.value, nil
	}
	var err error
	s.attrBuf, err = s.sc.attrValue(s.attrBuf[:0], a)
	return s.attrBuf, err
}
