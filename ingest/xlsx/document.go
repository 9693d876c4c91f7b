package xlsx

import (
	"bytes"
)

// The parts read here are XML documents: an optional byte-order mark and XML
// declaration, then one root element, with only whitespace, comments and
// processing instructions around it.

var bom = []byte("\xEF\xBB\xBF")

// prolog reads up to the root element's start tag, which it leaves in s.tag.
func (s *scanner) prolog() error {
	if s.need(len(bom)) && bytes.HasPrefix(s.window(), bom) {
		s.pos += len(bom)
	}
	if s.need(6) && bytes.HasPrefix(s.window(), []byte("<?xml")) && isSpace(s.window()[5]) {
		if err := s.xmlDecl(); err != nil {
			return err
		}
	}
	t, err := s.nextMarkup()
	switch {
	case err != nil:
		return err
	case t == tokEOF:
		return s.fail(s.pos, Malformed, "the part has no root element")
	case t == tokEnd:
		return s.fail(s.pos, Malformed, "</%s> before any element", s.tag.name)
	}
	return nil
}

// xmlDecl reads the XML declaration, refusing any encoding but UTF-8: Excel,
// WPS and LibreOffice write nothing else.
func (s *scanner) xmlDecl() error {
	for {
		w := s.window()
		end := bytes.Index(w, []byte("?>"))
		if end < 0 {
			if !s.more() {
				return s.fail(s.pos, Malformed, "an unterminated XML declaration")
			}
			continue
		}
		decl := w[:end]
		if i := bytes.Index(decl, []byte("encoding")); i >= 0 {
			v := bytes.TrimLeft(decl[i+len("encoding"):], " \t\r\n")
			v = bytes.TrimLeft(bytes.TrimPrefix(v, []byte("=")), " \t\r\n")
			if len(v) > 0 && (v[0] == '"' || v[0] == '\'') {
				if j := bytes.IndexByte(v[1:], v[0]); j >= 0 {
					enc := v[1 : 1+j]
					if !bytes.EqualFold(enc, []byte("UTF-8")) && !bytes.EqualFold(enc, []byte("UTF8")) {
						return s.fail(s.pos, Invalid, "the part declares encoding %q; only UTF-8 is read", enc)
					}
				}
			}
		}
		s.pos += end + 2
		return nil
	}
}

// epilogue reads what follows the root element's end tag, to the end of the
// part: reading to the end is also what makes the zip reader check the
// part's size and CRC.
func (s *scanner) epilogue() error {
	t, err := s.nextMarkup()
	switch {
	case err != nil:
		return err
	case t != tokEOF:
		return s.fail(s.pos, Malformed, "an element after the root element")
	}
	return nil
}

// level names the depth of an element, for the name copies kept in
// scanner.names: a start tag's name is a view of the window, gone when the
// window slides, but its end tag must repeat it.
const levels = 8

// keepName copies the last start tag's name at a depth.
func (s *scanner) keepName(level int) []byte {
	s.names[level] = append(s.names[level][:0], s.tag.name...)
	return s.names[level]
}

// textElement reads the text of the element whose start tag was just read
// (an <v>, <t>), through its end tag, appending it to dst.
func (s *scanner) textElement(dst []byte, level int) ([]byte, error) {
	if s.tag.empty {
		return dst, nil
	}
	name := s.keepName(level)
	for {
		t, err := s.next()
		if err != nil {
			return dst, err
		}
		switch t {
		case tokText:
			dst, err = s.text(dst, true)
		case tokCDATA:
			dst, err = s.cdata(dst, true)
		default:
			return dst, s.closes(t, name)
		}
		if err != nil {
			return dst, err
		}
	}
}

// skip consumes the element whose start tag was just read.
func (s *scanner) skip() error {
	if s.tag.empty {
		return nil
	}
	return s.skipElement(s.tag.name)
}

// richText reads the content of an <si> or <is> (named name, start tag read,
// not empty) through its end tag, appending its text to dst: its <t>, then
// the <t> of each run <r>, as Excel shows it. Phonetic runs <rPh> are a
// reading aid, not part of the value, and are skipped like other elements.
func (s *scanner) richText(dst []byte, name []byte, level int) ([]byte, error) {
	sawT, sawR := false, false
	for {
		t, err := s.nextMarkup()
		if err != nil {
			return dst, err
		}
		if t != tokStart {
			return dst, s.closes(t, name)
		}
		switch string(local(s.tag.name)) {
		case "t":
			if sawT || sawR {
				return dst, s.fail(s.pos, Invalid, "a <t> after another <t> or a run <r> in <%s>", name)
			}
			sawT = true
			dst, err = s.textElement(dst, level)
		case "r":
			sawR = true
			dst, err = s.run(dst, level)
		default:
			err = s.skip()
		}
		if err != nil {
			return dst, err
		}
	}
}

// run reads a rich-text run <r>: its properties <rPr> and its text <t>.
func (s *scanner) run(dst []byte, level int) ([]byte, error) {
	if s.tag.empty {
		return dst, nil
	}
	name := s.keepName(level)
	sawT := false
	for {
		t, err := s.nextMarkup()
		if err != nil {
			return dst, err
		}
		if t != tokStart {
			return dst, s.closes(t, name)
		}
		if string(local(s.tag.name)) == "t" {
			if sawT {
				return dst, s.fail(s.pos, Invalid, "a second <t> in a run <r>")
			}
			sawT = true
			dst, err = s.textElement(dst, level+1)
		} else {
			err = s.skip()
		}
		if err != nil {
			return dst, err
		}
	}
}
