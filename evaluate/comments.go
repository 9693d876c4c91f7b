package evaluate

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Comment collection: every free-text answer of the ballots read (意见建议),
// with the targets and units it is about and the topics its words put it
// in, and how many there are of each.

// CollectedComment is one comment of a ballot, with what it is about.
type CollectedComment struct {
	Ballot, Group string
	Source        Source
	// Ref is the comment's cell, e.g. 选票!Q12.
	Ref    string
	Column string
	Text   string
	// Targets are the targets the comment is about (indices into the
	// roster): its column's, or else those it names by 姓名 where the name
	// is the roster's only one. Units are their units and the units it
	// names.
	Targets []int
	Units   []string
	// Topics are the rules' topics whose keywords it holds, in rules order.
	Topics []string
}

// Comments are the comments of a round and their counts.
type Comments struct {
	List []CollectedComment
	// ByTarget counts the comments about each target (roster order),
	// ByUnit those about each unit (in the order of the units' first
	// targets) and ByTopic those in each topic (rules order).
	ByTarget []int
	ByUnit   []NamedCount
	ByTopic  []NamedCount
}

// NamedCount is a count of something named.
type NamedCount struct {
	Name  string
	Count int
}

// commentCollector gathers the comments as ballots stream past.
type commentCollector struct {
	rules   *Rules
	targets []Target
	names   map[string][]int // 姓名 -> targets, for names worth looking for
	units   []string         // in the order of their first targets
	list    []CollectedComment
}

func newCommentCollector(rules *Rules, targets []Target) commentCollector {
	c := commentCollector{rules: rules, targets: targets, names: map[string][]int{}}
	seen := map[string]bool{}
	for i, t := range targets {
		// A one-character name would be found inside any word.
		if utf8.RuneCountInString(t.Name) >= 2 {
			c.names[t.Name] = append(c.names[t.Name], i)
		}
		if t.Unit != "" && !seen[t.Unit] {
			seen[t.Unit] = true
			c.units = append(c.units, t.Unit)
		}
	}
	return c
}

// collect keeps the comments of a ballot read.
func (c *commentCollector) collect(b *Ballot, _ []Problem) {
	for _, cm := range b.Comments {
		text := strings.TrimSpace(cm.Text)
		if text == "" || isNoComment(text) {
			continue
		}
		row := cm.Row
		if row == 0 {
			row = b.Source.Row
		}
		cc := CollectedComment{Ballot: b.ID, Group: b.Group, Source: b.Source, Column: cm.Column, Text: text,
			Ref: b.Source.Sheet + "!" + CellName(cm.Col, row)}
		if cm.Target >= 0 {
			cc.Targets = []int{cm.Target}
		} else {
			cc.Targets = c.named(text)
		}
		cc.Units = c.unitsOf(cc.Targets, text)
		for _, tp := range c.rules.Ballots.Comments.Topics {
			for _, k := range tp.Keywords {
				if k = strings.TrimSpace(k); k != "" && strings.Contains(text, k) {
					cc.Topics = append(cc.Topics, tp.Name)
					break
				}
			}
		}
		c.list = append(c.list, cc)
	}
}

// isNoComment reports a text that says there is nothing to say, as
// evaluators write in a comment box they must fill (无, 没有, 暂无 …).
func isNoComment(text string) bool {
	switch strings.Trim(text, "。.！!、 ") {
	case "无", "没有", "暂无", "无意见", "没有意见", "无建议", "暂无意见", "暂无建议", "/", "-", "—", "(空)", "（空）", "(跳过)", "（跳过）":
		return true
	}
	return false
}

// named lists the targets whose 姓名 the text holds, where no other target
// shares it, in roster order.
func (c *commentCollector) named(text string) []int {
	var out []int
	for name, ids := range c.names {
		if len(ids) == 1 && strings.Contains(text, name) {
			out = append(out, ids[0])
		}
	}
	sort.Ints(out)
	return out
}

// unitsOf lists the units of the targets and the units the text names, in
// the units' order.
func (c *commentCollector) unitsOf(targets []int, text string) []string {
	want := map[string]bool{}
	for _, t := range targets {
		want[c.targets[t].Unit] = true
	}
	var out []string
	for _, u := range c.units {
		if want[u] || strings.Contains(text, u) {
			out = append(out, u)
		}
	}
	return out
}

// result counts the comments gathered.
func (c *commentCollector) result() Comments {
	out := Comments{List: c.list, ByTarget: make([]int, len(c.targets))}
	units := map[string]int{}
	topics := map[string]int{}
	for _, cc := range c.list {
		for _, t := range cc.Targets {
			out.ByTarget[t]++
		}
		for _, u := range cc.Units {
			units[u]++
		}
		for _, tp := range cc.Topics {
			topics[tp]++
		}
	}
	for _, u := range c.units {
		out.ByUnit = append(out.ByUnit, NamedCount{Name: u, Count: units[u]})
	}
	for _, tp := range c.rules.Ballots.Comments.Topics {
		out.ByTopic = append(out.ByTopic, NamedCount{Name: tp.Name, Count: topics[tp.Name]})
	}
	return out
}
