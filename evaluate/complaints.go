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
	statuses := lookup{}
	statusNames := make([]string, len(rules.Complaints.Statuses))
	for i, st := range rules.Complaints.Statuses {
		statuses.add(i, append([]string{st.Name}, st.Aliases...)...)
		statusNames[i] = st.Name
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
		kind := rules.Complaints.Results[ri]
		closed := kind.Closed
		if len(rules.Complaints.Statuses) > 0 {
			si, ok := statuses.find(c.Status)
			if !ok {
				errs = append(errs, dataErrorf(c.StatusWhere, msg.DataComplaintStatus, c.Status, strings.Join(statusNames, "/")))
				continue
			}
			closed = rules.Complaints.Statuses[si].Closed
		}
		t := &out[ti]
		ledger = append(ledger, LedgerEntry{Complaint: c, Effect: kind.Effect, Closed: closed})
		t.ComplaintsReceived++
		t.ByResult[ri]++
		if closed {
			t.ComplaintsClosed++
		}
		switch kind.Effect {
		case EffectDeduct:
			t.Verified++
			t.Violations++
			sums[ti] += deductAmount(rules.Complaints, kind)
		case EffectVeto:
			t.Violations++
			t.Veto = true
			t.VetoSources = append(t.VetoSources, c.Where)
		}
	}
	kinds := map[string]TargetKind{}
	for _, c := range rules.Categories {
		kinds[c.Name] = c.Targets
	}
	cr := rules.Complaints
	for i := range out {
		t := &out[i]
		t.capped = math.Min(cr.Cap, sums[i])
		t.Deduction = deductionOf(cr, composites[i].Composite, t)
		t.Sanctions = sanctionsReached(cr.Sanctions, t.Violations, kinds[round.Targets[i].Category])
	}
	return out, ledger, errs
}

// sanctionsReached lists the sanctions a target's violations reach: for
// each person addressed, the highest reached, in rules order. A sanction
// of the target reaches only a person.
func sanctionsReached(sanctions []Sanction, violations int, kind TargetKind) []int {
	highest := map[Role]int{}
	for i, s := range sanctions {
		if violations >= s.Min && (s.To != RoleTarget || kind == TargetsPerson) {
			highest[s.To] = i // rising per person addressed, as validated
		}
	}
	var out []int
	for i, s := range sanctions {
		if j, ok := highest[s.To]; ok && j == i {
			out = append(out, i)
		}
	}
	return out
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
