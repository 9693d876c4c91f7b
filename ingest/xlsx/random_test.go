package xlsx

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/xuri/excelize/v2"
)

// Values excelize-made workbooks hold: entities, CJK, whitespace, numbers
// Excel writes in exponent form, escapes of characters XML cannot carry.
var (
	texts = []string{"满意", "基本满意", "不满意", "党代表", "a & b", `<tag attr="x">`, "it's", "中文 English",
		"  leading and trailing  ", "line\nbreak", "tab\there", "_x000D_ literal", "下划线_x4E2D_", "emoji 😀", ""}
	numbers = []any{0, 1, -1, 12345678901, 1e-7, 3.14159, -0.5, 1e20, 100, 2026}
)

// randomExcelizeBook makes a workbook with excelize's API: sheets with
// Chinese names, shared and inline strings, rich text, numbers, booleans,
// formulas without values, sparse rows and merged ranges.
func randomExcelizeBook(t *testing.T, r *rand.Rand) []byte {
	f := excelize.NewFile()
	defer f.Close()
	names := []string{"选票", "名册", "投诉台账", "Sheet 2"}[:1+r.IntN(4)]
	for i, name := range names {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", name); err != nil {
				t.Fatal(err)
			}
		} else if _, err := f.NewSheet(name); err != nil {
			t.Fatal(err)
		}
		rows, cols := 1+r.IntN(30), 1+r.IntN(12)
		for row := 1; row <= rows; row++ {
			if r.IntN(5) == 0 {
				continue // a sparse row
			}
			for col := 0; col < cols; col++ {
				cell := CellName(col, row)
				var err error
				switch r.IntN(9) {
				case 0: // empty
				case 1, 2:
					err = f.SetCellValue(name, cell, texts[r.IntN(len(texts))])
				case 3:
					err = f.SetCellDefault(name, cell, texts[r.IntN(len(texts))]) // inline
				case 4:
					err = f.SetCellValue(name, cell, numbers[r.IntN(len(numbers))])
				case 5:
					err = f.SetCellValue(name, cell, r.IntN(2) == 0)
				case 6:
					err = f.SetCellRichText(name, cell, []excelize.RichTextRun{
						{Text: texts[r.IntN(len(texts))]}, {Text: "粗体", Font: &excelize.Font{Bold: true}}})
				case 7:
					err = f.SetCellFormula(name, cell, "NA()")
				case 8:
					err = f.SetCellStyle(name, cell, cell, 0)
				}
				if err != nil {
					t.Fatal(err)
				}
			}
		}
		// Merged ranges in bands of rows, so that they never overlap.
		for row := 1; row+2 <= rows; row += 3 + r.IntN(4) {
			c1 := r.IntN(cols)
			c2 := c1 + r.IntN(3)
			if err := f.MergeCell(name, CellName(c1, row), CellName(c2, row+r.IntN(3))); err != nil {
				t.Fatal(err)
			}
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestDifferentialExcelizeMade(t *testing.T) {
	r := rand.New(rand.NewPCG(2026, 1))
	books := 40
	if raceDetector {
		books = 10 // fewer books; each still draws every kind of cell, many times
	}
	for i := range books {
		compareWithExcelize(t, fmt.Sprintf("random book %d", i), randomExcelizeBook(t, r))
	}
}
