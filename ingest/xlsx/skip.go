package xlsx

import "bytes"

// bang reads what starts with "<!": a comment is skipped; the start of a
// CDATA section is consumed and reported; anything else is refused.
func (s *scanner) bang() (cdata bool, err error) {
	const comment, cdataStart = "<!--", "<![CDATA["
	s.need(len(cdataStart))
	w := s.window()
	switch {
	case bytes.HasPrefix(w, []byte(comment)):
		s.pos += len(comment)
		return false, s.skipComment()
	case bytes.HasPrefix(w, []byte(cdataStart)):
		s.pos += len(cdataStart)
		return true, nil
	case bytes.HasPrefix(w, []byte("<!DOCTYPE")):
		return false, s.fail(s.pos, Invalid, "a DOCTYPE declaration (not allowed in a workbook part)")
	}
	return false, s.fail(s.pos, Malformed, "\"<!\" starts neither a comment nor a CDATA section")
}

// skipComment consumes a comment's text and its "-->"; "--" may not occur
// inside.
func (s *scanner) skipComment() error {
	for {
		w := s.window()
		i := bytes.Index(w, []byte("--"))
		if i >= 0 && i+2 < len(w) {
			if w[i+2] != '>' {
				return s.fail(s.pos+i, Malformed, "\"--\" inside a comment")
			}
			s.pos += i + 3
			return nil
		}
		if i < 0 {
			s.pos += max(len(w)-1, 0) // a "-" at the end may begin "--"
		} else {
			s.pos += i
		}
		if !s.more() {
			return s.fail(s.pos, Malformed, "an unterminated comment")
		}
	}
}

// skipPI consumes a processing instruction, "<?target ...?>". The XML
// declaration is read by prolog; "xml" elsewhere is an error.
func (s *scanner) skipPI() error {
	s.need(6)
	w := s.window()
	i := nameEnd(w, 2)
	if i == 2 {
		return s.fail(s.pos, Malformed, "a processing instruction without a target")
	}
	if bytes.EqualFold(w[2:i], []byte("xml")) {
		return s.fail(s.pos, Malformed, "an XML declaration that is not at the start of the part")
	}
	s.pos += i
	if !s.skipUntil("?>") {
		return s.fail(s.pos, Malformed, "an unterminated processing instruction")
	}
	return nil
}

// skipUntil consumes up to and including the first occurrence of end. It
// is false when the part ends first, or on error (which fail then keeps).
func (s *scanner) skipUntil(end string) bool {
	for {
		w := s.window()
		if i := bytes.Index(w, []byte(end)); i >= 0 {
			s.pos += i + len(end)
			return true
		}
		s.pos += max(len(w)-len(end)+1, 0)
		if !s.more() {
			return false
		}
	}
}

// skipElement consumes the content and end tag of the element whose start
// tag (named name, not empty) was just read, checking that it is well
// formed: every tag closed by its own name, every reference known.
func (s *scanner) skipElement(name []byte) error {
	s.stack = append(s.stack[:0], name...)
	s.ends = append(s.ends[:0], len(s.stack))
	for len(s.ends) > 0 {
		t, err := s.next()
		if err != nil {
			return err
		}
		switch t {
		case tokEOF:
			return s.fail(s.pos, Malformed, "the part ends inside <%s>", s.stack[:s.ends[0]])
		case tokText:
			if _, err := s.text(nil, false); err != nil {
				return err
			}
		case tokCDATA:
			if _, err := s.cdata(nil, false); err != nil {
				return err
			}
		case tokStart:
			if s.guardRows {
				switch string(local(s.tag.name)) {
				case "row", "c", "sheetData":
					return s.fail(s.pos, Invalid, "<%s> inside <%s>, outside <sheetData>", s.tag.name, s.stack[:s.ends[0]])
				}
			}
			if !s.tag.empty {
				if len(s.ends) == maxDepth {
					return s.fail(s.pos, TooLarge, "elements nested more than %d deep", maxDepth)
				}
				s.stack = append(s.stack, s.tag.name...)
				s.ends = append(s.ends, len(s.stack))
			}
		case tokEnd:
			top := len(s.ends) - 1
			open := s.stack[start(s.ends, top):s.ends[top]]
			if !bytes.Equal(open, s.tag.name) {
				return s.fail(s.pos, Malformed, "</%s> closes <%s>", s.tag.name, open)
			}
			s.stack = s.stack[:start(s.ends, top)]
			s.ends = s.ends[:top]
		}
	}
	return nil
}

// maxDepth bounds the nesting of elements skipped unread.
const maxDepth = 256

func start(ends []int, i int) int {
	if i == 0 {
		return 0
	}
	return ends[i-1]
}

// closes checks that token t is the end tag of the element named name.
func (s *scanner) closes(t token, name []byte) error {
	switch {
	case t == tokEOF:
		return s.fail(s.pos, Malformed, "the part ends inside <%s>", name)
	case t == tokStart:
		return s.fail(s.pos, Invalid, "unexpected <%s> in <%s>", s.tag.name, name)
	case !bytes.Equal(s.tag.name, name):
		return s.fail(s.pos, Malformed, "</%s> closes <%s>", s.tag.name, name)
	}
	return nil
}
