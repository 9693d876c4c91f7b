package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/evalctl/evalctl/internal/sample"
)

// ledgerFile is the file before a sheet and cell, in a location.
var ledgerFile = regexp.MustCompile(`[^（(; ]+: (\S+!)`)

// layoutsDir holds one round keyed in every layout and encoding
// (go run ./internal/sample/gen -layouts testdata/layouts).
const layoutsDir = "../../testdata/layouts"

// layoutResult is what the layouts must agree on, decoded without package
// report: the targets and the ballot counts as generic JSON, so that any
// field that differs shows.
type layoutResult struct {
	Ballots        map[string]any `json:"ballots"`
	Targets        []any          `json:"targets"`
	Accountability []any          `json:"accountability"`
	InvalidBallots []struct {
		Ballot   string   `json:"ballot"`
		Problems []string `json:"problems"`
	} `json:"invalid_ballots"`
	DoubleEntries []any `json:"double_entries"`
}

// invalid lists the invalid ballots as "票号: codes", sorted: their files
// and rows differ between layouts, their numbers and problems must not.
func (r layoutResult) invalid() []string {
	var out []string
	for _, b := range r.InvalidBallots {
		out = append(out, b.Ballot+": "+strings.Join(sorted(b.Problems), ","))
	}
	return sorted(out)
}

// scoreLayout runs evalctl score on one layout with its family's rules.
func scoreLayout(t *testing.T, l sample.LayoutRound) (layoutResult, []byte) {
	t.Helper()
	in := func(p string) string { return filepath.Join(layoutsDir, filepath.FromSlash(p)) }
	// Without resampling: it draws each ballot's weights by its 票号, and a
	// survey platform numbers its submissions its own way (evaluate holds
	// resampling to the order and the files of the same ballots).
	args := []string{"score", in(l.Round), "--rules", in(l.Rules()), "-o", filepath.Join(t.TempDir(), "out.xlsx"), "--json", "--replicates", "0"}
	for _, b := range l.Ballots {
		args = append(args, "--ballots", in(b))
	}
	var out, errOut bytes.Buffer
	if code := run(args, &streams{In: strings.NewReader(""), Out: &out, Err: &errOut}); code != exitOK {
		t.Fatalf("evalctl %s: exit %d\n%s", strings.Join(args, " "), code, errOut.String())
	}
	var res layoutResult
	if err := json.Unmarshal(out.Bytes(), &res); err != nil {
		t.Fatalf("decoding the JSON: %v", err)
	}
	// An explanation names its ledger entries by file as well as by sheet
	// and cell: the file is the layout's own.
	for _, tg := range res.Targets {
		if m, ok := tg.(map[string]any); ok {
			if e, ok := m["explanation"].(string); ok {
				m["explanation"] = ledgerFile.ReplaceAllString(e, "$1")
			}
		}
	}
	if len(res.Targets) != 12 {
		t.Fatalf("%d targets, want 12", len(res.Targets))
	}
	return res, out.Bytes()
}

// TestLayoutsScoreAlike scores every layout of each family and holds it to
// the family's reference (its first layout): the same targets, field for
// field, the same ballot counts, the same invalid ballots and accountability.
func TestLayoutsScoreAlike(t *testing.T) {
	t.Parallel()
	ref := map[string]layoutResult{}
	for _, l := range sample.LayoutRounds {
		t.Run(l.Family+"/"+l.Name, func(t *testing.T) {
			got, raw := scoreLayout(t, l)
			want, ok := ref[l.Family]
			if !ok {
				ref[l.Family] = got
				checkHandWorked(t, l.Family, raw)
				return
			}
			for i := range want.Targets {
				if !reflect.DeepEqual(got.Targets[i], want.Targets[i]) {
					t.Errorf("target %d:\n got %v\nwant %v", i+1, got.Targets[i], want.Targets[i])
				}
			}
			if !reflect.DeepEqual(got.Accountability, want.Accountability) {
				t.Errorf("accountability:\n got %v\nwant %v", got.Accountability, want.Accountability)
			}
			if len(got.DoubleEntries) != 0 {
				t.Errorf("double entries %v, want none", got.DoubleEntries)
			}
			if l.Clean {
				// The same valid ballots, without the invalid ones.
				if got.Ballots["valid"] != want.Ballots["valid"] || got.Ballots["invalid"] != 0.0 {
					t.Errorf("ballots %v; want %v valid and none invalid", got.Ballots, want.Ballots["valid"])
				}
				return
			}
			if !reflect.DeepEqual(got.Ballots, want.Ballots) {
				t.Errorf("ballots:\n got %v\nwant %v", got.Ballots, want.Ballots)
			}
			if !slices.Equal(got.invalid(), want.invalid()) {
				t.Errorf("invalid ballots %q, want %q", got.invalid(), want.invalid())
			}
		})
	}
	// The references themselves hold the planted invalid ballots: 63 rows,
	// one of them keying P017 again with other contents, which makes P017
	// invalid and is not read as a ballot of its own.
	wantInvalid := []string{"P006: blank_ballot", "P017: duplicate_ballot_number", "P029: not_a_level"}
	for family, r := range ref {
		if !slices.Equal(r.invalid(), wantInvalid) {
			t.Errorf("%s: invalid ballots %q, want %q", family, r.invalid(), wantInvalid)
		}
		if r.Ballots["read"] != 62.0 || r.Ballots["valid"] != 59.0 {
			t.Errorf("%s: ballots %v, want 62 read and 59 valid", family, r.Ballots)
		}
	}
}

// handTarget are the fields of a target worked out by hand below.
type handTarget struct {
	ID             string   `json:"id"`
	Ratings        int      `json:"ratings"`
	BallotScore    float64  `json:"ballot_score"`
	Composite      float64  `json:"composite"`
	Deduction      float64  `json:"deduction"`
	FinalScore     float64  `json:"final_score"`
	Satisfaction   float64  `json:"satisfaction"`
	LowestShare    float64  `json:"lowest_share"`
	Rank           *int     `json:"rank"`
	Status         string   `json:"status"`
	Unsatisfactory bool     `json:"unsatisfactory"`
	Flags          []string `json:"flags"`
}

// checkHandWorked holds a family's reference layout to values worked out by
// hand from the generator's planted data, so that the layouts cannot agree
// on wrong results.
//
// T007 赵敏 (公共服务和行政执法类, test score 81.5, one 查实 complaint) is
// rated by exactly the first ballot of each group, with the levels of
// sample.LayoutHandLevels. Every group weighs 0.2 and rates T007 once per
// dimension, so each dimension score is the plain mean of the five groups'
// points (满意 100, 基本满意 60, 不满意 0).
//
// "one" (first column only): 100, 100, 60, 0, 100 → B = 360/5 = 72;
// C = 0.7·72 + 0.3·81.5 = 50.4 + 24.45 = 74.85; D = 2% of C = 1.497;
// F = 73.353; satisfaction 4/5, lowest share 1/5; 5 ballots = min_ratings,
// so ranked.
//
// "five", per dimension over 党代表, 人大代表, 政协委员, 企业代表, 社会人士:
//
//	中心意识 100 100  60   0 100 → 72
//	依法行政 100  60  60  60 100 → 76
//	服务态度 100 100 100   0  60 → 72
//	行政效率 100 100  60  60   0 → 64
//	勤政廉政 100  60 100 100 100 → 92
//
// B = 0.2·(72+76+72+64+92) = 75.2; C = 0.7·75.2 + 0.3·81.5 = 52.64 + 24.45
// = 77.09; D = 1.5418; F = 75.5482; three 不满意 of 25 ratings: satisfaction
// 22/25 = 0.88, lowest share 0.12.
//
// T011 is rated by three ballots, under min_ratings 5: insufficient,
// unranked. T003 and T006, planted weak, are their categories' bottom.
func checkHandWorked(t *testing.T, family string, raw []byte) {
	t.Helper()
	var res struct {
		Targets []handTarget `json:"targets"`
	}
	if err := json.Unmarshal(raw, &res); err != nil {
		t.Fatal(err)
	}
	byID := map[string]handTarget{}
	for _, tg := range res.Targets {
		byID[tg.ID] = tg
	}
	want := map[string][6]float64{ // ballot score, composite, deduction, final, satisfaction, lowest share
		"one":  {72, 74.85, 1.497, 73.353, 0.8, 0.2},
		"five": {75.2, 77.09, 1.5418, 75.5482, 0.88, 0.12},
	}[family]
	h := byID[sample.LayoutHand]
	got := [6]float64{h.BallotScore, h.Composite, h.Deduction, h.FinalScore, h.Satisfaction, h.LowestShare}
	for i := range want {
		if math.Abs(got[i]-want[i]) > 1e-9 {
			t.Errorf("%s: %s ballot score, composite, deduction, final, satisfaction, lowest share = %v, want %v",
				family, h.ID, got, want)
			break
		}
	}
	if h.Ratings != 5 || h.Status != "ranked" || h.Rank == nil {
		t.Errorf("%s: %s has %d ratings, status %s; want 5, ranked", family, h.ID, h.Ratings, h.Status)
	}
	if in := byID[sample.LayoutInsufficient]; in.Ratings != 3 || in.Status != "insufficient" || in.Rank != nil {
		t.Errorf("%s: %s has %d ratings, status %s, rank %v; want 3, insufficient, none", family, in.ID, in.Ratings, in.Status, in.Rank)
	}
	var unsat []string
	for _, tg := range res.Targets {
		if tg.Unsatisfactory {
			unsat = append(unsat, tg.ID)
		}
	}
	if fmt.Sprint(unsat) != "[T003 T006]" {
		t.Errorf("%s: unsatisfactory %v, want [T003 T006]", family, unsat)
	}
}
