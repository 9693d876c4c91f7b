package evaluate

import "sort"

// hist holds the ratings of one (target, dimension, group): a count per level
// and, on a numeric scale, a count per value. Its size is bounded by the
// scale, not by the number of ballots.
type hist struct {
	levels []int
	values map[float64]int
}

// bin is a run of equal ratings: their points, how many, and whether they
// count as satisfied or as the lowest level.
type bin struct {
	points            float64
	n                 int
	satisfied, lowest bool
}

// bins lists the ratings of h (nil for none) by ascending points.
func (s *Scale) bins(h *hist) []bin {
	if h == nil {
		return nil
	}
	var out []bin
	for l, n := range h.levels {
		if n > 0 {
			lv := s.Levels[l]
			out = append(out, bin{points: lv.Points, n: n, satisfied: lv.Satisfied, lowest: lv.Lowest})
		}
	}
	for v, n := range h.values {
		b := s.band(v)
		out = append(out, bin{points: v, n: n, satisfied: b.Satisfied, lowest: b.Lowest})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].points < out[j].points })
	return out
}

// band returns the band a numeric rating falls in: the last band whose Min
// is at most v. Validate ensures the first band starts at the range's Min.
func (s *Scale) band(v float64) Band {
	var found Band
	for _, b := range s.Bands {
		if v >= b.Min {
			found = b
		}
	}
	return found
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
	s := summarize(bins)
	if trim.K > 0 && s.n >= trim.Min {
		for _, side := range [][]bin{bins, reversed(bins)} {
			k := trim.K
			for _, b := range side {
				take := min(k, b.n)
				s.sum -= float64(take) * b.points
				k -= take
				if k == 0 {
					break
				}
			}
		}
		s.n -= 2 * trim.K
	}
	return s.sum / float64(s.n)
}

func reversed(bins []bin) []bin {
	out := make([]bin, len(bins))
	for i, b := range bins {
		out[len(bins)-1-i] = b
	}
	return out
}
