package xlsxdump

import (
	"fmt"
	"os"

	"github.com/evalctl/evalctl/ingest/xlsx"
)

// Book is a workbook read as strings: its sheet names in workbook order, each
// sheet's rows (row n at index n-1, a missing row empty) and merged ranges.
type Book struct {
	Names  []string
	Rows   map[string][][]string
	Merges map[string][]string
}

// Read reads the workbook at path with the strict reader, values as stored.
func Read(path string) (Book, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Book{}, err
	}
	book, err := xlsx.Open(data, xlsx.Limits{})
	if err != nil {
		return Book{}, fmt.Errorf("open %s: %w", path, err)
	}
	out := Book{Names: book.SheetNames(), Rows: map[string][][]string{}, Merges: map[string][]string{}}
	for _, name := range out.Names {
		rows, ranges, err := book.ReadSheet(name)
		if err != nil {
			return Book{}, fmt.Errorf("read %s!%s: %w", path, name, err)
		}
		for _, r := range rows {
			for len(out.Rows[name]) < r.Num-1 {
				out.Rows[name] = append(out.Rows[name], nil)
			}
			out.Rows[name] = append(out.Rows[name], r.Strings(nil))
		}
		for _, m := range ranges {
			out.Merges[name] = append(out.Merges[name], m.String())
		}
	}
	return out, nil
}
