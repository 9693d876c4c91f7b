package main

import (
	"fmt"

	"github.com/evalctl/evalctl/internal/msg"
)

// progress counts long work on stderr, only when stderr is a terminal, so
// that pipes and logs stay clean.
type progress struct {
	s     *streams
	label string
	n     int
}

const progressEvery = 100

func newProgress(s *streams, label string) *progress { return &progress{s: s, label: label} }

func (p *progress) step() {
	p.n++
	if p.s.ErrTerminal && p.n%progressEvery == 0 {
		fmt.Fprintf(p.s.Err, "\r%s %d", p.label, p.n)
	}
}

func (p *progress) done() {
	if p.s.ErrTerminal && p.n >= progressEvery {
		fmt.Fprintf(p.s.Err, "\r%s %d\n", p.label, p.n)
	}
}

// note prints a line for the user on stderr: evalctl: and the text of k.
func note(s *streams, lang msg.Lang, k msg.Key, args ...any) {
	fmt.Fprintln(s.Err, "evalctl: "+lang.F(k, args...))
}
