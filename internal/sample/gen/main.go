// Command gen writes the sample 赤壁 round workbook:
//
//	go run ./internal/sample/gen -seed 2026 -o testdata/chibi/round.xlsx
//
// The committed testdata/chibi/round.xlsx is generated with seed 2026;
// package sample's tests check that it still matches the generator.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/evalctl/evalctl/internal/sample"
)

func main() {
	seed := flag.Uint64("seed", 2026, "random seed; equal seeds give equal workbooks")
	out := flag.String("o", "testdata/chibi/round.xlsx", "output .xlsx path")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "gen: unexpected arguments %q\n", flag.Args())
		flag.Usage()
		os.Exit(2)
	}
	round := sample.Chibi(*seed)
	if err := sample.WriteWorkbook(*out, round.Sheets); err != nil {
		fmt.Fprintf(os.Stderr, "gen: %v\n", err)
		os.Exit(1)
	}
	fmt.Printf("wrote %s (seed %d): insufficient %s, no 企业代表 %s, weak pair %s %s (%s, %s), veto %s\n",
		*out, *seed, round.Insufficient, round.NoEnterprise, round.WeakPair[0], round.WeakPair[1],
		round.WeakUnit, round.WeakSupervisor, round.Veto)
	for _, b := range round.Invalid {
		fmt.Printf("  invalid ballot %s row %d (%s): %s\n", b.ID, b.Row, b.Group, b.Defect)
	}
}
