// Package strokes orders Chinese names by 姓氏笔画, as a notice does where
// its order must say nothing about rank: character by character from the
// surname, a character of fewer strokes first and, among characters of as
// many strokes, by the strokes in writing order, 横 before 竖, 撇, 点 and
// 折 (GB 13000.1's stroke orders). The table covers the characters of the
// sample rounds' names; [Unknown] tells the characters of other names, so
// that a caller can say which names are ordered by code point instead.
package strokes

import (
	"cmp"
	"unicode"
)

// Count is the number of strokes of r, 0 when the table does not hold it.
func Count(r rune) int { return len(table[r]) }

// Compare orders two names by 姓氏笔画. Characters other than Han ones
// (digits, letters, brackets) come first, by code point; Han characters
// the table does not hold come after those it does, by code point; a name
// that begins another comes first.
func Compare(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	for i := range min(len(ra), len(rb)) {
		if c := compareRune(ra[i], rb[i]); c != 0 {
			return c
		}
	}
	return cmp.Compare(len(ra), len(rb))
}

// rank sorts the kinds of character: other, Han in the table, Han not.
func rank(r rune) int {
	switch _, ok := table[r]; {
	case !unicode.Is(unicode.Han, r):
		return 0
	case ok:
		return 1
	}
	return 2
}

func compareRune(a, b rune) int {
	if a == b {
		return 0
	}
	if c := cmp.Compare(rank(a), rank(b)); c != 0 || rank(a) != 1 {
		if c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	}
	sa, sb := table[a], table[b]
	if c := cmp.Compare(len(sa), len(sb)); c != 0 {
		return c
	}
	if c := cmp.Compare(sa, sb); c != 0 {
		return c
	}
	return cmp.Compare(a, b) // the same strokes in the same order: 己 and 已
}

// Unknown returns the Han characters of the names that the table does not
// hold, each once, in the order met.
func Unknown(names ...string) []rune {
	var out []rune
	seen := map[rune]bool{}
	for _, n := range names {
		for _, r := range n {
			if rank(r) == 2 && !seen[r] {
				seen[r] = true
				out = append(out, r)
			}
		}
	}
	return out
}
