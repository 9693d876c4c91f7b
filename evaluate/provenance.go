package evaluate

import (
	"slices"
	"strings"

	"github.com/evalctl/evalctl/internal/msg"
)

// Note says where a number or rule of a preset comes from: the source
// document's own words, quoted as written (Source), or the reason it was
// chosen where the source is silent, which the office must confirm before
// publishing its rules. A chosen note may quote the source it reads.
//
// Path is a field of the rules file (groups, complaints.rate,
// categories[0].bottom); a note covers the field and everything under it,
// unless a note on a field under it says otherwise.
type Note struct {
	Path   string
	Source bool
	Quote  string
	Why    msg.Key
}

// presetNotes give, by preset, the notes of its own fields. Every preset
// also takes houseNotes, for the settings every preset shares.
var presetNotes = map[string]func() []Note{
	"chibi":          chibiNotes,
	"luoyang":        luoyangNotes,
	"lishui":         lishuiNotes,
	"lishui-windows": lishuiWindowsNotes,
	"jintan":         jintanNotes,
	"huzhou":         huzhouNotes,
	"huzhou-units":   huzhouUnitsNotes,
}

// PresetNotes are the notes of a built-in preset, its own first, in the
// order of the rules file; nil for a name that is no preset.
func PresetNotes(name string) []Note {
	f, ok := presetNotes[name]
	if !ok {
		return nil
	}
	notes := f()
	own := map[string]bool{}
	for _, n := range notes {
		own[n.Path] = true
	}
	for _, n := range houseNotes() {
		if !own[n.Path] {
			notes = append(notes, n)
		}
	}
	return notes
}

// NoteFor returns the note that covers a field path: the note of the path
// itself or of its nearest ancestor (groups covers groups[0].weight); ok is
// false when none does.
func NoteFor(notes []Note, path string) (Note, bool) {
	best, found := Note{}, false
	for _, n := range notes {
		if (n.Path == path || strings.HasPrefix(path, n.Path+".") || strings.HasPrefix(path, n.Path+"[")) &&
			(!found || len(n.Path) > len(best.Path)) {
			best, found = n, true
		}
	}
	return best, found
}

// Chosen lists the chosen notes, in order.
func Chosen(notes []Note) []Note {
	return slices.DeleteFunc(slices.Clone(notes), func(n Note) bool { return n.Source })
}

// source is a note of a field the source states.
func source(path, quote string) Note { return Note{Path: path, Source: true, Quote: quote} }

// sourceWhy is a note of a field the source states, with how it is read.
func sourceWhy(path, quote string, why msg.Key) Note {
	return Note{Path: path, Source: true, Quote: quote, Why: why}
}

// chosen is a note of a field the source does not state.
func chosen(path string, why msg.Key) Note { return Note{Path: path, Why: why} }

// chosenReading is a note of a field chosen as a reading of the source's
// words, quoted.
func chosenReading(path, quote string, why msg.Key) Note {
	return Note{Path: path, Quote: quote, Why: why}
}

// houseNotes are the settings every preset shares: evalctl's defaults,
// which no source states.
func houseNotes() []Note {
	return []Note{
		chosen("components", msg.ProvBallotsOnly),
		chosen("complaints.results", msg.ProvResults),
		chosen("tie_break", msg.ProvTieBreak),
		chosen("validity.double_entry", msg.ProvDoubleEntry),
		chosen("validity.double_entry_min", msg.ProvDoubleEntry),
		chosen("validity.max_invalid_share", msg.ProvInvalidShare),
		chosen("ballots.anomalies", msg.ProvAnomalies),
		chosen("bottom.max_share", msg.ProvMaxShare),
		chosen("bottom.vetoes", msg.ProvVetoes),
		chosen("export.min_group_ratings", msg.ProvExport),
		chosen("uncertainty.fragile", msg.ProvFragile),
		chosen("robustness", msg.ProvRobustness),
	}
}
