package sample

import (
	"cmp"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestHuzhouDeterministic(t *testing.T) {
	heavyUnderRace(t)
	a, b, c := Huzhou(2026), Huzhou(2027), Huzhou(2026)
	if !sameRound(a, c, func(r *HuzhouRound) *[]Sheet { return &r.Sheets }) {
		t.Fatal("two rounds from seed 2026 differ")
	}
	if sameRows(a.Sheets[1].Rows, b.Sheets[1].Rows) {
		t.Error("the ballots are the same for seeds 2026 and 2027")
	}
	if !slices.Equal(a.Bottom, b.Bottom) {
		t.Error("planted posts moved with the seed")
	}
}

// huzhouValid yields the valid ballot rows of a generated round.
func huzhouValid(r HuzhouRound) [][]any {
	invalid := map[int]bool{}
	for _, p := range r.Invalid {
		invalid[p.Row] = true
	}
	var rows [][]any
	for i, row := range r.Sheets[1].Rows[2:] {
		if !invalid[i+3] {
			rows = append(rows, row)
		}
	}
	return rows
}

func TestHuzhouRound(t *testing.T) {
	r := Huzhou(2026)
	roster, sheet := r.Sheets[0].Rows[1:], r.Sheets[1]
	units := map[any]int{}
	for _, row := range roster {
		units[row[2]]++
		if row[4] != CategoryHuzhou || row[3] == nil || row[5] == row[6] {
			t.Errorf("roster row %v", row)
		}
	}
	if len(roster) != 70 || len(units) != 17 {
		t.Errorf("%d posts in %d departments, want 70 in 17", len(roster), len(units))
	}

	// Two header rows: each post's 编号 and 姓名 merged over its
	// dimensions, then 意见建议.
	top, sub := sheet.Rows[0], sheet.Rows[1]
	if len(top) != 2+350+1 || len(sheet.Merges) != 2+70+1 || top[352] != "意见建议" {
		t.Fatalf("header of %d columns and %d merges, want 353 and 73", len(top), len(sheet.Merges))
	}
	for i, row := range roster {
		c := 2 + 5*i
		if top[c] != fmt.Sprint(row[0], "\n", row[1]) || sub[c+4] != "勤政廉政" || top[c+1] != nil {
			t.Errorf("post %s: header %q / %q", row[0], top[c], sub[c:c+5])
		}
	}

	// Returned per group as the panel says (972 of the 1,019 issued), the
	// invalid ballots among them.
	returned := map[string]int{}
	for _, row := range sheet.Rows[2:] {
		returned[row[1].(string)]++
	}
	total := 0
	for _, g := range r.Groups {
		total += g.Returned
		if returned[g.Name] != g.Returned {
			t.Errorf("%s: %d ballots returned, want %d", g.Name, returned[g.Name], g.Returned)
		}
	}
	valid := huzhouValid(r)
	if r.Issued != 1019 || total != 972 || len(valid) != 967 || len(r.Invalid) != 5 || len(r.Groups) != 3 {
		t.Errorf("%d issued, %d returned, %d valid, %d invalid; want 1019, 972, 967, 5", r.Issued, total, len(valid), len(r.Invalid))
	}

	// 92 comments, each about a post the ballot rated, and 20 无.
	comments, none := 0, 0
	for _, row := range valid {
		if len(row) <= 352 || row[352] == nil {
			continue
		}
		if row[352] == "无" {
			none++
			continue
		}
		comments++
		text := row[352].(string)
		found := false
		for i, p := range roster {
			if strings.HasPrefix(text, p[2].(string)+p[3].(string)) && row[2+5*i] != nil {
				found = true
			}
		}
		if !found {
			t.Errorf("ballot %s comments %q on no post it rated", row[0], text)
		}
	}
	if comments != r.Comments || comments != 92 || none != r.NoComments {
		t.Errorf("%d comments and %d 无, want 92 and %d", comments, none, r.NoComments)
	}
	for _, p := range r.Invalid {
		row := sheet.Rows[p.Row-1]
		bad := slices.Contains(row, any(huzhouBadValue))
		if row[0] != p.ID || bad != (p.Defect == DefectBadLevel) || (p.Defect == DefectBlank) != (len(row) == 2) {
			t.Errorf("planted %s at row %d: %v", p.Defect, p.Row, row[:2])
		}
		if p.Defect == DefectDuplicate && (sheet.Rows[p.FirstRow-1][0] != p.ID || p.FirstRow >= p.Row) {
			t.Errorf("the duplicate %s does not repeat an earlier 票号", p.ID)
		}
	}

	// Each evaluator rates the posts of three departments.
	for _, row := range valid {
		rated := map[any]bool{}
		for c, v := range row[2:min(len(row), 352)] {
			if v != nil {
				rated[roster[c/5][2]] = true
			}
		}
		if len(rated) != huzhouDeptsPerBallot {
			t.Errorf("ballot %s rates %d departments, want 3", row[0], len(rated))
		}
	}
}

// TestHuzhouEnterpriseSatisfaction holds the 企业代表 satisfaction rate,
// counted from the cells, to the seed's 80.6% within a point.
func TestHuzhouEnterpriseSatisfaction(t *testing.T) {
	var satisfied, scored int
	for _, row := range huzhouValid(Huzhou(2026)) {
		if row[1] != "企业代表" {
			continue
		}
		for _, v := range row[2:min(len(row), 352)] {
			switch v {
			case LevelSatisfied, LevelBasic:
				satisfied++
				fallthrough
			case LevelDissatisfied:
				scored++
			}
		}
	}
	if rate := float64(satisfied) / float64(scored); math.Abs(rate-0.806) > 0.01 {
		t.Errorf("企业代表 satisfaction %.4f (%d of %d), want 0.806 within a point", rate, satisfied, scored)
	}
}

// TestHuzhouBottomSeparated checks, for several seeds, that the planted
// posts have the three lowest pooled means, with a clear gap above them.
func TestHuzhouBottomSeparated(t *testing.T) {
	heavyUnderRace(t)
	points := map[any]float64{LevelSatisfied: 100, LevelBasic: 60, LevelDissatisfied: 0}
	for _, seed := range []uint64{2026, 1, 7, 99} {
		r := Huzhou(seed)
		type post struct {
			id   string
			mean float64
		}
		var posts []post
		valid := huzhouValid(r)
		for i, head := range r.Sheets[1].Rows[0][2:352] { // not 意见建议
			if head == nil {
				continue
			}
			var sum, n float64
			for _, row := range valid {
				for _, v := range row[2+i : 2+i+5] {
					if p, ok := points[v]; ok {
						sum, n = sum+p, n+1
					}
				}
			}
			id, _, _ := strings.Cut(head.(string), "\n")
			posts = append(posts, post{id, sum / n})
		}
		slices.SortFunc(posts, func(a, b post) int { return cmp.Compare(a.mean, b.mean) })
		var lowest []string
		for _, p := range posts[:3] {
			lowest = append(lowest, p.id)
		}
		if !reflect.DeepEqual(sorted(lowest), sorted(r.Bottom)) || posts[3].mean-posts[2].mean < 8 {
			t.Errorf("seed %d: lowest %v (%.1f, next %.1f), want %v with a gap of 8", seed, lowest, posts[2].mean, posts[3].mean, r.Bottom)
		}
	}
}
