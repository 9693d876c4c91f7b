package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/olekukonko/tablewriter"

	"github.com/evalctl/evalctl/evaluate"
)

// WriteSummary prints the headline figures of a round: ballots and their
// reconciliation, targets ranked, the sizes of the lists.
func WriteSummary(w io.Writer, res *evaluate.Result, lang Lang) error {
	ranked, insufficient, unsat, pending, awards := 0, 0, 0, 0, 0
	for _, tr := range res.Targets {
		switch {
		case tr.Status == evaluate.StatusRanked:
			ranked++
		default:
			insufficient++
		}
		if tr.Unsatisfactory {
			unsat++
		}
		if tr.TieAtCutoff {
			pending++
		}
		if tr.Award {
			awards++
		}
	}
	b := res.Ballots
	var err error
	if lang == Chinese {
		_, err = fmt.Fprintf(w, "%s：读入 %d 张选票，有效 %d，无效 %d；评议对象 %d 名，排名 %d，样本不足 %d；%s %d 名，并列待定 %d 名；问责 %d 人次；%s %d 名\n",
			res.Rules.Name, b.Read, b.Valid, b.Invalid, len(res.Targets), ranked, insufficient,
			res.Rules.Bottom.Label, unsat, pending, len(res.Accountability), res.Rules.Awards.Name, awards)
	} else {
		_, err = fmt.Fprintf(w, "%s: %d ballots read, %d valid, %d invalid; %d targets, %d ranked, %d insufficient; %d %s, %d pending a tie decision; %d accountability entries; %d %s\n",
			res.Rules.Name, b.Read, b.Valid, b.Invalid, len(res.Targets), ranked, insufficient,
			unsat, res.Rules.Bottom.Label, pending, len(res.Accountability), awards, res.Rules.Awards.Name)
	}
	return err
}

// WriteBottom prints the bottom list: a drawn table for a terminal, tab-
// separated values (header first) for a pipe.
func WriteBottom(w io.Writer, res *evaluate.Result, lang Lang, terminal bool) error {
	header := []string{t(lang, "Category"), t(lang, "Rank"), t(lang, "ID"), t(lang, "Name"), t(lang, "Unit"),
		t(lang, "Section"), t(lang, "Final"), t(lang, "Satisfaction"), t(lang, "Verdict"), t(lang, "Flags")}
	var rows [][]string
	for _, tr := range res.BottomList() {
		rank, final, sat := "", "", ""
		if tr.Rank > 0 {
			rank = fmt.Sprintf("%d/%d", tr.Rank, tr.CategorySize)
		}
		if tr.HasBallotScore {
			final = fmt.Sprintf("%.2f", tr.Final)
		}
		if tr.RatingCells > 0 {
			sat = fmt.Sprintf("%.2f%%", tr.Satisfaction*100)
		}
		rows = append(rows, []string{tr.Category, rank, tr.ID, tr.Name, tr.Unit, tr.Section, final, sat,
			verdict(res, tr, lang), flagsText(tr)})
	}
	if !terminal {
		for _, r := range append([][]string{header}, rows...) {
			if _, err := fmt.Fprintln(w, strings.Join(r, "\t")); err != nil {
				return err
			}
		}
		return nil
	}
	tw := tablewriter.NewWriter(w)
	tw.Header(header)
	if err := tw.Bulk(rows); err != nil {
		return err
	}
	return tw.Render()
}
