package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/sample"
	"github.com/evalctl/evalctl/internal/xlsxdump"
)

// anomaliesDir holds the anomalies round (sample.Anomalies says what is
// planted in it): a 问卷星 export and a clerk's file.
var anomaliesDir = filepath.Join(layoutsDir, "one", "anomalies")

func scoreAnomalies(t *testing.T, rules string, extra ...string) (contract.Results, string) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "out.xlsx")
	args := append([]string{filepath.Join(anomaliesDir, "round.xlsx"), "--rules", rules, "--ballots", filepath.Join(anomaliesDir, "wjx.xlsx"),
		"--ballots", filepath.Join(anomaliesDir, "clerk.xlsx"), "-o", out}, extra...)
	return scoreResults(t, args...), out
}

// TestAnomaliesPlanted: the planted burst from one address within a minute
// and the straight-lining clerk's file are flagged with their evidence;
// the group planted to rank in reverse has the lowest agreement and is
// flagged; nothing else is, and nothing is voided.
func TestAnomaliesPlanted(t *testing.T) {
	t.Parallel()
	planted := sample.Anomalies(sample.Seed)
	res, workbook := scoreAnomalies(t, filepath.Join(layoutsDir, "one", "rules.yaml"))
	byKind := map[string][]contract.Anomaly{}
	for _, a := range res.Anomalies {
		byKind[a.Kind] = append(byKind[a.Kind], a)
	}
	// The burst: the planted submissions, identical, one address, a minute.
	if w := byKind["burst_in_window"]; len(w) != 1 {
		t.Errorf("bursts within a window %+v, want the planted one", w)
	} else {
		a := w[0]
		var ids []string
		for _, b := range a.Ballots {
			ids = append(ids, b.Ballot)
			if b.IP != planted.BurstIP || b.Submitted == nil {
				t.Errorf("burst ballot %s: ip %q, submitted %v", b.Ballot, b.IP, b.Submitted)
			}
		}
		from, _ := time.Parse(time.RFC3339, deref2(a.From))
		to, _ := time.Parse(time.RFC3339, deref2(a.To))
		if !slices.Equal(ids, planted.Burst) || a.IP != planted.BurstIP || a.Differences == nil || *a.Differences != 0 ||
			to.Sub(from) > time.Minute || to.Before(from) || !strings.Contains(a.Evidence, planted.BurstIP) {
			t.Errorf("burst %v from %s, %v to %v, differences %v, evidence %q; want %v from %s within a minute, identical",
				ids, a.IP, a.From, a.To, a.Differences, a.Evidence, planted.Burst, planted.BurstIP)
		}
	}
	if len(byKind["burst_from_address"]) != 0 {
		t.Errorf("bursts from an address %+v: the planted one is already told", byKind["burst_from_address"])
	}
	// The clerk: each straight-lined ballot, the file, and their run.
	var straight []string
	for _, a := range byKind["straight_line"] {
		straight = append(straight, a.Ballots[0].Ballot)
		if a.Level != sample.LevelSatisfied || a.Count != 12 || a.Invalid {
			t.Errorf("%s: straight-lined %s over %d targets, invalid %v; want 满意 over 12, flagged", a.Ballots[0].Ballot, a.Level, a.Count, a.Invalid)
		}
	}
	if !slices.Equal(straight, planted.Straight) {
		t.Errorf("straight-lined ballots %v, want %v", straight, planted.Straight)
	}
	if f := byKind["straight_line_file"]; len(f) != 1 || !strings.HasSuffix(f[0].File, "clerk.xlsx") || f[0].Count != len(planted.Straight) ||
		f[0].Of == nil || *f[0].Of != planted.ClerkBallots {
		t.Errorf("straight-lining files %+v, want clerk.xlsx with %d of %d", f, len(planted.Straight), planted.ClerkBallots)
	}
	if r := byKind["burst_in_file"]; len(r) != 1 || len(r[0].Ballots) != len(planted.Straight) {
		t.Errorf("runs %+v, want the clerk's run of %d", r, len(planted.Straight))
	}
	// The reversed group: the lowest agreement in every pair it is in, and
	// flagged alone.
	if g := byKind["group_disagreement"]; len(g) != 1 || g[0].Group != planted.Reversed || g[0].Value == nil || *g[0].Value >= 0 {
		t.Errorf("groups flagged %+v, want %s alone, with a negative correlation", g, planted.Reversed)
	}
	lowest := map[string]float64{}
	for _, p := range res.Agreement {
		if p.Rho == nil {
			t.Fatalf("%s–%s: no correlation", p.GroupA, p.GroupB)
		}
		for _, g := range []string{p.GroupA, p.GroupB} {
			if v, ok := lowest[g]; !ok || *p.Rho < v {
				lowest[g] = *p.Rho
			}
		}
		if (p.GroupA == planted.Reversed || p.GroupB == planted.Reversed) != (*p.Rho < 0) {
			t.Errorf("%s–%s agree at %.2f: the pairs with %s, and only those, should disagree", p.GroupA, p.GroupB, *p.Rho, planted.Reversed)
		}
	}
	if len(res.Anomalies) != len(planted.Straight)+4 || res.Ballots.Invalid != 0 {
		t.Errorf("%d anomalies, %d invalid ballots; want %d and none", len(res.Anomalies), res.Ballots.Invalid, len(planted.Straight)+4)
	}
	// The workbook's 异常 sheet lists them all, with their evidence.
	book, err := xlsxdump.Read(workbook)
	if err != nil {
		t.Fatal(err)
	}
	if rows := book.Rows["异常"]; len(rows) != 1+len(res.Anomalies) || !slices.ContainsFunc(rows, func(r []string) bool {
		return len(r) > 4 && r[0] == "短时间内相同或近似提交" && strings.Contains(r[4], planted.BurstIP)
	}) {
		t.Errorf("异常 has %d rows, want %d, with the burst's evidence", len(rows), 1+len(res.Anomalies))
	}
}

// TestStraightLineVoided: straight-lining voids only where the rules say.
func TestStraightLineVoided(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	rules := filepath.Join(dir, "rules.yaml")
	writeFile(t, rules, "base: chibi\nmin_ratings: 5\nballots:\n  anomalies:\n    straight_line: {min_targets: 5, file_share: 0.5, action: invalid}\n")
	planted := sample.Anomalies(sample.Seed)
	res, _ := scoreAnomalies(t, rules)
	var invalid []string
	for _, ib := range res.InvalidBallots {
		if slices.Equal(ib.Problems, []string{"straight_line"}) {
			invalid = append(invalid, ib.Ballot)
		}
	}
	flagged := 0
	for _, a := range res.Anomalies {
		if a.Kind == "straight_line" && a.Invalid {
			flagged++
		}
	}
	if !slices.Equal(invalid, planted.Straight) || res.Ballots.Invalid != len(planted.Straight) || flagged != len(planted.Straight) {
		t.Errorf("invalid %v (%d in all), %d listed as voided; want %v", invalid, res.Ballots.Invalid, flagged, planted.Straight)
	}
	// The clerk's file is flagged still: its voided ballots count in its share.
	if !slices.ContainsFunc(res.Anomalies, func(a contract.Anomaly) bool {
		return a.Kind == "straight_line_file" && a.Count == len(planted.Straight)
	}) {
		t.Error("the straight-lining file is not flagged once its ballots are voided")
	}
}

func deref2(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
