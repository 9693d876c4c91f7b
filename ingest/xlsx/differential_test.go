package xlsx

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/xml"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/evalctl/evalctl/internal/golden"

	"github.com/xuri/excelize/v2"
)

// excelizeForm is rows as excelize's GetRows(RawCellValue) gives them, from
// this reader's rows: the same, but that excelize gives a boolean as "1" or
// "0" where this reader gives "TRUE" or "FALSE" (TestBooleanDiffers).
func excelizeForm(rows []Row) [][]string {
	raw := make([]Row, len(rows))
	for i, r := range rows {
		r = r.Clone()
		for j, c := range r.Cells {
			if c.Kind == Boolean {
				r.Cells[j].Text = map[string]string{"TRUE": "1", "FALSE": "0"}[c.Text]
			}
		}
		raw[i] = r
	}
	return denseRows(raw)
}

// sameRows compares row lists, a nil row equal to an empty one.
func sameRows(a, b [][]string) bool {
	return slices.EqualFunc(a, b, func(x, y []string) bool { return slices.Equal(x, y) })
}

// compareWithExcelize reads every sheet of a workbook with this reader and
// with excelize, and fails where their cells or merged ranges differ.
func compareWithExcelize(t *testing.T, name string, data []byte) {
	t.Helper()
	if got, want := ourView(t, name, data), excelizeView(t, name, data); got != want {
		t.Errorf("%s: differs from excelize:\n%s", name, diffLines(got, want))
	}
}

func sheetPart(wb *Workbook, name string) string {
	for _, s := range wb.Sheets() {
		if s.Name == name {
			return s.Part
		}
	}
	return ""
}

// mergeCellsOracle decodes a sheet's <mergeCells> with encoding/xml.
func mergeCellsOracle(t *testing.T, data []byte, part string) []string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	rc, err := zr.Open(part)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	xmlData, err := io.ReadAll(rc)
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(xmlData, []byte("<mergeCells"))
	if i < 0 {
		return nil
	}
	var mc struct {
		Cells []struct {
			Ref string `xml:"ref,attr"`
		} `xml:"mergeCell"`
	}
	if err := xml.NewDecoder(bytes.NewReader(xmlData[i:])).Decode(&mc); err != nil {
		t.Fatalf("%s: %v", part, err)
	}
	var out []string
	for _, c := range mc.Cells {
		out = append(out, c.Ref)
	}
	return out
}

// digestsFile records, for the module's large testdata workbooks, a digest
// of what excelize reads in them: reading those with excelize takes seconds
// (it is the slow reader this package replaces), more than the test budget
// allows on every run. A workbook not listed, or changed since, is compared
// with excelize itself.
const digestsFile = "testdata/excelize-digests.txt"

// largeWorkbook is the compressed size from which a testdata workbook is
// compared by digest.
const largeWorkbook = 32 << 10

// TestDifferentialTestdata reads every workbook under the module's
// testdata as excelize does.
func TestDifferentialTestdata(t *testing.T) {
	digests := map[string]string{} // file sha256 -> digest of excelize's view
	if text, err := os.ReadFile(digestsFile); err == nil {
		for _, line := range strings.Split(strings.TrimSpace(string(text)), "\n") {
			if f := strings.Fields(line); len(f) == 3 {
				digests[f[1]] = f[2]
			}
		}
	}
	var updated []string
	root := filepath.Join("..", "..", "testdata")
	n := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() && d.Name() == "malformed" {
			return filepath.SkipDir // damaged on purpose; cmd/evalctl's corpus test reads it
		}
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".xlsx") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0}) { // encrypted
			if data, err = excelize.Decrypt(data, &excelize.Options{Password: "secret"}); err != nil {
				t.Logf("%s: skipped, cannot decrypt: %v", path, err)
				return nil
			}
		}
		n++
		sum := fmt.Sprintf("%x", sha256.Sum256(data))
		rel, _ := filepath.Rel(root, path)
		if raceDetector && len(data) >= largeWorkbook {
			return nil // the small workbooks go through the same code
		}
		if want, ok := digests[sum]; ok && len(data) >= largeWorkbook && !golden.Updating() {
			if got := digest(ourView(t, path, data)); got != want {
				t.Errorf("%s: what this reader reads differs from what excelize read (digest %s, want %s)", path, got, want)
			}
			return nil
		}
		want := excelizeView(t, path, data)
		if got := ourView(t, path, data); got != want {
			t.Errorf("%s: differs from excelize:\n%s", path, diffLines(got, want))
		}
		if len(data) >= largeWorkbook {
			if !golden.Updating() {
				t.Logf("%s: not in %s; refresh it with go test -run TestDifferentialTestdata -update", path, digestsFile)
			}
			updated = append(updated, filepath.ToSlash(rel)+" "+sum+" "+digest(want))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no workbooks under testdata")
	}
	if golden.Updating() {
		slices.Sort(updated)
		if err := os.WriteFile(digestsFile, []byte(strings.Join(updated, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func digest(view string) string { return fmt.Sprintf("%x", sha256.Sum256([]byte(view))) }

// excelizeView is a workbook as excelize reads it: for each sheet, its rows
// as GetRows(RawCellValue) gives them, then its merged ranges, one a line.
func excelizeView(t *testing.T, name string, data []byte) string {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s: excelize: %v", name, err)
	}
	defer f.Close()
	wb, err := Open(data, Limits{}) // for the sheets' part names only
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	var b strings.Builder
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet, excelizeRaw)
		if err != nil {
			t.Fatalf("%s!%s: excelize: %v", name, sheet, err)
		}
		// excelize's GetMergeCells decodes the whole worksheet, slowly;
		// encoding/xml on the <mergeCells> element alone says the same.
		writeView(&b, sheet, rows, mergeCellsOracle(t, data, sheetPart(wb, sheet)))
	}
	return b.String()
}

// ourView is excelizeView as this reader reads the workbook.
func ourView(t *testing.T, name string, data []byte) string {
	t.Helper()
	wb, err := Open(data, Limits{})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	var b strings.Builder
	for _, sheet := range wb.SheetNames() {
		rows, merges, err := wb.ReadSheet(sheet)
		if err != nil {
			t.Errorf("%s!%s: %v", name, sheet, err)
			continue
		}
		var refs []string
		for _, m := range merges {
			refs = append(refs, m.String())
		}
		writeView(&b, sheet, excelizeForm(rows), refs)
	}
	return b.String()
}

func writeView(b *strings.Builder, sheet string, rows [][]string, merges []string) {
	fmt.Fprintf(b, "sheet %q\n", sheet)
	// Each row as fmt's "%d %q\n" writes it, without fmt's reflection:
	// the large workbooks' views are hundreds of thousands of cells.
	var line []byte
	for i, r := range rows {
		line = strconv.AppendInt(line[:0], int64(i+1), 10)
		line = append(line, " ["...)
		for j, c := range r {
			if j > 0 {
				line = append(line, ' ')
			}
			line = strconv.AppendQuote(line, c)
		}
		line = append(line, "]\n"...)
		b.Write(line)
	}
	merges = slices.Clone(merges)
	slices.Sort(merges)
	fmt.Fprintf(b, "merged %s\n", strings.Join(merges, " "))
}

// diffLines shows the first lines where two views differ.
func diffLines(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	var out []string
	for i := 0; i < max(len(g), len(w)) && len(out) < 10; i++ {
		var a, b string
		if i < len(g) {
			a = g[i]
		}
		if i < len(w) {
			b = w[i]
		}
		if a != b {
			out = append(out, fmt.Sprintf(" got %s\nwant %s", a, b))
		}
	}
	return strings.Join(out, "\n")
}

// TestDifferentialPasswordProtected reads a workbook encrypted as Excel
// does, decrypted by excelize.Decrypt, as the caller is to do.
func TestDifferentialPasswordProtected(t *testing.T) {
	f := excelize.NewFile()
	f.SetSheetName("Sheet1", "名册")
	f.SetSheetRow("名册", "A1", &[]any{"编号", "姓名", 1, true})
	var buf bytes.Buffer
	if err := f.Write(&buf, excelize.Options{Password: "secret"}); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(buf.Bytes(), Limits{}); err == nil {
		t.Error("an encrypted workbook opened without decryption")
	}
	plain, err := excelize.Decrypt(buf.Bytes(), &excelize.Options{Password: "secret"})
	if err != nil {
		t.Fatal(err)
	}
	compareWithExcelize(t, "decrypted", plain)
}
