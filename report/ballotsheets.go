package report

import (
	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/msg"
)

// invalidTable lists each invalid ballot with its place and every reason.
func invalidTable(res *evaluate.Result, lang msg.Lang) table {
	tb := table{name: contract.SheetInvalid.In(lang)}
	tb.header = heads(lang, contract.ColBallot, contract.ColGroup, contract.ColFile, contract.ColSheet, contract.ColRow, contract.ColReason)
	tb.formats = []format{text, text, text, text, integer}
	for _, b := range res.Invalid {
		tb.add(b.ID, b.Group, b.Source.File, b.Source.Sheet, b.Source.Row, ReasonText(lang, b))
	}
	return tb
}

// doubleEntryTable lists ballots identical in contents to an earlier one
// under another number, for the office to check against the paper.
func doubleEntryTable(res *evaluate.Result, lang msg.Lang) table {
	tb := table{name: contract.SheetDoubleEntries.In(lang)}
	tb.header = heads(lang, contract.ColBallot, contract.ColFile, contract.ColSheet, contract.ColRow, contract.ColIdenticalTo, contract.ColFile, contract.ColSheet, contract.ColRow, contract.ColTreatment)
	tb.formats = []format{text, text, text, integer, text, text, text, integer}
	for _, d := range res.DoubleEntries {
		treatment := lang.T(msg.ValListedCounted)
		if d.Invalid {
			treatment = lang.T(msg.ValVoided)
		}
		tb.add(d.ID, d.Source.File, d.Source.Sheet, d.Source.Row, d.FirstID, d.First.File, d.First.Sheet, d.First.Row, treatment)
	}
	return tb
}

func groupName(lang msg.Lang, g string) string {
	if g == "" {
		return lang.T(msg.ValMissingGroup)
	}
	return g
}

func statisticsTable(res *evaluate.Result, lang msg.Lang) table {
	tb := table{name: contract.SheetStatistics.In(lang)}
	tb.header = heads(lang, contract.ColGroup, contract.ColIssued, contract.ColRead, contract.ColValid, contract.ColInvalid, contract.ColReturnRate, contract.ColValidRate, contract.ColRatingCount, contract.ColMean, contract.ColSatisfaction)
	tb.formats = []format{text, integer, integer, integer, integer, percent, percent, integer, fixed2, percent}
	rates := func(r evaluate.ReturnRate) (any, any, any) {
		if !r.Known {
			return nil, nil, nil
		}
		return r.Issued, r.Returned, orNil(r.Valid, r.ReturnedN > 0)
	}
	ratings, satisfied, sum := 0, 0, 0.0
	for i, g := range res.Groups {
		var rr evaluate.ReturnRate
		if i < len(res.ReturnRates) {
			rr = res.ReturnRates[i]
		}
		issued, returned, valid := rates(rr)
		tb.add(groupName(lang, g.Group), issued, g.Read, g.Valid, g.Invalid, returned, valid, g.Ratings, orNil(g.Mean, g.Ratings > 0),
			orNil(float64(g.Satisfied)/float64(max(g.Ratings, 1)), g.Ratings > 0))
		ratings, satisfied, sum = ratings+g.Ratings, satisfied+g.Satisfied, sum+g.Mean*float64(g.Ratings)
	}
	b := res.Ballots
	issued, returned, valid := rates(res.ReturnRate)
	tb.add(lang.T(msg.ValTotal), issued, b.Read, b.Valid, b.Invalid, returned, valid, ratings, orNil(sum/float64(max(ratings, 1)), ratings > 0),
		orNil(float64(satisfied)/float64(max(ratings, 1)), ratings > 0))
	if s := handlingSection(res, lang); s != nil {
		tb.sections = append(tb.sections, *s)
	}
	tb.sections = append(tb.sections, questionSections(res, lang)...)
	return tb
}
