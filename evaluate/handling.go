package evaluate

// Handling is how far the complaints of a round were handled (办结率): the
// entries received and those closed, for the round, per unit (in the order
// of the units' first targets in the roster) and per target (roster order,
// those with entries).
type Handling struct {
	HandlingCount
	Units   []HandlingCount
	Targets []HandlingCount
}

// HandlingCount counts the ledger entries of a unit, a target (Name is its
// ID) or the round (Name is empty): received, and closed (办结).
type HandlingCount struct {
	Name             string
	Received, Closed int
}

// Rate is the handling rate, closed over received; ok is false when none
// was received.
func (c HandlingCount) Rate() (float64, bool) {
	if c.Received == 0 {
		return 0, false
	}
	return float64(c.Closed) / float64(c.Received), true
}

// Handling counts the ledger's entries received and closed. It means
// something only where the rules say which entries count as handled
// (Complaints.TracksHandling).
func (r *Result) Handling() Handling {
	var h Handling
	unit := map[string]int{}
	for _, t := range r.Targets {
		i, ok := unit[t.Unit]
		if !ok {
			i = len(h.Units)
			unit[t.Unit] = i
			h.Units = append(h.Units, HandlingCount{Name: t.Unit})
		}
		if t.ComplaintsReceived == 0 {
			continue
		}
		h.Units[i].Received += t.ComplaintsReceived
		h.Units[i].Closed += t.ComplaintsClosed
		h.Received += t.ComplaintsReceived
		h.Closed += t.ComplaintsClosed
		h.Targets = append(h.Targets, HandlingCount{Name: t.ID, Received: t.ComplaintsReceived, Closed: t.ComplaintsClosed})
	}
	units := h.Units[:0]
	for _, u := range h.Units {
		if u.Received > 0 {
			units = append(units, u)
		}
	}
	h.Units = units
	return h
}
