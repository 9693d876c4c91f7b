package xlsx

import (
	"encoding/binary"
	"unicode/utf8"
)

// checkChars checks that b is UTF-8 made only of characters XML allows
// (tab, newline, carriage return, and U+0020 up, less U+FFFE and U+FFFF;
// UTF-8 cannot hold surrogates). It returns how many leading bytes are good,
// and bad, the offset of the first bad byte, or -1. A character cut off at
// the end of b is left unchecked, and counted bad only at EOF.
//
// Every byte of a part passes through here once, before any parsing, so the
// parser never meets a byte it must doubt; eight ASCII bytes at a time keep
// it cheap.
func checkChars(b []byte, atEOF bool) (good, bad int) {
	const high, spaces = 0x8080808080808080, 0x2020202020202020
	i := 0
	for i < len(b) {
		// Two words at a time while both pass, then one.
		for i+16 <= len(b) {
			w, v := binary.LittleEndian.Uint64(b[i:]), binary.LittleEndian.Uint64(b[i+8:])
			if (w|v)&high != 0 || ((w-spaces)&^w|(v-spaces)&^v)&high != 0 {
				break
			}
			i += 16
		}
		if i == len(b) {
			break
		}
		if i+8 <= len(b) {
			w := binary.LittleEndian.Uint64(b[i:])
			// All ASCII, and no byte below 0x20.
			if w&high == 0 && (w-spaces)&^w&high == 0 {
				i += 8
				continue
			}
		}
		c := b[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
				return i, i
			}
			i++
			continue
		}
		if !utf8.FullRune(b[i:]) {
			if atEOF {
				return i, i
			}
			return i, -1
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 || r == 0xFFFE || r == 0xFFFF {
			return i, i
		}
		i += size
	}
	return i, -1
}

// isXMLChar reports whether XML allows the character, for character
// references.
func isXMLChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}
