package evaluate

import (
	"slices"
	"testing"
)

// TestPresetsKeepTheSeedsNumbers pins the numbers and rules the source
// documents give.
func TestPresetsKeepTheSeedsNumbers(t *testing.T) {
	chibi := Chibi()
	if chibi.Categories[0].Bottom != 4 || chibi.Categories[1].Bottom != 2 || len(chibi.Groups) != 5 {
		t.Errorf("chibi: bottom %d/%d, %d groups; the seed says 4, 2 and five groups",
			chibi.Categories[0].Bottom, chibi.Categories[1].Bottom, len(chibi.Groups))
	}
	luoyang := Luoyang()
	if luoyang.Categories[0].Awards != 10 || luoyang.Categories[0].AwardName != "十佳服务窗口" ||
		luoyang.Categories[1].Awards != 10 || luoyang.Categories[1].AwardName != "十佳效能单位" {
		t.Errorf("luoyang: 双十佳 is the top 10 windows and the top 10 units: %+v", luoyang.Categories)
	}
	if l := luoyang.Liability[0]; l.Scope != ScopeViolations || l.Threshold != 1 || !slices.Equal(l.Target, []string{"效能告诫"}) || !luoyang.Awards.ExcludeViolators {
		t.Errorf("luoyang: 效能告诫 for every verified violation, and no award for a violator: %+v, %v", l, luoyang.Awards.ExcludeViolators)
	}
	lishui := Lishui()
	tiers := map[int]string{}
	for _, l := range lishui.Liability {
		if l.Scope == ScopeRank && l.Proposal {
			tiers[l.Position] = l.Principal[0]
		}
	}
	if tiers[1] != "组织调整" || tiers[2] != "诫勉谈话" || tiers[3] != "提醒谈话" {
		t.Errorf("lishui tiers proposed = %v", tiers)
	}
	if len(lishui.Complaints.Sanctions) != 0 {
		t.Errorf("lishui: an agency is not warned or suspended: %v", lishui.Complaints.Sanctions)
	}
	windows := LishuiWindows()
	if s := windows.Complaints.Sanctions; len(s) != 2 || s[0] != (Sanction{1, "警告", RoleTarget}) || s[1] != (Sanction{2, "待岗", RoleTarget}) {
		t.Errorf("lishui-windows sanctions = %v, want 1 → 警告, 2 → 待岗 for the staff", s)
	}
	if len(windows.Groups) != 1 || windows.Groups[0].Name != "服务对象" {
		t.Errorf("lishui-windows: rated by 服务对象 alone, got %v", windows.Groups)
	}
	huzhou := Huzhou()
	if huzhou.Issued != 1019 || !huzhou.QuorumStrict || len(huzhou.Dimensions) != 5 ||
		huzhou.Categories[0].Awards != 10 || huzhou.Categories[0].AwardName != "先进处室" || huzhou.Categories[0].AlsoAward != "先进个人" {
		t.Errorf("huzhou: 1,019 issued for the round, 过半, five items, 10 先进处室 and 10 先进个人: %+v", huzhou)
	}
	if units := HuzhouUnits(); len(units.Groups) != 7 {
		t.Errorf("huzhou-units: seven layers, got %d", len(units.Groups))
	}
	jintan := Jintan()
	if !jintan.UsesSource(SourceSheet) || len(jintan.Questions) != 2 || len(jintan.Complaints.Statuses) == 0 {
		t.Error("jintan: the 考核办法 appraisal sheet is a component, the poll asks two questions, the ledger keeps its handling status")
	}
}

// Every preset's rules are valid, and so are its notes: each names a field
// and says either where the source says it or why it was chosen.
func TestPresetNotes(t *testing.T) {
	for _, name := range PresetNames() {
		r, _ := Preset(name)
		if err := r.Validate(); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		notes := PresetNotes(name)
		if len(notes) == 0 {
			t.Errorf("%s has no notes", name)
		}
		for _, n := range notes {
			if n.Path == "" || (n.Source && n.Quote == "") || (!n.Source && n.Why == "") {
				t.Errorf("%s: note %+v says nothing", name, n)
			}
		}
	}
	notes := []Note{chosen("groups", "a"), source("groups[3].name", "q")}
	if n, _ := NoteFor(notes, "groups[3].weight"); n.Path != "groups" {
		t.Errorf("groups[3].weight is covered by %q, want groups", n.Path)
	}
	if n, _ := NoteFor(notes, "groups[3].name"); n.Path != "groups[3].name" {
		t.Errorf("groups[3].name is covered by %q", n.Path)
	}
	if _, ok := NoteFor(notes, "groupsx"); ok {
		t.Error("groupsx is not under groups")
	}
}
