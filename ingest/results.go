package ingest

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/evalctl/evalctl/evaluate"
)

// Results sheets, by kind, in Chinese and English as evalctl writes them.
var (
	sheetRanking     = []string{"排名", "ranking"}
	sheetGroupScores = []string{"分组得分", "group scores"}
	sheetAccount     = []string{"问责名单", "accountability"}
	sheetLedger      = []string{"投诉记录", "complaint ledger"}
	sheetAudit       = []string{"审计", "audit"}
)

var rankingColumns = []column{
	{field: "id", names: []string{"编号", "id"}, required: true},
	{field: "rank", names: []string{"名次", "rank"}, required: true},
	{field: "unsatisfactory", names: []string{"不满意", "unsatisfactory"}, required: true},
	{field: "category", names: []string{"类别", "category"}},
	{field: "of", names: []string{"参评人数", "of"}},
	{field: "name", names: []string{"姓名", "name"}},
	{field: "unit", names: []string{"单位", "unit"}},
	{field: "section", names: []string{"股室", "section"}},
	{field: "ratings", names: []string{"有效评价票数", "ratings"}},
	{field: "ballot", names: []string{"评议得分", "ballot score"}},
	{field: "composite", names: []string{"综合得分", "composite"}},
	{field: "verified", names: []string{"扣分投诉", "查实投诉", "verified complaints"}},
	{field: "deduction", names: []string{"扣分", "deduction"}},
	{field: "final", names: []string{"最终得分", "final"}},
	{field: "satisfaction", names: []string{"满意率", "satisfaction"}},
	{field: "status", names: []string{"状态", "status"}},
	{field: "verdict", names: []string{"结论", "verdict"}},
	{field: "flags", names: []string{"标记", "flags"}},
}

// ReadResults reads a scored round back from a file evalctl wrote: its JSON
// contract (a file starting with "{") or its results workbook. It returns the
// file's SHA-256 too, for the audit trail. The year is the one recorded in
// the file, or else a year in the file's name (结果-2025.xlsx).
//
// A workbook needs only a 排名 / Ranking sheet with the columns 编号, 名次
// and 不满意 (a hand-made ranking of an earlier year will do, even as the
// only sheet of a workbook or a CSV file); the per-group figures, the
// accountability list and the complaint ledger are read when present, and
// the result is Complete when all three are.
func ReadResults(path string) (*evaluate.Published, string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, "", err
	}
	var p *evaluate.Published
	var digest string
	if isJSON(data) {
		p, err = readResultsJSON(path, data)
		digest = sha256Hex(data)
	} else {
		p, digest, err = readResultsWorkbook(path)
	}
	if err != nil {
		return nil, "", err
	}
	if p.Year == 0 {
		p.Year = YearFromName(path)
	}
	return p, digest, nil
}

func readResultsWorkbook(path string) (*evaluate.Published, string, error) {
	w, err := Open(path)
	if err != nil {
		return nil, "", err
	}
	defer w.Close()
	sheet := w.sheet(sheetRanking)
	if sheet == "" && len(w.Sheets()) == 1 {
		sheet = w.Sheets()[0]
	}
	if sheet == "" {
		return nil, "", dataErr(w.Path, "", "", fmt.Sprintf("no sheet named 排名 or Ranking (the workbook has: %s); is this a results workbook written by evalctl score?",
			strings.Join(w.Sheets(), ", ")))
	}
	p := &evaluate.Published{}
	if err := w.readRanking(sheet, p); err != nil {
		return nil, "", err
	}
	if err := w.readAudit(p); err != nil {
		return nil, "", err
	}
	complete := true
	for _, part := range []struct {
		names []string
		read  func(sheet string, p *evaluate.Published) error
	}{{sheetGroupScores, w.readGroupScores}, {sheetAccount, w.readAccountability}, {sheetLedger, w.readLedger}} {
		s := w.sheet(part.names)
		if s == "" {
			complete = false
			continue
		}
		if err := part.read(s, p); err != nil {
			return nil, "", err
		}
	}
	p.Complete = complete
	return p, w.SHA256, nil
}

// readRanking reads the 排名 sheet: one target per row.
func (w *Workbook) readRanking(sheet string, p *evaluate.Published) error {
	h, err := w.findHeader(sheet, rankingColumns)
	if err != nil {
		return err
	}
	// evalctl writes the other components between the ballot score and the
	// composite, each headed by its name.
	var componentCols []int
	if h.has("ballot") && h.has("composite") {
		for col := h.index["ballot"] + 1; col < h.index["composite"]; col++ {
			componentCols = append(componentCols, col)
			p.Components = append(p.Components, at(h.cells, col))
		}
	}
	seen := map[string]string{}
	var errs []error
	err = w.eachRow(sheet, func(row int, cells []string) error {
		if row <= h.row || empty(cells) {
			return nil
		}
		c := cellReader{w: w, sheet: sheet, row: row, h: h, cells: cells}
		t := evaluate.PublishedTarget{ID: c.text("id"), Name: c.text("name"), Unit: c.text("unit"),
			Section: c.text("section"), Category: c.text("category"), Verdict: c.text("verdict")}
		if t.ID == "" {
			errs = append(errs, c.fail("id", "编号 is empty"))
			return nil
		}
		if first, dup := seen[t.ID]; dup {
			errs = append(errs, c.fail("id", fmt.Sprintf("target %s is listed twice (first at %s)", t.ID, first)))
			return nil
		}
		seen[t.ID] = cellName(h.index["id"], row)
		t.Rank = c.count("rank")
		t.CategorySize = c.count("of")
		t.Ratings = c.count("ratings")
		t.Verified = c.count("verified")
		t.Unsatisfactory = c.yes("unsatisfactory")
		var hasBallot, hasFinal bool
		t.BallotScore, hasBallot = c.number("ballot")
		t.Composite, _ = c.number("composite")
		t.Deduction, _ = c.number("deduction")
		t.Final, hasFinal = c.number("final")
		t.HasScore = hasBallot || hasFinal
		t.Satisfaction, t.HasSatisfaction = c.rate("satisfaction")
		for _, col := range componentCols {
			v, has := c.numberAt(col)
			t.Components = append(t.Components, v)
			t.HasComponent = append(t.HasComponent, has)
		}
		t.Status = c.status(t.Rank)
		if f := c.text("flags"); f != "" {
			t.Flags = strings.Split(f, ",")
		}
		errs = append(errs, c.errs...)
		p.Targets = append(p.Targets, t)
		return nil
	})
	if err != nil {
		return err
	}
	if len(p.Targets) == 0 && len(errs) == 0 {
		errs = append(errs, dataErr(w.Path, sheet, "", "the ranking lists no targets"))
	}
	return joinErrs(errs)
}

// readAudit takes the round's name and year from the 审计 sheet, when there
// is one.
func (w *Workbook) readAudit(p *evaluate.Published) error {
	sheet := w.sheet(sheetAudit)
	if sheet == "" {
		return nil
	}
	return w.eachRow(sheet, func(row int, cells []string) error {
		switch item, value := at(cells, 0), at(cells, 1); {
		case matchesAny(item, []string{"评议轮次", "round"}):
			p.Round = value
		case matchesAny(item, []string{"年度", "year"}):
			if y, err := strconv.Atoi(value); err == nil && validYear(y) {
				p.Year = y
			}
		}
		return nil
	})
}

func sha256Hex(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// IsResults reports whether the file at path holds results evalctl wrote
// (JSON, or a workbook with a 排名 / Ranking sheet) rather than a round to
// score. Only a file that cannot be read at all is an error.
func IsResults(path string) (bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return false, err
	}
	if isJSON(data) {
		return true, nil
	}
	w, err := Open(path)
	if err != nil {
		// Not a workbook that opens as it is (a protected round, a CSV
		// file …): not results; reading it as a round will say what it is.
		return false, nil
	}
	defer w.Close()
	return w.sheet(sheetRanking) != "", nil
}

// isJSON reports whether data looks like a JSON object (a BOM allowed).
func isJSON(data []byte) bool {
	return bytes.HasPrefix(bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))), []byte("{"))
}
