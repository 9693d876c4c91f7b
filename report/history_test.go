package report

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/msg"
	"github.com/evalctl/evalctl/internal/xlsxdump"
)

func TestHistoryWorkbook(t *testing.T) {
	target := func(id, cat string, rank int, final float64, unsat bool) evaluate.PublishedTarget {
		return evaluate.PublishedTarget{ID: id, Name: "姓名" + id, Unit: "U", Category: cat, Rank: rank,
			HasScore: true, Final: final, Unsatisfactory: unsat}
	}
	rounds := []*evaluate.Published{
		{Year: 2024, Targets: []evaluate.PublishedTarget{target("T1", "A", 2, 40, true), target("T2", "A", 1, 70, false)}},
		{Year: 2025, Targets: []evaluate.PublishedTarget{target("T1", "A", 2, 50, true), target("T2", "A", 1, 60, false),
			target("T3", "B/C", 1, 80, false)}},
		{Year: 2026, Targets: []evaluate.PublishedTarget{target("T1", "A", 1, 90, false), target("T2", "A", 2, 65, false),
			target("T3", "B/C", 1, 85, true)}},
	}
	tr, err := evaluate.NewTrend(rounds)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "趋势.xlsx")
	if err := WriteHistory(path, tr, msg.Chinese); err != nil {
		t.Fatal(err)
	}
	dump, err := xlsxdump.File(path)
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "history-zh.golden", dump)
	// The same years give the same bytes, chart parts included.
	again := filepath.Join(t.TempDir(), "again.xlsx")
	if err := WriteHistory(again, tr, msg.Chinese); err != nil {
		t.Fatal(err)
	}
	if a, b := readBytes(t, path), readBytes(t, again); !bytes.Equal(a, b) {
		t.Error("two writes of the trend workbook differ")
	}

	charts := chartParts(t, path)
	if len(charts) != 2 {
		t.Fatalf("%d charts, want one per category (A, B/C)", len(charts))
	}
	for name, xml := range charts {
		if !strings.Contains(xml, "<c:lineChart>") || strings.Count(xml, "<c:ser>") != 5 {
			t.Errorf("%s is not a line chart of five series", name)
		}
	}
	if !strings.Contains(charts["xl/charts/chart2.xml"], "<c:f>'B_C'!$A$2:$A$4</c:f>") {
		t.Error("the second chart does not plot the years of sheet B_C")
	}
}

// chartParts returns the chart parts of an .xlsx file by name.
func chartParts(t *testing.T, path string) map[string]string {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	out := map[string]string{}
	for _, f := range zr.File {
		if strings.HasPrefix(f.Name, "xl/charts/chart") {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			data, err := io.ReadAll(rc)
			rc.Close()
			if err != nil {
				t.Fatal(err)
			}
			out[f.Name] = string(data)
		}
	}
	return out
}

func readBytes(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
