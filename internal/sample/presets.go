package sample

import "fmt"

// PresetRound is the seeded sample round of a built-in preset: its sheets,
// the ballots planted invalid, and a line saying what else is planted.
type PresetRound struct {
	Sheets  []Sheet
	Invalid []PlantedBallot
	Planted string
}

// Presets makes the sample round of each built-in preset, by the preset's
// name (evaluate.PresetNames; a test keeps the two lists equal). The
// committed testdata/<preset>/round.xlsx are made with seed 2026.
var Presets = map[string]func(seed uint64) PresetRound{
	"chibi": func(seed uint64) PresetRound {
		r := Chibi(seed)
		return PresetRound{r.Sheets, r.Invalid, fmt.Sprintf("insufficient %s, no 企业代表 %s, weak pair %s %s (%s, %s), veto %s",
			r.Insufficient, r.NoEnterprise, r.WeakPair[0], r.WeakPair[1], r.WeakUnit, r.WeakSupervisor, r.Veto)}
	},
	"luoyang": func(seed uint64) PresetRound {
		r := Luoyang(seed)
		return PresetRound{r.Sheets, r.Invalid, fmt.Sprintf("insufficient %s, weak %v, veto %s", r.Insufficient, r.Weak, r.Veto)}
	},
	"lishui": func(seed uint64) PresetRound {
		r := Lishui(seed)
		return PresetRound{r.Sheets, r.Invalid, fmt.Sprintf("bottom %v, 警告 %s, 待岗 %s", r.Bottom, r.Warned, r.Suspended)}
	},
	"jintan": func(seed uint64) PresetRound {
		r := Jintan(seed)
		return PresetRound{r.Sheets, r.Invalid, fmt.Sprintf("weakest %s, veto %s, 未办结 %v", r.Weakest, r.Veto, r.Unhandled)}
	},
	"huzhou": func(seed uint64) PresetRound {
		r := Huzhou(seed)
		return PresetRound{r.Sheets, r.Invalid, fmt.Sprintf("bottom %v", r.Bottom)}
	},
}

// Seed is the seed of every committed sample.
const Seed = 2026

// YearlyYears are the years of the committed yearly rounds before the
// sample round's own (2026).
var YearlyYears = []int{2024, 2025}
