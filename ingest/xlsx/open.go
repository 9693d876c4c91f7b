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

// Prefetch starts inflating a sheet that OpenSheet will read in memory, on
// a goroutine of its own, so that it is ready, or nearly, when opened: the
// ballots, say, while the roster is read. A sheet streamed, or unknown, is
// left alone; an error waits for OpenSheet to report it. One sheet at a
// time: a second call drops the first's bytes when they come.
func (w *Workbook) Prefetch(name string) {
	i := slices.IndexFunc(w.sheets, func(s SheetInfo) bool { return s.Name == name })
	if i < 0 {
		return
	}
	f := w.part(w.sheets[i].Part)
	if f == nil || f.UncompressedSize64 > uint64(w.limits.MemorySheetBytes) {
		return
	}
	ahead := &inflating{part: f.Name, done: make(chan struct{})}
	w.lastMu.Lock()
	if w.lastPart == f.Name || (w.ahead != nil && w.ahead.part == f.Name) {
		w.lastMu.Unlock()
		return
	}
	w.ahead = ahead
	w.lastMu.Unlock()
	go func() {
		defer close(ahead.done)
		ahead.data, ahead.err = w.readPart(f)
	}()
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
	ahead := w.ahead
	if ahead != nil && ahead.part == f.Name {
		w.ahead = nil
	} else {
		ahead = nil
	}
	w.lastMu.Unlock()
	var data []byte
	var err error
	if ahead != nil {
		<-ahead.done
		data, err = ahead.data, ahead.err
	} else {
		data, err = w.readPart(f)
	}
	if err != nil {
		return nil, err
	}
	w.lastMu.Lock()
	w.lastPart, w.lastData = f.Name, data
	w.lastMu.Unlock()
	return data, nil
}
