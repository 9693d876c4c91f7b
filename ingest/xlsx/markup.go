package xlsx

import (
	"bytes"
)

// attr is an attribute as written: its qualified name and its raw value,
// which holds references to decode when amp is set. Both are views of the
// scanner's window.
type attr struct {
	name  []byte
	value []byte
	amp   bool
}

// tagInfo is the last start or end tag read. Its slices are views of the
// scanner's window, good until the scanner next reads.
type tagInfo struct {
	name  []byte // qualified name, "x:c"
	empty bool   // <c/>
	attrs []attr
}

// local is a qualified name without its prefix: element and attribute names
// are matched by local name, as excelize matches them, so that writers that
// prefix every element (<x:c>) read the same.
func local(name []byte) []byte {
	if i := bytes.IndexByte(name, ':'); i > 0 && i < len(name)-1 {
		return name[i+1:]
	}
	return name
}

// token kinds returned by next.
type token int

const (
	tokEOF   token = iota
	tokText        // character data starts at pos; read it with text
	tokStart       // a start tag, in s.tag
	tokEnd         // an end tag, in s.tag.name
	tokCDATA       // "<![CDATA[" consumed; read the section with cdata
)

// nameChar marks the ASCII bytes a name may hold after its first; every
// byte of a multi-byte character is allowed (checkChars has vouched for the
// UTF-8).
var nameChar, nameStart [256]bool

func init() {
	for c := 0; c < 256; c++ {
		letter := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_' || c == ':' || c >= 0x80
		nameStart[c] = letter
		nameChar[c] = letter || '0' <= c && c <= '9' || c == '-' || c == '.'
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// next reads the next token, skipping comments and processing
// instructions. Text is not consumed: the caller reads or refuses it.
func (s *scanner) next() (token, error) {
	for {
		if !s.need(1) {
			return tokEOF, s.err
		}
		if s.buf[s.pos] != '<' {
			return tokText, nil
		}
		if !s.need(2) {
			return tokEOF, s.fail(s.pos, Malformed, "the part ends inside a tag")
		}
		switch c := s.buf[s.pos+1]; {
		case c == '/':
			return tokEnd, s.endTag()
		case c == '?':
			if err := s.skipPI(); err != nil {
				return tokEOF, err
			}
		case c == '!':
			cdata, err := s.bang()
			if err != nil {
				return tokEOF, err
			}
			if cdata {
				return tokCDATA, nil
			}
		case nameStart[c]:
			return tokStart, s.startTag()
		default:
			return tokEOF, s.fail(s.pos, Malformed, "%q after \"<\" does not start a tag", rune(c))
		}
	}
}

// nextMarkup is next where only whitespace may come between tags: any other
// text, CDATA included, is an error.
func (s *scanner) nextMarkup() (token, error) {
	for {
		if err := s.skipSpace(); err != nil {
			return tokEOF, err
		}
		t, err := s.next()
		switch {
		case err != nil:
			return tokEOF, err
		case t == tokText && isSpace(s.buf[s.pos]):
			continue // whitespace after a comment or processing instruction
		case t == tokText:
			return tokEOF, s.fail(s.pos, Malformed, "text %q where only tags may be", s.snippet())
		case t == tokCDATA:
			return tokEOF, s.fail(s.pos, Invalid, "a CDATA section where only tags may be")
		}
		return t, nil
	}
}

// snippet is a little of the window, for messages.
func (s *scanner) snippet() string {
	w := s.window()
	if len(w) > 20 {
		w = w[:20]
	}
	return string(w)
}

// skipSpace consumes whitespace.
func (s *scanner) skipSpace() error {
	for {
		w := s.window()
		i := 0
		for i < len(w) && isSpace(w[i]) {
			i++
		}
		s.pos += i
		if i < len(w) || !s.more() {
			return s.err
		}
	}
}

// startTag reads the start tag at pos into s.tag.
func (s *scanner) startTag() error {
	for {
		n, err := s.parseStartTag(s.window())
		if err != nil {
			return err
		}
		if n > 0 {
			s.pos += n
			return nil
		}
		if !s.more() {
			return s.fail(s.pos, Malformed, "the part ends inside a start tag")
		}
	}
}

// parseStartTag parses a start tag at the beginning of w. It returns the
// bytes it took, or 0 when w ends before the tag does.
func (s *scanner) parseStartTag(w []byte) (int, error) {
	t := &s.tag
	t.attrs = t.attrs[:0]
	t.empty = false
	i := nameEnd(w, 1)
	t.name = w[1:i]
	for {
		j := i
		for j < len(w) && isSpace(w[j]) {
			j++
		}
		if j == len(w) {
			return 0, nil
		}
		switch w[j] {
		case '>':
			return j + 1, nil
		case '/':
			if j+1 == len(w) {
				return 0, nil
			}
			if w[j+1] != '>' {
				return 0, s.fail(s.pos+j, Malformed, "\"/\" not followed by \">\" in tag <%s>", t.name)
			}
			t.empty = true
			return j + 2, nil
		}
		if j == i || !nameStart[w[j]] {
			return 0, s.fail(s.pos+j, Malformed, "an attribute name expected in tag <%s>", t.name)
		}
		k := nameEnd(w, j)
		a := attr{name: w[j:k]}
		for k < len(w) && isSpace(w[k]) {
			k++
		}
		if k == len(w) {
			return 0, nil
		}
		if w[k] != '=' {
			return 0, s.fail(s.pos+k, Malformed, "attribute %s without \"=\" in tag <%s>", a.name, t.name)
		}
		k++
		for k < len(w) && isSpace(w[k]) {
			k++
		}
		if k == len(w) {
			return 0, nil
		}
		q := w[k]
		if q != '"' && q != '\'' {
			return 0, s.fail(s.pos+k, Malformed, "the value of attribute %s is not quoted", a.name)
		}
		k++
		start := k
		for ; k < len(w) && w[k] != q; k++ {
			switch w[k] {
			case '<':
				return 0, s.fail(s.pos+k, Malformed, "\"<\" in the value of attribute %s", a.name)
			case '&':
				a.amp = true
			}
		}
		if k == len(w) {
			return 0, nil
		}
		a.value = w[start:k]
		t.attrs = append(t.attrs, a)
		i = k + 1
	}
}

// nameEnd is the end of the name starting at w[i], or len(w).
func nameEnd(w []byte, i int) int {
	for i < len(w) && nameChar[w[i]] {
		i++
	}
	return i
}

// endTag reads the end tag at pos into s.tag.name.
func (s *scanner) endTag() error {
	for {
		w := s.window()
		if len(w) > 2 && !nameStart[w[2]] {
			return s.fail(s.pos, Malformed, "a name expected after \"</\"")
		}
		i := nameEnd(w, 2)
		j := i
		for j < len(w) && isSpace(w[j]) {
			j++
		}
		if j < len(w) {
			if w[j] != '>' {
				return s.fail(s.pos+j, Malformed, "end tag </%s> not closed by \">\"", w[2:i])
			}
			s.tag.name = w[2:i]
			s.pos += j + 1
			return nil
		}
		if !s.more() {
			return s.fail(s.pos, Malformed, "the part ends inside an end tag")
		}
	}
}
