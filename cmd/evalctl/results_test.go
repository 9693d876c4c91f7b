package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/evalctl/evalctl/internal/sample"
	"github.com/evalctl/evalctl/internal/xlsxdump"
)

// The same input must give the same bytes, so that a published results
// workbook can be reproduced and checked by its hash.
func TestResultsWorkbookDeterministic(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	edge := filepath.Join(dir, "edge.xlsx")
	if err := sample.WriteWorkbook(edge, edgeSheets()); err != nil {
		t.Fatal(err)
	}
	// The sample round scored again gives the bytes it gave the first time.
	// Under -race the tiny round's writes below run the same code, the
	// resampling's workers too, on less volume.
	if !raceDetector {
		again := filepath.Join(dir, "again.xlsx")
		mustRun(t, "score", sampleRound, "-o", again, "--preset", "chibi")
		if got, err := os.ReadFile(again); err != nil || !bytes.Equal(got, scoredPreset(t, "chibi").bytes) {
			t.Errorf("the sample's results workbook differs from one scoring to the next (%v)", err)
		}
	}
	// A map's order often repeats by chance, so the tiny round is written
	// several times.
	for input, writes := range map[string]int{edge: 8} {
		output := strings.TrimSuffix(input, ".xlsx") + "-out.xlsx"
		var first []byte
		for i := range writes {
			mustRun(t, "score", input, "-o", output)
			got, err := os.ReadFile(output)
			if err != nil {
				t.Fatal(err)
			}
			if i == 0 {
				first = got
			} else if !bytes.Equal(got, first) {
				t.Fatalf("%s: write %d of the results workbook differs from the first", filepath.Base(input), i+1)
			}
		}
	}
}

func TestResultsWorkbookSheets(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	input := sampleRound
	data, err := os.ReadFile(input)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(data)
	digest := hex.EncodeToString(sum[:])

	for _, tc := range []struct {
		lang        string
		sheets      []string
		invalid     string // the invalid-ballot sheet
		unsat, void int    // data rows of the bottom list and invalid-ballot sheets
	}{
		{"zh", []string{"排名", "不满意名单", "稳健性", "问责名单", "表彰名单", "图表", "无效票", "疑似重复录入", "票号重录", "分文件统计", "异常", "组间一致性",
			"意见建议", "意见统计", "统计", "分组得分", "计分明细", "投诉记录", "说明", "审计"}, "无效票", 6, 5},
		{"en", []string{"Ranking", "Unsatisfactory", "Robustness", "Accountability", "Awards", "Charts", "Invalid ballots", "Possible double entries", "Rekeyed",
			"Files", "Anomalies", "Group agreement", "Comments", "Comment counts", "Statistics", "Group scores", "Score detail", "Complaint ledger",
			"Method", "Audit"}, "Invalid ballots", 6, 5},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			output := filepath.Join(dir, tc.lang+".xlsx")
			if tc.lang == "zh" { // as scored for the golden files
				if err := os.WriteFile(output, scoredPreset(t, "chibi").bytes, 0o644); err != nil {
					t.Fatal(err)
				}
			} else { // the sheets are the same unresampled (the scripts write an English workbook resampled)
				mustRun(t, "score", input, "-o", output, "--lang", tc.lang, "--replicates", "0")
			}
			f, err := xlsxdump.Read(output)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(f.Names, tc.sheets) {
				t.Fatalf("sheets %v, want %v", f.Names, tc.sheets)
			}
			rows := func(sheet string) [][]string { return f.Rows[sheet] }
			if n := len(rows(tc.sheets[0])) - 1; n != 214 {
				t.Errorf("%s: %d targets, want 214", tc.sheets[0], n)
			}
			if n := len(rows(tc.sheets[1])) - 1; n != tc.unsat {
				t.Errorf("%s: %d rows, want %d", tc.sheets[1], n, tc.unsat)
			}
			if n := len(rows(tc.invalid)) - 1; n != tc.void {
				t.Errorf("%s: %d rows, want %d", tc.invalid, n, tc.void)
			}
			audit := ""
			for _, row := range rows(tc.sheets[len(tc.sheets)-1]) {
				audit += strings.Join(row, "\t") + "\n"
			}
			if !strings.Contains(audit, digest) {
				t.Errorf("%s does not record the input's SHA-256 %s:\n%s", tc.sheets[len(tc.sheets)-1], digest, audit)
			}
		})
	}
}
