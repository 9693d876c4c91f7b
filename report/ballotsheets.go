package report

import "github.com/evalctl/evalctl/evaluate"

// invalidTable lists each invalid ballot with its place and every reason.
func invalidTable(res *evaluate.Result, lang Lang) table {
	tb := table{name: t(lang, "Invalid ballots")}
	tb.header = []string{t(lang, "Ballot"), t(lang, "Group"), t(lang, "File"), t(lang, "Sheet"), t(lang, "Row"), t(lang, "Reason")}
	tb.formats = []format{text, text, text, text, integer}
	for _, b := range res.Invalid {
		tb.add(b.ID, b.Group, b.Source.File, b.Source.Sheet, b.Source.Row, ReasonText(lang, b))
	}
	return tb
}

// doubleEntryTable lists ballots identical in contents to an earlier one
// under another number, for the office to check against the paper.
func doubleEntryTable(res *evaluate.Result, lang Lang) table {
	tb := table{name: t(lang, "Possible double entries")}
	tb.header = []string{t(lang, "Ballot"), t(lang, "File"), t(lang, "Sheet"), t(lang, "Row"),
		t(lang, "Identical to"), t(lang, "File"), t(lang, "Sheet"), t(lang, "Row"), t(lang, "Treatment")}
	tb.formats = []format{text, text, text, integer, text, text, text, integer}
	for _, d := range res.DoubleEntries {
		treatment := t(lang, "listed, counted")
		if d.Invalid {
			treatment = t(lang, "invalid")
		}
		tb.add(d.ID, d.Source.File, d.Source.Sheet, d.Source.Row, d.FirstID, d.First.File, d.First.Sheet, d.First.Row, treatment)
	}
	return tb
}

func groupName(lang Lang, g string) string {
	if g == "" {
		return t(lang, "(missing or unknown)")
	}
	return g
}

func statisticsTable(res *evaluate.Result, lang Lang) table {
	tb := table{name: t(lang, "Statistics")}
	tb.header = []string{t(lang, "Group"), t(lang, "Issued"), t(lang, "Read"), t(lang, "Valid"), t(lang, "Invalid"),
		t(lang, "Return rate"), t(lang, "Valid rate"), t(lang, "Rating count"), t(lang, "Mean score"), t(lang, "Satisfaction")}
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
	tb.add(t(lang, "Total"), issued, b.Read, b.Valid, b.Invalid, returned, valid, ratings, orNil(sum/float64(max(ratings, 1)), ratings > 0),
		orNil(float64(satisfied)/float64(max(ratings, 1)), ratings > 0))
	return tb
}
