package ingest

import (
	"fmt"
	"strings"

	"github.com/evalctl/evalctl/evaluate"
)

var groupScoreColumns = []column{
	{field: "id", names: []string{"编号", "id"}, required: true},
	{field: "group", names: []string{"代表类别", "group"}, required: true},
	{field: "ballots", names: []string{"评价人数", "evaluators"}, required: true},
	{field: "ratings", names: []string{"评价次数", "rating count"}, required: true},
	{field: "mean", names: []string{"平均分", "mean score"}},
	{field: "satisfaction", names: []string{"满意率", "satisfaction"}},
	// Written by evalctl, not needed here; named so that they are not
	// taken for anything else.
	{field: "category", names: []string{"类别", "category"}},
	{field: "name", names: []string{"姓名", "name"}},
	{field: "unit", names: []string{"单位", "unit"}},
	{field: "weight", names: []string{"权重", "weight"}},
}

// readGroupScores attaches each row of the 分组得分 sheet to its target.
func (w *Workbook) readGroupScores(sheet string, p *evaluate.Published) error {
	index := targetIndex(p)
	return w.eachRecord(sheet, groupScoreColumns, func(c *cellReader) error {
		i, ok := index[c.text("id")]
		if !ok {
			return c.fail("id", fmt.Sprintf("target %q is not in the ranking", c.text("id")))
		}
		g := evaluate.PublishedGroup{Group: c.text("group"), Ballots: c.count("ballots"), Ratings: c.count("ratings")}
		g.Mean, g.HasMean = c.number("mean")
		g.Satisfaction, g.HasSatisfaction = c.rate("satisfaction")
		p.Targets[i].Groups = append(p.Targets[i].Groups, g)
		return nil
	})
}

var accountabilityColumns = []column{
	{field: "person", names: []string{"姓名", "person"}, required: true},
	{field: "role", names: []string{"角色", "role"}, required: true},
	{field: "unit", names: []string{"单位", "unit"}, required: true},
	{field: "actions", names: []string{"问责措施", "actions"}},
	{field: "targets", names: []string{"涉及对象", "because of"}},
	{field: "reason", names: []string{"原因", "reason"}},
}

// roles maps the role labels of a results workbook to the JSON codes.
var roles = map[string]string{
	"主要领导": evaluate.RolePrincipal, "principal": evaluate.RolePrincipal,
	"分管领导": evaluate.RoleSupervisor, "supervisor": evaluate.RoleSupervisor,
	"本人": evaluate.RoleTarget, "target": evaluate.RoleTarget,
}

func (w *Workbook) readAccountability(sheet string, p *evaluate.Published) error {
	return w.eachRecord(sheet, accountabilityColumns, func(c *cellReader) error {
		role, ok := roles[strings.ToLower(c.text("role"))]
		if !ok {
			return c.fail("role", fmt.Sprintf("%q is not a role (主要领导, 分管领导, 本人)", c.text("role")))
		}
		p.Accountability = append(p.Accountability, evaluate.PublishedAccountability{Person: c.text("person"), Role: role,
			Unit: c.text("unit"), Actions: splitList(c.text("actions"), "、", ", "), Targets: splitList(c.text("targets"), ","),
			Reason: c.text("reason")})
		return nil
	})
}

var ledgerColumns = []column{
	{field: "id", names: []string{"编号", "id"}, required: true},
	{field: "result", names: []string{"核查结果", "result"}, required: true},
	{field: "effect", names: []string{"效果", "effect"}, required: true},
	{field: "where", names: []string{"位置", "where"}},
	{field: "name", names: []string{"姓名", "name"}},
	{field: "unit", names: []string{"单位", "unit"}},
}

// effects maps the effect labels of a results workbook to the JSON codes.
var effects = map[string]string{
	"不扣分": evaluate.EffectNone, "none": evaluate.EffectNone,
	"扣分": evaluate.EffectDeduct, "deduct": evaluate.EffectDeduct,
	"一票否决": evaluate.EffectVeto, "veto": evaluate.EffectVeto,
}

// readLedger reads the 投诉记录 sheet; columns other than the known ones are
// the ledger's own (日期, 内容 …), kept as details.
func (w *Workbook) readLedger(sheet string, p *evaluate.Published) error {
	index := targetIndex(p)
	return w.eachRecord(sheet, ledgerColumns, func(c *cellReader) error {
		if _, ok := index[c.text("id")]; !ok {
			return c.fail("id", fmt.Sprintf("target %q is not in the ranking", c.text("id")))
		}
		effect, ok := effects[strings.ToLower(c.text("effect"))]
		if !ok {
			return c.fail("effect", fmt.Sprintf("%q is not an effect (不扣分, 扣分, 一票否决)", c.text("effect")))
		}
		entry := evaluate.PublishedComplaint{TargetID: c.text("id"), Result: c.text("result"), Effect: effect, Where: c.text("where")}
		for i, name := range c.h.cells {
			if !c.h.known(i) && name != "" && at(c.cells, i) != "" {
				entry.Details = append(entry.Details, evaluate.Field{Name: name, Value: at(c.cells, i)})
			}
		}
		p.Ledger = append(p.Ledger, entry)
		return nil
	})
}

// eachRecord walks the data rows of a sheet found by its columns, handing
// each to fn; the problem fn returns for a row, and those it noted on the
// row's cells, are all returned together at the end.
func (w *Workbook) eachRecord(sheet string, cols []column, fn func(c *cellReader) error) error {
	h, err := w.findHeader(sheet, cols)
	if err != nil {
		return err
	}
	var errs []error
	err = w.eachRow(sheet, func(row int, cells []string) error {
		if row <= h.row || empty(cells) {
			return nil
		}
		c := &cellReader{w: w, sheet: sheet, row: row, h: h, cells: cells}
		if err := fn(c); err != nil {
			errs = append(errs, err)
		}
		errs = append(errs, c.errs...)
		return nil
	})
	if err != nil {
		return err
	}
	return joinErrs(errs)
}

func targetIndex(p *evaluate.Published) map[string]int {
	index := make(map[string]int, len(p.Targets))
	for i, t := range p.Targets {
		index[t.ID] = i
	}
	return index
}

// splitList splits a cell listing values with any of the separators.
func splitList(s string, seps ...string) []string {
	if s == "" {
		return nil
	}
	for _, sep := range seps[1:] {
		s = strings.ReplaceAll(s, sep, seps[0])
	}
	var out []string
	for _, v := range strings.Split(s, seps[0]) {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}
