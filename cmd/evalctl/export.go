package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/evalctl/evalctl/internal/msg"

	"github.com/spf13/cobra"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/ingest"
	"github.com/evalctl/evalctl/report"
)

type exportOptions struct {
	roundOptions
	output string
	units  string
	year   int
}

func newExportCmd(s *streams, g *globals) *cobra.Command {
	o := &exportOptions{}
	cmd := &cobra.Command{
		Use:  "export ROUND.xlsx|RESULTS.xlsx|RESULTS.json [-o DIR]",
		Args: exactArgs(1),
		RunE: onInput(g, &o.input, func(lang msg.Lang) error { return exportRun(o, s, lang) }),
	}
	o.AddFlags(cmd)
	return cmd
}

// AddFlags adds the round's flags, for a round to score, and export's own.
func (o *exportOptions) AddFlags(cmd *cobra.Command) {
	o.roundOptions.AddFlags(cmd)
	cmd.Flags().StringVarP(&o.output, "output", "o", "", "")
	cmd.Flags().IntVar(&o.year, "year", 0, "")
	cmd.Flags().StringVar(&o.units, "units", "", "")
}

func exportRun(o *exportOptions, s *streams, lang msg.Lang) error {
	dir := o.output
	if dir == "" {
		dir = beside(o.input, lang.T(msg.ExportFolderSuffix))
	}
	rules, _, err := o.loadRules()
	if err != nil {
		return err
	}
	published, err := exportSource(o, s, lang)
	if err != nil {
		return err
	}
	units, err := chosenUnits(o.units, published)
	if err != nil {
		return err
	}
	guard := guardInputs(append([]string{o.input, o.rulesFile}, o.ballots...)...)
	if err := guard.checkFolder(dir); err != nil {
		return err
	}
	plan := report.PlanExport(published, lang, units)
	for _, path := range append(exportPaths(dir, plan), filepath.Join(dir, report.IndexFile(lang))) {
		if err := guard.check(path, msg.CmdExportOverInput); err != nil {
			return err
		}
	}
	for _, u := range plan {
		if u.CollidesWith != "" {
			note(s, lang, msg.NoteNameCollision, u.CollidesWith, u.Unit, u.File)
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	opts := report.ExportOptions{Dir: dir, Lang: lang, MinGroupRatings: rules.Export.MinGroupRatings, Units: units}
	if s.ErrTerminal {
		label := lang.T(msg.ProgressExport)
		opts.Progress = func(done, total int) {
			fmt.Fprintf(s.Err, "\r%s %d/%d", label, done, total)
			if done == total {
				fmt.Fprintln(s.Err)
			}
		}
	}
	written, err := report.Export(published, opts)
	if err != nil {
		return err
	}
	note(s, lang, msg.NoteExported, len(written), report.IndexFile(lang), dir)
	return nil
}

func exportPaths(dir string, plan []report.ExportedUnit) []string {
	var out []string
	for _, u := range plan {
		out = append(out, filepath.Join(dir, u.File))
	}
	return out
}

// exportSource reads results evalctl wrote, or scores a round workbook.
func exportSource(o *exportOptions, s *streams, lang msg.Lang) (*evaluate.Published, error) {
	isResults, err := ingest.IsResults(o.input)
	if err != nil {
		return nil, err
	}
	year, err := roundYear(o.year, o.input)
	if err != nil {
		return nil, err
	}
	if isResults {
		p, _, err := ingest.ReadResults(o.input)
		if err != nil {
			return nil, err
		}
		if !p.Complete {
			return nil, evaluate.NewDataError(o.input, msg.DataIncomplete)
		}
		switch {
		case p.Year == 0:
			p.Year = year
		case o.year != 0 && o.year != p.Year:
			return nil, usage(msg.CmdExportYear, o.input, p.Year, o.year)
		}
		return p, nil
	}
	res, _, err := scoreRound(&o.roundOptions, s, lang)
	if err != nil {
		return nil, err
	}
	res.Year = year
	return report.Publish(res, lang), nil
}

// chosenUnits parses --units: nil for every unit; an unknown name is a
// usage error that lists the known ones.
func chosenUnits(flag string, p *evaluate.Published) ([]string, error) {
	if strings.TrimSpace(flag) == "" {
		return nil, nil
	}
	known := p.Units()
	var units, unknown []string
	for _, u := range strings.FieldsFunc(flag, func(r rune) bool { return r == ',' || r == '，' || r == '、' }) {
		if u = strings.TrimSpace(u); u == "" {
			continue
		}
		if !slices.Contains(known, u) {
			unknown = append(unknown, u)
		}
		units = append(units, u)
	}
	if len(unknown) > 0 {
		return nil, usage(msg.CmdUnknownUnits, strings.Join(unknown, ", "), strings.Join(known, ", "))
	}
	return units, nil
}
