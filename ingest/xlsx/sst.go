package xlsx

import (
	"archive/zip"
	"math"
	"strconv"
	"unicode/utf8"
)

// sharedStrings is the shared-string table: all the strings end to end in
// one string, and where each ends. A cell's text is a slice of it, so
// reading a shared-string cell copies nothing, allocates nothing, and gives
// a string that stays good.
type sharedStrings struct {
	text string
	ends []uint32 // string i is text[ends[i-1]:ends[i]], ends[-1] being 0
}

func (t *sharedStrings) count() int { return len(t.ends) }

func (t *sharedStrings) at(i int) string {
	start := uint32(0)
	if i > 0 {
		start = t.ends[i-1]
	}
	return t.text[start:t.ends[i]]
}

// readSharedStrings reads the shared-string part, streamed: only the table
// is kept.
func (w *Workbook) readSharedStrings(f *zip.File) (*sharedStrings, error) {
	c, closer, err := w.openPart(f)
	if err != nil {
		return nil, err
	}
	defer closer.Close()
	s := newStreamScanner(f.Name, c)
	t, err := parseSharedStrings(s, w.limits)
	if err != nil {
		if e, ok := err.(*Error); ok && e.Part == "" {
			e.Part = f.Name
		}
		return nil, err
	}
	return t, nil
}

func parseSharedStrings(s *scanner, lim Limits) (*sharedStrings, error) {
	if err := s.prolog(); err != nil {
		return nil, err
	}
	if string(local(s.tag.name)) != "sst" {
		return nil, s.fail(s.pos, Invalid, "the shared strings part's root is <%s>, not <sst>", s.tag.name)
	}
	maxBytes := min(lim.SharedBytes, math.MaxUint32)
	var buf []byte
	var ends []uint32
	for _, a := range s.tag.attrs {
		if string(local(a.name)) == "uniqueCount" {
			if n, err := strconv.Atoi(string(a.value)); err == nil && n > 0 {
				ends = make([]uint32, 0, min(n, lim.SharedStrings, 1<<20)) // a hint, bounded
			}
		}
	}
	if !s.tag.empty {
		root := s.keepName(0)
		for {
			t, err := s.nextMarkup()
			if err != nil {
				return nil, err
			}
			if t != tokStart {
				if err := s.closes(t, root); err != nil {
					return nil, err
				}
				break
			}
			if string(local(s.tag.name)) != "si" {
				if err := s.skip(); err != nil {
					return nil, err
				}
				continue
			}
			if len(ends) == lim.SharedStrings {
				return nil, s.fail(s.pos, TooLarge, "more than %d shared strings (Limits.SharedStrings)", lim.SharedStrings)
			}
			start := len(buf)
			if !s.tag.empty {
				if buf, err = s.richText(buf, s.keepName(1), 2); err != nil {
					return nil, err
				}
			}
			item, ok := unescapeXstring(buf[start:])
			if !ok {
				return nil, s.fail(s.pos, Invalid, "shared string %d escapes a UTF-16 surrogate (_xD800_ to _xDFFF_)", len(ends))
			}
			buf = buf[:start+len(item)]
			if tooLong(item, lim.CellChars) {
				return nil, s.fail(s.pos, TooLarge, "shared string %d is longer than %d characters (Limits.CellChars)", len(ends), lim.CellChars)
			}
			if int64(len(buf)) > maxBytes {
				return nil, s.fail(s.pos, TooLarge, "the shared strings exceed %d bytes (Limits.SharedBytes)", maxBytes)
			}
			ends = append(ends, uint32(len(buf)))
		}
	}
	if err := s.epilogue(); err != nil {
		return nil, err
	}
	return &sharedStrings{text: string(buf), ends: ends}, nil
}

// tooLong reports whether text has more than limit characters, counting
// only when its bytes could.
func tooLong(text []byte, limit int) bool {
	return len(text) > limit && utf8.RuneCount(text) > limit
}
