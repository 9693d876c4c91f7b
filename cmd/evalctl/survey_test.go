package main

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/evalctl/evalctl/internal/sample"
	"github.com/evalctl/evalctl/internal/xlsxdump"
)

// surveyCheck is what `check --json` says of a survey export's columns.
type surveyCheck struct {
	Problems []string `json:"problems"`
	Sheets   []struct {
		File, Sheet, Layout string
		Columns             []struct {
			Column, Header, Role, Target, Name, Dimension, Note string
			Question                                            int
		}
	} `json:"sheets"`
	Files []checkFileSum `json:"files"`
}

// TestSurveyExportsMapped: check shows how every column of each generated
// export was understood, and the understanding is the generator's: the
// platform's metadata kept as metadata, the identity question as the
// group, each matrix row as the target it names (on the dimension of its
// question), the open question as comments; and every ballot reads valid.
// That the exports score as the wide round does is TestLayoutsScoreAlike's.
func TestSurveyExportsMapped(t *testing.T) {
	t.Parallel()
	layouts := map[string]string{"wjx-text": "wjx_text", "wjx-coded": "wjx_coded", "tencent": "tencent"}
	metadata := map[string][]string{
		"wjx_text":  {"提交答卷时间", "所用时间", "来源", "来源详情", "来自IP"},
		"wjx_coded": {"提交答卷时间", "所用时间", "来源", "来源详情", "来自IP"},
		"tencent":   {"开始答题时间", "结束答题时间", "答题时长", "地理位置国家和地区", "地理位置省", "地理位置市", "用户标识", "昵称", "自定义字段"},
	}
	names := map[string]string{} // 姓名 -> 编号, from the roster the generator writes
	for _, row := range rosterOf(t) {
		names[row[1]] = row[0]
	}
	n := 0
	for _, l := range sample.LayoutRounds {
		want, ok := layouts[l.Name]
		if !ok {
			continue
		}
		n++
		t.Run(l.Family+"/"+l.Name, func(t *testing.T) {
			in := func(p string) string { return filepath.Join(layoutsDir, filepath.FromSlash(p)) }
			var res surveyCheck
			code, out, errOut := runCLI(t, "check", "--json", in(l.Round), "--rules", in(l.Rules()), "--ballots", in(l.Ballots[0]))
			if code != exitOK {
				t.Fatalf("check: exit %d\n%s", code, errOut)
			}
			decodeJSON(t, out, &res)
			if len(res.Problems) != 0 || len(res.Sheets) != 1 || len(res.Files) != 1 || res.Files[0].Valid != 59 || res.Files[0].Invalid != 0 {
				t.Fatalf("problems %q, sheets %d, files %+v; want none, one export of 59 valid ballots", res.Problems, len(res.Sheets), res.Files)
			}
			s := res.Sheets[0]
			if s.Layout != want {
				t.Errorf("layout %s, want %s", s.Layout, want)
			}
			dims := map[string]int{"one": 1, "five": 5}[l.Family]
			roles := map[string][]string{}
			for _, c := range s.Columns {
				roles[c.Role] = append(roles[c.Role], c.Header)
				if c.Role != "rating" {
					continue
				}
				// The header names the target (第2题(张伟), 2(张伟), 2、…—张伟) and
				// its question the dimension, questions 2… in dimension order.
				name := c.Header
				if _, after, ok := strings.Cut(name, "("); ok {
					name = strings.TrimSuffix(after, ")")
				} else if i := strings.LastIndex(name, "—"); i >= 0 {
					name = name[i+len("—"):]
				}
				dim := sample.LayoutDimensions[c.Question-2]
				if dims == 1 {
					dim = "综合评价"
				}
				if c.Target != names[name] || c.Name != name || c.Dimension != dim {
					t.Errorf("%s %q: understood as %s %s · %s, want %s %s · %s", c.Column, c.Header, c.Target, c.Name, c.Dimension, names[name], name, dim)
				}
			}
			if len(roles["rating"]) != 12*dims {
				t.Errorf("%d rating columns, want %d", len(roles["rating"]), 12*dims)
			}
			if !slices.Equal(roles["metadata"], metadata[want]) {
				t.Errorf("metadata columns %q, want %q", roles["metadata"], metadata[want])
			}
			if len(roles["ballot"]) != 1 || len(roles["group"]) != 1 || !strings.HasPrefix(roles["group"][0], "1、您的身份是") {
				t.Errorf("ballot number %q, group %q; want one each, the group from question 1", roles["ballot"], roles["group"])
			}
			if len(roles["comment"]) != 1 || !strings.HasPrefix(roles["comment"][0], fmt.Sprintf("%d、", 2+dims)) {
				t.Errorf("comment columns %q, want the open question %d", roles["comment"], 2+dims)
			}
			if len(roles["unknown"])+len(roles["unused"]) != 0 {
				t.Errorf("columns not understood %q, unused %q", roles["unknown"], roles["unused"])
			}
			// The text shows the mapping too, a line per column.
			_, text, _ := runCLI(t, "check", in(l.Round), "--rules", in(l.Rules()), "--ballots", in(l.Ballots[0]))
			if !strings.Contains(text, "\n    A\t"+s.Columns[0].Header+"\t→ 票号\n") {
				t.Errorf("the text lists no column A as the ballot number:\n%s", text)
			}
		})
	}
	if n != 5 {
		t.Errorf("%d survey layouts, want 5 (问卷星 text, coded, 腾讯问卷 in one; 问卷星 text, 腾讯问卷 in five)", n)
	}
}

// rosterOf reads the layouts round's roster: 编号, 姓名 ….
func rosterOf(t *testing.T) [][]string {
	t.Helper()
	f, err := xlsxdump.Read(filepath.Join(layoutsDir, "one", "survey", "round.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	return f.Rows["名册"][1:]
}
