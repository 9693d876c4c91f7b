package xlsx

import (
	"archive/zip"
	"slices"
)

// OpenSheet opens a sheet by name for reading its rows.
//
// A sheet part that declares at most Limits.MemorySheetBytes is inflated
// into memory at once, and its merged ranges read from its tail, so that
// MergesKnown is true before the first row. A larger sheet is streamed, and
// its merged ranges are known when its rows are done.
func (w *Workbook) OpenSheet(name string) (*Sheet, error) {
	i := slices.IndexFunc(w.sheets, func(s SheetInfo) bool { return s.Name == name })
	if i < 0 {
		e := newError(NotFound, "no sheet named %q", name)
		e.Sheet = name
		return nil, e
	}
	s := &Sheet{info: w.sheets[i], lim: w.limits, prevCol: -1, curCol: -1}
	fail := func(err error) (*Sheet, error) { return nil, s.locate(err) }
	sst, err := w.sharedStrings()
	if err != nil {
		return nil, err
	}
	s.sst = sst
	f := w.part(s.info.Part)
	if f == nil {
		return fail(invalidPart(s.info.Part, "the workbook has no part %s for sheet %q", s.info.Part, name))
	}
	s.declared = int64(min(f.UncompressedSize64, uint64(w.limits.PartBytes)))
	if f.UncompressedSize64 > uint64(w.limits.MemorySheetBytes) {
		c, closer, err := w.openPart(f)
		if err != nil {
			return fail(err)
		}
		p := newPipe(c)
		s.sc, s.closer = newStreamScanner(f.Name, p), closers{p, closer}
		return s, nil
	}
	data, err := w.memoryPart(f)
	if err != nil {
		return fail(err)
	}
	s.sc = newMemoryScanner(f.Name, data)
	merges, ok := mergesAhead(data, w.limits)
	if !ok {
		// The tail does not read as one: read the whole sheet once for its
		// merged ranges (and its errors). Only odd sheets come here.
		pre := &Sheet{info: s.info, lim: s.lim, sst: sst, prevCol: -1, curCol: -1, sc: newMemoryScanner(f.Name, data)}
		for pre.Next() {
		}
		if pre.err != nil {
			return nil, pre.err
		}
		merges = pre.merges
	}
	s.merges, s.mergesKnown = slices.Clone(merges), true
	return s, nil
}

// ReadSheet reads a whole sheet: its rows and its merged ranges. It suits
// small sheets and tests; stream large ones with OpenSheet.
func (w *Workbook) ReadSheet(name string) ([]Row, []Range, error) {
	s, err := w.OpenSheet(name)
	if err != nil {
		return nil, nil, err
	}
	defer s.Close()
	var rows []Row
	for s.Next() {
		rows = append(rows, s.Row().Clone())
	}
	if err := s.Err(); err != nil {
		return nil, nil, err
	}
	return rows, s.Merges(), nil
}

// memoryPart inflates a sheet part into memory, or gives the bytes it gave
// last time for the same part.
func (w *Workbook) memoryPart(f *zip.File) ([]byte, error) {
	w.lastMu.Lock()
	if w.lastPart == f.Name {
		defer w.lastMu.Unlock()
		return w.lastData, nil
	}
	w.lastMu.Unlock()
	data, err := w.readPart(f)
	if err != nil {
		return nil, err
	}
	w.lastMu.Lock()
	w.lastPart, w.lastData = f.Name, data
	w.lastMu.Unlock()
	return data, nil
}
