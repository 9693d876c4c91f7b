package ingest

import (
	"slices"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/msg"
)

// Keying is one keying of a stack of paper ballots: the file and its
// ballots, as read.
type Keying struct {
	Path, SHA256 string
	Ballots      []evaluate.Ballot
}

// ReadKeyings reads two keyings of one stack (双人录入) for comparison: each
// a ballot workbook, CSV file or folder of them, in any layout. With a
// roster (a round workbook or folder; "" for none) targets are resolved
// against it, so that one clerk may head a column 张伟 and the other T001;
// without, a target is the text of its header, the same in both keyings.
// It returns the targets the cells were resolved to.
func ReadKeyings(a, b, roster string, rules *evaluate.Rules, opt Options) (ka, kb *Keying, targets []evaluate.Target, err error) {
	r := newResolver(rules, nil)
	r.open = true
	if roster != "" {
		in, err := OpenInputs(roster, nil, opt)
		if err != nil {
			return nil, nil, nil, err
		}
		defer in.Close()
		ts, err := in.roster.wb.rosterFrom(in.roster.sheet, rules)
		if err != nil {
			return nil, nil, nil, err
		}
		r = newResolver(rules, ts)
	}
	read := func(path string) (*Keying, error) {
		in := &Inputs{opt: opt}
		defer in.Close()
		if err := in.addBallots(path, opt); err != nil {
			return nil, err
		}
		k := &Keying{Path: path}
		for _, f := range in.Files {
			k.SHA256 = f.SHA256 // one file, or the last of a folder's
		}
		for _, ref := range in.ballots {
			err := ref.wb.ballotsFrom(ref.sheet, rules, r, func(b evaluate.Ballot) error {
				b.Cells = slices.Clone(b.Cells) // the reader reuses them
				k.Ballots = append(k.Ballots, b)
				return nil
			})
			if err != nil {
				return nil, err
			}
		}
		if len(k.Ballots) == 0 {
			return nil, dataErr(path, "", "", msg.DataNoBallots)
		}
		return k, nil
	}
	if ka, err = read(a); err != nil {
		return nil, nil, nil, err
	}
	if kb, err = read(b); err != nil {
		return nil, nil, nil, err
	}
	return ka, kb, r.targets, nil
}
