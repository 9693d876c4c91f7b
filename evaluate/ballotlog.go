package evaluate

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"sort"
	"strconv"

	"github.com/evalctl/evalctl/internal/msg"
)

// ballotLog remembers, compactly, every ballot read that has a 票号: the
// 票号 itself (exactly), where the ballot was read, the fingerprint of its
// contents, and two indexes over them: by 票号, to find a 票号 used twice,
// and by fingerprint, to find a ballot keyed in twice under two numbers.
//
// A ballot costs about 28 bytes: its 票号 in 4 (a number as such, other
// 票号 as the place of their text in an arena, which adds the text and its
// length), its fingerprint in 8, its group in 2, a slot of 4 in each index
// (2/5 to 4/5 full; a 票号 numbered in a run with the others, 4 in a dense
// index); its row costs nothing while the rows run evenly, as a sheet's
// do. The log grows in small steps: records and texts in blocks, the
// indexes in 256 shards each grown on its own, so that growing never
// copies more than a sliver of it. A round of a million ballots is tallied
// in some 30 MB.
type ballotLog struct {
	keys   blocks[uint32] // each record's 票号: numberKey | n, or its place in the arena
	fps    blocks[uint64] // each record's fingerprint of its contents
	groups blocks[uint16] // each record's group, as the tally counts it
	bad    map[int]int    // the records of invalid ballots: their place in the invalid list
	arena  arena          // the 票号 that are not plain numbers
	runs   []rowRun       // where the records were read
	files  []fileSheet    // the files and sheets of the runs
	byID   shardedIndex
	byNum  denseIndex // the 票号 that are numbers near the first one
	byBody shardedIndex
	limit  int // records at most; maxRecords when 0
}

// maxRecords bounds the records an index slot can name (25 bits).
const maxRecords = 1<<25 - 1

// A 票号 written as a number below 2³¹, without leading zeros, is kept as
// that number, marked by the top bit.
const numberKey = 1 << 31

// rowRun: records first, first+1 … were read from files[file] at rows
// row, row+step …, until the next run.
type rowRun struct {
	first, row, step uint32
	file             uint32
}

type fileSheet struct{ file, sheet string }

// add records a ballot's 票号 and place and returns its record, or the
// record of the ballot that used the 票号 first and false.
func (l *ballotLog) add(id string, src Source) (int, bool, error) {
	num, isNum := plainNumber(id)
	var dense *uint32
	if isNum {
		dense = l.byNum.slot(num &^ numberKey)
	}
	if dense != nil && *dense != 0 {
		return int(*dense) - 1, false, nil
	}
	h := keyHash(num, id)
	equal := func(i int) bool {
		k := l.keys.at(i)
		if k&numberKey != 0 {
			return isNum && k == num
		}
		return !isNum && string(l.arena.get(k)) == id
	}
	if dense == nil {
		if i, ok := l.byID.find(h, equal); ok {
			return i, false, nil
		}
	}
	i := l.keys.len()
	if i >= maxRecords || (l.limit > 0 && i >= l.limit) {
		return 0, false, NewDataError(src.File, msg.DataTooManyBallots, maxRecords)
	}
	l.place(i, src)
	if !isNum {
		num = l.arena.put(id)
	}
	l.keys.push(num)
	l.fps.push(0)
	l.groups.push(0)
	if dense != nil {
		*dense = uint32(i + 1)
	} else {
		l.byID.insert(h, i, l.hashOf)
	}
	return i, true, nil
}

// denseIndex keeps the record of each 票号 that is a number within
// denseSpan of the first number met (its page start): record+1 at the
// number's place, in pages made as numbers reach them. Ballots are mostly
// numbered in a run, so a lookup reads near the one before, where a hash
// index would read anywhere; the other numbers and the texts go to byID.
// A number's way is fixed by the first number, so each 票号 has one.
type denseIndex struct {
	base  uint32
	set   bool
	pages [][]uint32
}

const (
	densePageBits = 12
	denseSpan     = 1 << 22 // numbers, 1,024 pages of 16 KiB at most
)

// slot is the place of number n, nil when n is not within the span.
func (d *denseIndex) slot(n uint32) *uint32 {
	if !d.set {
		d.base, d.set = n&^(1<<densePageBits-1), true
		d.pages = make([][]uint32, denseSpan>>densePageBits)
	}
	if n < d.base || n-d.base >= denseSpan {
		return nil
	}
	off := n - d.base
	page := &d.pages[off>>densePageBits]
	if *page == nil {
		*page = make([]uint32, 1<<densePageBits)
	}
	return &(*page)[off&(1<<densePageBits-1)]
}

// plainNumber is the key of a 票号 written as a number below 2³¹ without
// leading zeros ("7", "1024"; not "007" or "+7"), which reads back the same.
func plainNumber(id string) (uint32, bool) {
	if id == "" || len(id) > 10 || (id[0] == '0' && len(id) > 1) {
		return 0, false
	}
	n := uint64(0)
	for i := 0; i < len(id); i++ {
		c := id[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + uint64(c-'0')
	}
	if n >= numberKey {
		return 0, false
	}
	return numberKey | uint32(n), true
}

// place notes where record i was read: as one more step of the last run,
// or as a new run.
func (l *ballotLog) place(i int, src Source) {
	f := len(l.files) - 1
	if f < 0 || l.files[f] != (fileSheet{src.File, src.Sheet}) {
		l.files = append(l.files, fileSheet{src.File, src.Sheet})
		f++
	}
	row := uint32(src.Row)
	if n := len(l.runs); n > 0 {
		r := &l.runs[n-1]
		k := uint32(i) - r.first
		switch {
		case int(r.file) != f:
		case k == 1 && r.step == 0 && row > r.row:
			r.step = row - r.row
			return
		case r.step > 0 && row == r.row+k*r.step:
			return
		}
	}
	l.runs = append(l.runs, rowRun{first: uint32(i), row: row, file: uint32(f)})
}

// keyHash is the hash of a 票号: of its number when it is kept as one
// (so that growing an index need not write it out), of its text otherwise.
func keyHash(key uint32, id string) uint64 {
	if key&numberKey != 0 {
		return mix64(uint64(key) ^ 0x5851f42d4c957f2d)
	}
	return hashString(id)
}

// hashOf is the hash of record i's 票号.
func (l *ballotLog) hashOf(i int) uint64 {
	k := l.keys.at(i)
	if k&numberKey != 0 {
		return keyHash(k, "")
	}
	return hashString(l.arena.get(k))
}

// id is the 票号 of record i (without the file's place that a key made
// with each file numbering its own ballots starts with).
func (l *ballotLog) id(i int) string {
	k := l.keys.at(i)
	if k&numberKey != 0 {
		return strconv.FormatUint(uint64(k&^numberKey), 10)
	}
	text := l.arena.get(k)
	if j := bytes.IndexByte(text, 0); j >= 0 {
		text = text[j+1:]
	}
	return string(text)
}

// source is where record i was read.
func (l *ballotLog) source(i int) Source {
	n := sort.Search(len(l.runs), func(j int) bool { return int(l.runs[j].first) > i }) - 1
	r := l.runs[n]
	fs := l.files[r.file]
	return Source{File: fs.file, Sheet: fs.sheet, Row: int(r.row + (uint32(i)-r.first)*r.step)}
}

// remember notes record i's group and the fingerprint of its contents.
func (l *ballotLog) remember(i, group int, fp uint64) {
	*l.fps.ref(i) = fp
	*l.groups.ref(i) = uint16(group)
}

func (l *ballotLog) sum(i int) uint64 { return l.fps.at(i) }

func (l *ballotLog) group(i int) int { return int(l.groups.at(i)) }

func (l *ballotLog) setGroup(i, group int) { *l.groups.ref(i) = uint16(group) }

// markInvalid notes that record i is the invalid ballot at place inv of the
// invalid list.
func (l *ballotLog) markInvalid(i, inv int) {
	if l.bad == nil {
		l.bad = map[int]int{}
	}
	l.bad[i] = inv
}

// invalidIndex is record i's place in the invalid list, if it is invalid.
func (l *ballotLog) invalidIndex(i int) (int, bool) {
	inv, ok := l.bad[i]
	return inv, ok
}

// sameBody returns the first record indexed with record i's fingerprint
// fp, or indexes record i under it and returns false.
func (l *ballotLog) sameBody(fp uint64, i int) (int, bool) {
	if first, ok := l.byBody.find(fp, func(j int) bool { return l.fps.at(j) == fp }); ok {
		return first, true
	}
	l.byBody.insert(fp, i, func(j int) uint64 { return l.fps.at(j) })
	return 0, false
}

// blocks is a growing list kept in fixed-size blocks, so that growing
// never copies what is already there.
type blocks[T any] struct {
	list [][]T
	n    int
}

const blockSize = 1 << 14

func (b *blocks[T]) len() int { return b.n }

func (b *blocks[T]) push(v T) {
	if b.n%blockSize == 0 {
		b.list = append(b.list, make([]T, 0, blockSize))
	}
	last := &b.list[len(b.list)-1]
	*last = append(*last, v)
	b.n++
}

func (b *blocks[T]) at(i int) T { return b.list[i/blockSize][i%blockSize] }

func (b *blocks[T]) ref(i int) *T { return &b.list[i/blockSize][i%blockSize] }

// arena keeps strings one after another, each after its length as a
// uvarint, in blocks of 1 MiB that a string never straddles (one longer
// than a block gets a block of its own). A string is known by a 32-bit
// offset: its block times 1 MiB plus its place in the block.
type arena struct {
	blocks [][]byte
}

const arenaBits = 20

func (a *arena) put(s string) uint32 {
	need := binary.MaxVarintLen64 + len(s)
	if len(a.blocks) == 0 || cap(a.blocks[len(a.blocks)-1])-len(a.blocks[len(a.blocks)-1]) < need {
		a.blocks = append(a.blocks, make([]byte, 0, max(1<<arenaBits, need)))
	}
	b := &a.blocks[len(a.blocks)-1]
	ref := uint32(len(a.blocks)-1)<<arenaBits | uint32(len(*b))
	*b = binary.AppendUvarint(*b, uint64(len(s)))
	*b = append(*b, s...)
	if need > 1<<arenaBits {
		*b = (*b)[:len(*b):len(*b)] // full: the next string starts a block
	}
	return ref
}

func (a *arena) get(ref uint32) []byte {
	b := a.blocks[ref>>arenaBits][ref&(1<<arenaBits-1):]
	n, k := binary.Uvarint(b)
	return b[k : k+int(n)]
}

// shardedIndex is an open-addressing index of record numbers by a 64-bit
// hash of their key, in 256 shards chosen by the hash's top byte. A slot
// holds the record number (25 bits) and 7 more bits of the hash, so that a
// probe looks at the key itself (through a callback) only when those agree.
type shardedIndex struct {
	shards [256]indexShard
	// expect is how many records the index is expected to hold: a shard
	// that grows grows at once to its share of them, so that a large round
	// is not indexed again and again as it is read.
	expect int
}

// shardSlots is the size of a shard that holds n records without growing.
func shardSlots(n int) int {
	size := 16
	for size*4 < (n+1)*5 {
		size *= 2
	}
	return size
}

type indexShard struct {
	slots []uint32 // tag<<25 | record + 1; 0 is empty
	n     int
}

func (x *shardedIndex) find(h uint64, equal func(int) bool) (int, bool) {
	sh := &x.shards[h>>56]
	if sh.n == 0 {
		return 0, false
	}
	tag := uint32(h&0x7F) << 25
	for s := slotOf(h<<8, len(sh.slots)); ; s = next(s, len(sh.slots)) {
		v := sh.slots[s]
		if v == 0 {
			return 0, false
		}
		if v&^(1<<25-1) == tag && equal(int(v&(1<<25-1))-1) {
			return int(v&(1<<25-1)) - 1, true
		}
	}
}

// insert adds record i under hash h; hash tells the hash of a record
// already in, for when the shard grows.
func (x *shardedIndex) insert(h uint64, i int, hash func(int) uint64) {
	sh := &x.shards[h>>56]
	if (sh.n+1)*5 > len(sh.slots)*4 {
		old := sh.slots
		sh.slots = make([]uint32, max(2*len(old), shardSlots(x.expect/len(x.shards))))
		for _, v := range old {
			if v != 0 {
				sh.place(hash(int(v&(1<<25-1))-1), v)
			}
		}
	}
	sh.place(h, uint32(h&0x7F)<<25|uint32(i+1))
	sh.n++
}

func (sh *indexShard) place(h uint64, v uint32) {
	s := slotOf(h<<8, len(sh.slots))
	for sh.slots[s] != 0 {
		s = next(s, len(sh.slots))
	}
	sh.slots[s] = v
}

// slotOf scales a hash to a slot: the high word of h × size. A shard
// doubles when 4/5 full.
func slotOf(h uint64, size int) int {
	hi, _ := bits.Mul64(h, uint64(size))
	return int(hi)
}

func next(s, size int) int {
	if s++; s == size {
		return 0
	}
	return s
}

// hashString is FNV-1a over the string's bytes, finished by mix64 so that
// every bit depends on every byte.
func hashString[T string | []byte](s T) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return mix64(h)
}

// mix64 is the finaliser of SplitMix64: every input bit flips each output
// bit with probability about one half.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}
