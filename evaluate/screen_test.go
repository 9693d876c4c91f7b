package evaluate

import (
	"fmt"
	"math"
	"reflect"
	"testing"
	"time"
)

func TestSpearman(t *testing.T) {
	if got := fmt.Sprint(ranks([]float64{30, 10, 20, 10})); got != "[4 1.5 3 1.5]" {
		t.Errorf("ranks with a tie = %s, want [4 1.5 3 1.5]", got)
	}
	for _, tt := range []struct {
		x, y []float64
		want float64
		ok   bool
	}{
		{[]float64{1, 2, 3, 4}, []float64{10, 20, 30, 40}, 1, true},
		{[]float64{1, 2, 3, 4}, []float64{40, 30, 20, 10}, -1, true},
		{[]float64{1, 2, 3, 4}, []float64{1, 3, 2, 4}, 0.8, true}, // 1 − 6·2/(4·15)
		{[]float64{1, 2}, []float64{1, 2}, 0, false},              // too few
		{[]float64{1, 2, 3}, []float64{5, 5, 5}, 0, false},        // no spread
	} {
		got, ok := spearman(tt.x, tt.y)
		if ok != tt.ok || math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("spearman(%v, %v) = %v, %v; want %v, %v", tt.x, tt.y, got, ok, tt.want, tt.ok)
		}
	}
}

// submitted is a survey ballot rating six targets with levels, sent at a
// minute and second from an address.
func submitted(id string, at time.Duration, ip string, levels ...string) Ballot {
	b := ballot(id, "党代表", levels...)
	b.Source = Source{File: "wjx.xlsx", Sheet: "Sheet1", Row: 1}
	b.Meta = &Meta{Submitted: time.Date(2026, 3, 18, 9, 0, 0, 0, time.UTC).Add(at), IP: ip}
	return b
}

// TestBursts: alike submissions within the window are a burst, naming
// their addresses; alike submissions from one address hours apart are a
// burst of their own; a ballot two cells off, or one out of the window,
// is in neither.
func TestBursts(t *testing.T) {
	r := smallRules()
	targets := make([]Target, 6)
	const s, b, d = "满意", "基本满意", "不满意"
	ballots := []Ballot{
		submitted("1", 0, "1.1.1.1", s, s, b, d, s, b),
		submitted("2", 20*time.Second, "1.1.1.2", s, s, b, d, s, s), // one cell off
		submitted("3", 40*time.Second, "1.1.1.3", s, s, b, d, s, b),
		submitted("4", 50*time.Second, "1.1.1.4", s, b, b, d, b, b), // two cells off
		submitted("5", 3*time.Minute, "1.1.1.1", s, s, b, d, s, b),  // out of the window
		submitted("6", 2*time.Hour, "9.9.9.9", d, d, b, s, b, s),    // the address burst
		submitted("7", 3*time.Hour, "9.9.9.9", d, d, b, s, b, s),
		submitted("8", 5*time.Hour, "9.9.9.9", d, d, b, s, b, s),
	}
	// A screen reading the cells itself and one following the tally find
	// the same.
	tally := NewTally(r, len(targets))
	screen, follower := NewScreen(r, targets), NewScreen(r, targets)
	follower.Follow(tally)
	for _, bl := range ballots {
		o, p := tally.Read(bl)
		screen.Observe(bl, o, p)
		follower.Observe(bl, o, p)
	}
	if a, b := screen.Findings(tally), follower.Findings(tally); !reflect.DeepEqual(a, b) {
		t.Errorf("a screen following the tally finds\n%+v\nreading the cells itself\n%+v", b, a)
	}
	var got []string
	for _, a := range screen.Findings(tally).Anomalies {
		var ids []string
		for _, bl := range a.Ballots {
			ids = append(ids, bl.ID)
		}
		got = append(got, fmt.Sprintf("%s %v diff %d ip %q addresses %d", a.Kind, ids, a.Differences, a.IP, a.Addresses))
	}
	want := []string{
		`burst_in_window [1 2 3] diff 1 ip "" addresses 3`,
		`burst_from_address [6 7 8] diff 0 ip "9.9.9.9" addresses 1`,
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("anomalies\n got %q\nwant %q", got, want)
	}
}
