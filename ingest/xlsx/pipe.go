package xlsx

import (
	"io"
	"sync"
)

// pipe inflates a streamed part on its own goroutine, a few chunks ahead of
// the scanner, so that inflating and scanning overlap: on two cores a large
// sheet reads in about the time it takes to inflate it. The scanner reads
// the pipe as an io.Reader; Close stops the goroutine, and must come before
// the zip reader underneath is closed.
type pipe struct {
	full chan chunk
	free chan []byte
	done chan struct{}
	stop sync.Once
	wg   sync.WaitGroup

	cur []byte // the chunk being read, owned by the reading goroutine
	off int
	err error
}

type chunk struct {
	b   []byte
	err error
}

const (
	pipeChunks    = 4
	pipeChunkSize = 256 << 10
)

func newPipe(r io.Reader) *pipe {
	p := &pipe{full: make(chan chunk, pipeChunks), free: make(chan []byte, pipeChunks), done: make(chan struct{})}
	for range pipeChunks {
		p.free <- make([]byte, pipeChunkSize)
	}
	p.wg.Add(1)
	go p.run(r)
	return p
}

// run fills free chunks from r until r ends or fails, or the pipe closes.
func (p *pipe) run(r io.Reader) {
	defer p.wg.Done()
	for {
		var b []byte
		select {
		case b = <-p.free:
		case <-p.done:
			return
		}
		n := 0
		var err error
		for n < len(b) && err == nil {
			var m int
			m, err = r.Read(b[n:])
			n += m
		}
		select {
		case p.full <- chunk{b[:n], err}:
		case <-p.done:
			return
		}
		if err != nil {
			return
		}
	}
}

func (p *pipe) Read(dst []byte) (int, error) {
	for p.off == len(p.cur) {
		if p.cur != nil {
			p.free <- p.cur[:cap(p.cur)] // never blocks: free holds every chunk
			p.cur = nil
		}
		if p.err != nil {
			return 0, p.err
		}
		c := <-p.full
		p.cur, p.off, p.err = c.b, 0, c.err
	}
	n := copy(dst, p.cur[p.off:])
	p.off += n
	return n, nil
}

// Close stops the inflating goroutine and waits for it.
func (p *pipe) Close() error {
	p.stop.Do(func() { close(p.done) })
	p.wg.Wait()
	return nil
}

// closers closes in order: the pipe, then the zip reader it reads.
type closers []io.Closer

func (c closers) Close() error {
	var first error
	for _, x := range c {
		if err := x.Close(); err != nil && first == nil {
			first = err
		}
	}
	return first
}
