package evaluate

import (
	"sort"
	"time"
)

// AnomalyKind names what makes ballots, a file or a group look suspicious.
type AnomalyKind string

// Anomalies.
const (
	// AnomalyStraightLine: a ballot giving every target it rates the same
	// rating.
	AnomalyStraightLine AnomalyKind = "straight_line"
	// AnomalyStraightFile: a file (a clerk's) in which many ballots do.
	AnomalyStraightFile AnomalyKind = "straight_line_file"
	// AnomalyRun: consecutive keyed ballots of one file, identical or
	// nearly.
	AnomalyRun AnomalyKind = "burst_in_file"
	// AnomalyWindow: survey submissions within the time window of one
	// another, identical or nearly.
	AnomalyWindow AnomalyKind = "burst_in_window"
	// AnomalyAddress: survey submissions from one address, identical or
	// nearly.
	AnomalyAddress AnomalyKind = "burst_from_address"
	// AnomalyInvalidShare: a file with a large share of invalid ballots.
	AnomalyInvalidShare AnomalyKind = "invalid_share"
	// AnomalyDisagreement: a group whose ranking of the targets agrees
	// little with the other groups'.
	AnomalyDisagreement AnomalyKind = "group_disagreement"
)

// AnomalyKinds lists every anomaly, for reports that must explain each.
var AnomalyKinds = []AnomalyKind{
	AnomalyStraightLine, AnomalyStraightFile, AnomalyRun, AnomalyWindow, AnomalyAddress, AnomalyInvalidShare, AnomalyDisagreement,
}

// Anomaly is one finding of the screen, with its evidence. Which fields
// hold evidence depends on the kind.
type Anomaly struct {
	Kind AnomalyKind
	// Ballots are the ballots concerned, in the order read (by submit time
	// for a burst of submissions); none for a file or a group.
	Ballots []AnomalyBallot
	// File is the file of a file's anomaly or a run; Group the group of a
	// disagreement.
	File, Group string
	// Count and Of: the targets a straight-lined ballot rates (Count), the
	// ballots of a burst or run (Count), or Count of Of ballots in a file.
	Count, Of int
	// Level is the one rating of a straight-lined ballot.
	Level string
	// Differences is the most cells in which a burst's ballots differ from
	// its first (0: identical); -1 where not measured.
	Differences int
	// IP is the address of a burst from one address, or of a burst within a
	// window whose submissions all came from one; Addresses counts the
	// addresses of a burst within a window.
	IP        string
	Addresses int
	// From and To span a burst's submit times; zero when unknown.
	From, To time.Time
	// Value is a file's share of invalid or straight-lined ballots, or the
	// rank correlation of a group's ranking with the other groups' together
	// (over Count targets).
	Value float64
	// Invalid says the rules voided the ballots concerned.
	Invalid bool
}

// AnomalyBallot is a ballot named by an anomaly.
type AnomalyBallot struct {
	ID        string
	Source    Source
	Submitted time.Time
	IP        string
}

// Findings are what the ballots show besides the scores: the ballots keyed
// again, the count per file, the comments, the anomalies and the groups'
// agreement.
type Findings struct {
	Rekeys    []Rekey
	Files     []FileCount
	Comments  Comments
	Anomalies []Anomaly
	Agreement []Agreement
}

// Findings completes the screen over every ballot the tally has read: the
// runs still open, the bursts of submissions, the files' shares, the
// groups' agreement from the tally's counts.
func (s *Screen) Findings(t *Tally) Findings {
	for i := range s.files {
		s.closeRun(&s.files[i])
	}
	f := Findings{Rekeys: t.Rekeys(), Files: t.Files(), Comments: s.comments.result()}
	rules := s.rules.Ballots.Anomalies
	f.Anomalies = append(f.Anomalies, s.straight...)
	f.Anomalies = append(f.Anomalies, s.fileAnomalies(t.Files())...)
	f.Anomalies = append(f.Anomalies, s.runs...)
	f.Anomalies = append(f.Anomalies, s.bursts()...)
	means := groupMeans(s.rules, t.Counts())
	f.Agreement = agreement(s.rules, means)
	f.Anomalies = append(f.Anomalies, disagreeing(s.rules, means, rules.MinAgreement)...)
	return f
}

// fileAnomalies flags the files with many straight-lined or invalid
// ballots.
func (s *Screen) fileAnomalies(files []FileCount) []Anomaly {
	rules := s.rules.Ballots.Anomalies
	var out []Anomaly
	for _, fc := range files {
		if fc.Read < max(rules.MinFileBallots, 1) {
			continue
		}
		if sf, ok := s.fileIdx[fc.File]; ok && rules.StraightLine.Action != AnomalyOff && rules.StraightLine.FileShare > 0 {
			f := s.files[sf]
			if f.valid > 0 && float64(f.straight) >= rules.StraightLine.FileShare*float64(f.valid) {
				out = append(out, Anomaly{Kind: AnomalyStraightFile, File: fc.File, Count: f.straight, Of: f.valid,
					Value: float64(f.straight) / float64(f.valid), Differences: -1})
			}
		}
		if rules.MaxInvalidShare > 0 && float64(fc.Invalid) > rules.MaxInvalidShare*float64(fc.Read) {
			out = append(out, Anomaly{Kind: AnomalyInvalidShare, File: fc.File, Count: fc.Invalid, Of: fc.Read,
				Value: float64(fc.Invalid) / float64(fc.Read), Differences: -1})
		}
	}
	return out
}

// bursts finds the submissions that came in bursts: alike ballots within
// the window of the first of them, then alike ballots from one address
// that no burst within a window holds already.
func (s *Screen) bursts() []Anomaly {
	rule := s.burst()
	if rule.MinBallots == 0 || len(s.timed) == 0 {
		return nil
	}
	byTime := make([]int, len(s.timed))
	for i := range byTime {
		byTime[i] = i
	}
	sort.SliceStable(byTime, func(a, b int) bool { return s.timed[byTime[a]].at.Before(s.timed[byTime[b]].at) })
	taken := make([]bool, len(s.timed))
	var out []Anomaly
	if rule.Window > 0 {
		window := time.Duration(rule.Window) * time.Second
		for a, i := range byTime {
			first := &s.timed[i]
			if taken[i] || first.at.IsZero() {
				continue
			}
			members := []int{i}
			for _, j := range byTime[a+1:] {
				if s.timed[j].at.Sub(first.at) > window {
					break
				}
				if !taken[j] && distance(first.vec, s.timed[j].vec) <= rule.MaxDifferences {
					members = append(members, j)
				}
			}
			if len(members) < rule.MinBallots {
				continue
			}
			for _, m := range members {
				taken[m] = true
			}
			out = append(out, s.burstOf(AnomalyWindow, members))
		}
	}
	// From one address: each submission joins the first group of its
	// address whose first it is alike to, in time order.
	type cluster struct{ members []int }
	clusters := map[string][]*cluster{}
	var order []*cluster
	for _, i := range byTime {
		sc := &s.timed[i]
		if sc.ip == "" {
			continue
		}
		joined := false
		for _, c := range clusters[sc.ip] {
			if distance(s.timed[c.members[0]].vec, sc.vec) <= rule.MaxDifferences {
				c.members = append(c.members, i)
				joined = true
				break
			}
		}
		if !joined {
			c := &cluster{members: []int{i}}
			clusters[sc.ip] = append(clusters[sc.ip], c)
			order = append(order, c)
		}
	}
	for _, c := range order {
		if len(c.members) < rule.MinBallots {
			continue
		}
		all := true
		for _, m := range c.members {
			all = all && taken[m]
		}
		if !all {
			out = append(out, s.burstOf(AnomalyAddress, c.members))
		}
	}
	return out
}

// burstOf describes a burst of timed ballots, listed in time order.
func (s *Screen) burstOf(kind AnomalyKind, members []int) Anomaly {
	a := Anomaly{Kind: kind, Count: len(members)}
	first := s.timed[members[0]].vec
	ips := map[string]bool{}
	for _, m := range members {
		sc := &s.timed[m]
		a.Ballots = append(a.Ballots, AnomalyBallot{ID: sc.id, Source: sc.src, Submitted: sc.at, IP: sc.ip})
		a.Differences = max(a.Differences, distance(first, sc.vec))
		if sc.ip != "" {
			ips[sc.ip] = true
			a.IP = sc.ip
		}
		if !sc.at.IsZero() {
			if a.From.IsZero() || sc.at.Before(a.From) {
				a.From = sc.at
			}
			if sc.at.After(a.To) {
				a.To = sc.at
			}
		}
	}
	a.Addresses = len(ips)
	if len(ips) != 1 {
		a.IP = ""
	}
	return a
}
