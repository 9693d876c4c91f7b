package xlsx

import (
	"bytes"
	"math/rand/v2"
	"testing"
	"unicode/utf8"
)

// refCheckChars is checkChars one rune at a time.
func refCheckChars(b []byte, atEOF bool) (good, bad int) {
	for i := 0; i < len(b); {
		if !utf8.FullRune(b[i:]) {
			if atEOF {
				return i, i
			}
			return i, -1
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 || r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0xFFFE || r == 0xFFFF {
			return i, i
		}
		i += size
	}
	return len(b), -1
}

// checkChars finds the first byte XML does not allow, or a rune cut by the
// end, wherever it falls in the words it reads at a time.
func TestCheckChars(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	plain := []byte(`<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>77</v></c></row>`)
	odd := [][]byte{{0x01}, {0x1F}, {'\t'}, {'\n'}, {'\r'}, []byte("满意"), []byte("满意")[:2], {0xFF}, []byte("\uFFFE"), []byte("𝄞")}
	for range 4000 {
		b := bytes.Repeat(plain, 3)[:r.IntN(3*len(plain))]
		for range r.IntN(3) {
			at := r.IntN(len(b) + 1)
			b = append(b[:at:at], append(odd[r.IntN(len(odd))], b[at:]...)...)
		}
		for _, atEOF := range []bool{false, true} {
			good, bad := checkChars(b, atEOF)
			wantGood, wantBad := refCheckChars(b, atEOF)
			if good != wantGood || bad != wantBad {
				t.Fatalf("checkChars(%q, %v) = %d, %d; want %d, %d", b, atEOF, good, bad, wantGood, wantBad)
			}
		}
	}
}

func BenchmarkCheckChars(b *testing.B) {
	data := bytes.Repeat([]byte(`<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>77</v></c></row>`), 1<<14)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if good, _ := checkChars(data, true); good != len(data) {
			b.Fatal(good)
		}
	}
}
