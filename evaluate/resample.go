package evaluate

import (
	"path/filepath"
)

// Resampling asks a tally to count, beside the ballots as read, Replicates
// resamples of them: a Poisson bootstrap by ballot. In replicate r each
// valid ballot counts w times, w drawn from a Poisson distribution of mean
// 1 by a hash of (Seed, its 票号, r): the same ballot gets the same weights
// whatever the order, the files or the cores it is read in, and nothing of
// it need be kept to draw them. The replicates' counts are sums of weights,
// so ballots read in several files, or taken back, add and subtract as the
// counts themselves do.
//
// Every evaluator group keeps its weight in the scores, which combine the
// groups' means, so resampling the ballots of the whole round is
// resampling within each group; only a group's number of ballots varies
// from replicate to replicate, as a Poisson count around its size.
type Resampling struct {
	Replicates int
	Seed       uint64
}

// DefaultSeed is the seed of a run that names none: fixed, so that the same
// inputs give the same figures.
const DefaultSeed = 20260101

// DefaultReplicates is the number of replicates of a run that names none.
const DefaultReplicates = 1000

// MaxReplicates bounds the replicates a tally keeps: a replicate's rank of
// a target is kept in 16 bits, and beyond this the cost grows without
// making the figures more useful.
const MaxReplicates = 10000

// poisson1 holds P(X ≤ k) × 2⁶⁴ for X Poisson with mean 1, k = 0 … 19,
// worked out exactly (not by this platform's floating point, so that every
// platform draws the same weights). A weight is the first k whose bound
// exceeds a uniform 64-bit draw; beyond the last it is 20, which happens
// about once in 10¹⁹ draws.
var poisson1 = [...]uint64{
	0x5e2d58d8b3bcdf1a, 0xbc5ab1b16779be35, 0xeb715e1dc1582dc2, 0xfb23979734a252f1,
	0xff1025f59174dc3d, 0xffd90f3ba4055e19, 0xfffa8b71fc72c913, 0xffff540c0914b3c9,
	0xffffed1f4aa8f120, 0xfffffe216e641462, 0xffffffd4d85d3183, 0xfffffffc6da262b4,
	0xffffffffba12d178, 0xfffffffffb07c64c, 0xffffffffffab8ea5, 0xfffffffffffabe22,
	0xffffffffffffb11a, 0xfffffffffffffba1, 0xffffffffffffffc5, 0xfffffffffffffffd,
}

// poissonWeights fills w with the weights of the ballot whose identity
// hashes to key, one per replicate: the SplitMix64 sequence started at a
// mix of the seed and the key, each draw read through poisson1.
func poissonWeights(w []uint8, seed, key uint64) {
	state := mix64(key ^ mix64(seed^0x2545f4914f6cdd1d))
	for r := range w {
		state += 0x9e3779b97f4a7c15
		u := mix64(state)
		k := 0
		for k < len(poisson1) && u >= poisson1[k] {
			k++
		}
		w[r] = uint8(k)
	}
}

// resampler keeps the replicates' counts: for every (target, dimension,
// group) and bin of the scale that a valid ballot rated, a row of one
// count per replicate (uint32: a row's count is at most 20 times the
// ballots a tally can take, some 6.7 × 10⁸); with several dimensions, a
// row per (target, group) of the ballots that rated the target, which one
// dimension tells by its rows. No-answer bins, which score nothing, get
// no row. Its size is bounded by the roster and the scale, never by the
// ballots: 4 bytes × replicates per row.
//
// A ballot's ratings are not added to their rows at once but gathered in
// a batch of ballots, then added row by row: a row then comes into the
// cache once for all the batch's ratings in it, rather than once for each
// (the rows together are far larger than a cache), and the batch's
// weights in a row are summed four replicates to a word (16 bits each: a
// batch adds at most 20 × 1,024 to a count) before the row takes them.
// The batch is bounded, so memory stays flat whatever the ballots.
type resampler struct {
	Resampling
	// cells[(t*dims+d)*groups+g][bin] is 1 + the row of the cell's bin, 0
	// for none yet; raters[t*groups+g] likewise, with several dimensions.
	cells  [][]int32
	raters []int32
	rows   [][]uint32

	// The batch: each ballot's weights, four replicates to a word
	// (packed[j*words:]), and sign, and its ratings as (row, ballot)
	// pairs; buffers to sort them by row and to sum a row's weights.
	words   int
	packed  []uint64
	signs   []int8
	adds    []pendingAdd
	sorted  []pendingAdd
	starts  []int32
	sums    [2][]uint64 // of the ballots added, and of those taken back
	weights []uint8
	// draw draws a ballot's weights: poissonWeights, but for tests.
	draw func(w []uint8, seed, key uint64)
}

// pendingAdd is one rating of the batch: its row and its ballot.
type pendingAdd struct{ row, ballot int32 }

// batchBallots is how many ballots a batch holds: 2 bytes per replicate
// each, for the weights, and 8 per rating.
const batchBallots = 1024

func newResampler(r Resampling, counts *Counts) *resampler {
	words := (r.Replicates + 3) / 4
	// The batch's weights are made at their bound: grown ballot by ballot,
	// a full batch would have taken twice its room and copied it.
	s := &resampler{Resampling: r, cells: make([][]int32, len(counts.hist)), words: words,
		weights: make([]uint8, 4*words), sums: [2][]uint64{make([]uint64, words), make([]uint64, words)},
		packed: make([]uint64, 0, batchBallots*words), signs: make([]int8, 0, batchBallots),
		draw: poissonWeights}
	if counts.dims > 1 {
		s.raters = make([]int32, counts.targets*counts.groups)
	}
	return s
}

// Resample makes the tally count replicates of the ballots (see
// [Resampling]); it must be called before the first ballot is read.
// Replicates of 0 turn resampling off.
func (t *Tally) Resample(r Resampling) {
	if r.Replicates <= 0 {
		t.resample = nil
		return
	}
	t.resample = newResampler(r, t.counts)
}

// Resampling reports how the tally resamples its ballots; Replicates is 0
// when it does not.
func (t *Tally) Resampling() Resampling {
	if t.resample == nil {
		return Resampling{}
	}
	return t.resample.Resampling
}

// ballotKey is what a ballot's weights are drawn for: its 票号, and with
// each file numbering its own ballots, its file's name (not the file's
// place among those read, so that the order of the files does not
// matter).
func (t *Tally) ballotKey(b *Ballot) uint64 {
	if t.rules.Ballots.Numbering == NumberingFile {
		return hashString(filepath.Base(b.Source.File) + "\x00" + b.ID)
	}
	return hashString(b.ID)
}

// ballot starts counting a ballot with key, adding (sign 1) or taking back
// (sign -1) its weights, and returns its place in the batch.
func (s *resampler) ballot(key uint64, sign int) int32 {
	if len(s.signs) == batchBallots {
		s.flush()
	}
	j := len(s.signs)
	s.signs = append(s.signs, int8(sign))
	s.draw(s.weights[:s.Replicates], s.Seed, key)
	for i := range s.words {
		w := s.weights[4*i : 4*i+4]
		s.packed = append(s.packed, uint64(w[0])|uint64(w[1])<<16|uint64(w[2])<<32|uint64(w[3])<<48)
	}
	return int32(j)
}

// rowOf returns the row at *slot, made on first use.
func (s *resampler) rowOf(slot *int32) int32 {
	if *slot == 0 {
		s.rows = append(s.rows, make([]uint32, s.Replicates))
		*slot = int32(len(s.rows))
	}
	return *slot - 1
}

// rating counts one rating of ballot j of the batch.
func (s *resampler) rating(cell, bin int, j int32) {
	bins := s.cells[cell]
	if bin >= len(bins) {
		bins = append(bins, make([]int32, bin+1-len(bins))...)
		s.cells[cell] = bins
	}
	s.adds = append(s.adds, pendingAdd{row: s.rowOf(&bins[bin]), ballot: j})
}

// rater counts ballot j of the batch as one that rated target t, as group
// g, at i = t*groups+g (several dimensions only).
func (s *resampler) rater(i int, j int32) {
	s.adds = append(s.adds, pendingAdd{row: s.rowOf(&s.raters[i]), ballot: j})
}

// flush adds the batch to the rows, row by row.
func (s *resampler) flush() {
	if len(s.adds) > 0 {
		// A counting sort by row.
		s.starts = append(s.starts[:0], make([]int32, len(s.rows)+1)...)
		for _, a := range s.adds {
			s.starts[a.row+1]++
		}
		for r := 1; r < len(s.starts); r++ {
			s.starts[r] += s.starts[r-1]
		}
		s.sorted = append(s.sorted[:0], s.adds...)
		for _, a := range s.adds {
			s.sorted[s.starts[a.row]] = a
			s.starts[a.row]++
		}
		for k := 0; k < len(s.sorted); {
			r := s.sorted[k].row
			var taken bool
			clear(s.sums[0])
			for ; k < len(s.sorted) && s.sorted[k].row == r; k++ {
				j := int(s.sorted[k].ballot)
				sum := s.sums[0]
				if s.signs[j] < 0 {
					sum, taken = s.sums[1], true
				}
				addPacked(sum, s.packed[j*s.words:(j+1)*s.words])
			}
			unpackTo(s.rows[r], s.sums[0], 1)
			if taken {
				unpackTo(s.rows[r], s.sums[1], -1)
				clear(s.sums[1])
			}
		}
	}
	s.adds, s.signs, s.packed = s.adds[:0], s.signs[:0], s.packed[:0]
}

// addPacked adds packed weights to packed sums, four replicates a word.
func addPacked(sum, w []uint64) {
	w = w[:len(sum)]
	for i, x := range w {
		sum[i] += x
	}
}

// unpackTo adds (sign 1) or subtracts (sign -1) packed sums to a row.
func unpackTo(row []uint32, sum []uint64, sign int) {
	for i, x := range sum {
		for k := 0; k < 4 && 4*i+k < len(row); k++ {
			v := uint32(x >> (16 * k) & 0xffff)
			if sign < 0 {
				v = -v
			}
			row[4*i+k] += v
		}
	}
}

// Bytes is the memory the replicates' counts take.
func (s *resampler) Bytes() int { return len(s.rows) * s.Replicates * 4 }
