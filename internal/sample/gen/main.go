// Command gen writes the sample rounds of testdata from their seeded
// generators in package sample.
//
//	go run ./internal/sample/gen -all                 # every committed sample (make testdata)
//	go run ./internal/sample/gen -preset luoyang      # testdata/<preset>/round.xlsx, any preset
//	go run ./internal/sample/gen -layouts testdata/layouts -broken testdata/broken/round.xlsx
//	go run ./internal/sample/gen -year 2024           # testdata/yearly/round-2024.xlsx
//	go run ./internal/sample/gen -closecut testdata/closecut/round.xlsx  # the close-cut round
//	go run ./internal/sample/gen -malformed testdata/malformed  # the malformed-input corpus
//	go run ./internal/sample/gen -large 200000 -o big.xlsx  # a round to measure with (make bench)
//
// Every committed sample is generated with seed 2026 (sample.Seed); package
// sample's tests check that the committed files still match the generators.
package main

import (
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/sample"
)

func main() {
	seed := flag.Uint64("seed", sample.Seed, "random seed; equal seeds give equal workbooks")
	out := flag.String("o", "", "output .xlsx path of -preset or -year (default testdata/<preset>/round.xlsx, testdata/yearly/round-<year>.xlsx)")
	all := flag.Bool("all", false, "write every committed sample round under testdata")
	layouts := flag.String("layouts", "", "write the layouts round, in every layout, under this folder")
	broken := flag.String("broken", "", "write the deliberately broken round to this .xlsx path")
	preset := flag.String("preset", "", "write this preset's sample round")
	year := flag.Int("year", 0, "write the 赤壁 round of this year, for the yearly testdata")
	malformed := flag.String("malformed", "", "write the malformed-input corpus (but the zip bombs) into this folder")
	closecut := flag.String("closecut", "", "write the close-cut round (赤壁 rules, a bottom list cut within a point) to this .xlsx path")
	large := flag.Int("large", 0, "write a round of this many ballots over 18 chiefs to -o, for measuring")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "gen: unexpected arguments %q\n", flag.Args())
		flag.Usage()
		os.Exit(2)
	}
	var err error
	switch {
	case *all:
		err = writeAll(*seed)
	case *preset != "":
		err = writePreset(*preset, *seed, or(*out, filepath.Join("testdata", *preset, "round.xlsx")))
	case *malformed != "":
		err = writeMalformed(*malformed)
	case *closecut != "":
		err = writeCloseCut(*seed, *closecut)
	case *large > 0:
		if *out == "" {
			err = fmt.Errorf("-large needs -o")
			break
		}
		err = sample.WriteWorkbook(*out, sample.Large(*large, *seed))
	case *year != 0:
		err = writeYear(*year, or(*out, filepath.Join("testdata", "yearly", fmt.Sprintf("round-%d.xlsx", *year))))
	case *layouts != "" || *broken != "":
		err = writeLayouts(*seed, *layouts, *broken)
	default:
		flag.Usage()
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "gen: %v\n", err)
		os.Exit(1)
	}
}

func or(s, fallback string) string {
	if s != "" {
		return s
	}
	return fallback
}

// writeAll writes every committed sample under testdata.
func writeAll(seed uint64) error {
	for _, name := range evaluate.PresetNames() {
		if err := writePreset(name, seed, filepath.Join("testdata", name, "round.xlsx")); err != nil {
			return err
		}
	}
	for _, y := range sample.YearlyYears {
		if err := writeYear(y, filepath.Join("testdata", "yearly", fmt.Sprintf("round-%d.xlsx", y))); err != nil {
			return err
		}
	}
	if err := writeMalformed(filepath.Join("testdata", "malformed")); err != nil {
		return err
	}
	if err := writeCloseCut(seed, filepath.Join("testdata", "closecut", "round.xlsx")); err != nil {
		return err
	}
	return writeLayouts(seed, filepath.Join("testdata", "layouts"), filepath.Join("testdata", "broken", "round.xlsx"))
}

// writeMalformed writes the malformed-input corpus but its large files.
func writeMalformed(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	n := 0
	for _, m := range sample.MalformedCorpus() {
		if m.Large {
			continue
		}
		data, err := m.Data()
		if err != nil {
			return fmt.Errorf("%s: %w", m.Name, err)
		}
		if err := os.WriteFile(filepath.Join(dir, m.Name), data, 0o644); err != nil {
			return err
		}
		n++
	}
	fmt.Printf("wrote %d malformed files under %s\n", n, dir)
	return nil
}

// writePreset writes the sample round of a preset.
func writePreset(name string, seed uint64, out string) error {
	make, ok := sample.Presets[name]
	if !ok {
		return fmt.Errorf("no sample round for preset %q (known: %v)", name, slices.Sorted(maps.Keys(sample.Presets)))
	}
	round := make(seed)
	if err := writeWorkbook(out, round.Sheets); err != nil {
		return err
	}
	fmt.Printf("wrote %s (seed %d): %s\n", out, seed, round.Planted)
	for _, b := range round.Invalid {
		fmt.Printf("  invalid ballot %s row %d (%s): %s\n", b.ID, b.Row, b.Group, b.Defect)
	}
	return nil
}

// writeCloseCut writes the close-cut round.
func writeCloseCut(seed uint64, out string) error {
	round := sample.CloseCut(seed)
	if err := writeWorkbook(out, round.Sheets); err != nil {
		return err
	}
	fmt.Printf("wrote %s (seed %d): clear bottoms %v, straddlers %v\n", out, seed, round.Clear, round.Straddlers)
	return nil
}

func writeYear(year int, out string) error {
	if err := writeWorkbook(out, sample.ChibiYear(year).Sheets); err != nil {
		return err
	}
	fmt.Printf("wrote %s\n", out)
	return nil
}

func writeLayouts(seed uint64, layouts, broken string) error {
	if layouts != "" {
		files, err := sample.LayoutFiles(seed)
		if err != nil {
			return err
		}
		if err := sample.WriteLayoutFiles(layouts, files); err != nil {
			return err
		}
		fmt.Printf("wrote %d files under %s (seed %d)\n", len(files), layouts, seed)
	}
	if broken != "" {
		round := sample.Broken()
		if err := writeWorkbook(broken, round.Sheets); err != nil {
			return err
		}
		fmt.Printf("wrote %s with %d planted problems:\n", broken, len(round.Planted))
		for _, p := range round.Planted {
			fmt.Printf("  %s\n", p)
		}
	}
	return nil
}

func writeWorkbook(path string, sheets []sample.Sheet) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return sample.WriteWorkbook(path, sheets)
}
