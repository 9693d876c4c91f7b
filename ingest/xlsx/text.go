package xlsx

import (
	"bytes"
	"unicode/utf8"
)

// maxRef bounds a reference, "&" to ";": "&#x10FFFF;" is 10 bytes, and a
// few leading zeros are allowed.
const maxRef = 32

// textSpecial marks the bytes of character data that need more than
// copying: references, carriage returns (XML turns "\r\n" and "\r" into
// "\n") and ">" (which may end a forbidden "]]>").
var textSpecial = [256]bool{'&': true, '\r': true, '>': true}

// text reads the character data at pos, up to the next "<" or the end of
// the part, appending it decoded to dst when keep is set (and otherwise only
// checking it).
func (s *scanner) text(dst []byte, keep bool) ([]byte, error) {
	for {
		w := s.window()
		cut := bytes.IndexByte(w, '<')
		whole := cut >= 0
		if !whole {
			cut = safeCut(w, s.eof && s.end == s.n)
		}
		var err error
		if dst, err = s.decode(dst, w[:cut], keep, false); err != nil {
			return dst, err
		}
		s.pos += cut
		if whole || !s.more() {
			return dst, s.err
		}
	}
}

// safeCut is how much of w, character data that goes on past it, can be
// decoded without seeing what follows: not a reference cut short, nor a "\r"
// that may precede "\n", nor a "]" that may begin "]]>".
func safeCut(w []byte, atEOF bool) int {
	cut := len(w)
	if atEOF {
		return cut
	}
	if amp := bytes.LastIndexByte(w, '&'); amp >= 0 && cut-amp < maxRef && bytes.IndexByte(w[amp:], ';') < 0 {
		cut = amp
	}
	for i := 0; i < 2 && cut > 0 && (w[cut-1] == '\r' || w[cut-1] == ']'); i++ {
		cut--
	}
	return cut
}

// cdata reads a CDATA section after its "<![CDATA[", through its "]]>".
func (s *scanner) cdata(dst []byte, keep bool) ([]byte, error) {
	for {
		w := s.window()
		end := bytes.Index(w, []byte("]]>"))
		cut := end
		if end < 0 {
			cut = max(len(w)-2, 0) // keep what may begin "]]>"
			if cut > 0 && w[cut-1] == '\r' {
				cut--
			}
		}
		if keep {
			dst = crlf(dst, w[:cut])
		}
		if end >= 0 {
			s.pos += end + 3
			return dst, nil
		}
		s.pos += cut
		if !s.more() {
			return dst, s.fail(s.pos, Malformed, "an unterminated CDATA section")
		}
	}
}

// decode appends character data seg, complete in itself, to dst when keep
// is set, resolving references and line ends. In an attribute value "]]>"
// is allowed.
func (s *scanner) decode(dst, seg []byte, keep, inAttr bool) ([]byte, error) {
	base := s.pos // seg starts at pos when it is text; close enough for attributes
	i := 0
	for i < len(seg) {
		j := i
		for j < len(seg) && !textSpecial[seg[j]] {
			j++
		}
		if keep {
			dst = append(dst, seg[i:j]...)
		}
		if j == len(seg) {
			break
		}
		switch seg[j] {
		case '&':
			r, n, bad := parseRef(seg[j:])
			if bad != refOK {
				return dst, s.refError(base+j, bad, seg[j:j+n])
			}
			if keep {
				dst = utf8.AppendRune(dst, r)
			}
			j += n
		case '\r':
			if keep {
				dst = append(dst, '\n')
			}
			j++
			if j < len(seg) && seg[j] == '\n' {
				j++
			}
		case '>':
			if !inAttr && j >= 2 && seg[j-1] == ']' && seg[j-2] == ']' {
				return dst, s.fail(base+j-2, Malformed, "\"]]>\" in text")
			}
			if keep {
				dst = append(dst, '>')
			}
			j++
		}
		i = j
	}
	return dst, nil
}

// crlf appends CDATA text with XML's line-end rule.
func crlf(dst, seg []byte) []byte {
	for i, c := range seg {
		switch {
		case c != '\r':
			dst = append(dst, c)
		case i+1 < len(seg) && seg[i+1] == '\n':
		default:
			dst = append(dst, '\n')
		}
	}
	return dst
}

// refProblem says what is wrong with a reference.
type refProblem int

const (
	refOK       refProblem = iota
	refBare                // "&" with no ";" after it
	refUnknown             // an entity XML does not define, "&nbsp;"
	refEmpty               // "&#;"
	refBadDigit            // "&#x4G;"
	refTooLarge            // past U+10FFFF
	refNotChar             // a character XML does not allow, "&#0;"
)

// parseRef decodes the reference at the start of b ("&amp;", "&#20013;",
// "&#x4E2D;"). It returns the character and the bytes taken, or what is
// wrong with it and the bytes of the reference (none for a bare "&").
func parseRef(b []byte) (r rune, n int, bad refProblem) {
	end := bytes.IndexByte(b[:min(len(b), maxRef)], ';')
	if end < 0 {
		return 0, 0, refBare
	}
	n = end + 1
	body := b[1:end]
	switch string(body) {
	case "amp":
		return '&', n, refOK
	case "lt":
		return '<', n, refOK
	case "gt":
		return '>', n, refOK
	case "quot":
		return '"', n, refOK
	case "apos":
		return '\'', n, refOK
	}
	if len(body) < 2 || body[0] != '#' {
		return 0, n, refUnknown
	}
	digits, base := body[1:], rune(10)
	if digits[0] == 'x' {
		digits, base = digits[1:], 16
	}
	if len(digits) == 0 {
		return 0, n, refEmpty
	}
	for _, c := range digits {
		var d rune
		switch {
		case '0' <= c && c <= '9':
			d = rune(c - '0')
		case base == 16 && 'a' <= c && c <= 'f':
			d = rune(c-'a') + 10
		case base == 16 && 'A' <= c && c <= 'F':
			d = rune(c-'A') + 10
		default:
			return 0, n, refBadDigit
		}
		r = r*base + d
		if r > utf8.MaxRune {
			return 0, n, refTooLarge
		}
	}
	if !isXMLChar(r) {
		return 0, n, refNotChar
	}
	return r, n, refOK
}

// refError reports the reference ref at buf[i] that parseRef refused.
func (s *scanner) refError(i int, bad refProblem, ref []byte) error {
	switch bad {
	case refBare:
		return s.fail(i, Malformed, "\"&\" not followed by a reference ending in \";\" (a bare \"&\" must be written &amp;)")
	case refUnknown:
		return s.fail(i, Malformed, "unknown entity %s", ref)
	case refEmpty:
		return s.fail(i, Malformed, "empty character reference %s", ref)
	case refBadDigit:
		return s.fail(i, Malformed, "bad character reference %s", ref)
	case refTooLarge:
		return s.fail(i, Malformed, "character reference out of range %s", ref)
	}
	return s.fail(i, Malformed, "character reference to a character XML does not allow %s", ref)
}

// attrValue decodes an attribute's value into dst.
func (s *scanner) attrValue(dst []byte, a attr) ([]byte, error) {
	if !a.amp && bytes.IndexByte(a.value, '\r') < 0 {
		return append(dst, a.value...), nil
	}
	return s.decode(dst, a.value, true, true)
}

// unescapeXstring decodes, in place, the escapes that ST_Xstring text uses
// for characters XML cannot carry: "_x000D_" is a carriage return and
// "_x005F_" a literal underscore. Escapes are found left to right without
// overlapping, as Excel (and excelize) read them. An escaped UTF-16
// surrogate is refused: no writer needs one, and decoding it would need a
// guess.
func unescapeXstring(b []byte) ([]byte, bool) {
	i := bytes.Index(b, []byte("_x"))
	if i < 0 {
		return b, true
	}
	w := i
	for i < len(b) {
		if b[i] == '_' && i+7 <= len(b) && b[i+1] == 'x' && b[i+6] == '_' {
			if v, ok := hex4(b[i+2 : i+6]); ok {
				if 0xD800 <= v && v <= 0xDFFF {
					return b, false
				}
				w += utf8.EncodeRune(b[w:], v)
				i += 7
				continue
			}
		}
		b[w] = b[i]
		w++
		i++
	}
	return b[:w], true
}

func hex4(b []byte) (rune, bool) {
	var v rune
	for _, c := range b {
		switch {
		case '0' <= c && c <= '9':
			v = v<<4 | rune(c-'0')
		case 'a' <= c && c <= 'f':
			v = v<<4 | rune(c-'a'+10)
		case 'A' <= c && c <= 'F':
			v = v<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return v, true
}
