package evaluate

// checkDoubleEntry compares a valid ballot's contents, those of log
// record rec with fingerprint sum, with those read before. It returns a
// problem only when the rules make a double entry invalid; otherwise the
// pair is just listed.
//
// The contents are compared by their 64-bit fingerprint: the group and
// every cell as read (its target, dimension and level), whatever the order
// of the cells. Two different ballots share one with odds of about one in
// 10¹³ in a round of a thousand ballots, one in 10⁷ at a million, and such
// a pair is listed for the office to look at, not voided, unless the rules
// say double entries are invalid.
func (t *Tally) checkDoubleEntry(b Ballot, rec int, ratings []rating, sum uint64) []Problem {
	v := t.rules.Validity
	if v.DoubleEntry == DoubleEntryOff || v.DoubleEntry == "" || len(ratings) < v.DoubleEntryMin || rec < 0 {
		return nil
	}
	first, seen := t.log.sameBody(sum, rec)
	if !seen {
		return nil
	}
	invalid := v.DoubleEntry == DoubleEntryInvalid
	t.doubles = append(t.doubles, DoubleEntry{ID: b.ID, FirstID: t.log.id(first), Source: b.Source, First: t.log.source(first), Invalid: invalid})
	if invalid {
		return []Problem{{Kind: ProblemDoubleEntry, Value: t.log.id(first), First: t.log.source(first)}}
	}
	return nil
}

// DoubleEntries lists the ballots identical in contents to an earlier one.
func (t *Tally) DoubleEntries() []DoubleEntry { return t.doubles }

// Invalid lists the invalid ballots in reading order.
func (t *Tally) Invalid() []InvalidBallot { return t.invalid }

// Reconciliation returns the per-group counts, with a final row for ballots
// whose group was missing or unknown when there were any.
func (t *Tally) Reconciliation() Reconciliation {
	r := Reconciliation{}
	for i, s := range t.stats {
		if i == len(t.stats)-1 && s.Read == 0 {
			break
		}
		r.Groups = append(r.Groups, s)
		r.Read += s.Read
		r.Valid += s.Valid
		r.Invalid += s.Invalid
	}
	return r
}
