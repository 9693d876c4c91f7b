package evaluate

import (
	"errors"
	"strings"
	"testing"
)

func TestPresetsValidate(t *testing.T) {
	for _, name := range PresetNames() {
		r, err := Preset(name)
		if err != nil {
			t.Fatal(err)
		}
		if err := r.Validate(); err != nil {
			t.Errorf("preset %s: %v", name, err)
		}
	}
	if _, err := Preset("nosuch"); !errors.Is(err, ErrRules) {
		t.Errorf("unknown preset: %v, want ErrRules", err)
	}
}

func TestValidateNamesTheField(t *testing.T) {
	tests := []struct {
		name   string
		break_ func(r *Rules)
		path   string
		msg    string
	}{
		{"group weights", func(r *Rules) { r.Groups[0].Weight = 0.3 }, "groups", "weights sum to 1.1, not 1"},
		{"negative weight", func(r *Rules) { r.Groups[1].Weight = -0.2; r.Groups[0].Weight = 0.6 }, "groups[1].weight", "must not be negative"},
		{"duplicate group", func(r *Rules) { r.Groups[1].Name = "党代表" }, "groups[1].name", `"党代表" is already used at groups[0].name`},
		{"level alias clash", func(r *Rules) { r.Scale.Levels[2].Aliases = []string{"满意"} }, "scale.levels[2].aliases[0]", "already used"},
		{"no lowest", func(r *Rules) { r.Scale.Levels[2].Lowest = false }, "scale", "exactly one level or band must be marked lowest, got 0"},
		{"no satisfied", func(r *Rules) { r.Scale.Levels[0].Satisfied, r.Scale.Levels[1].Satisfied = false, false }, "scale", "at least one"},
		{"one level", func(r *Rules) { r.Scale.Levels = r.Scale.Levels[:1] }, "scale.levels", "at least two levels"},
		{"component weights", func(r *Rules) { r.Components[1].Weight = 0.4 }, "components", "weights sum to 1.1"},
		{"unknown source", func(r *Rules) { r.Components[1].Source = "daily" }, "components[1].source", `unknown source "daily"`},
		{"no ballots component", func(r *Rules) { r.Components = r.Components[1:]; r.Components[0].Weight = 1 }, "components", `no component has source "ballots"`},
		{"dimension weights", func(r *Rules) { r.Dimensions[0].Weight = 0.5 }, "dimensions", "weights sum to 0.5"},
		{"trim leaves nothing", func(r *Rules) { r.Trim = Trim{K: 2, Min: 4} }, "trim.min", "at least 2·k+1 = 5"},
		{"deduction mode", func(r *Rules) { r.Complaints.Mode = "percent" }, "complaints.mode", `unknown mode "percent"`},
		{"proportional cap", func(r *Rules) { r.Complaints.Cap = 10 }, "complaints.cap", "at most 1"},
		{"complaint effect", func(r *Rules) { r.Complaints.Results[0].Effect = "warn" }, "complaints.results[0].effect", `unknown effect "warn"`},
		{"min ratings", func(r *Rules) { r.MinRatings = -1 }, "min_ratings", "must not be negative"},
		{"tie break", func(r *Rules) { r.TieBreak = []TieBreak{"name"} }, "tie_break[0]", `unknown criterion "name"`},
		{"negative bottom", func(r *Rules) { r.Categories[1].Bottom = -2 }, "categories[1].bottom", "must not be negative, got -2"},
		{"liability scope", func(r *Rules) { r.Liability[0].Scope = "county" }, "liability[0].scope", `unknown scope "county"`},
		{"liability threshold", func(r *Rules) { r.Liability[1].Threshold = 0 }, "liability[1].threshold", "at least 1"},
		{"reserve test", func(r *Rules) { r.Awards.Reserve.MinTest = 150 }, "awards.reserve.min_test", "within 0–100"},
		{"bands without range", func(r *Rules) { r.Scale.Bands = []Band{{Name: "x"}} }, "scale.bands", "set scale.range too"},
		{"range upside down", func(r *Rules) { *r = *numericRules(); r.Scale.Range = &Range{Min: 100, Max: 0} }, "scale.range", "min 100 must be below max 0"},
		{"first band", func(r *Rules) { *r = *numericRules(); r.Scale.Bands[0].Min = 10 }, "scale.bands[0].min", "must start at the range's min 0"},
		{"bands fall", func(r *Rules) { *r = *numericRules(); r.Scale.Bands[2].Min = 50 }, "scale.bands[2].min", "bands must rise"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Chibi()
			tc.break_(r)
			err := r.Validate()
			var fe *FieldError
			found := false
			for _, e := range flattenErr(err) {
				if errors.As(e, &fe) && fe.Path == tc.path && strings.Contains(fe.Msg.String(), tc.msg) {
					found = true
				}
			}
			if !found {
				t.Errorf("want %s: …%s…, got:\n%v", tc.path, tc.msg, err)
			}
			if !errors.Is(err, ErrRules) {
				t.Errorf("error does not match ErrRules")
			}
		})
	}
}

func flattenErr(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}
