package ingest

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/msg"
)

var rankingColumns = []column{
	required(contract.ColID), required(contract.ColRank), required(contract.ColUnsatisfactory),
	optional(contract.ColCategory), optional(contract.ColOf), optional(contract.ColName), optional(contract.ColUnit),
	optional(contract.ColSection), optional(contract.ColRatings), optional(contract.ColBallotScore),
	optional(contract.ColComposite), optional(contract.ColVerified), optional(contract.ColDeduction),
	optional(contract.ColFinal), optional(contract.ColSatisfaction), optional(contract.ColStatus),
	optional(contract.ColVerdict), optional(contract.ColFlags),
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
	sheet := w.sheet(contract.SheetRanking)
	if sheet == "" && len(w.Sheets()) == 1 {
		sheet = w.Sheets()[0]
	}
	if sheet == "" {
		return nil, "", dataErr(w.Path, "", "", msg.DataNoRanking, strings.Join(w.Sheets(), ", "))
	}
	p := &evaluate.Published{}
	if err := w.readRanking(sheet, p); err != nil {
		return nil, "", err
	}
	if err := w.readAudit(p); err != nil {
		return nil, "", err
	}
	if err := w.readAuditRules(p); err != nil {
		return nil, "", err
	}
	complete := true
	for _, part := range []struct {
		sheet contract.Label
		read  func(sheet string, p *evaluate.Published) error
	}{{contract.SheetGroupScores, w.readGroupScores}, {contract.SheetAccountability, w.readAccountability}, {contract.SheetLedger, w.readLedger}} {
		s := w.sheet(part.sheet)
		if s == "" {
			complete = false
			continue
		}
		if err := part.read(s, p); err != nil {
			return nil, "", err
		}
	}
	p.Complete = complete
	if s := w.sheet(contract.SheetAwards); s != "" {
		if err := w.readAwards(s, p); err != nil {
			return nil, "", err
		}
	}
	if s := w.sheet(contract.SheetComments); s != "" {
		if err := w.readComments(s, p); err != nil {
			return nil, "", err
		}
	}
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
	if h.has(contract.ColBallotScore) && h.has(contract.ColComposite) {
		for col := h.col(contract.ColBallotScore) + 1; col < h.col(contract.ColComposite); col++ {
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
		t := evaluate.PublishedTarget{ID: c.text(contract.ColID), Name: c.text(contract.ColName), Unit: c.text(contract.ColUnit),
			Section: c.text(contract.ColSection), Category: c.text(contract.ColCategory), Verdict: c.text(contract.ColVerdict)}
		if t.ID == "" {
			errs = append(errs, h.emptyCell(w.Path, sheet, contract.ColID, row))
			return nil
		}
		if first, dup := seen[t.ID]; dup {
			errs = append(errs, c.fail(contract.ColID, msg.DataTargetTwice, t.ID, first))
			return nil
		}
		seen[t.ID] = cellName(h.col(contract.ColID), row)
		t.Rank = c.count(contract.ColRank)
		t.CategorySize = c.count(contract.ColOf)
		t.Ratings = c.count(contract.ColRatings)
		t.Verified = c.count(contract.ColVerified)
		t.Unsatisfactory = c.yes(contract.ColUnsatisfactory)
		var hasBallot, hasFinal bool
		t.BallotScore, hasBallot = c.number(contract.ColBallotScore)
		t.Composite, _ = c.number(contract.ColComposite)
		t.Deduction, _ = c.number(contract.ColDeduction)
		t.Final, hasFinal = c.number(contract.ColFinal)
		t.HasScore = hasBallot || hasFinal
		t.Satisfaction, t.HasSatisfaction = c.rate(contract.ColSatisfaction)
		for _, col := range componentCols {
			v, has := c.numberAt(col)
			t.Components = append(t.Components, v)
			t.HasComponent = append(t.HasComponent, has)
		}
		t.Status = c.status(t.Rank)
		if f := c.text(contract.ColFlags); f != "" {
			t.Flags = contract.ParseFlags(f)
		}
		errs = append(errs, c.errs...)
		p.Targets = append(p.Targets, t)
		return nil
	})
	if err != nil {
		return err
	}
	if len(p.Targets) == 0 && len(errs) == 0 {
		errs = append(errs, dataErr(w.Path, sheet, "", msg.DataEmptyRanking))
	}
	return joinErrs(errs)
}

// readAudit takes the round's name and year from the 审计 sheet, when there
// is one.
func (w *Workbook) readAudit(p *evaluate.Published) error {
	sheet := w.sheet(contract.SheetAudit)
	if sheet == "" {
		return nil
	}
	return w.eachRow(sheet, func(row int, cells []string) error {
		switch item, value := at(cells, 0), at(cells, 1); {
		case contract.ItemRound.Matches(item):
			p.Round = value
		case contract.ColYear.Matches(item):
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
	f, err := os.Open(path)
	if err != nil {
		return false, err
	}
	info, err := f.Stat()
	if err != nil || info.IsDir() { // a round folder
		f.Close()
		return false, err
	}
	head := make([]byte, 512)
	n, err := io.ReadFull(f, head)
	f.Close()
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return false, err
	}
	if isJSON(head[:n]) {
		return true, nil
	}
	w, err := Open(path)
	if err != nil {
		// Not a workbook that opens as it is (a protected round, a CSV
		// file …): not results; reading it as a round will say what it is.
		return false, nil
	}
	defer w.Close()
	return w.sheet(contract.SheetRanking) != "", nil
}

// isJSON reports whether data looks like a JSON object (a BOM allowed).
func isJSON(data []byte) bool {
	return bytes.HasPrefix(bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))), []byte("{"))
}
