package evaluate

import (
	"math"
	"strings"

	"github.com/evalctl/evalctl/internal/msg"
)

// applyComplaints counts ledger entries per target and computes deductions
// and vetoes.
func applyComplaints(rules *Rules, round *Round, res *Result) []error {
	results := lookup{}
	names := make([]string, len(rules.Complaints.Results))
	for i, r := range rules.Complaints.Results {
		results.add(i, append([]string{r.Name}, r.Aliases...)...)
		names[i] = r.Name
	}
	index := round.targetIndex()
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
		t := &res.Targets[ti]
		kind := rules.Complaints.Results[ri]
		res.Ledger = append(res.Ledger, LedgerEntry{Complaint: c, Effect: kind.Effect})
		t.ComplaintsReceived++
		if kind.Closed {
			t.ComplaintsClosed++
		}
		switch kind.Effect {
		case EffectDeduct:
			t.Verified++
			t.deductSum += deductAmount(rules.Complaints, kind)
		case EffectVeto:
			t.Veto = true
			t.VetoSources = append(t.VetoSources, c.Where)
		}
	}
	cr := rules.Complaints
	for i := range res.Targets {
		t := &res.Targets[i]
		// deductSum is k·points (or k·rate) when every kind deducts the
		// default amount, and the sum of the kinds' amounts otherwise.
		switch cr.Mode {
		case DeductFixed:
			t.Deduction = math.Min(cr.Cap, t.deductSum)
		case DeductProportional:
			t.Deduction = t.Composite * math.Min(cr.Cap, t.deductSum)
		}
		for _, s := range cr.Sanctions {
			if t.Verified >= s.Min {
				t.Sanction = s.Action // sanctions are validated in rising order
			}
		}
	}
	return errs
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
