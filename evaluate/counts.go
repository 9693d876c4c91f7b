package evaluate

import "sort"

// Counts are the tallied ratings of a round: per (target, dimension, group)
// how many ratings fell in each bin of the scale, and per target (and group)
// how many valid ballots rated it. Their size is bounded by the roster and
// the scale, never by the number of ballots. Scoring reads nothing else of
// the ballots.
type Counts struct {
	targets, dims, groups int
	table                 *binTable
	// hist[(t*dims+d)*groups+g][bin] counts the ratings; nil for none.
	hist [][]int
	// raters[t] is how many valid ballots rated target t at all, and
	// groupRaters[t*groups+g] how many of them were group g's.
	raters, groupRaters []int
}

func newCounts(rules *Rules, targets int, table *binTable) *Counts {
	dims, groups := len(rules.Dimensions), len(rules.Groups)
	return &Counts{
		targets: targets, dims: dims, groups: groups, table: table,
		hist:        make([][]int, targets*dims*groups),
		raters:      make([]int, targets),
		groupRaters: make([]int, targets*groups),
	}
}

// add counts one rating of (target, dim, group) in bin, or with n = -1
// takes one back.
func (c *Counts) add(target, dim, group, bin, n int) {
	i := (target*c.dims+dim)*c.groups + group
	h := c.hist[i]
	if bin >= len(h) {
		h = append(h, make([]int, max(bin+1, len(c.table.bins))-len(h))...)
		c.hist[i] = h
	}
	h[bin] += n
}

// bin is a run of equal ratings: their points, how many, and whether they
// count as satisfied or as the lowest level.
type bin struct {
	binInfo
	n int
}

// bins returns the ratings of (target, dim, group) by ascending points,
// appended to buf; levels that count as no answer are no ratings.
func (c *Counts) bins(buf []bin, target, dim, group int) []bin {
	out := buf
	for b, n := range c.hist[(target*c.dims+dim)*c.groups+group] {
		if n > 0 && !c.table.bins[b].noAnswer {
			out = append(out, bin{binInfo: c.table.bins[b], n: n})
		}
	}
	added := out[len(buf):]
	sort.SliceStable(added, func(i, j int) bool { return added[i].points < added[j].points })
	return out
}

// addLevels adds the count of each level of (target, dim, group), no-answer
// levels included, to levels (indexed as Scale.LevelNames).
func (c *Counts) addLevels(levels []int, target, dim, group int) {
	for b, n := range c.hist[(target*c.dims+dim)*c.groups+group] {
		levels[c.table.bins[b].level] += n
	}
}

// summary is what a list of bins adds up to.
type summary struct {
	n, satisfied, lowest int
	sum                  float64
}

func summarize(bins []bin) summary {
	var s summary
	for _, b := range bins {
		s.n += b.n
		s.sum += float64(b.n) * b.points
		if b.satisfied {
			s.satisfied += b.n
		}
		if b.lowest {
			s.lowest += b.n
		}
	}
	return s
}

// mean is the mean points of bins sorted ascending, dropping the k highest
// and k lowest ratings first when trimming applies to this many ratings.
func mean(bins []bin, trim Trim) float64 {
	return meanOf(bins, summarize(bins), trim)
}

// meanOf is mean with the bins' summary at hand.
func meanOf(bins []bin, s summary, trim Trim) float64 {
	if trim.K > 0 && s.n >= trim.Min {
		drop := func(b bin, k int) int {
			take := min(k, b.n)
			s.sum -= float64(take) * b.points
			return k - take
		}
		for i, k := 0, trim.K; k > 0; i++ {
			k = drop(bins[i], k)
		}
		for i, k := len(bins)-1, trim.K; k > 0; i-- {
			k = drop(bins[i], k)
		}
		s.n -= 2 * trim.K
	}
	return s.sum / float64(s.n)
}
