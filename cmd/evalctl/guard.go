package main

import (
	"errors"
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
