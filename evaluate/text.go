package evaluate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// TrimCell trims Unicode white space (the ideographic space U+3000 among
// it) from both ends of a cell's text, as every reader and the tally do. A
// text that starts and ends with neither is returned at the cost of two
// byte tests: the lead bytes of the non-ASCII spaces are few.
func TrimCell(s string) string {
	if s == "" || (!spaceAtStart(s) && !spaceAtEnd(s)) {
		return s
	}
	return strings.TrimSpace(s)
}

// blank reports whether s is empty or white space only.
func blank(s string) bool { return s == "" || (spaceAtStart(s) && strings.TrimSpace(s) == "") }

// spaceAtStart reports whether s, not empty, may start with white space.
func spaceAtStart(s string) bool {
	b := s[0]
	if b < utf8.RuneSelf {
		return asciiSpace(b)
	}
	if !spaceLead(b) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r)
}

// spaceAtEnd reports whether s, not empty, may end with white space.
func spaceAtEnd(s string) bool {
	b := s[len(s)-1]
	if b < utf8.RuneSelf {
		return asciiSpace(b)
	}
	if !spaceTail[b] {
		return false
	}
	// The last rune's lead byte is at most three bytes back.
	i := len(s) - 1
	for i > 0 && i > len(s)-4 && !utf8.RuneStart(s[i]) {
		i--
	}
	if !spaceLead(s[i]) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsSpace(r)
}

func asciiSpace(b byte) bool { return b == ' ' || (b >= '\t' && b <= '\r') }

// spaceLead reports whether b leads the UTF-8 encoding of some non-ASCII
// white space: U+0085 and U+00A0 (C2), U+1680 (E1), U+2000–U+205F (E2),
// U+3000 (E3).
func spaceLead(b byte) bool { return b == 0xC2 || (b >= 0xE1 && b <= 0xE3) }

// spaceTail marks the bytes that end the UTF-8 encoding of some non-ASCII
// white space (85, A0, 80 …): text ending in any other, as most Chinese
// text does, is told by its last byte alone.
var spaceTail = func() (t [256]bool) {
	for _, rg := range unicode.White_Space.R16 {
		for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
			if r >= utf8.RuneSelf {
				var enc [utf8.UTFMax]byte
				n := utf8.EncodeRune(enc[:], r)
				t[enc[n-1]] = true
			}
		}
	}
	return t
}()
