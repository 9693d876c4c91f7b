package evaluate

import (
	"math"
	"strings"

	"github.com/evalctl/evalctl/internal/msg"
)

// complaintFigures reads the complaint ledger against the targets, whose
// composites are given in roster order: each target's counts, deduction,
// vetoes and complaint-count sanction, and the ledger with each entry's
// effect. An entry naming an unknown target or result is a data error.
func complaintFigures(rules *Rules, round *Round, composites []CompositeFigures) ([]ComplaintFigures, []LedgerEntry, []error) {
	results := lookup{}
	names := make([]string, len(rules.Complaints.Results))
	for i, r := range rules.Complaints.Results {
		results.add(i, append([]string{r.Name}, r.Aliases...)...)
		names[i] = r.Name
	}
	index := round.targetIndex()
	out := make([]ComplaintFigures, len(round.Targets))
	for i := range out {
		out[i].ByResult = make([]int, len(rules.Complaints.Results))
	}
	// sums[t] is Σ of the target's deducting entries' amounts, before the
	// cap: k·points (or k·rate) when every kind deducts the default amount.
	sums := make([]float64, len(round.Targets))
	var ledger []LedgerEntry
	var errs []error
	for _, c := range round.Complaints {
		ti, ok := index[c.TargetID]
		if !ok {
			errs = append(errs, dataErrorf(c.Where, msg.DataComplaintTarget, c.TargetID))
			continue
		}
		ri, ok := results.find(c.Result)
		if !ok {
			errs = append(errs, dataErrorf(c.Where, msg.DataComplaintResult, c.Result, strings.Join(names, "/")))
			continue
		}
		t := &out[ti]
		kind := rules.Complaints.Results[ri]
		ledger = append(ledger, LedgerEntry{Complaint: c, Effect: kind.Effect})
		t.ComplaintsReceived++
		t.ByResult[ri]++
		if kind.Closed {
			t.ComplaintsClosed++
		}
		switch kind.Effect {
		case EffectDeduct:
			t.Verified++
			sums[ti] += deductAmount(rules.Complaints, kind)
		case EffectVeto:
			t.Veto = true
			t.VetoSources = append(t.VetoSources, c.Where)
		}
	}
	cr := rules.Complaints
	for i := range out {
		t := &out[i]
		t.capped = math.Min(cr.Cap, sums[i])
		t.Deduction = deductionOf(cr, composites[i].Composite, t)
		for _, s := range cr.Sanctions {
			if t.Verified >= s.Min {
				t.Sanction = s.Action // sanctions are validated in rising order
			}
		}
	}
	return out, ledger, errs
}

// deductAmount is what one entry of a deducting kind takes off.
func deductAmount(c Complaints, kind ComplaintResult) float64 {
	if kind.Amount != 0 {
		return kind.Amount
	}
	if c.Mode == DeductFixed {
		return c.Points
	}
	return c.Rate
}

// deductionOf is a target's deduction D from its composite: fixed, the
// capped sum of its entries' points; proportional, the composite times the
// capped sum of their rates.
func deductionOf(cr Complaints, composite float64, t *ComplaintFigures) float64 {
	switch cr.Mode {
	case DeductFixed:
		return t.capped
	case DeductProportional:
		return composite * t.capped
	}
	return 0
}
