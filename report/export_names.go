package report

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// windowsReserved are the characters no Windows file name may hold.
const windowsReserved = `\/:*?"<>|`

// maxNameRunes keeps a unit's part of a file name well inside the 255
// characters a file name may have, suffix and collision mark included.
const maxNameRunes = 80

// safeFileStem makes a unit name usable as a file name on Windows, macOS
// and Linux: Chinese and other letters are kept; the reserved characters
// \ / : * ? " < > | and control characters become _, and so does a leading
// dot, which would hide the file.
func safeFileStem(unit string) string {
	var b strings.Builder
	for i, r := range strings.TrimSpace(unit) {
		switch {
		case strings.ContainsRune(windowsReserved, r), r < 0x20, r == 0x7f, i == 0 && r == '.':
			b.WriteRune('_')
		default:
			b.WriteRune(r)
		}
	}
	s := b.String()
	if utf8.RuneCountInString(s) > maxNameRunes {
		s = string([]rune(s)[:maxNameRunes])
	}
	if s == "" {
		s = "_"
	}
	return s
}

// unitFile is the file a unit's results go to, and, when its name had to
// change to stay apart from another unit's, which unit it collided with.
type unitFile struct {
	Unit, File string
	// CollidesWith is the earlier unit whose file name this one's would
	// have been; "" when there was no collision.
	CollidesWith string
}

// unitFiles names each unit's file: the safe stem plus suffix. Two units
// whose stems match (ignoring case, as Windows and macOS do) are told apart
// visibly: the later one gets (2), (3) …, in the order given, so the same
// round always gives the same names.
func unitFiles(units []string, suffix string) []unitFile {
	taken := map[string]string{} // lower-case file name -> unit
	out := make([]unitFile, 0, len(units))
	for _, u := range units {
		stem := safeFileStem(u)
		uf := unitFile{Unit: u, File: stem + suffix}
		if first, clash := taken[strings.ToLower(uf.File)]; clash {
			uf.CollidesWith = first
			for n := 2; ; n++ {
				uf.File = fmt.Sprintf("%s(%d)%s", stem, n, suffix)
				if _, clash := taken[strings.ToLower(uf.File)]; !clash {
					break
				}
			}
		}
		taken[strings.ToLower(uf.File)] = u
		out = append(out, uf)
	}
	return out
}
