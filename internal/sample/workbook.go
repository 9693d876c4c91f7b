package sample

import (
	"bufio"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// Sheet is a named sheet of rows. Row 1 is Rows[0]. A cell is a string,
// written as a shared string, or a float64 or int, written as a number; nil
// and "" leave the cell absent, as a blank cell in a spreadsheet is.
type Sheet struct {
	Name string
	Rows [][]any
	// Merges are merged ranges such as "C1:G1", as offices merge a target's
	// header over its dimension columns. Only the top-left cell of a range
	// should hold a value: Excel shows no other.
	Merges []string
	// Stream, when set, makes the rows instead of Rows, for a sheet too
	// large to hold: it is walked twice, so it must make the same rows
	// each time.
	Stream iter.Seq[[]any]
}

// WriteWorkbook writes sheets, in order, to the .xlsx file at path. The file
// is replaced atomically: it is written next to path and renamed into place,
// so a reader never sees half a workbook.
//
// The same sheets always give the same bytes: the parts are written in a
// fixed order, with no modification times.
func WriteWorkbook(path string, sheets []Sheet) error {
	if len(sheets) == 0 {
		return fmt.Errorf("write workbook %s: no sheets", path)
	}
	seen := map[string]bool{}
	for _, s := range sheets {
		if seen[s.Name] {
			return fmt.Errorf("write workbook %s: duplicate sheet %q", path, s.Name)
		}
		seen[s.Name] = true
		// Excel's rules for a sheet's name.
		if n := utf8.RuneCountInString(s.Name); n == 0 || n > 31 || strings.ContainsAny(s.Name, `:\/?*[]`) {
			return fmt.Errorf("write workbook %s: sheet %q: Excel allows 1 to 31 characters and none of : \\ / ? * [ ]", path, s.Name)
		}
	}
	return writeAtomic(path, func(w io.Writer) error { return writeXLSX(w, sheets) })
}

// writeAtomic writes the file at path through write, into a temporary file
// beside it renamed into place.
func writeAtomic(path string, write func(io.Writer) error) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("write workbook: %w", err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	bw := bufio.NewWriterSize(tmp, 256<<10)
	if err := write(bw); err != nil {
		return fmt.Errorf("write workbook %s: %w", path, err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write workbook %s: %w", path, err)
	}
	// CreateTemp makes the file private; a workbook is an ordinary file.
	if err := tmp.Chmod(0o644); err != nil {
		return fmt.Errorf("write workbook %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("write workbook %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write workbook %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write workbook %s: %w", path, err)
	}
	return nil
}
