package xlsx

import (
	"archive/zip"
	"errors"
	"io"
	"unicode/utf8"
)

// scanner is a window onto one XML part. The part is either wholly in memory
// or inflated from the zip as the window slides; either way only bytes that
// checkChars has passed are visible to the parser, in buf[pos:end].
//
// Parsing code holds slices of buf only until it next calls more, which may
// move the unread bytes to the front of buf or read past them.
type scanner struct {
	buf  []byte
	pos  int   // next unread byte
	end  int   // buf[:end] is checked
	n    int   // buf[:n] is filled
	base int64 // offset in the part of buf[0]
	r    io.Reader
	eof  bool  // no more bytes will arrive after buf[:n]
	err  error // sticky

	part      string
	maxWindow int // the longest token, a tag with its attributes, is bounded by this

	tag       tagInfo // the last tag read
	guardRows bool    // skipElement refuses rows and cells in what it skips
	names     [levels][]byte
	stack     []byte // names of the open elements being skipped, end to end
	ends      []int  // where each name on stack ends
}

const (
	// readSize is how much the window takes from the inflater at a time.
	readSize = 256 << 10
	// checkChunk is how much of an in-memory part is checked at a time, so
	// an error is found (and located) when the parser gets there.
	checkChunk = 64 << 10
	// maxTag bounds one tag, attributes and all; Excel writes few and short.
	maxTag = 16 << 20
)

// newMemoryScanner scans a part held whole in memory.
func newMemoryScanner(part string, data []byte) *scanner {
	return &scanner{part: part, buf: data, n: len(data), eof: true, maxWindow: len(data)}
}

// newStreamScanner scans a part as it is read from r.
func newStreamScanner(part string, r io.Reader) *scanner {
	return &scanner{part: part, r: r, buf: make([]byte, readSize), maxWindow: maxTag}
}

// offset is the part offset of buf[i].
func (s *scanner) offset(i int) int64 { return s.base + int64(i) }

// fail records and returns an error at buf[i].
func (s *scanner) fail(i int, kind ErrorKind, format string, args ...any) error {
	if s.err != nil {
		return s.err
	}
	e := newError(kind, format, args...)
	e.Part, e.Offset = s.part, s.offset(i)
	s.err = e
	return e
}

// window is what is checked and not yet consumed.
func (s *scanner) window() []byte { return s.buf[s.pos:s.end] }

// more makes more checked bytes visible after buf[end], reading from the
// inflater when the part is streamed. It is false at the end of the part
// and on error (s.err).
func (s *scanner) more() bool {
	for s.err == nil {
		if s.end < s.n {
			hi := s.n
			if s.r == nil && hi-s.end > checkChunk {
				hi = s.end + checkChunk
			}
			good, bad := checkChars(s.buf[s.end:hi], s.eof && hi == s.n)
			if bad > 0 {
				// Parse up to the bad byte first, so that the error
				// names the row and cell that hold it.
				s.end += bad
				return true
			}
			if bad == 0 {
				s.badChar(s.end)
				return false
			}
			s.end += good
			if good > 0 {
				return true
			}
		}
		if s.eof {
			return false
		}
		s.read()
	}
	return false
}

// badChar reports the byte at buf[i] that checkChars refused.
func (s *scanner) badChar(i int) {
	r, size := utf8.DecodeRune(s.buf[i:s.n])
	switch {
	case r == utf8.RuneError && size <= 1:
		s.fail(i, Malformed, "invalid UTF-8 (byte 0x%02x)", s.buf[i])
	default:
		s.fail(i, Malformed, "character %U is not allowed in XML", r)
	}
}

// read slides the window: it drops consumed bytes, grows buf if a token
// fills it, and reads what the inflater gives.
func (s *scanner) read() {
	if s.pos > 0 {
		copy(s.buf, s.buf[s.pos:s.n])
		s.base += int64(s.pos)
		s.end -= s.pos
		s.n -= s.pos
		s.pos = 0
	}
	if s.n == len(s.buf) {
		if len(s.buf) >= s.maxWindow {
			s.fail(s.pos, TooLarge, "a tag longer than %d bytes", s.maxWindow)
			return
		}
		grown := make([]byte, min(2*len(s.buf), s.maxWindow))
		copy(grown, s.buf[:s.n])
		s.buf = grown
	}
	m, err := s.r.Read(s.buf[s.n:])
	s.n += m
	switch {
	case err == io.EOF:
		s.eof = true
	case err != nil:
		s.readError(err)
	}
}

// readError turns what the zip and flate readers say into an Error.
func (s *scanner) readError(err error) {
	var e *Error
	switch {
	case errors.As(err, &e):
		if e.Part == "" {
			e.Part = s.part
		}
		if e.Offset < 0 {
			e.Offset = s.offset(s.n)
		}
		s.err = e
		return
	case errors.Is(err, zip.ErrChecksum):
		s.fail(s.n, Corrupt, "the part's CRC-32 does not match its contents")
	case errors.Is(err, zip.ErrFormat), errors.Is(err, io.ErrUnexpectedEOF):
		s.fail(s.n, Corrupt, "the part's data is truncated or its size does not match the zip directory")
	default:
		s.fail(s.n, Corrupt, "cannot inflate the part")
	}
	if e, ok := s.err.(*Error); ok {
		e.Err = err
	}
}

// need makes at least k checked bytes visible from pos; false if the part
// ends first.
func (s *scanner) need(k int) bool {
	for s.end-s.pos < k {
		if !s.more() {
			return false
		}
	}
	return true
}
