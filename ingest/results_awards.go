package ingest

import (
	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/msg"
)

// readAwards reads the 表彰名单 sheet: every target on it was awarded (the
// notice lists them). Whether one is also on the reserve list is worded in
// the ranking's verdict only, under a name the rules give.
func (w *Workbook) readAwards(sheet string, p *evaluate.Published) error {
	index := targetIndex(p)
	return w.eachRecord(sheet, []column{required(contract.ColID)}, func(c *cellReader) error {
		i, ok := index[c.text(contract.ColID)]
		if !ok {
			return c.fail(contract.ColID, msg.DataNotInRanking, c.text(contract.ColID))
		}
		p.Targets[i].Award = true
		return nil
	})
}
