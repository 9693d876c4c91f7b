package ingest

import (
	"bytes"
	"errors"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/sample"
)

// fold is the test's own reading of what a person may type for a number:
// full-width ASCII (U+FF01–U+FF5E) and the ideographic space fold to ASCII,
// surrounding blanks go. It does not use x/text, so it checks parseNumber
// rather than restating it.
func fold(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 0xFF01 && r <= 0xFF5E:
			r -= 0xFEE0
		case r == 0x3000:
			r = ' '
		}
		b.WriteRune(r)
	}
	return strings.TrimSpace(b.String())
}

// plainDecimal reports whether s is made only of the characters of a
// decimal number, so that strconv reads it as one: no hex, no inf or nan,
// no underscores.
func plainDecimal(s string) bool {
	return s != "" && strings.Trim(s, "0123456789.eE+-") == ""
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{
		"85.5", "８５．５", " 90 ", "\u3000９０\u3000", "０", "－３", "１ｅ２", "100", "-0", ".5", "5.", "+1",
		"1e", "e1", "1e400", "-1e400", "1e-400", "abc", "", " ", "8 5", "85,5", "85。5",
		"NaN", "nan", "Inf", "-Infinity", "ｉｎｆ", "ＮａＮ", "0x1p6", "０ｘ１ｐ６", "0X1P-2", "1_000", "0x_1p0",
		"8.5000000000000004E-2", "\u00a085\u00a0", "85\x00", "\xff", "٨٥",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := parseNumber(s)
		plain := fold(s)
		want, werr := strconv.ParseFloat(plain, 64)
		readable := plainDecimal(plain) && werr == nil && !math.IsInf(want, 0)
		switch {
		case err != nil && readable:
			t.Fatalf("parseNumber(%q): %v; want %g", s, err, want)
		case err == nil && !readable:
			t.Fatalf("parseNumber(%q) = %g; want an error, %q is not a decimal number", s, v, plain)
		case err == nil && (v != want || math.IsNaN(v) || math.IsInf(v, 0)):
			t.Fatalf("parseNumber(%q) = %g, want %g", s, v, want)
		case err != nil && !strings.Contains(err.Error(), strconv.Quote(s)):
			t.Fatalf("parseNumber(%q): error %q does not quote the input", s, err)
		}
	})
}

func FuzzLoadRules(f *testing.F) {
	for _, s := range []string{
		"",
		"base: chibi\nmin_ratings: 10\n",
		"base: nosuch\n",
		"min_ratings: many\n",
		"colour: red\n",
		"groups:\n  - name: 甲\n    weight: .nan\n",
		"groups:\n  - name: 甲\n    weight: .inf\n",
		"groups: null\n",
		"scale: ~\n",
		"trim: {k: 1}\n",
		"tie_break: [satisfaction, satisfaction]\n",
		"categories:\n  - {name: 甲类, bottom: -1}\n",
		"liability:\n  - scope: unit\n    threshold: 0\n",
		"base: [chibi]\n",
		"name: &a chibi\nbase: *a\n",
		"a: &a [*a, *a]\n",
		"- 1\n- 2\n",
		"just a string",
		"---\nmin_ratings: 1\n---\nmin_ratings: -1\n",
		"{",
		"min_ratings: 1\nmin_ratings: 2\n",
		"min_ratings: 99999999999999999999\n",
		"\xef\xbb\xbfmin_ratings: 3\n",
		"\xff\xfe\x00",
		"\t- x",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "rules.yaml")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		rules, err := LoadRules(path, evaluate.DefaultPreset)
		if err != nil {
			if rules != nil {
				t.Fatalf("rules and an error: %v", err)
			}
			if !errors.Is(err, evaluate.ErrRules) {
				t.Fatalf("error %v does not match ErrRules", err)
			}
			return
		}
		if err := rules.Validate(); err != nil {
			t.Fatalf("LoadRules accepted rules that do not validate: %v", err)
		}
		if rules.Base == "" {
			t.Fatal("accepted rules name no base")
		}
	})
}

// FuzzWorkbook damages a small valid round workbook byte by byte: whatever
// the bytes, reading the round and its ballots must fail as invalid data or
// succeed, never panic.
func FuzzWorkbook(f *testing.F) {
	dir := f.TempDir()
	seed := filepath.Join(dir, "seed.xlsx")
	err := sample.WriteWorkbook(seed, []sample.Sheet{
		rosterSheet(person("T001", "张三", "市民政局", "办公室", "综合管理类", "李", "王")),
		{Name: "选票", Rows: [][]any{{"票号", "代表类别", "T001"}, {"P1", "党代表", "满意"}}},
		{Name: "测试成绩", Rows: [][]any{{"编号", "成绩"}, {"T001", 90}}},
	})
	if err != nil {
		f.Fatal(err)
	}
	data, err := os.ReadFile(seed)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data, 0, byte(0))
	f.Add(data, len(data)/2, byte(0xff))
	f.Add(data, 40, byte('x'))
	// The top byte of the first part's uncompressed size in the zip
	// directory: the part then claims about 4 GB.
	f.Add(data, bytes.Index(data, []byte("PK\x01\x02"))+27, byte(0xF0))
	f.Fuzz(func(t *testing.T, data []byte, at int, b byte) {
		if at >= 0 && at < len(data) {
			data = append([]byte(nil), data...)
			data[at] = b
		}
		// Reading must cost memory in proportion to the file, whatever its
		// directory claims; a blow-up would kill the fuzz worker unreported.
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		defer func() {
			runtime.ReadMemStats(&after)
			if grew := after.TotalAlloc - before.TotalAlloc; grew > 128<<20 {
				t.Errorf("reading a %d-byte file allocated %d MB", len(data), grew>>20)
			}
		}()
		path := filepath.Join(t.TempDir(), "round.xlsx")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		w, err := Open(path)
		if err != nil {
			if !errors.Is(err, evaluate.ErrInvalidData) {
				t.Fatalf("Open: %v is not ErrInvalidData", err)
			}
			return
		}
		defer w.Close()
		rules := evaluate.Chibi()
		round, err := w.ReadRound(rules)
		if err != nil {
			if !errors.Is(err, evaluate.ErrInvalidData) {
				t.Fatalf("ReadRound: %v is not ErrInvalidData", err)
			}
			return
		}
		err = w.Ballots(rules, round.Targets, func(evaluate.Ballot) error { return nil })
		if err != nil && !errors.Is(err, evaluate.ErrInvalidData) {
			t.Fatalf("Ballots: %v is not ErrInvalidData", err)
		}
	})
}
