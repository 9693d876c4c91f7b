// Command gen writes the sample rounds of testdata.
//
//	go run ./internal/sample/gen -seed 2026 -o testdata/chibi/round.xlsx
//	go run ./internal/sample/gen -layouts testdata/layouts -broken testdata/broken/round.xlsx
//	go run ./internal/sample/gen -preset luoyang    # or lishui, jintan, huzhou: testdata/<preset>/round.xlsx
//	go run ./internal/sample/gen -year 2024         # testdata/yearly/round-2024.xlsx
//
// The first writes the 赤壁 round workbook; the committed
// testdata/chibi/round.xlsx is generated with seed 2026. The second writes
// the layouts round in every layout and encoding (seed 2026 too) and the
// deliberately broken round, instead of the 赤壁 round. Package sample's
// tests check that the committed files still match the generator.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/evalctl/evalctl/internal/sample"
)

func main() {
	seed := flag.Uint64("seed", 2026, "random seed; equal seeds give equal workbooks")
	out := flag.String("o", "testdata/chibi/round.xlsx", "output .xlsx path of the 赤壁 round")
	layouts := flag.String("layouts", "", "write the layouts round, in every layout, under this folder instead")
	broken := flag.String("broken", "", "write the deliberately broken round to this .xlsx path instead")
	preset := flag.String("preset", "", "write this preset's sample round instead (luoyang, lishui, jintan, huzhou), to -o or testdata/<preset>/round.xlsx")
	year := flag.Int("year", 0, "write the 赤壁 round of this year for the yearly testdata instead, to -o or testdata/yearly/round-<year>.xlsx")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "gen: unexpected arguments %q\n", flag.Args())
		flag.Usage()
		os.Exit(2)
	}
	if *year != 0 {
		path := filepath.Join("testdata", "yearly", fmt.Sprintf("round-%d.xlsx", *year))
		flag.Visit(func(f *flag.Flag) {
			if f.Name == "o" {
				path = *out
			}
		})
		if err := sample.WriteWorkbook(path, sample.ChibiYear(*year).Sheets); err != nil {
			fmt.Fprintf(os.Stderr, "gen: %v\n", err)
			os.Exit(1)
		}
		return
	}
	if *preset != "" {
		path := filepath.Join("testdata", *preset, "round.xlsx")
		flag.Visit(func(f *flag.Flag) {
			if f.Name == "o" {
				path = *out
			}
		})
		if err := generatePreset(*preset, *seed, path); err != nil {
			fmt.Fprintf(os.Stderr, "gen: %v\n", err)
			os.Exit(1)
		}
		return
	}
	if err := generate(*seed, *out, *layouts, *broken); err != nil {
		fmt.Fprintf(os.Stderr, "gen: %v\n", err)
		os.Exit(1)
	}
}

func generate(seed uint64, out, layouts, broken string) error {
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
		if err := os.MkdirAll(filepath.Dir(broken), 0o755); err != nil {
			return err
		}
		if err := sample.WriteWorkbook(broken, round.Sheets); err != nil {
			return err
		}
		fmt.Printf("wrote %s with %d planted problems:\n", broken, len(round.Planted))
		for _, p := range round.Planted {
			fmt.Printf("  %s\n", p)
		}
	}
	if layouts != "" || broken != "" {
		return nil
	}
	round := sample.Chibi(seed)
	if err := sample.WriteWorkbook(out, round.Sheets); err != nil {
		return err
	}
	fmt.Printf("wrote %s (seed %d): insufficient %s, no 企业代表 %s, weak pair %s %s (%s, %s), veto %s\n",
		out, seed, round.Insufficient, round.NoEnterprise, round.WeakPair[0], round.WeakPair[1],
		round.WeakUnit, round.WeakSupervisor, round.Veto)
	for _, b := range round.Invalid {
		fmt.Printf("  invalid ballot %s row %d (%s): %s\n", b.ID, b.Row, b.Group, b.Defect)
	}
	return nil
}

// generatePreset writes the sample round of a preset other than chibi; the
// committed testdata/<preset>/round.xlsx are generated with seed 2026.
func generatePreset(preset string, seed uint64, out string) error {
	var sheets []sample.Sheet
	var planted []sample.PlantedBallot
	switch preset {
	case "luoyang":
		round := sample.Luoyang(seed)
		sheets, planted = round.Sheets, round.Invalid
		fmt.Printf("luoyang: insufficient %s, weak %v, veto %s\n", round.Insufficient, round.Weak, round.Veto)
	case "lishui":
		round := sample.Lishui(seed)
		sheets, planted = round.Sheets, round.Invalid
		fmt.Printf("lishui: bottom %v, 警告 %s, 待岗 %s\n", round.Bottom, round.Warned, round.Suspended)
	case "jintan":
		round := sample.Jintan(seed)
		sheets, planted = round.Sheets, round.Invalid
		fmt.Printf("jintan: weakest %s, veto %s, 未办结 %v\n", round.Weakest, round.Veto, round.Unhandled)
	case "huzhou":
		round := sample.Huzhou(seed)
		sheets, planted = round.Sheets, round.Invalid
		fmt.Printf("huzhou: bottom %v\n", round.Bottom)
	default:
		return fmt.Errorf("no sample round for preset %q", preset)
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	if err := sample.WriteWorkbook(out, sheets); err != nil {
		return err
	}
	fmt.Printf("wrote %s (seed %d)\n", out, seed)
	for _, b := range planted {
		fmt.Printf("  invalid ballot %s row %d (%s): %s\n", b.ID, b.Row, b.Group, b.Defect)
	}
	return nil
}
