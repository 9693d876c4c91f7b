package xlsx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"

	kflate "github.com/klauspost/compress/flate"
	"github.com/xuri/excelize/v2"
)

const (
	benchRows  = 200_000
	benchSheet = "选票"
	benchPart  = "xl/worksheets/sheet1.xml"
)

var (
	benchOnce sync.Once
	benchData []byte
	benchSize int64 // the sheet part's inflated size
	benchErr  error
)

// benchBook is a ballot sheet as Excel saves one: a 票号 column of numbers,
// a 代表类别 column and 18 ratings of 满意/基本满意/不满意 as shared strings,
// 200,000 rows. It is made once per process, in a temporary folder.
func benchBook(b *testing.B) ([]byte, int64) {
	b.Helper()
	benchOnce.Do(func() {
		levels := []string{"满意", "基本满意", "不满意", "党代表", "人大代表", "政协委员", "群众代表", "票号", "代表类别"}
		var x bytes.Buffer
		x.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n" +
			`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
			`<dimension ref="A1:T` + strconv.Itoa(benchRows+1) + `"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
			`<sheetFormatPr defaultRowHeight="14.25"/><sheetData>`)
		x.WriteString(`<row r="1" spans="1:20"><c r="A1" t="s"><v>7</v></c><c r="B1" t="s"><v>8</v></c>`)
		for c := 2; c < 20; c++ {
			fmt.Fprintf(&x, `<c r="%s1" t="inlineStr"><is><t>T%03d</t></is></c>`, ColumnName(c), c)
		}
		x.WriteString(`</row>`)
		r := rand.New(rand.NewPCG(1, 2))
		for row := 2; row <= benchRows+1; row++ {
			n := strconv.Itoa(row)
			x.WriteString(`<row r="` + n + `" spans="1:20">`)
			x.WriteString(`<c r="A` + n + `"><v>` + strconv.Itoa(row-1) + `</v></c>`)
			x.WriteString(`<c r="B` + n + `" t="s"><v>` + strconv.Itoa(3+r.IntN(4)) + `</v></c>`)
			for c := 2; c < 20; c++ {
				x.WriteString(`<c r="` + ColumnName(c) + n + `" t="s"><v>` + strconv.Itoa(r.IntN(3)) + `</v></c>`)
			}
			x.WriteString(`</row>`)
		}
		x.WriteString(`</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`)
		benchSize = int64(x.Len())
		data := book(b, sstXML(levels...), testSheet{benchSheet, x.String()})
		dir, err := os.MkdirTemp("", "xlsx-bench")
		if err != nil {
			benchErr = err
			return
		}
		defer os.RemoveAll(dir)
		path := filepath.Join(dir, "ballots.xlsx")
		if benchErr = os.WriteFile(path, data, 0o600); benchErr == nil {
			benchData, benchErr = os.ReadFile(path)
		}
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchData, benchSize
}

// BenchmarkReadSheet reads every cell of the ballot sheet with this reader.
func BenchmarkReadSheet(b *testing.B) {
	data, size := benchBook(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		wb, err := Open(data, Limits{})
		if err != nil {
			b.Fatal(err)
		}
		s, err := wb.OpenSheet(benchSheet)
		if err != nil {
			b.Fatal(err)
		}
		rows, cells := 0, 0
		for s.Next() {
			rows++
			for _, c := range s.Row().Cells {
				cells += len(c.Text)
			}
		}
		if s.Err() != nil || rows != benchRows+1 {
			b.Fatal(rows, s.Err())
		}
	}
}

// BenchmarkExcelizeRows reads the same sheet with excelize's Rows().Columns.
func BenchmarkExcelizeRows(b *testing.B) {
	data, size := benchBook(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		f, err := excelize.OpenReader(bytes.NewReader(data))
		if err != nil {
			b.Fatal(err)
		}
		rows, err := f.Rows(benchSheet)
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		for rows.Next() {
			if _, err := rows.Columns(excelize.Options{RawCellValue: true}); err != nil {
				b.Fatal(err)
			}
			n++
		}
		rows.Close()
		f.Close()
		if n != benchRows+1 {
			b.Fatal(n)
		}
	}
}

// BenchmarkInflate only inflates the sheet part: the floor for any reader,
// with the standard library's inflater and with the one the reader uses.
func BenchmarkInflate(b *testing.B) {
	data, size := benchBook(b)
	for _, inflater := range []struct {
		name string
		new  func(io.Reader) io.ReadCloser
	}{
		{"stdlib", nil},
		{"klauspost", func(r io.Reader) io.ReadCloser { return kflate.NewReader(r) }},
	} {
		b.Run(inflater.name, func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
				if err != nil {
					b.Fatal(err)
				}
				if inflater.new != nil {
					zr.RegisterDecompressor(zip.Deflate, inflater.new)
				}
				rc, err := zr.Open(benchPart)
				if err != nil {
					b.Fatal(err)
				}
				if n, err := io.Copy(io.Discard, rc); err != nil || n != size {
					b.Fatal(n, err)
				}
				rc.Close()
			}
		})
	}
}

// BenchmarkHugeMerge reads and fills a small sheet under H2:XFD1048576.
func BenchmarkHugeMerge(b *testing.B) {
	var rows bytes.Buffer
	for r := 1; r <= 20; r++ {
		fmt.Fprintf(&rows, `<row r="%d">`, r)
		for c := range 20 {
			fmt.Fprintf(&rows, `<c r="%s"><v>%d</v></c>`, CellName(c, r), c)
		}
		rows.WriteString(`</row>`)
	}
	data := book(b, "", testSheet{"S", sheetXML(rows.String(), "H2:XFD1048576")})
	b.ReportAllocs()
	for b.Loop() {
		wb, _ := Open(data, Limits{})
		s, _ := wb.OpenSheet("S")
		f := NewFiller(s.Merges())
		for s.Next() {
			f.Fill(s.Row())
		}
		if s.Err() != nil {
			b.Fatal(s.Err())
		}
	}
}
