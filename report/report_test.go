package report

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	goldenfile "github.com/evalctl/evalctl/internal/golden"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/msg"
	"github.com/evalctl/evalctl/internal/xlsxdump"
)

// handRound is a small round whose every number is worked out by hand below;
// the golden files must agree with these figures.
//
//	cat A (bottom 1, 1 award)          cat B (bottom 2, 1 award)
//	T1 U1/S1 test 90                   T4 U2/S3 test 88, 一票否决
//	T2 U1/S1 test 80, one 查实         T5 U3/S4 test 75
//	T3 U2/S3 test 70                   T6 U3/S4 test 75
//	                                   T7 U3/S4 test 60, one rating only
//
//	T1: 党代表 100,100 -> 100; 企业代表 60   S = (0.2·100+0.2·60)/0.4 = 80   C = 56+27 = 83     F = 83
//	T2: 党代表 60,100 -> 80;   企业代表 0    S = 40   C = 28+24 = 52   D = 52·0.02 = 1.04   F = 50.96
//	T3: 党代表 0,0 -> 0;       企业代表 60   S = 30   C = 21+21 = 42   F = 42  -> bottom of A
//	T4: 党代表 100,60 -> 80;   企业代表 100  S = 90   C = 63+26.4 = 89.4, veto -> last of B, unsatisfactory
//	T5, T6: 党代表 60,60 -> 60; 企业代表 100 S = 80   C = 56+22.5 = 78.5, tied in every criterion:
//	    B's bottom is 2, the veto takes one place, and the tie straddles the other: both pending.
//	T7: one rating < min_ratings 2: insufficient, not ranked.
//
//	Liability: T3 and T4 are both in U2 under S3: principal-U2 诫勉谈话, 通报批评, 书面检查; S3 also 免职.
//	Ballots: b4 has 满议; the next row keys b4 again with 满意, another content under one 票号, so b4
//	stays one ballot, invalid on both counts; b1 is keyed again as it was (counted once); b6 has an
//	unknown group: read 5 = valid 3 + invalid 2, two rows keyed again.
//	Comments: b2 on the ballot, naming unit U2 and in the topic 效率 (排队); b3 on T5, in no topic.
func handRound(t *testing.T) *evaluate.Result {
	t.Helper()
	rules := evaluate.Chibi()
	rules.MinRatings = 2
	rules.Categories = []evaluate.Category{{Name: "A", Bottom: 1, Awards: 1}, {Name: "B", Bottom: 2, Awards: 1}}
	rules.Ballots.Comments.Topics = []evaluate.Topic{{Name: "效率", Keywords: []string{"排队", "拖延"}}}
	target := func(id, unit, sup, cat string) evaluate.Target {
		return evaluate.Target{ID: id, Name: "姓名" + id, Unit: unit, Section: "股" + id, Category: cat,
			Supervisor: sup, Principal: "principal-" + unit, Where: "round.xlsx: 名册!A" + id[1:]}
	}
	round := &evaluate.Round{
		Targets: []evaluate.Target{target("T1", "U1", "S1", "A"), target("T2", "U1", "S1", "A"), target("T3", "U2", "S3", "A"),
			target("T4", "U2", "S3", "B"), target("T5", "U3", "S4", "B"), target("T6", "U3", "S4", "B"), target("T7", "U3", "S4", "B")},
		Tests: map[string]float64{"T1": 90, "T2": 80, "T3": 70, "T4": 88, "T5": 75, "T6": 75, "T7": 60},
		Complaints: []evaluate.Complaint{
			{TargetID: "T2", Result: "查实", Where: "round.xlsx: 投诉台账!D2"},
			{TargetID: "T4", Result: "一票否决", Where: "round.xlsx: 投诉台账!D3"},
		},
	}
	tally := evaluate.NewTally(rules, len(round.Targets))
	screen := evaluate.NewScreen(rules, round.Targets)
	for row, b := range [][]string{
		{"b1", "党代表", "满意", "基本满意", "不满意", "满意", "基本满意", "基本满意", "满意"},
		{"b2", "党代表", "满意", "满意", "不满意", "基本满意", "基本满意", "基本满意", ""},
		{"b3", "企业代表", "基本满意", "不满意", "基本满意", "满意", "满意", "满意", ""},
		{"b4", "企业代表", "满议"},
		{"b4", "企业代表", "满意"},
		{"b1", "党代表", "满意", "基本满意", "不满意", "满意", "基本满意", "基本满意", "满意"},
		{"b6", "群众代表", "满意"},
	} {
		ballot := evaluate.Ballot{ID: b[0], Group: b[1], Source: evaluate.Source{File: "round.xlsx", Sheet: "选票", Row: row + 2}}
		for i, v := range b[2:] {
			ballot.Cells = append(ballot.Cells, evaluate.Cell{Target: i, Value: v, Col: 2 + i})
		}
		switch row {
		case 1:
			ballot.Comments = []evaluate.Comment{{Target: -1, Column: "意见建议", Col: 9, Text: "U2 窗口排队太久"}}
		case 2:
			ballot.Comments = []evaluate.Comment{{Target: 4, Column: "T5/意见建议", Col: 10, Text: "服务热情"}}
		}
		outcome, problems := tally.Read(ballot)
		screen.Observe(ballot, outcome, problems)
	}
	res, err := evaluate.Score(rules, round, tally)
	if err != nil {
		t.Fatal(err)
	}
	res.Findings = screen.Findings(tally)
	return res
}

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	goldenfile.Check(t, filepath.Join("testdata", name), []byte(got))
}

var testMeta = Meta{Version: "test", RulesFrom: "preset chibi (cut down)", RulesYAML: []byte("name: test\nmin_ratings: 2\n"),
	Inputs: []Input{{Path: "round.xlsx", SHA256: strings.Repeat("ab", 32)}}}

func TestWorkbookGolden(t *testing.T) {
	res := handRound(t)
	for _, lang := range msg.Langs {
		t.Run(string(lang), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "out.xlsx")
			if err := WriteWorkbook(path, res, testMeta, lang); err != nil {
				t.Fatal(err)
			}
			dump, err := xlsxdump.File(path)
			if err != nil {
				t.Fatal(err)
			}
			golden(t, "hand-"+string(lang)+".golden", dump)
		})
	}
}

func TestJSONGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, handRound(t), msg.Chinese); err != nil {
		t.Fatal(err)
	}
	golden(t, "hand.json", buf.String())
}

// In category B, T5 and T6 tie at the top: the veto T4 fills one of the
// two places, and the other would reach the top, so both are held for the
// committee, their tie flagged as well.
const (
	smallPending = "category too small for a verdict by rank, pending the committee's decision"
	heldB        = "Final score 78.50, at the median of the 3 ranked in the category, 78.50; weakest group 党代表 with a mean of 60.00; " +
		"no deduction; every ranked target of the category is on the list; grounds: small category: the bottom count takes 1 by rank, " +
		"but of only 2 ranked targets not vetoed a verdict by rank may take at most 1, never the top; pending the committee's decision."
)

func TestBottomTSV(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteBottom(&buf, handRound(t), msg.English, false); err != nil {
		t.Fatal(err)
	}
	// By hand: A ranks T1 83 (ballot 80), T2 50.96 (ballot 40, C 52, one
	// 查实 −2%), T3 42 (党代表 0, 企业代表 60: ballot 30); B ranks the veto T4
	// 89.40, T5 and T6 78.50 (党代表 60, 企业代表 100).
	// Not resampled: no probabilities or intervals; the margins are to A's
	// cutoff, midway between T3 42 and T2 50.96, and to B's, where T5 and
	// T6 tie at it.
	want := "Category\tRank\tID\tName\tUnit\tSection\tFinal\tSatisfaction\tBottom probability\tRank interval\tMargin to cutoff\tVerdict\tFlags\tExplanation\n" +
		"A\t3/3\tT3\t姓名T3\tU2\t股T3\t42.00\t33.33%\t\t\t-4.48\t群众不满意股长\t\t" +
		"Final score 42.00, below the median of the 3 ranked in the category, 50.96, by 8.96; weakest group 党代表 with a mean of 0.00; " +
		"no deduction; below the lowest ranked target off the list, T2 姓名T2 (50.96), by 8.96; grounds: bottom of the category, ranked 3 of 3, bottom 1.\n" +
		"B\t3/3\tT4\t姓名T4\tU2\t股T4\t89.40\t100.00%\t\t\t\t群众不满意股长\tveto\t" +
		"Final score 89.40, above the median of the 3 ranked in the category, 78.50, by 10.90; weakest group 党代表 with a mean of 80.00; " +
		"no deduction; every ranked target of the category is on the list; grounds: veto (round.xlsx: 投诉台账!D3).\n" +
		"B\t1/3\tT5\t姓名T5\tU3\t股T5\t78.50\t100.00%\t\t\t+0.00\t" + smallPending + "\ttie at cutoff, small category\t" + heldB + "\n" +
		"B\t1/3\tT6\t姓名T6\tU3\t股T6\t78.50\t100.00%\t\t\t+0.00\t" + smallPending + "\ttie at cutoff, small category\t" + heldB + "\n"
	if buf.String() != want {
		t.Errorf("bottom TSV:\n%s\nwant:\n%s", buf.String(), want)
	}
}

func TestBottomTableOnTerminal(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteBottom(&buf, handRound(t), msg.Chinese, true); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"T3", "T4", "T5", "T6", "群众不满意股长", "并列跨越末位线", "类别过小"} {
		if !strings.Contains(out, want) {
			t.Errorf("terminal table lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\t") || !strings.ContainsAny(out, "│|+") {
		t.Errorf("terminal output is not a drawn table:\n%s", out)
	}
}

func TestSaveAtomicReplacesAndLeavesNothingBehind(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.xlsx")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteWorkbook(path, handRound(t), testMeta, msg.Chinese); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("directory holds %d entries after the write, want only out.xlsx", len(entries))
	}
	if data, _ := os.ReadFile(path); bytes.Equal(data, []byte("old")) {
		t.Error("the old file was not replaced")
	}
	if err := WriteWorkbook(filepath.Join(dir, "missing", "out.xlsx"), handRound(t), testMeta, msg.Chinese); err == nil {
		t.Error("writing into a missing directory succeeded")
	}
}

// TestEveryProblemExplained: no ballot problem falls back to its bare code.
func TestEveryProblemExplained(t *testing.T) {
	for _, k := range evaluate.ProblemKinds {
		for _, lang := range msg.Langs {
			if got := ProblemText(lang, evaluate.Problem{Kind: k, Ref: "选票!C3", Value: "x"}); got == string(k) {
				t.Errorf("%s has no %s text", k, lang)
			}
		}
	}
}
