package sample

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
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
}

// WriteWorkbook writes sheets, in order, to the .xlsx file at path. The file
// is replaced atomically: it is written next to path and renamed into place,
// so a reader never sees half a workbook.
//
// The same sheets always give the same bytes: excelize's document
// properties carry a fixed date, its zip entries no modification times, and
// its parts are written in sorted order.
func WriteWorkbook(path string, sheets []Sheet) error {
	if len(sheets) == 0 {
		return fmt.Errorf("write workbook %s: no sheets", path)
	}
	seen := map[string]bool{}
	for _, s := range sheets {
		// NewSheet returns an existing sheet of the same name, which would
		// silently merge two sheets into one.
		if seen[s.Name] {
			return fmt.Errorf("write workbook %s: duplicate sheet %q", path, s.Name)
		}
		seen[s.Name] = true
	}
	f := excelize.NewFile()
	defer f.Close()
	for i, s := range sheets {
		var err error
		if i == 0 {
			// A new file has one sheet; rename it rather than leave an
			// empty Sheet1 in front of the real ones.
			err = f.SetSheetName(f.GetSheetName(0), s.Name)
		} else {
			_, err = f.NewSheet(s.Name)
		}
		if err != nil {
			return fmt.Errorf("write workbook %s: sheet %q: %w", path, s.Name, err)
		}
		if err := writeRows(f, s); err != nil {
			return fmt.Errorf("write workbook %s: %w", path, err)
		}
		if err := mergeCells(f, s); err != nil {
			return fmt.Errorf("write workbook %s: %w", path, err)
		}
	}
	f.SetActiveSheet(0)
	return writeAtomic(path, f)
}

// writeRows writes cell by cell, rather than with SetSheetRow, because
// SetSheetRow writes an empty cell for nil where we want none at all.
func writeRows(f *excelize.File, s Sheet) error {
	for r, row := range s.Rows {
		for c, v := range row {
			ref, err := excelize.CoordinatesToCellName(c+1, r+1)
			if err != nil {
				return fmt.Errorf("sheet %q: %w", s.Name, err)
			}
			switch v := v.(type) {
			case nil:
			case string:
				if v != "" {
					err = f.SetCellStr(s.Name, ref, v)
				}
			case float64:
				err = f.SetCellFloat(s.Name, ref, v, -1, 64)
			case int:
				err = f.SetCellInt(s.Name, ref, int64(v))
			default:
				err = fmt.Errorf("unsupported cell type %T", v)
			}
			if err != nil {
				return fmt.Errorf("sheet %q cell %s: %w", s.Name, ref, err)
			}
		}
	}
	return nil
}

func mergeCells(f *excelize.File, s Sheet) error {
	for _, m := range s.Merges {
		from, to, ok := strings.Cut(m, ":")
		if !ok {
			return fmt.Errorf("sheet %q: merged range %q is not of the form A1:B2", s.Name, m)
		}
		if err := f.MergeCell(s.Name, from, to); err != nil {
			return fmt.Errorf("sheet %q: merge %s: %w", s.Name, m, err)
		}
	}
	return nil
}

func writeAtomic(path string, f *excelize.File) (err error) {
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
	if err := f.Write(tmp); err != nil {
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
