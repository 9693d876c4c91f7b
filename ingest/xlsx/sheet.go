package xlsx

import (
	"errors"
	"io"
)

// Sheet reads one sheet's rows in order:
//
//	for sh.Next() {
//		row := sh.Row()
//		...
//	}
//	if err := sh.Err(); err != nil { ... }
//
// Next is false at the end of the sheet or at the first error; Err is nil
// only if the whole part was read, well-formed, to its end and its CRC.
// Rows are those present in the XML; a row with no cells is still a row.
type Sheet struct {
	info   SheetInfo
	sc     *scanner
	closer io.Closer
	sst    *sharedStrings
	lim    Limits

	state   sheetState
	row     Row
	arena   []byte  // the row's non-shared text, decoded
	spans   []int32 // for each cell whose text is in arena: its index, start, end
	prevRow int
	prevCol int
	curRow  int // where reading is, for errors
	curCol  int
	attrBuf []byte
	rowText []byte // the row number, as cell references end

	declared int64 // the part's inflated size as the zip directory says, bounded
	rowsRead int

	// Pass, when set, names rows to pass over: Next does not stop at them,
	// and their cells are, as a rule, neither decoded nor checked. It suits
	// a part read before, whole and without error, now read again for a
	// few rows.
	Pass func(row int) bool

	merges      []Range // as Merges gives them
	mergesKnown bool
	found       []Range // as read in order, in the tail
	mergesSeen  bool
	err         error
}

type sheetState uint8

const (
	sheetStart sheetState = iota // before the root element
	sheetData                    // in <sheetData>
	sheetTail                    // after <sheetData>, in the root element
	sheetDone
)

// Info describes the sheet.
func (s *Sheet) Info() SheetInfo { return s.info }

// Row is the current row; its Cells are reused by the next call to Next.
func (s *Sheet) Row() Row { return s.row }

// Err is the error that stopped Next, or nil at the end of the sheet.
func (s *Sheet) Err() error { return s.err }

// Merges are the sheet's merged ranges, by first row then first column.
// They are complete when MergesKnown is true: from the start for a sheet
// read in memory, at the end (Next false, Err nil) for a streamed one.
func (s *Sheet) Merges() []Range { return s.merges }

// MergesKnown reports whether Merges is complete.
func (s *Sheet) MergesKnown() bool { return s.mergesKnown }

// Close releases the sheet's inflater. It does not report the sheet's
// errors: that is Err's job.
func (s *Sheet) Close() error {
	if s.closer == nil {
		return nil
	}
	c := s.closer
	s.closer = nil
	return c.Close()
}

// Next reads the next row. It is false at the end of the sheet and on
// error.
func (s *Sheet) Next() bool {
	if s.state == sheetDone {
		return false
	}
	got, err := s.advance()
	if err != nil {
		s.err = s.locate(err)
		s.state = sheetDone
		s.Close()
		return false
	}
	if !got {
		s.state = sheetDone
		s.Close()
		return false
	}
	s.rowsRead++
	return true
}

// RowsEstimate is about how many rows the sheet holds, from the rows read
// so far and the share of the part they took: a hint to size tables by,
// nothing more (the zip directory may lie about the part's size), at most
// Limits.Rows. It is 0 before the first row.
func (s *Sheet) RowsEstimate() int {
	read := s.sc.offset(s.sc.pos)
	if s.rowsRead == 0 || read <= 0 {
		return 0
	}
	est := float64(s.rowsRead) * float64(max(s.declared, read)) / float64(read)
	return int(min(est, float64(s.lim.Rows)))
}

// locate adds the sheet and the row and cell reached to an error.
func (s *Sheet) locate(err error) error {
	var e *Error
	if !errors.As(err, &e) {
		return err
	}
	if e.Sheet == "" {
		e.Sheet = s.info.Name
	}
	if e.Part == "" {
		e.Part = s.info.Part
	}
	if e.Row == 0 && s.curRow > 0 {
		e.Row = s.curRow
		if e.Cell == "" && s.curCol >= 0 {
			e.Cell = CellName(s.curCol, s.curRow)
		}
	}
	return e
}

// advance reads to the next row, or through the rest of the part.
func (s *Sheet) advance() (bool, error) {
	sc := s.sc
	if s.state == sheetStart {
		if err := s.root(); err != nil || s.state == sheetDone {
			return false, err
		}
	}
	for s.state == sheetData {
		t, err := sc.nextMarkup()
		switch {
		case err != nil:
			return false, err
		case t == tokStart && string(local(sc.tag.name)) == "row":
			passed, err := s.readRow()
			if passed {
				continue
			}
			return true, err
		case t == tokStart:
			return false, sc.fail(sc.pos, Invalid, "<%s> in <sheetData>, where only rows may be", sc.tag.name)
		}
		if err := sc.closes(t, sc.names[1]); err != nil {
			return false, err
		}
		s.state = sheetTail
		s.curRow, s.curCol = 0, -1
	}
	return false, s.tail()
}

// root reads the prolog and the root element's children up to the rows.
func (s *Sheet) root() error {
	sc := s.sc
	if err := sc.prolog(); err != nil {
		return err
	}
	switch string(local(sc.tag.name)) {
	case "worksheet", "dialogsheet", "macrosheet", "chartsheet":
	default:
		return sc.fail(sc.pos, Invalid, "the sheet part's root is <%s>, not <worksheet>", sc.tag.name)
	}
	s.state = sheetTail
	if sc.tag.empty {
		return nil
	}
	root := sc.keepName(0)
	for {
		t, err := sc.nextMarkup()
		if err != nil {
			return err
		}
		if t != tokStart {
			if err := sc.closes(t, root); err != nil {
				return err
			}
			s.state = sheetDone
			return s.finish()
		}
		switch string(local(sc.tag.name)) {
		case "sheetData":
			if !sc.tag.empty {
				sc.keepName(1)
				s.state = sheetData
				return nil
			}
			return nil // an empty <sheetData/>: the rest is tail
		case "row", "c":
			return sc.fail(sc.pos, Invalid, "<%s> outside <sheetData>", sc.tag.name)
		case "mergeCells":
			return sc.fail(sc.pos, Invalid, "<mergeCells> before <sheetData>")
		}
		sc.guardRows = true // excelize would take rows nested in what is skipped here
		err = sc.skip()
		sc.guardRows = false
		if err != nil {
			return err
		}
	}
}

// tail reads the root element's children after <sheetData>, the merged
// ranges among them, then the end of the part.
func (s *Sheet) tail() error {
	sc := s.sc
	for s.state == sheetTail {
		t, err := sc.nextMarkup()
		if err != nil {
			return err
		}
		if t != tokStart {
			if err := sc.closes(t, sc.names[0]); err != nil {
				return err
			}
			s.state = sheetDone
			break
		}
		switch string(local(sc.tag.name)) {
		case "mergeCells":
			if s.mergesSeen {
				return sc.fail(sc.pos, Invalid, "a second <mergeCells>")
			}
			s.mergesSeen = true
			if s.found, err = readMergeCells(sc, s.lim, nil); err != nil {
				return err
			}
		case "sheetData":
			return sc.fail(sc.pos, Invalid, "a second <sheetData>")
		case "row", "c":
			return sc.fail(sc.pos, Invalid, "<%s> outside <sheetData>", sc.tag.name)
		default:
			if err := sc.skip(); err != nil {
				return err
			}
		}
	}
	return s.finish()
}

// finish reads the epilogue and settles the merged ranges.
func (s *Sheet) finish() error {
	if err := s.sc.epilogue(); err != nil {
		return err
	}
	if err := settleMerges(s.found); err != nil {
		return err
	}
	if s.mergesKnown { // read ahead: the rows went by with these
		if !sameRanges(s.merges, s.found) {
			return newError(Invalid, "the merged ranges read ahead differ from those read in order (a comment or CDATA section that looks like </sheetData>?)")
		}
		return nil
	}
	s.merges, s.mergesKnown = s.found, true
	return nil
}
