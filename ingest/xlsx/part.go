package xlsx

import (
	"archive/zip"
	"errors"
	"io"
	"sync/atomic"
)

// counter counts a part's inflated bytes as they are read, against the
// limits. It trusts nothing the zip directory says: a directory can lie
// about sizes, and what counts is what inflates.
type counter struct {
	r          io.Reader
	part       string
	n          int64
	partLimit  int64
	ratioLimit int64 // bytes the ratio allows, from the compressed size
	ratio      int64
	compressed int64
	total      *atomic.Int64
	totalLimit int64
}

func (c *counter) Read(p []byte) (int, error) {
	m, err := c.r.Read(p)
	c.n += int64(m)
	total := c.total.Add(int64(m))
	switch {
	case c.n > c.partLimit:
		return m, c.tooLarge("the part inflates past %d bytes (Limits.PartBytes)", c.partLimit)
	case c.n > ratioFloor && c.n > c.ratioLimit:
		return m, c.tooLarge("the part inflates past %d bytes, more than %d times its %d compressed bytes (Limits.Ratio); a zip bomb?", c.ratioLimit, c.ratio, c.compressed)
	case total > c.totalLimit:
		return m, c.tooLarge("the workbook's parts inflate past %d bytes in all (Limits.TotalBytes)", c.totalLimit)
	}
	return m, err
}

func (c *counter) tooLarge(format string, args ...any) error {
	e := newError(TooLarge, format, args...)
	e.Part, e.Offset = c.part, c.n
	return e
}

// openPart opens a part for reading, refusing at once a directory entry
// that declares more than the limits allow.
func (w *Workbook) openPart(f *zip.File) (*counter, io.Closer, error) {
	lim := w.limits
	ratioLimit := lim.Ratio * max(int64(f.CompressedSize64), 1)
	fail := func(kind ErrorKind, err error, format string, args ...any) error {
		e := newError(kind, format, args...)
		e.Part, e.Err = f.Name, err
		return e
	}
	switch {
	case f.UncompressedSize64 > uint64(lim.PartBytes):
		return nil, nil, fail(TooLarge, nil, "the zip directory says the part inflates to %d bytes, more than %d (Limits.PartBytes)", f.UncompressedSize64, lim.PartBytes)
	case f.UncompressedSize64 > ratioFloor && f.UncompressedSize64 > uint64(ratioLimit):
		return nil, nil, fail(TooLarge, nil, "the zip directory says the part inflates from %d to %d bytes, more than %d times (Limits.Ratio); a zip bomb?", f.CompressedSize64, f.UncompressedSize64, lim.Ratio)
	case f.Method != zip.Store && f.Method != zip.Deflate:
		return nil, nil, fail(Corrupt, nil, "unsupported compression method %d", f.Method)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, nil, fail(Corrupt, err, "cannot open the part")
	}
	return &counter{
		r: rc, part: f.Name,
		partLimit: lim.PartBytes, ratioLimit: ratioLimit,
		ratio: lim.Ratio, compressed: int64(f.CompressedSize64),
		total: &w.inflated, totalLimit: lim.TotalBytes,
	}, rc, nil
}

// readPart inflates a whole part into memory, to its end, so that the zip
// reader checks its size and CRC.
func (w *Workbook) readPart(f *zip.File) ([]byte, error) {
	c, closer, err := w.openPart(f)
	if err != nil {
		return nil, err
	}
	defer closer.Close()
	// The declared size is a hint only, and bounded: the directory may lie.
	buf := make([]byte, 0, min(f.UncompressedSize64, uint64(w.limits.MemorySheetBytes))+1)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		m, err := c.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+m]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, partError(f.Name, int64(len(buf)), err)
		}
	}
}

// partError makes a read error an Error.
func partError(part string, offset int64, err error) error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	s := &scanner{part: part, base: offset}
	s.readError(err)
	return s.err
}
