package ingest

import (
	"strings"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
)

// readAuditRules takes from the 审计 sheet the digest of the rules the
// round was scored with and the rules themselves, written as YAML a line a
// row below their item. The lines are read as written, not trimmed: YAML's
// indentation is its structure.
func (w *Workbook) readAuditRules(p *evaluate.Published) error {
	sheet := w.sheet(contract.SheetAudit)
	if sheet == "" || w.book == nil {
		return nil
	}
	sh, err := w.book.OpenSheet(sheet)
	if err != nil {
		return readError(w.Path, sheet, err)
	}
	defer sh.Close()
	var yaml []string
	inYAML := false
	var cells []string
	for sh.Next() {
		cells = sh.Row().Strings(cells[:0])
		item, value := strings.TrimSpace(at(cells, 0)), at(cells, 1)
		switch {
		case contract.ItemRulesSHA256.Matches(item):
			p.RulesSHA256 = strings.TrimSpace(value)
		case contract.ItemRulesYAML.Matches(item):
			inYAML = true
		case inYAML && item == "":
			yaml = append(yaml, value)
		default:
			inYAML = false
		}
	}
	if err := sh.Err(); err != nil {
		return readError(w.Path, sheet, err)
	}
	if text := strings.Join(yaml, "\n"); strings.TrimSpace(text) != "" {
		p.RulesYAML = []byte(text + "\n")
	}
	return nil
}
