package evaluate

import "github.com/evalctl/evalctl/internal/msg"

// ReturnRate is a group's 回收率 (returned over issued) and 有效率 (valid over
// returned); Known is false when the rules record no issued count.
type ReturnRate struct {
	Issued            int
	Known             bool
	Returned, Valid   float64 // rates, 0–1
	ReturnedN, ValidN int
}

// returnRates computes each group's rates and, overall, over the round's
// issued count where the rules record one, else over the groups that
// record theirs.
func returnRates(rules *Rules, rec Reconciliation) (groups []ReturnRate, overall ReturnRate) {
	groups = make([]ReturnRate, len(rec.Groups))
	for g, c := range rec.Groups {
		if g >= len(rules.Groups) || rules.Groups[g].Issued == 0 {
			continue
		}
		groups[g] = rate(rules.Groups[g].Issued, c.Read, c.Valid)
		overall.Issued += rules.Groups[g].Issued
		overall.ReturnedN += c.Read
		overall.ValidN += c.Valid
	}
	switch {
	case rules.Issued > 0:
		overall = rate(rules.Issued, rec.Read, rec.Valid)
	case overall.Issued > 0:
		overall = rate(overall.Issued, overall.ReturnedN, overall.ValidN)
	}
	return groups, overall
}

// belowQuorum reports a return rate that does not reach a quorum: below
// it, or, with the rules' quorums strict (过半), not above it. A quorum of
// 0 is none.
func (r *Rules) belowQuorum(rate, quorum float64) bool {
	if quorum <= 0 {
		return false
	}
	if r.QuorumStrict {
		return rate <= quorum
	}
	return rate < quorum
}

// quorumKey picks the text of a quorum not reached: below it, or not
// above it when quorums are strict.
func (r *Rules) quorumKey(below, notAbove msg.Key) msg.Key {
	if r.QuorumStrict {
		return notAbove
	}
	return below
}

func rate(issued, returned, valid int) ReturnRate {
	r := ReturnRate{Issued: issued, Known: true, ReturnedN: returned, ValidN: valid}
	r.Returned = float64(returned) / float64(issued)
	if returned > 0 {
		r.Valid = float64(valid) / float64(returned)
	}
	return r
}

// checkQuorum rejects a round that returned more ballots than were issued
// to a group (the count cannot be trusted), or fewer than a quorum.
func checkQuorum(rules *Rules, groups []ReturnRate, overall ReturnRate) []error {
	var errs []error
	for g, r := range groups {
		if !r.Known {
			continue
		}
		name := rules.Groups[g].Name
		switch {
		case r.ReturnedN > r.Issued:
			errs = append(errs, dataErrorf("", msg.DataOverIssued, name, r.ReturnedN, r.Issued))
		case rules.belowQuorum(r.Returned, rules.Groups[g].Quorum):
			errs = append(errs, dataErrorf("", rules.quorumKey(msg.DataGroupQuorum, msg.DataGroupQuorumStrict), name, r.ReturnedN, r.Issued, 100*r.Returned, 100*rules.Groups[g].Quorum))
		}
	}
	if rules.Issued > 0 && overall.ReturnedN > overall.Issued {
		errs = append(errs, dataErrorf("", msg.DataRoundOverIssued, overall.ReturnedN, overall.Issued))
	}
	if overall.Known && rules.belowQuorum(overall.Returned, rules.Quorum) && overall.ReturnedN <= overall.Issued {
		errs = append(errs, dataErrorf("", rules.quorumKey(msg.DataRoundQuorum, msg.DataRoundQuorumStrict), overall.ReturnedN, overall.Issued, 100*overall.Returned, 100*rules.Quorum))
	}
	return errs
}
