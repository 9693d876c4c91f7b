package ingest

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/msg"
)

func TestOpenDigest(t *testing.T) {
	small := writeBook(t, "small.xlsx", rosterSheet(person("T001", "张三", "市民政局", "办公室", "综合管理类", "李四", "王五")))
	for _, path := range []string{chibiWorkbook, small} {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			sum := sha256.Sum256(data)
			w := openBook(t, path)
			if want := hex.EncodeToString(sum[:]); w.SHA256 != want {
				t.Errorf("SHA256 = %s, want %s", w.SHA256, want)
			}
			if w.Path != path {
				t.Errorf("Path = %q, want %q", w.Path, path)
			}
		})
	}
}

func TestOpenRejectsOtherFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	chibi, err := os.ReadFile(chibiWorkbook)
	if err != nil {
		t.Fatal(err)
	}
	ole := append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, bytes.Repeat([]byte("junk"), 200)...)
	// .xls names the old format on its own, not as the prefix of .xlsx.
	xls := regexp.MustCompile(`\.xls\b`)
	xlsx := regexp.MustCompile(`\.xlsx\b`)
	notXLSX := regexp.MustCompile(`not an \.xlsx`)
	tests := []struct {
		name string
		path string
		want []*regexp.Regexp
	}{
		{"ole2", write("old.xls", ole), []*regexp.Regexp{xls, xlsx}},
		{"ole2 named xlsx", write("renamed.xlsx", ole), []*regexp.Regexp{xls, xlsx}},
		{"text", write("round.xlsx", []byte("编号,姓名\nT001,张三\n")), []*regexp.Regexp{notXLSX}},
		{"empty", write("empty.xlsx", nil), []*regexp.Regexp{notXLSX}},
		{"three bytes", write("short.xlsx", []byte("PK\x03")), []*regexp.Regexp{notXLSX}},
		{"truncated", write("half.xlsx", chibi[:len(chibi)/2]), nil},
		{"zip header only", write("head.xlsx", chibi[:30]), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, err := Open(tt.path)
			if err == nil {
				w.Close()
				t.Fatalf("Open(%s) succeeded", tt.name)
			}
			if !errors.Is(err, evaluate.ErrInvalidData) {
				t.Errorf("errors.Is(%v, ErrInvalidData) = false", err)
			}
			var de *evaluate.DataError
			if !errors.As(err, &de) || de.Where != tt.path {
				t.Errorf("error %v is not located at %s", err, tt.path)
			}
			for _, re := range tt.want {
				if !re.MatchString(err.Error()) {
					t.Errorf("error %q does not match %s", err, re)
				}
			}
		})
	}
}

// TestOpenTruncatedNeverPanics cuts a real workbook at many lengths: each
// must either open (a cut past the end of the archive) or fail as bad data.
func TestOpenTruncatedNeverPanics(t *testing.T) {
	path := writeBook(t, "full.xlsx", rosterSheet(person("T001", "张三", "市民政局", "办公室", "综合管理类", "李四", "王五")))
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for n := 0; n < len(data); n += 1 + len(data)/97 {
		cut := filepath.Join(dir, "cut.xlsx")
		if err := os.WriteFile(cut, data[:n], 0o644); err != nil {
			t.Fatal(err)
		}
		w, err := Open(cut)
		if err != nil {
			if !errors.Is(err, evaluate.ErrInvalidData) {
				t.Errorf("cut at %d/%d: %v is not ErrInvalidData", n, len(data), err)
			}
			continue
		}
		w.Close()
		t.Errorf("cut at %d/%d: opened a truncated workbook", n, len(data))
	}
}

// TestOpenInflatedDirectory: a workbook whose zip directory claims parts far
// larger than the file must fail fast as damaged, not allocate what the
// directory claims (up to about 40 GB here).
func TestOpenInflatedDirectory(t *testing.T) {
	path := writeBook(t, "x.xlsx", rosterSheet(person("T001", "张三", "市民政局", "办公室", "综合管理类", "李", "王")))
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, size := range []uint32{1 << 28, 0xF0000000} {
		patched := append([]byte(nil), data...)
		entries := 0
		for i := 0; ; i += 4 {
			j := bytes.Index(patched[i:], []byte("PK\x01\x02")) // central directory entry
			if j < 0 {
				break
			}
			i += j
			binary.LittleEndian.PutUint32(patched[i+24:], size) // uncompressed size
			entries++
		}
		if entries == 0 {
			t.Fatal("no central directory entry found")
		}
		bad := filepath.Join(t.TempDir(), "inflated.xlsx")
		if err := os.WriteFile(bad, patched, 0o644); err != nil {
			t.Fatal(err)
		}
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		w, err := Open(bad)
		runtime.ReadMemStats(&after)
		if err == nil {
			w.Close()
			t.Fatalf("size %#x: opened a workbook with an inflated directory", size)
		}
		if !errors.Is(err, evaluate.ErrInvalidData) {
			t.Errorf("size %#x: %v is not ErrInvalidData", size, err)
		}
		if grew := after.TotalAlloc - before.TotalAlloc; grew > 64<<20 {
			t.Errorf("size %#x: Open allocated %d MB for a %d-byte file", size, grew>>20, len(patched))
		}
	}
}

func TestOpenMissingFile(t *testing.T) {
	_, err := Open(filepath.Join(t.TempDir(), "nosuch.xlsx"))
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("err = %v, want fs.ErrNotExist", err)
	}
	if errors.Is(err, evaluate.ErrInvalidData) {
		t.Errorf("a missing file is not invalid data: %v", err)
	}
}

// TestReadingLeavesInputUntouched reads a whole round and checks that the
// file and its directory are exactly as before.
func TestReadingLeavesInputUntouched(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "round.xlsx")
	src, err := os.Open(chibiWorkbook)
	if err != nil {
		t.Fatal(err)
	}
	dst, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		t.Fatal(err)
	}
	src.Close()
	if err := dst.Close(); err != nil {
		t.Fatal(err)
	}
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	infoBefore, _ := os.Stat(path)
	listBefore := listDir(t, dir)

	rules := evaluate.Chibi()
	w, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	round, err := w.ReadRound(rules)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	if err := w.Ballots(rules, round.Targets, func(evaluate.Ballot) error { n++; return nil }); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no ballots read")
	}

	after, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Error("the input file changed")
	}
	if infoAfter, _ := os.Stat(path); !infoAfter.ModTime().Equal(infoBefore.ModTime()) || infoAfter.Mode() != infoBefore.Mode() {
		t.Errorf("the input file's mtime or mode changed: %v %v -> %v %v", infoBefore.ModTime(), infoBefore.Mode(), infoAfter.ModTime(), infoAfter.Mode())
	}
	if listAfter := listDir(t, dir); !slices.Equal(listBefore, listAfter) {
		t.Errorf("directory changed: %v -> %v", listBefore, listAfter)
	}
}

func listDir(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// TestChangedWhileRead: a workbook written to in place while it is being
// read is refused once the ballots are read, since what was read may not
// be what the digest describes; one replaced by saving under the same name
// (a new file) is not, as the open file still reads the old one.
func TestChangedWhileRead(t *testing.T) {
	for _, how := range []string{"in place", "replaced"} {
		t.Run(how, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "round.xlsx")
			data, err := os.ReadFile(chibiWorkbook)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
			in, err := OpenInputs(path, nil, Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer in.Close()
			rules := evaluate.Chibi()
			round, err := in.ReadRound(rules)
			if err != nil {
				t.Fatal(err)
			}
			switch how {
			case "in place":
				f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
				if err != nil {
					t.Fatal(err)
				}
				f.Write([]byte("x"))
				f.Close()
			case "replaced":
				tmp := path + ".new"
				if err := os.WriteFile(tmp, append(data, 'x'), 0o644); err != nil {
					t.Fatal(err)
				}
				if err := os.Rename(tmp, path); err != nil {
					t.Fatal(err)
				}
			}
			n := 0
			err = in.Ballots(rules, round.Targets, func(evaluate.Ballot) error { n++; return nil })
			var de *evaluate.DataError
			if how == "in place" {
				if !errors.As(err, &de) || de.Msg.Key != msg.DataChangedWhileRead || !strings.HasPrefix(de.Where, path) {
					t.Errorf("after a write in place: %v, want %s at %s", err, msg.DataChangedWhileRead, path)
				}
				return
			}
			if err != nil || n != 1006 {
				t.Errorf("after a replacement: %d ballots, %v; want 1006 and no error", n, err)
			}
		})
	}
}
