package main

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/evalctl/evalctl/internal/xlsxdump"
)

// TestCommentsFromSurvey: the open question of a 问卷星 export is read as
// comments, sorted into the rules' topics by keyword, counted per unit and
// target, and sent to each unit it concerns without its ballot number; the
// counts are held to the export's own text, read without evalctl.
func TestCommentsFromSurvey(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	survey := filepath.Join(layoutsDir, "one", "survey")
	export := filepath.Join(survey, "wjx-text.xlsx")
	rules := filepath.Join(dir, "rules.yaml")
	writeFile(t, rules, `base: chibi
min_ratings: 5
ballots:
  comments:
    topics:
      - {name: 办事效率, keywords: [排队, 效率, 审批]}
      - {name: 服务态度, keywords: [态度, 热情]}
`)
	results := filepath.Join(dir, "结果.xlsx")
	res := scoreResults(t, filepath.Join(survey, "round.xlsx"), "--rules", rules, "--ballots", export, "-o", results)

	// The export's open answers, its last column, read directly: an answer
	// that is not (跳过) nor 无 is a comment.
	book, err := xlsxdump.Read(export)
	if err != nil {
		t.Fatal(err)
	}
	rows := book.Rows["Sheet1"]
	units := map[string]bool{"市市场监督管理局": true, "市政务服务和大数据管理局": true, "市不动产登记中心": true}
	var texts []string
	perUnit, perTopic := map[string]int{}, map[string]int{}
	for _, row := range rows[1:] {
		text := row[len(rows[0])-1]
		if text == "(跳过)" || text == "无" {
			continue
		}
		texts = append(texts, text)
		for u := range units {
			if strings.Contains(text, u) {
				perUnit[u]++
			}
		}
		for topic, words := range map[string][]string{"办事效率": {"排队", "效率", "审批"}, "服务态度": {"态度", "热情"}} {
			if slices.ContainsFunc(words, func(w string) bool { return strings.Contains(text, w) }) {
				perTopic[topic]++
			}
		}
	}
	var got []string
	for _, c := range res.Comments.List {
		got = append(got, c.Text)
		if c.Ballot == "" || !strings.HasPrefix(c.Cell, "Sheet1!") {
			t.Errorf("comment %q without its ballot and cell", c.Text)
		}
	}
	if len(texts) < 5 || !slices.Equal(got, texts) {
		t.Fatalf("comments\n got %q\nwant %q", got, texts)
	}
	for _, c := range res.Comments.ByTopic {
		if c.Count != perTopic[c.Name] {
			t.Errorf("topic %s: %d comments, want %d", c.Name, c.Count, perTopic[c.Name])
		}
	}
	// A comment naming a chief counts for the chief's unit too, so a
	// unit's count is at least the comments naming it.
	for _, c := range res.Comments.ByUnit {
		if c.Count < perUnit[c.Name] {
			t.Errorf("unit %s: %d comments, fewer than the %d naming it", c.Name, c.Count, perUnit[c.Name])
		}
	}

	// The unit exports, from the results workbook and from the JSON alike:
	// each unit its comments, without ballot numbers.
	js := filepath.Join(dir, "结果.json")
	writeFile(t, js, mustRun(t, "score", filepath.Join(survey, "round.xlsx"), "--rules", rules, "--ballots", export, "-o", filepath.Join(dir, "again.xlsx"), "--json"))
	for _, from := range []string{results, js} {
		out := filepath.Join(dir, "各单位-"+filepath.Ext(from)[1:])
		mustRun(t, "export", from, "-o", out)
		for _, c := range res.Comments.ByUnit {
			f := openWorkbook(t, filepath.Join(out, c.Name+"-结果.xlsx"))
			records := sheetRecords(t, f, "意见建议")
			if len(records) != c.Count {
				t.Errorf("%s from %s: %d comments exported, want %d", c.Name, filepath.Base(from), len(records), c.Count)
			}
			if header := f.Rows["意见建议"][0]; slices.Contains(header, "票号") || slices.Contains(header, "单元格") {
				t.Errorf("%s: the comments sheet tells their ballots: %v", c.Name, header)
			}
		}
	}
}
