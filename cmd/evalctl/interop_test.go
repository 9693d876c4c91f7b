//go:build interop

package main

import (
	"bytes"
	"context"
	"fmt"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// TestInterop opens what evalctl writes in the clients offices use, as
// they are on the machine: LibreOffice converts every kind of workbook to
// PDF, openpyxl reads each in both its modes, headless Chromium renders
// the notice's page. It asks of the sample's results workbook what a
// clerk printing it would: the bottom list and the accountability list on
// one page each, the ranking one page wide, the charts drawn. It runs
// with -tags interop (make interop, and .ci/run), after .ci/interop-deps
// has installed the clients.
func TestInterop(t *testing.T) {
	for _, tool := range []string{"soffice", "pdftotext", "pdfinfo", "chromium", "/usr/bin/python3"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s is missing: run .ci/interop-deps first", tool)
		}
	}
	dir := t.TempDir()
	at := func(name string) string { return filepath.Join(dir, name) }
	run := func(args ...string) {
		t.Helper()
		if code, _, errOut := runOn(t, false, args...); code != exitOK {
			t.Fatalf("evalctl %s: exit %d\n%s", strings.Join(args, " "), code, errOut)
		}
	}
	// Every kind of workbook, from the sample round.
	run("score", sampleRound, "-o", at("结果-2026.xlsx"))
	run("score", sampleRound, "-o", at("结果-2025.xlsx"), "--lang", "en")
	run("export", at("结果-2026.xlsx"), "-o", at("units"), "--units", "市卫生健康局,市财政局")
	run("template", "--roster", sampleRound, "-o", at("录入.xlsx"), "--ballots-rows", "200")
	run("template", "--roster", sampleRound, "--print", "-o", at("测评表.xlsx"))
	run("history", at("结果-2025.xlsx"), at("结果-2026.xlsx"), "-o", at("趋势.xlsx"))
	code, _, errOut := runOn(t, false, "reconcile", filepath.Join(keyingsDir, "a.xlsx"), filepath.Join(keyingsDir, "b.csv"),
		"--roster", filepath.Join(keyingsDir, "round.xlsx"), "-o", at("比对.xlsx"))
	if code != exitData { // the planted keyings differ
		t.Fatalf("reconcile: exit %d\n%s", code, errOut)
	}
	run("notice", at("结果-2026.xlsx"), "-o", at("公示"), "--from", "2026-01-05", "--days", "7", "--phone", "0715-5212345")
	books := []string{at("结果-2026.xlsx"), at("结果-2025.xlsx"), at("units/市卫生健康局-结果.xlsx"), at("units/市财政局-结果.xlsx"),
		at("units/索引.xlsx"), at("录入.xlsx"), at("测评表.xlsx"), at("趋势.xlsx"), at("比对.xlsx"), at("公示.xlsx")}

	// LibreOffice: one run converts them all.
	pdfs := at("pdf")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	args := append([]string{"-env:UserInstallation=file://" + at("lo-profile"), "--headless", "--norestore", "--convert-to", "pdf", "--outdir", pdfs}, books...)
	if out, err := exec.CommandContext(ctx, "soffice", args...).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	pages := map[string][]string{}
	for _, book := range books {
		pdf := filepath.Join(pdfs, strings.TrimSuffix(filepath.Base(book), ".xlsx")+".pdf")
		pages[filepath.Base(book)] = pdfPages(t, pdf)
		t.Logf("%s: %d pages", filepath.Base(book), len(pages[filepath.Base(book)]))
		if len(pages[filepath.Base(book)]) == 0 {
			t.Errorf("%s: no page", filepath.Base(book))
		}
	}
	// The results workbook, sheet by sheet: each page's header names its
	// sheet, at its right.
	bySheet := map[string][]string{}
	for _, page := range pages["结果-2026.xlsx"] {
		sheet := pageSheet(page, "赤壁市")
		bySheet[sheet] = append(bySheet[sheet], page)
	}
	var counts []string
	for sheet, ps := range bySheet {
		counts = append(counts, fmt.Sprintf("%s %d", sheet, len(ps)))
	}
	sort.Strings(counts)
	t.Logf("结果-2026.xlsx by sheet: %s", strings.Join(counts, ", "))
	for _, sheet := range []string{"不满意名单", "问责名单", "公示"} {
		if sheet == "公示" {
			if n := len(pages["公示.xlsx"]); n != 1 {
				t.Errorf("the notice's sheet prints on %d pages, want 1", n)
			}
			continue
		}
		if n := len(bySheet[sheet]); n != 1 {
			t.Errorf("%s prints on %d pages, want 1", sheet, n)
		}
	}
	// One page wide: with the header row repeated, every page of the
	// ranking shows its first and its last column's headers.
	if len(bySheet["排名"]) == 0 {
		t.Error("no page of 排名")
	}
	for i, page := range bySheet["排名"] {
		if !strings.Contains(page, "类别") || !strings.Contains(page, "标记") {
			t.Errorf("page %d of 排名 lacks the first or the last column: the sheet is more than one page wide", i+1)
		}
	}
	// The charts, drawn: their titles are on the 图表 pages.
	charts := strings.Join(bySheet["图表"], "\n")
	for _, title := range []string{"公共服务和行政执法类：最终得分（按名次）", "综合管理类：最终得分（按名次）", "各代表类别满意率"} {
		if !strings.Contains(strings.Join(strings.Fields(charts), ""), title) {
			t.Errorf("the 图表 pages do not show the chart %s", title)
		}
	}

	// openpyxl, in its normal and read-only modes, reads every sheet to
	// the same rows.
	py := exec.CommandContext(ctx, "/usr/bin/python3", append([]string{"-c", openpyxlCheck}, books...)...)
	if out, err := py.CombinedOutput(); err != nil {
		t.Errorf("openpyxl: %v\n%s", err, out)
	} else {
		t.Logf("openpyxl: %s", strings.TrimSpace(string(out)))
	}

	// Chromium renders the notice's page to a picture with something on
	// it, and prints it on A4.
	profile := at("chromium-profile")
	chromium := func(args ...string) {
		t.Helper()
		base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
			"--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "--hide-scrollbars"}
		if out, err := exec.CommandContext(ctx, "chromium", append(base, args...)...).CombinedOutput(); err != nil {
			t.Fatalf("chromium: %v\n%s", err, out)
		}
	}
	page := "file://" + at("公示.html")
	chromium("--window-size=794,1123", "--screenshot="+at("公示.png"), page)
	if ink := inkShare(t, at("公示.png")); ink < 0.01 {
		t.Errorf("the notice's picture is blank (%.4f of it inked)", ink)
	} else {
		t.Logf("公示.png: %.1f%% inked", 100*ink)
	}
	chromium("--no-pdf-header-footer", "--print-to-pdf="+at("公示-html.pdf"), page)
	printed := pdfPages(t, at("公示-html.pdf"))
	t.Logf("公示.html prints on %d A4 pages", len(printed))
	// The sample's 6 unsatisfactory and 10 awarded fit one sheet, as the
	// notice's workbook does.
	if len(printed) != 1 {
		t.Errorf("the notice's page prints on %d pages, want 1", len(printed))
	}
	if len(printed) == 0 || !strings.Contains(strings.Join(strings.Fields(printed[0]), ""), "评议结果公示") {
		t.Error("the notice's page does not print its title")
	}
	if info := run2(t, ctx, "pdfinfo", at("公示-html.pdf")); !strings.Contains(info, "(A4)") {
		t.Errorf("the notice's page does not print on A4:\n%s", info)
	}
}

// pdfPages returns the text of each page of a PDF.
func pdfPages(t *testing.T, pdf string) []string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	text := run2(t, ctx, "pdftotext", "-layout", pdf, "-")
	pages := strings.Split(text, "\f")
	if len(pages) > 0 && strings.TrimSpace(pages[len(pages)-1]) == "" {
		pages = pages[:len(pages)-1]
	}
	return pages
}

func run2(t *testing.T, ctx context.Context, name string, args ...string) string {
	t.Helper()
	var out, errOut bytes.Buffer
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s: %v\n%s", name, err, errOut.String())
	}
	return out.String()
}

// pageSheet is the sheet a page belongs to: the last word of the page
// header, the line that names the round, which ends with the sheet's name.
func pageSheet(page, round string) string {
	for _, line := range strings.Split(page, "\n") {
		if f := strings.Fields(line); len(f) > 1 && strings.Contains(line, round) {
			return f[len(f)-1]
		}
	}
	return ""
}

// inkShare is the share of a picture's pixels that are not near white.
func inkShare(t *testing.T, path string) float64 {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	b := img.Bounds()
	inked := 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if r, g, bl, _ := img.At(x, y).RGBA(); r < 0xc000 || g < 0xc000 || bl < 0xc000 {
				inked++
			}
		}
	}
	return float64(inked) / float64(max(1, b.Dx()*b.Dy()))
}

// openpyxlCheck loads each workbook in openpyxl's normal and read-only
// modes and compares the rows of every sheet: read-only mode trusts each
// sheet's declared used range.
const openpyxlCheck = `
import sys, openpyxl
bad = 0
sheets = 0
for path in sys.argv[1:]:
    full = openpyxl.load_workbook(path)
    lean = openpyxl.load_workbook(path, read_only=True)
    for ws in full.worksheets:
        sheets += 1
        a = [r for r in ws.iter_rows(values_only=True) if any(v is not None for v in r)]
        b = [r for r in lean[ws.title].iter_rows(values_only=True) if any(v is not None for v in r)]
        if len(a) != len(b):
            bad += 1
            print("%s!%s: %d rows read-only, %d in full" % (path, ws.title, len(b), len(a)))
    lean.close()
print("%d workbooks, %d sheets read alike in both modes" % (len(sys.argv) - 1, sheets - bad))
sys.exit(1 if bad else 0)
`
