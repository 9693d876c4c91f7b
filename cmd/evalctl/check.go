package main

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"

	"github.com/spf13/cobra"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/report"
)

type checkOptions struct {
	roundOptions
	json bool
}

func newCheckCmd(s *streams, g *globals) *cobra.Command {
	o := &checkOptions{}
	cmd := &cobra.Command{
		Use:   "check ROUND [--ballots FILE|DIR]...",
		Short: "Validate a round without scoring it: every problem, and the reconciliation",
		Long: `Read a round (a workbook, or a folder of 名册/选票/投诉台账/测试成绩 files) and any further
ballot files, and list every problem found rather than stopping at the first: each with
its file, sheet and cell, what is wrong and what was expected. Then the reconciliation:
ballots read, valid and invalid, per evaluator group and per file. Exits 0 when the round
is clean and 3 when it is not. Possible double entries are listed but do not make a round
unclean unless the rules void them.` + "\n" + exitStatusHelp,
		Args: exactArgs(1),
		RunE: onInput(g, &o.input, func(lang report.Lang) error { return checkRun(o, s, lang) }),
	}
	o.addInputFlags(cmd)
	cmd.Flags().BoolVar(&o.json, "json", false, "print the findings as JSON")
	return cmd
}

// checkFindings is what check reports, also its JSON form.
type checkFindings struct {
	Problems       []string                   `json:"problems"`
	InvalidBallots []report.JSONInvalidBallot `json:"invalid_ballots"`
	DoubleEntries  []report.JSONDoubleEntry   `json:"double_entries"`
	Groups         []report.JSONGroup         `json:"groups"`
	Files          []checkFile                `json:"files"`
	Read           int                        `json:"read"`
	Valid          int                        `json:"valid"`
	Invalid        int                        `json:"invalid"`
}

type checkFile struct {
	File    string `json:"file"`
	Read    int    `json:"read"`
	Valid   int    `json:"valid"`
	Invalid int    `json:"invalid"`
}

// errUnclean makes check exit 3 after it has printed its findings.
var errUnclean = &evaluate.DataError{Msg: "the round has problems; see the list above"}

func checkRun(o *checkOptions, s *streams, lang report.Lang) error {
	rr, err := readRound(&o.roundOptions, s, true)
	if rr == nil {
		return err // nothing could be read: the error says why
	}
	f := checkFindings{Problems: []string{}}
	for _, e := range flatten(err) {
		if e != nil {
			f.Problems = append(f.Problems, e.Error())
		}
	}
	// The checks that need the whole round (a target without a score, an
	// unknown category, a complaint naming nobody …) run whatever else is
	// wrong, so that one problem never hides another.
	if _, scoreErr := evaluate.Score(rr.rules, rr.round, rr.tally); scoreErr != nil {
		for _, e := range flatten(scoreErr) {
			if !slices.Contains(f.Problems, e.Error()) {
				f.Problems = append(f.Problems, e.Error())
			}
		}
	}
	res := &evaluate.Result{Rules: rr.rules, Ballots: rr.tally.Reconciliation(), Invalid: rr.tally.Invalid(), DoubleEntries: rr.tally.DoubleEntries()}
	for _, g := range res.Ballots.Groups {
		res.Groups = append(res.Groups, evaluate.GroupStat{GroupCount: g})
	}
	full := report.NewJSON(res, lang)
	f.InvalidBallots, f.DoubleEntries, f.Groups = full.InvalidBallots, full.DoubleEntries, full.Ballots.Groups
	f.Read, f.Valid, f.Invalid = res.Ballots.Read, res.Ballots.Valid, res.Ballots.Invalid
	for _, c := range rr.files {
		f.Files = append(f.Files, checkFile{File: c.file, Read: c.read, Valid: c.valid, Invalid: c.invalid})
	}
	if o.json {
		enc := json.NewEncoder(s.Out)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		err = enc.Encode(f)
	} else {
		err = writeFindings(s.Out, f, lang)
	}
	if err != nil {
		return err
	}
	if len(f.Problems) > 0 || f.Invalid > 0 {
		return errUnclean
	}
	return nil
}

func writeFindings(w io.Writer, f checkFindings, lang report.Lang) error {
	zh := lang == report.Chinese
	label := func(zhText, en string) string {
		if zh {
			return zhText
		}
		return en
	}
	var b []byte
	line := func(format string, args ...any) { b = fmt.Appendf(b, format+"\n", args...) }
	line("%s (%d)", label("问题", "Problems"), len(f.Problems))
	for _, p := range f.Problems {
		line("  %s", p)
	}
	line("%s (%d)", label("无效票", "Invalid ballots"), len(f.InvalidBallots))
	for _, ib := range f.InvalidBallots {
		line("  %s: %s %s %d: %s: %s", ib.File, ib.Sheet, label("第", "row"), ib.Row, ib.Ballot, ib.Reason)
	}
	line("%s (%d)", label("疑似重复录入", "Possible double entries"), len(f.DoubleEntries))
	for _, d := range f.DoubleEntries {
		line("  %s: %s %d: %s = %s (%s: %s %d)", d.File, d.Sheet, d.Row, d.Ballot, d.FirstBallot, d.FirstFile, d.FirstSheet, d.FirstRow)
	}
	line("%s: %s %d = %s %d + %s %d", label("对账", "Reconciliation"), label("读入", "read"), f.Read,
		label("有效", "valid"), f.Valid, label("无效", "invalid"), f.Invalid)
	for _, g := range f.Groups {
		name := g.Group
		if name == "" {
			name = label("（缺失或未知）", "(missing or unknown)")
		}
		line("  %s\t%d\t%d\t%d", name, g.Read, g.Valid, g.Invalid)
	}
	for _, c := range f.Files {
		line("  %s\t%d\t%d\t%d", c.File, c.Read, c.Valid, c.Invalid)
	}
	_, err := w.Write(b)
	return err
}
