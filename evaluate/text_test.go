package evaluate

import (
	"strings"
	"testing"
	"unicode"
)

// TestTrimCell holds the fast paths to strings.TrimSpace over every space
// and near-space at either end of ASCII and Chinese texts.
func TestTrimCell(t *testing.T) {
	var edges []string
	for r := rune(0); r <= 0x3100; r++ {
		if unicode.IsSpace(r) || r == 0x200B || r == 0x3001 || r == 'a' || r == 0x2060 || r == 0xA1 {
			edges = append(edges, string(r))
		}
	}
	for _, core := range []string{"", "满意", "a", "基本 满意", "P0001", "人"} {
		for _, l := range append(edges, "") {
			for _, r := range append(edges, "") {
				s := l + core + r
				if got, want := TrimCell(s), strings.TrimSpace(s); got != want {
					t.Errorf("TrimCell(%q) = %q, want %q", s, got, want)
				}
				if got, want := blank(s), strings.TrimSpace(s) == ""; got != want {
					t.Errorf("blank(%q) = %v, want %v", s, got, want)
				}
			}
		}
	}
}
