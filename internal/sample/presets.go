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
		return PresetRound{r.Sheets, r.Invalid, fmt.Sprintf("bottom %v, 查实 1 %s, 查实 2 %s", r.Bottom, r.OneViolation, r.TwoViolations)}
	},
	"lishui-windows": func(seed uint64) PresetRound {
		r := LishuiWindows(seed)
		return PresetRound{r.Sheets, r.Invalid, fmt.Sprintf("worst %v, best %v, 警告 %s, 待岗 %s, best with a violation %s, window with one %s, insufficient %s",
			r.Worst, r.Best, r.Warned, r.Suspended, r.BestViolator, r.WindowViolator, r.Insufficient)}
	},
	"huzhou-units": func(seed uint64) PresetRound {
		r := HuzhouUnits(seed)
		return PresetRound{r.Sheets, r.Invalid, fmt.Sprintf("bottom %v, veto %s", r.Bottom, r.Veto)}
	},
	"jintan": func(seed uint64) PresetRound {
		r := Jintan(seed)
		return PresetRound{r.Sheets, r.Invalid, fmt.Sprintf("weakest %s, veto %s, 办理中 %v, 知道 %d/%d, 支持 %d/%d", r.Weakest, r.Veto, r.Open, r.Know, r.Answered, r.Support, r.SupportAnswered)}
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
