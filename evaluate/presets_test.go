package evaluate

import "testing"

// TestPresetsKeepTheSeedsNumbers pins the numbers the source documents give.
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
	lishui := Lishui()
	tiers := map[int]string{}
	for _, l := range lishui.Liability {
		if l.Scope == ScopeRank {
			tiers[l.Position] = l.Principal[0]
		}
	}
	if tiers[1] != "组织调整" || tiers[2] != "诫勉谈话" || tiers[3] != "提醒谈话" {
		t.Errorf("lishui tiers = %v", tiers)
	}
	if s := lishui.Complaints.Sanctions; len(s) != 2 || s[0] != (Sanction{1, "警告"}) || s[1] != (Sanction{2, "待岗"}) {
		t.Errorf("lishui sanctions = %v, want 1 → 警告, 2 → 待岗", s)
	}
	huzhou := Huzhou()
	issued := 0
	for _, g := range huzhou.Groups {
		issued += g.Issued
	}
	if issued != 1019 || len(huzhou.Groups) != 7 || len(huzhou.Dimensions) != 5 {
		t.Errorf("huzhou: %d issued over %d layers and %d dimensions; the seed says 1,019, 7 and 5", issued, len(huzhou.Groups), len(huzhou.Dimensions))
	}
	jintan := Jintan()
	if !jintan.UsesSource(SourceSheet) {
		t.Error("jintan: the 考核办法 appraisal sheet is a component")
	}
}
