package main

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/evalctl/evalctl/internal/msg"
)

// inputGuard knows every file and folder a command reads, so that no
// output is written over one: an output is refused when it is an input
// file under any name (another spelling, a link, a path through ..), or
// when it would be a file of an input folder, which the next run would
// read. Files are compared by identity, not by name.
type inputGuard struct {
	files   []os.FileInfo
	folders []os.FileInfo
}

// guardInputs notes the inputs; empty paths are skipped, and paths that do
// not exist (yet) are left to the reading to report.
func guardInputs(paths ...string) *inputGuard {
	g := &inputGuard{}
	for _, p := range paths {
		if p == "" {
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			continue
		}
		if !info.IsDir() {
			g.files = append(g.files, info)
			continue
		}
		g.folders = append(g.folders, info)
		entries, err := os.ReadDir(p)
		if err != nil {
			continue
		}
		for _, e := range entries {
			if info, err := os.Stat(filepath.Join(p, e.Name())); err == nil && !info.IsDir() {
				g.files = append(g.files, info)
			}
		}
	}
	return g
}

// check refuses out (a file to write) when it is an input (key tells the
// refusal), or in an input folder.
func (g *inputGuard) check(out string, key msg.Key) error {
	if out == toStdout {
		return nil
	}
	if info, err := os.Stat(out); err == nil {
		for _, in := range g.files {
			if os.SameFile(info, in) {
				return usage(key, out)
			}
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil // reported when written
	}
	if g.isInputFolder(filepath.Dir(out)) {
		return usage(msg.CmdOutputInInputFolder, out)
	}
	return nil
}

// checkFolder refuses dir (a folder to write into) when it is an input
// folder.
func (g *inputGuard) checkFolder(dir string) error {
	if g.isInputFolder(dir) {
		return usage(msg.CmdOutputInInputFolder, dir)
	}
	return nil
}

func (g *inputGuard) isInputFolder(dir string) bool {
	info, err := os.Stat(dir)
	if err != nil {
		return false
	}
	for _, in := range g.folders {
		if os.SameFile(info, in) {
			return true
		}
	}
	return false
}

// beside names an output next to an input: the input's name without its
// extension (a folder's whole name, "round/" as "round"), then suffix.
func beside(input, suffix string) string {
	p := filepath.Clean(input)
	if info, err := os.Stat(p); err == nil && info.IsDir() {
		return p + suffix
	}
	return strings.TrimSuffix(p, filepath.Ext(p)) + suffix
}

// checkOutput refuses, before any work, an output file that cannot be
// written where it is named: a folder given for a file is a mistake in the
// command (exit 2); a folder that does not exist is an output that cannot
// be written (exit 1).
func checkOutput(out string) error {
	if out == toStdout {
		return nil
	}
	if strings.HasSuffix(out, "/") || strings.HasSuffix(out, string(filepath.Separator)) {
		return usage(msg.CmdOutputIsFolder, filepath.Clean(out))
	}
	if info, err := os.Stat(out); err == nil && info.IsDir() {
		return usage(msg.CmdOutputIsFolder, filepath.Clean(out))
	}
	dir := filepath.Dir(out)
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		return failure{msg.Errorf(msg.CmdOutputNoFolder, out, dir)}
	}
	return nil
}

// failure marks an error that exits 1 whatever it wraps: an output that
// could not be written.
type failure struct{ error }

func (f failure) Unwrap() error { return f.error }

// writeError is the error of an output that could not be written.
func writeError(out string, err error) error { return failure{msg.Errorf(msg.CmdWriting, out, err)} }

// toStdout is the -o that sends a workbook to standard output.
const toStdout = "-"

// writeOut writes an output file through write, or, for -o -, writes it
// to a temporary file and copies that to stdout (so that the bytes sent are
// the whole workbook, or nothing).
func writeOut(s *streams, out string, write func(path string) error) error {
	if out != toStdout {
		return write(out)
	}
	dir, err := os.MkdirTemp("", "evalctl-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "out.xlsx")
	if err := write(path); err != nil {
		return err
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.Copy(s.Out, f)
	return err
}
