package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/olekukonko/tablewriter"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/msg"
)

// WriteSummary prints the headline figures of a round: ballots and their
// reconciliation, targets ranked, the sizes of the lists; then its
// warnings, one a line.
func WriteSummary(w io.Writer, res *evaluate.Result, lang msg.Lang) error {
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
		if tr.Pending() {
			pending++
		}
		if tr.Award {
			awards++
		}
	}
	b := res.Ballots
	lines := []string{lang.F(msg.Summary, res.Rules.Name, b.Read, b.Valid, b.Invalid, len(res.Targets), ranked, insufficient,
		res.Rules.Bottom.Label, unsat, pending, len(res.Accountability), res.Rules.Awards.Name, awards),
		lang.F(msg.SummaryRulesSHA256, rulesDigest(res.Rules))}
	if res.Rules.Complaints.TracksHandling() {
		h := res.Handling()
		if rate, ok := h.Rate(); ok {
			lines = append(lines, lang.F(msg.SummaryHandling, h.Received, h.Closed, 100*rate))
		}
	}
	for _, q := range res.Questions {
		if rate, ok := q.Total.Rate(); ok {
			lines = append(lines, lang.F(msg.SummaryQuestion, q.Question.Name, 100*rate, q.Total.InRate, q.Total.Answered))
		}
	}
	// A few invalid ballots are named, with where and why; more are in the
	// workbook's 无效票 sheet.
	if n := len(res.Invalid); n > 0 && n <= summaryInvalidMax {
		lines = append(lines, lang.F(msg.SummaryInvalid, n))
		for _, ib := range res.Invalid {
			lines = append(lines, "  "+lang.F(msg.SummaryInvalidLine, ib.ID, ib.Source.File, ib.Source.Sheet, ib.Source.Row, ReasonText(lang, ib)))
		}
	}
	if len(res.Accountability) > 0 {
		lines = append(lines, lang.F(msg.SummaryAccountability, len(res.Accountability)))
		for _, a := range res.Accountability {
			lines = append(lines, "  "+lang.F(msg.SummaryAccountabilityLine, a.Person, a.Unit, contract.Roles.In(a.Role, lang), accountabilityActions(a, lang)))
		}
	}
	lines = append(lines, summaryCertainty(res, lang)...)
	if len(res.Warnings) > 0 {
		lines = append(lines, lang.F(msg.SummaryWarning, len(res.Warnings)))
		for _, l := range warningLines(res.Warnings, lang) {
			lines = append(lines, "  "+l)
		}
	}
	_, err := fmt.Fprintln(w, strings.Join(lines, "\n"))
	return err
}

// summaryInvalidMax is how many invalid ballots the summary names.
const summaryInvalidMax = 10

// WriteBottom prints the bottom list: a drawn table for a terminal, tab-
// separated values (header first) for a pipe.
func WriteBottom(w io.Writer, res *evaluate.Result, lang msg.Lang, terminal bool) error {
	header := heads(lang, contract.ColCategory, contract.ColRank, contract.ColID, contract.ColName, contract.ColUnit, contract.ColSection, contract.ColFinal, contract.ColSatisfaction,
		contract.ColBottomProbability, contract.ColRankInterval, contract.ColMargin, contract.ColVerdict, contract.ColFlags, contract.ColExplanation)
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
		row := append([]string{tr.Category, rank, tr.ID, tr.Name, tr.Unit, tr.Section, final, sat}, certaintyTexts(tr)...)
		rows = append(rows, append(row, verdict(res, tr, lang), flagsText(tr, lang), Explanation(res, tr, lang)))
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

// accountabilityActions are an entry's decided actions and, said as such,
// those only proposed to the committee.
func accountabilityActions(a evaluate.Accountability, lang msg.Lang) string {
	var parts []string
	if len(a.Actions) > 0 {
		parts = append(parts, lang.Join(a.Actions))
	}
	if len(a.Proposals) > 0 {
		parts = append(parts, lang.F(msg.SummaryProposed, lang.Join(a.Proposals)))
	}
	return strings.Join(parts, lang.Sep())
}
