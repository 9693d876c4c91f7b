package report

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/msg"
)

// ExportOptions say what to export where.
type ExportOptions struct {
	// Dir is the folder to write into; it must exist.
	Dir  string
	Lang msg.Lang
	// MinGroupRatings is the rules' export.min_group_ratings.
	MinGroupRatings int
	// Units limits the export to these units; nil exports every unit.
	Units []string
	// Progress, when set, is called after each workbook.
	Progress func(done, total int)
}

// ExportedUnit is one unit's workbook as written.
type ExportedUnit struct {
	Unit, File string
	// CollidesWith is the unit whose file name this unit's would have been.
	CollidesWith string
}

// IndexFile is the name of the index workbook of an export.
func IndexFile(lang msg.Lang) string { return lang.T(msg.IndexFile) }

// UnitFileSuffix ends every unit's file name.
func UnitFileSuffix(lang msg.Lang) string {
	return lang.T(msg.UnitFileSuffix)
}

// Export writes one workbook per unit into opts.Dir, each holding only that
// unit's targets, its leaders' accountability entries and its targets'
// complaints, with per-group figures withheld where they would reveal
// votes; then the index workbook listing every unit of the round, whether
// it was written now, its file and its headline figures. File names come
// from unit names over the whole round, so a unit keeps its file name
// whichever units are exported; no other file in the folder is touched.
//
// Every workbook is written first into a hidden folder inside opts.Dir;
// then the old index is removed, the unit files are moved into place and
// the index last. An export stopped before the moves leaves the folder as
// it was (and the hidden folder, removed by the next export); one stopped
// during them leaves a folder without an index, which no one takes for
// complete. Each file is replaced by a rename: a reader never sees half of
// one.
func Export(p *evaluate.Published, opts ExportOptions) ([]ExportedUnit, error) {
	if !p.Complete {
		return nil, msg.Errorf(msg.DataIncomplete)
	}
	removeStaleStaging(opts.Dir)
	staging, err := os.MkdirTemp(opts.Dir, stagingPrefix+"*")
	if err != nil {
		return nil, msg.Errorf(msg.CmdWriting, opts.Dir, err)
	}
	defer os.RemoveAll(staging)
	out := PlanExport(p, opts.Lang, opts.Units)
	written := map[string]bool{}
	for i, u := range out {
		if err := writeUnit(p, viewOf(p, u.Unit), filepath.Join(staging, u.File), opts); err != nil {
			return nil, msg.Errorf(msg.CmdWriting, filepath.Join(opts.Dir, u.File), err)
		}
		written[u.Unit] = true
		if opts.Progress != nil {
			opts.Progress(i+1, len(out))
		}
	}
	indexName := IndexFile(opts.Lang)
	if err := writeIndex(p, PlanExport(p, opts.Lang, nil), written, filepath.Join(staging, indexName), opts); err != nil {
		return nil, msg.Errorf(msg.CmdWriting, filepath.Join(opts.Dir, indexName), err)
	}
	index := filepath.Join(opts.Dir, indexName)
	if err := os.Remove(index); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, msg.Errorf(msg.CmdWriting, index, err)
	}
	for _, name := range append(exportedFiles(out), indexName) {
		if err := os.Rename(filepath.Join(staging, name), filepath.Join(opts.Dir, name)); err != nil {
			return nil, msg.Errorf(msg.CmdWriting, filepath.Join(opts.Dir, name), err)
		}
	}
	return out, nil
}

// stagingPrefix names the hidden folder an export writes into first.
const stagingPrefix = ".evalctl-export-"

// removeStaleStaging removes what an export stopped before its moves left.
func removeStaleStaging(dir string) {
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.IsDir() && strings.HasPrefix(e.Name(), stagingPrefix) {
			os.RemoveAll(filepath.Join(dir, e.Name()))
		}
	}
}

func exportedFiles(units []ExportedUnit) []string {
	var out []string
	for _, u := range units {
		out = append(out, u.File)
	}
	return out
}

// PlanExport names the file of each unit to export (every unit when units
// is nil), in the order of the results, without writing anything.
func PlanExport(p *evaluate.Published, lang msg.Lang, units []string) []ExportedUnit {
	want := map[string]bool{}
	for _, u := range units {
		want[u] = true
	}
	var out []ExportedUnit
	for _, uf := range unitFiles(p.Units(), UnitFileSuffix(lang)) {
		if units == nil || want[uf.Unit] {
			out = append(out, ExportedUnit(uf))
		}
	}
	return out
}

func writeUnit(p *evaluate.Published, v unitView, path string, opts ExportOptions) error {
	threshold, lang := opts.MinGroupRatings, opts.Lang
	byGroup := byGroupTable(v, threshold, lang)
	byGroup.notes = []string{suppressionNote(lang, threshold)}
	return build(p.Round+" "+v.unit, lang, []table{
		unitResultsTable(p, v, threshold, lang),
		byGroup,
		unitAccountabilityTable(v, lang),
		unitLedgerTable(v, lang),
		unitCommentsTable(v, lang),
		unitAboutTable(p, v, threshold, lang),
	}).save(path)
}

// writeIndex lists every unit of the round, whether written in this run
// (with --units, the others' files are those of an earlier run, under the
// same names), its file, a note where its name collided with another
// unit's, and its headline figures.
func writeIndex(p *evaluate.Published, units []ExportedUnit, written map[string]bool, path string, opts ExportOptions) error {
	lang := opts.Lang
	tb := table{name: contract.SheetIndex.In(lang)}
	tb.header = heads(lang, contract.ColUnit, contract.ColFile, contract.ColWrittenNow, contract.ColNote, contract.ColTargets, contract.ColRanked, contract.ColUnsatisfactoryCount, contract.ColAccountabilityEntries, contract.ColVerified, contract.ColMeanFinal, contract.ColSatisfaction)
	tb.formats = []format{text, text, text, text, integer, integer, integer, integer, integer, fixed2, percent}
	for _, u := range units {
		v := viewOf(p, u.Unit)
		var note any
		if u.CollidesWith != "" {
			note = lang.F(msg.NameCollision, u.CollidesWith)
		}
		ranked, unsat, verified, finals, cells, satisfied := 0, 0, 0, 0.0, 0, 0.0
		for _, tg := range v.targets {
			hide := hiddenTarget(tg, opts.MinGroupRatings)
			if tg.Rank > 0 {
				ranked++
				if tg.HasScore && !hide {
					finals += tg.Final
				}
			}
			if tg.Unsatisfactory {
				unsat++
			}
			verified += tg.Verified
			// A target whose own figures are withheld stays out of the
			// unit's, which would otherwise give them away by subtraction.
			if tg.HasSatisfaction && !hide {
				n := tg.RatingCells()
				cells += n
				satisfied += tg.Satisfaction * float64(n)
			}
		}
		var meanFinal, sat any
		if shown := countShownRanked(v, opts.MinGroupRatings); shown > 0 {
			meanFinal = finals / float64(shown)
		}
		switch {
		case cells == 0:
		case cells < opts.MinGroupRatings:
			sat = Suppressed
		default:
			sat = satisfied / float64(cells)
		}
		tb.add(u.Unit, u.File, yesOrEmpty(lang, written[u.Unit]), note, len(v.targets), ranked, unsat, len(v.accountability), verified, meanFinal, sat)
	}
	return build(p.Round, lang, []table{tb}).save(path)
}

// countShownRanked counts the unit's ranked targets whose final score is
// shown.
func countShownRanked(v unitView, threshold int) int {
	n := 0
	for _, tg := range v.targets {
		if tg.Rank > 0 && tg.HasScore && !hiddenTarget(tg, threshold) {
			n++
		}
	}
	return n
}
