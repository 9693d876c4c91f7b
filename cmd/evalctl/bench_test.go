package main

import (
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/evalctl/evalctl/internal/msg"
	"github.com/evalctl/evalctl/report"
)

// BenchmarkWriteResultsSample writes the sample's results workbook, the
// half of evalctl score that is not reading and scoring.
func BenchmarkWriteResultsSample(b *testing.B) {
	o := &roundOptions{input: sampleRound}
	o.preset = "chibi"
	res, meta, err := scoreRound(o, &streams{In: strings.NewReader(""), Out: io.Discard, Err: io.Discard}, msg.Chinese)
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), "结果.xlsx")
	b.ReportAllocs()
	for b.Loop() {
		if err := report.WriteWorkbook(path, res, meta, msg.Chinese); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkScoreSample is evalctl score on the sample, in process: reading,
// scoring and writing the results workbook.
func BenchmarkScoreSample(b *testing.B) {
	path := filepath.Join(b.TempDir(), "结果.xlsx")
	s := &streams{In: strings.NewReader(""), Out: io.Discard, Err: io.Discard}
	b.ReportAllocs()
	for b.Loop() {
		if code := run([]string{"score", sampleRound, "-o", path}, s); code != exitOK {
			b.Fatalf("exit %d", code)
		}
	}
}
