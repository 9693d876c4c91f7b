package report

import (
	"archive/zip"
	"bufio"
	"bytes"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/klauspost/compress/flate"
)

// The workbooks evalctl writes from tables (results, unit exports and their
// index, trends, reconciliations, the notice) are written here part by part,
// not through a general library: every part declares what clients check
// (the used range of each sheet, fonts with their name and size, colours of
// eight hex digits, evalctl's document properties), the parts come in a
// fixed order so that the same result gives the same bytes, and the sheets
// are written once, straight into the zip.

// deflaters keeps compressors for the next workbook (export writes one per
// unit). The fastest level: a results workbook is written at every scoring,
// and its parts, mostly markup, compress about as well at any level;
// klauspost/compress deflates them in a third of the time the standard
// library takes, to fewer bytes.
var deflaters = sync.Pool{New: func() any {
	w, _ := flate.NewWriter(nil, flate.BestSpeed) // an error only for a bad level
	return w
}}

// xbook is a workbook being written.
type xbook struct {
	title  string // the document's title, and the page header of every sheet
	sheets []*xsheet
}

// xsheet is one worksheet: its rows as XML, and what goes around them.
type xsheet struct {
	name   string
	widths []float64 // per column, in characters; 0 = the default
	rows   bytes.Buffer
	// lastRow and lastCol bound the cells written (1-based): the used range.
	lastRow, lastCol int
	// frozen rows at the top (the header), repeated on every printed page.
	frozen int
	merges []string
	page   pageSetup
	charts []xchart
	// tabSelected marks the sheet shown when the workbook opens.
	tabSelected bool
}

// xcell is a cell to write: a value (string, number or nil) and a style.
type xcell struct {
	v     any
	style xstyle
}

// pageSetup is how a sheet prints.
type pageSetup struct {
	landscape bool
	// header and footer are the texts of the page header and footer, in
	// Excel's codes (&P the page, &N the pages).
	header, footer string
}

func (b *xbook) sheet(name string) *xsheet {
	s := &xsheet{name: name, tabSelected: len(b.sheets) == 0}
	b.sheets = append(b.sheets, s)
	return s
}

// row writes row r (1-based, after the rows written before) with cells from
// column 1; height 0 leaves the height to the client.
func (s *xsheet) row(r int, height float64, cells []xcell) {
	w := &s.rows
	w.WriteString(`<row r="`)
	writeInt(w, r)
	w.WriteByte('"')
	if height > 0 {
		fmt.Fprintf(w, ` ht="%g" customHeight="1"`, height)
	}
	w.WriteByte('>')
	for i, c := range cells {
		if c.v == nil && c.style == styleDefault {
			continue
		}
		s.cell(w, r, i+1, c)
	}
	w.WriteString(`</row>`)
	s.lastRow = max(s.lastRow, r)
}

func (s *xsheet) cell(w *bytes.Buffer, r, col int, c xcell) {
	w.WriteString(`<c r="`)
	w.WriteString(columnName(col))
	writeInt(w, r)
	w.WriteByte('"')
	if c.style != styleDefault {
		w.WriteString(` s="`)
		writeInt(w, int(c.style))
		w.WriteByte('"')
	}
	s.lastCol = max(s.lastCol, col)
	switch v := c.v.(type) {
	case nil:
		w.WriteString(`/>`)
	case int:
		w.WriteString(`><v>`)
		writeInt(w, v)
		w.WriteString(`</v></c>`)
	case float64:
		w.WriteString(`><v>`)
		w.WriteString(excelNumber(v))
		w.WriteString(`</v></c>`)
	case string:
		writeInlineString(w, v)
	default:
		writeInlineString(w, fmt.Sprint(v))
	}
}

func writeInlineString(w *bytes.Buffer, v string) {
	w.WriteString(` t="inlineStr"><is><t`)
	if v != strings.TrimSpace(v) {
		w.WriteString(` xml:space="preserve"`)
	}
	w.WriteByte('>')
	writeEscaped(w, fitCell(v))
	w.WriteString(`</t></is></c>`)
}

// usedRange is the sheet's dimension: A1 to the last column and row
// written, as clients expect it declared.
func (s *xsheet) usedRange() string {
	if s.lastRow == 0 || s.lastCol == 0 {
		return "A1"
	}
	return "A1:" + columnName(s.lastCol) + fmt.Sprint(s.lastRow)
}

// save writes the workbook to a temporary file beside path and renames it
// into place, so that readers never see a half-written file.
func (b *xbook) save(path string) error {
	return writeAtomic(path, b.write)
}

// writeAtomic writes a file through write into a temporary file beside
// path and renames it into place.
func writeAtomic(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".evalctl-*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // no-op after the rename
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	bw := bufio.NewWriterSize(tmp, 1<<16)
	if err := write(bw); err != nil {
		tmp.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// write writes the workbook's zip: [Content_Types].xml first, as Office
// writes it, then every part in a fixed order.
func (b *xbook) write(out io.Writer) error {
	zw := zip.NewWriter(out)
	// The sheets, most of the bytes, are deflated side by side, the
	// largest first, each into its place in the zip's order.
	sheets := make([]deflated, len(b.sheets))
	order := make([]int, len(b.sheets))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int { return b.sheets[j].rows.Len() - b.sheets[i].rows.Len() })
	inParallel(len(order), func(k int) {
		i := order[k]
		sheets[i] = deflatePart(b.sheets[i].writePart, b.sheets[i].rows.Len())
	})
	// The small parts are deflated in turn as the zip takes them, by one
	// compressor, taken back from the sheets: making one costs more than
	// compressing a part.
	deflate := deflaters.Get().(*flate.Writer)
	defer deflaters.Put(deflate)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) {
		deflate.Reset(w)
		return deflate, nil
	})
	part := func(name string, write func(w *bytes.Buffer)) error {
		var buf bytes.Buffer
		write(&buf)
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate})
		if err != nil {
			return err
		}
		_, err = fw.Write(buf.Bytes())
		return err
	}
	parts := []struct {
		name  string
		write func(w *bytes.Buffer)
	}{
		{"[Content_Types].xml", b.contentTypes},
		{"_rels/.rels", func(w *bytes.Buffer) { w.WriteString(packageRels) }},
		{"docProps/app.xml", func(w *bytes.Buffer) { w.WriteString(appProps) }},
		{"docProps/core.xml", func(w *bytes.Buffer) { writeCoreProps(w, b.title) }},
		{"xl/_rels/workbook.xml.rels", b.workbookRels},
		{"xl/styles.xml", func(w *bytes.Buffer) { w.WriteString(stylesXML) }},
		{"xl/workbook.xml", b.workbookXML},
	}
	for _, p := range parts {
		if err := part(p.name, p.write); err != nil {
			return err
		}
	}
	chart := 0
	for i, s := range b.sheets {
		n := i + 1
		if len(s.charts) > 0 {
			if err := part(fmt.Sprintf("xl/drawings/drawing%d.xml", n), s.drawingXML); err != nil {
				return err
			}
			if err := part(fmt.Sprintf("xl/drawings/_rels/drawing%d.xml.rels", n), func(w *bytes.Buffer) { s.drawingRels(w, chart) }); err != nil {
				return err
			}
			for _, c := range s.charts {
				chart++
				if err := part(fmt.Sprintf("xl/charts/chart%d.xml", chart), c.xml); err != nil {
					return err
				}
			}
			if err := part(fmt.Sprintf("xl/worksheets/_rels/sheet%d.xml.rels", n), func(w *bytes.Buffer) { sheetRels(w, n) }); err != nil {
				return err
			}
		}
		if err := sheets[i].store(zw, fmt.Sprintf("xl/worksheets/sheet%d.xml", n)); err != nil {
			return err
		}
	}
	return zw.Close()
}

// deflated is a part deflated before its turn in the zip.
type deflated struct {
	data []byte
	crc  uint32
	size uint64
	err  error
}

// deflatePart deflates what write writes, about size bytes, as the zip
// writer would.
func deflatePart(write func(io.Writer) error, size int) deflated {
	var buf bytes.Buffer
	buf.Grow(size/4 + 1024) // markup deflates to a fifth or less
	fw := deflaters.Get().(*flate.Writer)
	defer deflaters.Put(fw)
	fw.Reset(&buf)
	cw := &crcWriter{w: fw}
	if err := write(cw); err != nil {
		return deflated{err: err}
	}
	if err := fw.Close(); err != nil {
		return deflated{err: err}
	}
	return deflated{data: buf.Bytes(), crc: cw.crc, size: cw.n}
}

// store writes the deflated part into the zip under name.
func (d deflated) store(zw *zip.Writer, name string) error {
	if d.err != nil {
		return d.err
	}
	fw, err := zw.CreateRaw(&zip.FileHeader{
		Name: name, Method: zip.Deflate,
		CreatorVersion: zipVersion20, ReaderVersion: zipVersion20,
		CRC32: d.crc, CompressedSize64: uint64(len(d.data)), UncompressedSize64: d.size,
	})
	if err != nil {
		return err
	}
	_, err = fw.Write(d.data)
	return err
}

// zipVersion20 is the zip version (2.0, deflate) that archive/zip writes
// for the parts it deflates itself.
const zipVersion20 = 20

// crcWriter passes writes on, keeping their CRC-32 and length.
type crcWriter struct {
	w   io.Writer
	crc uint32
	n   uint64
}

func (c *crcWriter) Write(p []byte) (int, error) {
	c.crc = crc32.Update(c.crc, crc32.IEEETable, p)
	c.n += uint64(len(p))
	return c.w.Write(p)
}

// inParallel runs do(k) for every k < n, on as many goroutines as Go runs
// at once, each taking the next k: do must touch only what k owns.
func inParallel(n int, do func(k int)) {
	workers := min(n, runtime.GOMAXPROCS(0))
	if workers <= 1 {
		for k := range n {
			do(k)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for k := int(next.Add(1)) - 1; k < n; k = int(next.Add(1)) - 1 {
				do(k)
			}
		})
	}
	wg.Wait()
}

func (b *xbook) contentTypes(w *bytes.Buffer) {
	w.WriteString(xmlHeader)
	w.WriteString(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
		`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
		`<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
		`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`)
	chart := 0
	for i, s := range b.sheets {
		fmt.Fprintf(w, `<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`, i+1)
		if len(s.charts) > 0 {
			fmt.Fprintf(w, `<Override PartName="/xl/drawings/drawing%d.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`, i+1)
		}
		for range s.charts {
			chart++
			fmt.Fprintf(w, `<Override PartName="/xl/charts/chart%d.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`, chart)
		}
	}
	w.WriteString(`</Types>`)
}

func (b *xbook) workbookRels(w *bytes.Buffer) {
	w.WriteString(xmlHeader)
	w.WriteString(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	for i := range b.sheets {
		fmt.Fprintf(w, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>`, i+1, i+1)
	}
	fmt.Fprintf(w, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`, len(b.sheets)+1)
	w.WriteString(`</Relationships>`)
}

func (b *xbook) workbookXML(w *bytes.Buffer) {
	w.WriteString(xmlHeader)
	w.WriteString(`<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`)
	w.WriteString(`<bookViews><workbookView activeTab="0"/></bookViews><sheets>`)
	for i, s := range b.sheets {
		w.WriteString(`<sheet name="`)
		writeEscaped(w, s.name)
		fmt.Fprintf(w, `" sheetId="%d" r:id="rId%d"/>`, i+1, i+1)
	}
	w.WriteString(`</sheets>`)
	titles := false
	for _, s := range b.sheets {
		titles = titles || s.frozen > 0
	}
	if titles {
		w.WriteString(`<definedNames>`)
		for i, s := range b.sheets {
			if s.frozen > 0 {
				fmt.Fprintf(w, `<definedName name="_xlnm.Print_Titles" localSheetId="%d">`, i)
				writeEscaped(w, fmt.Sprintf("%s!$1:$%d", quoteSheet(s.name), s.frozen))
				w.WriteString(`</definedName>`)
			}
		}
		w.WriteString(`</definedNames>`)
	}
	w.WriteString(`</workbook>`)
}

// writePart writes the sheet's part: the used range, the view with the
// frozen header, the widths, the rows, the merges, how it prints and its
// charts, in the schema's order.
func (s *xsheet) writePart(fw io.Writer) error {
	var w bytes.Buffer
	w.WriteString(xmlHeader)
	w.WriteString(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`)
	w.WriteString(`<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="`)
	w.WriteString(s.usedRange())
	w.WriteString(`"/><sheetViews><sheetView workbookViewId="0"`)
	if s.tabSelected {
		w.WriteString(` tabSelected="1"`)
	}
	if s.frozen > 0 {
		top := fmt.Sprintf("A%d", s.frozen+1)
		fmt.Fprintf(&w, `><pane ySplit="%d" topLeftCell="%s" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="%s" sqref="%s"/></sheetView>`, s.frozen, top, top, top)
	} else {
		w.WriteString(`/>`)
	}
	w.WriteString(`</sheetViews><sheetFormatPr defaultRowHeight="15"/>`)
	if len(s.widths) > 0 {
		w.WriteString(`<cols>`)
		for i, width := range s.widths {
			if width > 0 {
				fmt.Fprintf(&w, `<col min="%d" max="%d" width="%g" customWidth="1"/>`, i+1, i+1, width)
			}
		}
		w.WriteString(`</cols>`)
	}
	w.WriteString(`<sheetData>`)
	if _, err := fw.Write(w.Bytes()); err != nil {
		return err
	}
	if _, err := fw.Write(s.rows.Bytes()); err != nil {
		return err
	}
	w.Reset()
	w.WriteString(`</sheetData>`)
	if len(s.merges) > 0 {
		fmt.Fprintf(&w, `<mergeCells count="%d">`, len(s.merges))
		for _, m := range s.merges {
			fmt.Fprintf(&w, `<mergeCell ref="%s"/>`, m)
		}
		w.WriteString(`</mergeCells>`)
	}
	w.WriteString(`<pageMargins left="0.4" right="0.4" top="0.7" bottom="0.7" header="0.3" footer="0.3"/>`)
	orientation := "portrait"
	if s.page.landscape {
		orientation = "landscape"
	}
	fmt.Fprintf(&w, `<pageSetup paperSize="9" orientation="%s" fitToWidth="1" fitToHeight="0"/>`, orientation)
	if s.page.header != "" || s.page.footer != "" {
		w.WriteString(`<headerFooter>`)
		if s.page.header != "" {
			w.WriteString(`<oddHeader>`)
			writeEscaped(&w, s.page.header)
			w.WriteString(`</oddHeader>`)
		}
		if s.page.footer != "" {
			w.WriteString(`<oddFooter>`)
			writeEscaped(&w, s.page.footer)
			w.WriteString(`</oddFooter>`)
		}
		w.WriteString(`</headerFooter>`)
	}
	if len(s.charts) > 0 {
		w.WriteString(`<drawing r:id="rId1"/>`)
	}
	w.WriteString(`</worksheet>`)
	_, err := fw.Write(w.Bytes())
	return err
}

func sheetRels(w *bytes.Buffer, n int) {
	w.WriteString(xmlHeader)
	fmt.Fprintf(w, `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing%d.xml"/></Relationships>`, n)
}

// quoteSheet quotes a sheet name for a reference: '排名'!A1.
func quoteSheet(name string) string {
	return "'" + strings.ReplaceAll(name, "'", "''") + "'"
}

// headerText escapes text for a page header or footer, where & starts a
// code.
func headerText(s string) string { return strings.ReplaceAll(s, "&", "&&") }

const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

const packageRels = xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
	`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>` +
	`</Relationships>`

// appProps names evalctl as the application; no dates, so that the same
// result gives the same bytes.
const appProps = xmlHeader + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>evalctl</Application></Properties>`

// writeCoreProps writes the document's properties: its title, and evalctl
// as its author.
func writeCoreProps(w *bytes.Buffer, title string) {
	w.WriteString(xmlHeader)
	w.WriteString(`<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	if title != "" {
		w.WriteString(`<dc:title>`)
		writeEscaped(w, title)
		w.WriteString(`</dc:title>`)
	}
	w.WriteString(`<dc:creator>evalctl</dc:creator><cp:lastModifiedBy>evalctl</cp:lastModifiedBy></cp:coreProperties>`)
}
