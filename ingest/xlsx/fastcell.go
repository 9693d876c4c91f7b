package xlsx

// fastCell reads the commonest cells straight from the window, as Excel,
// WPS and LibreOffice write them: <c r="B2" s="1" t="s"><v>12</v></c> or
// <c r="B2" s="1"/>, unprefixed, plain attributes, plain value. For
// anything else, or a cell cut by the window's end, it reports false having
// consumed nothing, and readCell reads the cell. Both read the same.
func (s *Sheet) fastCell() (bool, error) {
	w := s.sc.window()
	var ref, typ []byte
	sawRef, sawType, empty := false, false, false
	i := 2 // after "<c"
	// Excel's own order, r then s then t, without the general loop.
	if v, n := plainAttr(w[i:], 'r'); n > 0 {
		ref, sawRef, i = v, true, i+n
		if _, n := plainAttr(w[i:], 's'); n > 0 {
			i += n
		}
		if v, n := plainAttr(w[i:], 't'); n > 0 {
			typ, sawType, i = v, true, i+n
		}
	}
attrs:
	for {
		if i >= len(w) {
			return false, nil
		}
		switch w[i] {
		case '>':
			i++
			break attrs
		case '/':
			if i+1 >= len(w) || w[i+1] != '>' {
				return false, nil
			}
			i += 2
			empty = true
			break attrs
		case ' ':
			i++
		default:
			return false, nil
		}
		j := i
		for j < len(w) && w[j] != '=' && nameChar[w[j]] && w[j] != ':' {
			j++
		}
		if j == i || j+1 >= len(w) || w[j] != '=' || (w[j+1] != '"' && w[j+1] != '\'') {
			return false, nil
		}
		name, q := w[i:j], w[j+1]
		k := j + 2
		for k < len(w) && w[k] != q {
			if w[k] == '&' || w[k] == '<' {
				return false, nil
			}
			k++
		}
		if k >= len(w) {
			return false, nil
		}
		if len(name) == 1 {
			switch name[0] {
			case 'r':
				if sawRef {
					return false, nil
				}
				ref, sawRef = w[j+2:k], true
			case 't':
				if sawType {
					return false, nil
				}
				typ, sawType = w[j+2:k], true
			}
		}
		i = k + 1
	}
	var v []byte
	if !empty {
		if len(w)-i < 3 || w[i] != '<' || w[i+1] != 'v' || w[i+2] != '>' {
			return false, nil
		}
		j := i + 3
		for j < len(w) && w[j] != '<' {
			if textSpecial[w[j]] {
				return false, nil
			}
			j++
		}
		const end = "</v></c>"
		if len(w)-j < len(end) || string(w[j:j+len(end)]) != end {
			return false, nil
		}
		v = w[i+3 : j]
		i = j + len(end)
	}
	col, ok := s.fastColumn(ref)
	if !ok {
		var err error
		if col, err = s.column(ref, sawRef); err != nil {
			return false, err
		}
	}
	switch {
	case empty:
		s.addCell(Cell{Col: col}, -1, -1)
	case len(typ) == 1 && typ[0] == 's' && len(v) > 0 && len(v) < 10:
		n := 0
		for _, c := range v {
			if c < '0' || c > '9' {
				n = -1
				break
			}
			n = n*10 + int(c-'0')
		}
		if n >= 0 && n < s.sst.count() {
			s.addCell(Cell{Col: col, Kind: SharedString, Text: s.sst.at(n)}, -1, -1)
			break
		}
		fallthrough
	default:
		kindOf, ok := cellType(typ)
		if !ok {
			return false, s.sc.fail(s.sc.pos, Invalid, "unknown cell type t=%q", typ)
		}
		vStart := len(s.arena)
		s.arena = append(s.arena, v...)
		if err := s.value(Cell{Col: col}, kindOf, vStart, len(s.arena), -1, -1); err != nil {
			return false, err
		}
	}
	s.sc.pos += i
	return true, nil
}

// plainAttr matches ` name="value"` at the start of w, a one-letter name
// and a value without references, returning the value and the bytes taken,
// or 0.
func plainAttr(w []byte, name byte) ([]byte, int) {
	if len(w) < 5 || w[0] != ' ' || w[1] != name || w[2] != '=' || w[3] != '"' {
		return nil, 0
	}
	for k := 4; k < len(w); k++ {
		switch w[k] {
		case '"':
			return w[4:k], k + 1
		case '&', '<':
			return nil, 0
		}
	}
	return nil, 0
}

// fastColumn is column for a reference in the current row, to the right of
// the cell before, within the limits; ok is false for anything else, which
// column then reads or refuses.
func (s *Sheet) fastColumn(ref []byte) (col int, ok bool) {
	k := 0
	for k < len(ref) && k < 3 && 'A' <= ref[k] && ref[k] <= 'Z' {
		col = col*26 + int(ref[k]-'A'+1)
		k++
	}
	col--
	if k == 0 || col <= s.prevCol || col >= s.lim.Columns || string(ref[k:]) != string(s.rowText) {
		return 0, false
	}
	s.curCol, s.prevCol = col, col
	return col, true
}
