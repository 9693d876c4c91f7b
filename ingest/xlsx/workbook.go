package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"net/url"
	"path"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/klauspost/compress/flate"
)

// Workbook is an open .xlsx workbook: its sheets, found through the
// workbook part and its relationships, and its shared strings, read once
// when a sheet first needs them. A Workbook may open several sheets at once,
// from several goroutines.
type Workbook struct {
	zip      *zip.Reader
	parts    map[string]*zip.File // by name, and by lowercased name
	limits   Limits
	sheets   []SheetInfo
	sstPart  string // "" when the workbook has no shared strings
	inflated atomic.Int64

	sstOnce sync.Once
	sst     *sharedStrings
	sstErr  error

	// The last sheet part inflated into memory, kept for the next opening
	// of the same sheet: a reader often looks for a sheet's header first,
	// then reads it through.
	lastMu   sync.Mutex
	lastPart string
	lastData []byte
	ahead    *inflating // a sheet part Prefetch is inflating, until it is taken
}

// inflating is a part being inflated on a goroutine of its own.
type inflating struct {
	part string
	done chan struct{}
	data []byte
	err  error
}

// SheetInfo describes a sheet in workbook order.
type SheetInfo struct {
	Name  string // as the tab shows it
	Part  string // zip part, "xl/worksheets/sheet1.xml"
	State string // "visible", "hidden" or "veryHidden"
	Type  string // "worksheet", "chartsheet", "dialogsheet" or "macrosheet"
}

// Open reads a workbook's index from its bytes (an .xlsx zip; decrypt a
// password-protected workbook first, e.g. with excelize.Decrypt). Nothing is
// inflated but the small workbook and relationship parts.
func Open(data []byte, lim Limits) (*Workbook, error) {
	return OpenReaderAt(bytes.NewReader(data), int64(len(data)), lim)
}

// OpenReaderAt reads a workbook's index from r, size bytes long (an open
// file, say), as Open does from bytes: the parts are inflated from r as the
// sheets are read, so the workbook is never held whole. r must not change
// while the workbook is in use.
func OpenReaderAt(r io.ReaderAt, size int64, lim Limits) (*Workbook, error) {
	zr, err := zip.NewReader(r, size)
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		e := newError(Corrupt, "not a readable zip archive")
		e.Err = err
		return nil, e
	}
	// klauspost/compress inflates about a quarter faster than the
	// standard library (BenchmarkInflate), and reads the same streams.
	zr.RegisterDecompressor(zip.Deflate, func(r io.Reader) io.ReadCloser { return flate.NewReader(r) })
	w := &Workbook{zip: zr, limits: lim.withDefaults(), parts: make(map[string]*zip.File, 2*len(zr.File))}
	for _, f := range zr.File {
		if _, dup := w.parts[f.Name]; dup {
			e := newError(Corrupt, "two zip entries named %q", f.Name)
			return nil, e
		}
		w.parts[f.Name] = f
	}
	for _, f := range zr.File {
		if low := strings.ToLower(f.Name); w.parts[low] == nil {
			w.parts[low] = f
		}
	}
	if err := w.readIndex(); err != nil {
		return nil, err
	}
	return w, nil
}

// Sheets lists the sheets in workbook order.
func (w *Workbook) Sheets() []SheetInfo { return append([]SheetInfo(nil), w.sheets...) }

// SheetNames lists the sheet names in workbook order.
func (w *Workbook) SheetNames() []string {
	out := make([]string, len(w.sheets))
	for i, s := range w.sheets {
		out[i] = s.Name
	}
	return out
}

// part finds a zip entry by part name; OPC part names ignore case, and
// relationship targets may be percent-encoded.
func (w *Workbook) part(name string) *zip.File {
	if f := w.parts[name]; f != nil {
		return f
	}
	if f := w.parts[strings.ToLower(name)]; f != nil {
		return f
	}
	if u, err := url.PathUnescape(name); err == nil && u != name {
		return w.part(u)
	}
	return nil
}

type xmlRels struct {
	Rels []struct {
		ID         string `xml:"Id,attr"`
		Type       string `xml:"Type,attr"`
		Target     string `xml:"Target,attr"`
		TargetMode string `xml:"TargetMode,attr"`
	} `xml:"Relationship"`
}

type xmlWorkbook struct {
	Sheets []struct {
		Name  string     `xml:"name,attr"`
		State string     `xml:"state,attr"`
		Attrs []xml.Attr `xml:",any,attr"`
	} `xml:"sheets>sheet"`
}

// readIndex finds the workbook part through the package relationships, and
// the sheets and shared strings through the workbook's.
func (w *Workbook) readIndex() error {
	main := "xl/workbook.xml"
	if w.part(main) == nil {
		var rels xmlRels
		if err := w.decodePart("_rels/.rels", &rels); err != nil {
			return err
		}
		for _, r := range rels.Rels {
			if strings.HasSuffix(r.Type, "/officeDocument") {
				main = resolveTarget("", r.Target)
			}
		}
	}
	var wb xmlWorkbook
	if err := w.decodePart(main, &wb); err != nil {
		return err
	}
	dir, file := path.Split(main)
	relsPart := dir + "_rels/" + file + ".rels"
	var rels xmlRels
	if err := w.decodePart(relsPart, &rels); err != nil {
		return err
	}
	targets := map[string]int{}
	for i, r := range rels.Rels {
		targets[r.ID] = i
		if strings.HasSuffix(r.Type, "/sharedStrings") {
			w.sstPart = resolveTarget(dir, r.Target)
		}
	}
	if w.sstPart == "" && w.part(dir+"sharedStrings.xml") != nil {
		w.sstPart = dir + "sharedStrings.xml"
	}
	seen := map[string]bool{}
	for _, s := range wb.Sheets {
		id := ""
		for _, a := range s.Attrs {
			if a.Name.Local == "id" && a.Name.Space != "" {
				id = a.Value
			}
		}
		i, ok := targets[id]
		if !ok {
			return invalidPart(relsPart, "sheet %q has no relationship %q", s.Name, id)
		}
		r := rels.Rels[i]
		if r.TargetMode == "External" {
			return invalidPart(relsPart, "sheet %q is in another file, %s", s.Name, r.Target)
		}
		if s.Name == "" || seen[s.Name] {
			return invalidPart(main, "a sheet with no name or a name used twice: %q", s.Name)
		}
		seen[s.Name] = true
		state := s.State
		if state == "" {
			state = "visible"
		}
		w.sheets = append(w.sheets, SheetInfo{
			Name: s.Name, Part: resolveTarget(dir, r.Target), State: state, Type: path.Base(r.Type),
		})
	}
	return nil
}

// resolveTarget resolves a relationship target: absolute from the package
// root, or relative to the folder of the part that has the relationship.
func resolveTarget(dir, target string) string {
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(path.Clean(target), "/")
	}
	return strings.TrimPrefix(path.Clean("/"+dir+target), "/")
}

func invalidPart(part, format string, args ...any) error {
	e := newError(Invalid, format, args...)
	e.Part = part
	return e
}

// decodePart reads a small part with encoding/xml, which is strict about
// well-formedness; these parts are read once and are never large.
func (w *Workbook) decodePart(name string, v any) error {
	f := w.part(name)
	if f == nil {
		return invalidPart(name, "the workbook has no part %s", name)
	}
	data, err := w.readPart(f)
	if err != nil {
		return err
	}
	if err := xml.Unmarshal(data, v); err != nil {
		return xmlError(name, err)
	}
	return nil
}

// xmlError makes what encoding/xml says of a part an Error, its words kept
// as the underlying error.
func xmlError(part string, err error) error {
	var e *Error
	var se *xml.SyntaxError
	switch {
	case errors.As(err, &se) && se.Msg == "unexpected EOF":
		e = newError(Malformed, "the part is cut short at line %d", se.Line)
	case errors.As(err, &se):
		e = newError(Malformed, "the part is not well-formed XML at line %d", se.Line)
	default:
		e = newError(Malformed, "the part cannot be read as XML")
	}
	e.Part, e.Err = part, err
	return e
}

// sharedStrings reads the shared-string table the first time it is needed.
func (w *Workbook) sharedStrings() (*sharedStrings, error) {
	w.sstOnce.Do(func() {
		if w.sstPart == "" {
			w.sst = &sharedStrings{}
			return
		}
		f := w.part(w.sstPart)
		if f == nil {
			w.sstErr = invalidPart(w.sstPart, "the workbook has no part %s", w.sstPart)
			return
		}
		w.sst, w.sstErr = w.readSharedStrings(f)
	})
	return w.sst, w.sstErr
}
