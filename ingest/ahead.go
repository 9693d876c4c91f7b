package ingest

import (
	"sync"

	"github.com/evalctl/evalctl/ingest/xlsx"
)

// rowsAhead reads a sheet's rows on a goroutine of its own, a few batches
// ahead of the caller: a ballot sheet's rows cost about as much to decode
// as to count, and on two cores the two overlap. The rows come in the
// sheet's order, as the sheet gives them; the caller reads the sheet's
// error and merged ranges after Next is false, or after Close.
type rowsAhead struct {
	sh   *xlsx.Sheet
	full chan *rowBatch
	free chan *rowBatch
	done chan struct{}
	wg   sync.WaitGroup
	stop sync.Once

	cur *rowBatch // the batch being read, the caller's
	i   int
	row xlsx.Row
}

// rowBatch is rows read ahead: their numbers, and their cells one row
// after another (a cell's text is a string of its own, kept as it is).
type rowBatch struct {
	nums  []int
	ends  []int // where each row's cells end
	cells []xlsx.Cell
	// estimate is the sheet's rows, estimated once hintAfter rows were
	// read, by the batch that read them, at its row estimateAt; 0 in the
	// others.
	estimate, estimateAt int
}

const (
	aheadBatches = 3
	batchRows    = 64
	batchCells   = 1 << 14
)

// batches keeps batches, grown to their rows' size, for the next sheet
// read ahead: a round's ballot sheet is opened a few times (for its
// header, then its rows, then maybe again for a few ballots).
var batches = sync.Pool{New: func() any {
	return &rowBatch{nums: make([]int, 0, batchRows), ends: make([]int, 0, batchRows)}
}}

func readAhead(sh *xlsx.Sheet) *rowsAhead {
	a := &rowsAhead{sh: sh, full: make(chan *rowBatch, aheadBatches), free: make(chan *rowBatch, aheadBatches), done: make(chan struct{})}
	for range aheadBatches {
		a.free <- batches.Get().(*rowBatch)
	}
	a.wg.Add(1)
	go a.run()
	return a
}

// run fills free batches from the sheet until it ends or fails, or the
// caller closes.
func (a *rowsAhead) run() {
	defer a.wg.Done()
	defer close(a.full)
	read := 0
	for more := true; more; {
		var b *rowBatch
		select {
		case b = <-a.free:
		case <-a.done:
			return
		}
		b.nums, b.ends, b.cells, b.estimate = b.nums[:0], b.ends[:0], b.cells[:0], 0
		for len(b.nums) < batchRows && len(b.cells) < batchCells {
			if more = a.sh.Next(); !more {
				break
			}
			r := a.sh.Row()
			if cap(b.cells) == 0 {
				// Room for a batch of rows as wide as the first from the
				// start: grown by appending, the cells would be copied over
				// and over; a small sheet's batches stay small.
				b.cells = make([]xlsx.Cell, 0, min(batchCells, batchRows*max(len(r.Cells), 1)))
			}
			b.nums = append(b.nums, r.Num)
			b.cells = append(b.cells, r.Cells...)
			b.ends = append(b.ends, len(b.cells))
			if read++; read == hintAfter {
				b.estimate, b.estimateAt = a.sh.RowsEstimate(), len(b.nums)-1
			}
		}
		select {
		case a.full <- b:
		case <-a.done:
			return
		}
	}
}

// Next moves to the next row; hint is given the sheet's estimated rows at
// the row they were estimated at, as a sheet read in turn gives them.
func (a *rowsAhead) Next(hint func(int)) bool {
	for a.cur == nil || a.i == len(a.cur.nums) {
		if a.cur != nil {
			a.free <- a.cur // never blocks: free has room for every batch
			a.cur = nil
		}
		b, ok := <-a.full
		if !ok {
			return false
		}
		a.cur, a.i = b, 0
	}
	if a.cur.estimate > 0 && a.i == a.cur.estimateAt && hint != nil {
		hint(a.cur.estimate)
	}
	start := 0
	if a.i > 0 {
		start = a.cur.ends[a.i-1]
	}
	end := a.cur.ends[a.i]
	a.row = xlsx.Row{Num: a.cur.nums[a.i], Cells: a.cur.cells[start:end:end]}
	a.i++
	return true
}

// Row is the current row; its Cells are reused once Next moves past its
// batch.
func (a *rowsAhead) Row() xlsx.Row { return a.row }

// Close stops the goroutine and waits for it: the sheet is the caller's
// again.
func (a *rowsAhead) Close() {
	a.stop.Do(func() { close(a.done) })
	a.wg.Wait()
	// Every batch is the caller's now: the one it read, those the
	// goroutine filled and those it did not reach.
	if a.cur != nil {
		batches.Put(a.cur)
		a.cur = nil
	}
	for _, ch := range []chan *rowBatch{a.full, a.free} {
		for len(ch) > 0 {
			batches.Put(<-ch)
		}
	}
}
