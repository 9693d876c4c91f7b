package ingest

import (
	"strconv"
	"strings"
)

// validYear accepts the years a round can have been held in.
func validYear(y int) bool { return y >= 1900 && y <= 2099 }

// YearFromName finds the year in a file name such as 结果-2025.xlsx or
// 2026年度评议.xlsx: a 19xx or 20xx not run together with other digits.
// It returns 0 when the name holds no year, or two different ones.
func YearFromName(path string) int {
	base := path
	if i := strings.LastIndexAny(base, `/\`); i >= 0 {
		base = base[i+1:]
	}
	found := 0
	for i := 0; i+4 <= len(base); i++ {
		digits := base[i : i+4]
		if !allDigits(digits) || (i > 0 && isDigit(base[i-1])) || (i+4 < len(base) && isDigit(base[i+4])) {
			continue
		}
		y, _ := strconv.Atoi(digits)
		if !validYear(y) {
			continue
		}
		if found != 0 && found != y {
			return 0
		}
		found = y
	}
	return found
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func allDigits(s string) bool {
	for i := range len(s) {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}
