package main

// An independent recount of a 赤壁 round, written from the written
// specification of the chibi preset, not from package evaluate: it reads the
// workbook with excelize and counts by hand, so that a test can hold the
// program's JSON against it field by field. It is deliberately plain: no
// streaming, no histograms, no shared helpers with the program.

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/evalctl/evalctl/internal/xlsxdump"
)

// The chibi rules, restated.
type rcLevel struct {
	points            float64
	satisfied, lowest bool
}

var (
	rcLevels = map[string]rcLevel{
		"满意":   {100, true, false},
		"基本满意": {60, true, false},
		"不满意":  {0, false, true},
	}
	rcGroups = []string{"党代表", "人大代表", "政协委员", "企业代表", "社会人士"}
	rcBottom = map[string]int{"公共服务和行政执法类": 4, "综合管理类": 2}
)

const (
	rcGroupWeight = 0.2
	rcBallotShare = 0.7
	rcTestShare   = 0.3
	rcRate        = 0.02
	rcCap         = 0.10
	rcMinRatings  = 30
	rcAwards      = 5
	rcReserveTest = 85
)

// rcTarget is one target as the recount sees it.
type rcTarget struct {
	id, name, unit, category, supervisor, principal string
	test                                            float64

	ratings            int        // valid ballots that rated it
	n                  [5]int     // ratings per group
	sum                [5]float64 // points per group
	cells, sat, lowest int        // all ratings, satisfied ones, 不满意 ones
	verified           int        // 查实 ledger rows
	veto               bool       // a 一票否决 ledger row
	scored             bool       // some group rated it

	ballot, composite, deduction, final float64
	status                              string // ranked or insufficient
	rank, categorySize                  int    // rank 0 when not ranked

	unsat, tie     bool // confirmed unsatisfactory; tied across the bottom cutoff
	award, reserve bool
	tieAward       bool // tied across the award cutoff (all tied are awarded)
}

func (t *rcTarget) flags() []string {
	out := []string{}
	if t.veto {
		out = append(out, "veto")
	}
	if t.tie {
		out = append(out, "tie_at_cutoff")
	}
	if t.tieAward {
		out = append(out, "tie_at_award_cutoff")
	}
	return out
}

// rcKey identifies one accountability entry: the program merges actions per
// person, role and unit.
type rcKey struct{ person, role, unit string }

type rcResult struct {
	read, valid, invalid int
	invalidRows          []int // 1-based sheet rows
	targets              []*rcTarget
	actions, causes      map[rcKey]map[string]bool
}

// recount scores the round workbook at path by hand.
func recount(t *testing.T, path string) *rcResult {
	t.Helper()
	f := rcOpen(t, path)
	res := &rcResult{actions: map[rcKey]map[string]bool{}, causes: map[rcKey]map[string]bool{}}
	byID := map[string]*rcTarget{}
	for _, r := range rcRecords(t, f, "名册") {
		tg := &rcTarget{id: r["编号"], name: r["姓名"], unit: r["单位"], category: r["类别"],
			supervisor: r["分管领导"], principal: r["主要领导"]}
		res.targets = append(res.targets, tg)
		byID[tg.id] = tg
	}
	for _, r := range rcRecords(t, f, "测试成绩") {
		v, err := strconv.ParseFloat(r["成绩"], 64)
		if err != nil || byID[r["编号"]] == nil {
			t.Fatalf("测试成绩 row %v: %v", r, err)
		}
		byID[r["编号"]].test = v
	}
	for _, r := range rcRecords(t, f, "投诉台账") {
		tg := byID[r["编号"]]
		switch {
		case tg == nil:
			t.Fatalf("投诉台账 names unknown target %q", r["编号"])
		case r["核查结果"] == "查实":
			tg.verified++
		case r["核查结果"] == "一票否决":
			tg.veto = true
		}
	}
	rcCountBallots(t, f, res, byID)
	for _, tg := range res.targets {
		rcScore(tg)
	}
	for category, n := range rcBottom {
		var in []*rcTarget
		for _, tg := range res.targets {
			if tg.category == category {
				in = append(in, tg)
			}
		}
		rcRankBottomAwards(in, n)
	}
	rcLiability(res)
	return res
}

// rcBook is a workbook read whole: each sheet's rows as strings. The
// recount reads its cells with the strict reader, whose differential tests
// hold it to excelize; what it counts and scores it works out on its own.
type rcBook map[string][][]string

func rcOpen(t *testing.T, path string) rcBook {
	t.Helper()
	book, err := xlsxdump.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	return book.Rows
}

// rcRecords reads a sheet as records keyed by the header in row 1.
func rcRecords(t *testing.T, f rcBook, sheet string) []map[string]string {
	t.Helper()
	rows := f[sheet]
	if len(rows) == 0 {
		t.Fatalf("sheet %s is empty or missing", sheet)
	}
	var out []map[string]string
	for _, row := range rows[1:] {
		rec := map[string]string{}
		for c, v := range row {
			if c < len(rows[0]) {
				rec[rows[0][c]] = strings.TrimSpace(v)
			}
		}
		out = append(out, rec)
	}
	return out
}

// rcCountBallots applies the validity rules and adds up the valid ballots.
func rcCountBallots(t *testing.T, f rcBook, res *rcResult, byID map[string]*rcTarget) {
	t.Helper()
	rows := f["选票"]
	if len(rows) == 0 {
		t.Fatal("no 选票 sheet")
	}
	header := rows[0]
	if header[0] != "票号" || header[1] != "代表类别" {
		t.Fatalf("选票 header %v", header[:2])
	}
	// One 票号 is one paper: its first row is the ballot; a later row with
	// the same contents is the paper keyed again, not read; a later row with
	// other contents makes the ballot invalid, and is not read either.
	contents := func(row []string) string {
		var parts []string
		for c := 1; c < len(header); c++ {
			v := ""
			if c < len(row) {
				v = strings.TrimSpace(row[c])
			}
			parts = append(parts, v)
		}
		return strings.Join(parts, "\x00")
	}
	first, conflict := map[string]int{}, map[string]bool{}
	for i, row := range rows[1:] {
		id := ""
		if len(row) > 0 {
			id = strings.TrimSpace(row[0])
		}
		if id == "" || strings.TrimSpace(strings.Join(row, "")) == "" {
			continue
		}
		if f, ok := first[id]; !ok {
			first[id] = i
		} else if contents(rows[1+f]) != contents(row) {
			conflict[id] = true
		}
	}
	for i, row := range rows[1:] {
		cell := func(c int) string {
			if c < len(row) {
				return strings.TrimSpace(row[c])
			}
			return ""
		}
		if strings.TrimSpace(strings.Join(row, "")) == "" {
			continue // an empty row is no ballot
		}
		id, group := cell(0), cell(1)
		if id != "" && first[id] != i {
			continue // a keying again
		}
		res.read++
		valid := id != "" && !conflict[id]
		g := slices.Index(rcGroups, group)
		valid = valid && g >= 0
		type rating struct {
			target *rcTarget
			level  rcLevel
		}
		var ratings []rating
		for c := 2; c < len(header); c++ {
			v := cell(c)
			if v == "" {
				continue
			}
			level, ok := rcLevels[v]
			if !ok {
				valid = false
				continue
			}
			if byID[header[c]] == nil {
				t.Fatalf("选票 column %q is not in the roster", header[c])
			}
			ratings = append(ratings, rating{byID[header[c]], level})
		}
		if !valid || len(ratings) == 0 {
			res.invalid++
			res.invalidRows = append(res.invalidRows, i+2)
			continue
		}
		res.valid++
		for _, r := range ratings {
			tg := r.target
			tg.ratings++ // one column per target: a ballot rates it once
			tg.n[g]++
			tg.sum[g] += r.level.points
			tg.cells++
			if r.level.satisfied {
				tg.sat++
			}
			if r.level.lowest {
				tg.lowest++
			}
		}
	}
}

// rcScore computes S(t), the composite, the deduction and the status.
func rcScore(tg *rcTarget) {
	num, den := 0.0, 0.0
	for g := range rcGroups {
		if tg.n[g] > 0 {
			num += rcGroupWeight * tg.sum[g] / float64(tg.n[g])
			den += rcGroupWeight
		}
	}
	tg.scored = den > 0
	tg.status = "insufficient"
	if !tg.scored {
		return
	}
	tg.ballot = num / den
	tg.composite = rcBallotShare*tg.ballot + rcTestShare*tg.test
	tg.deduction = tg.composite * math.Min(rcCap, rcRate*float64(tg.verified))
	tg.final = tg.composite - tg.deduction
	if tg.ratings >= rcMinRatings {
		tg.status = "ranked"
	}
}
