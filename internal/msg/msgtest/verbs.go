// Package msgtest holds what the tests of the message catalogue and of the
// texts made for it share.
package msgtest

import (
	"fmt"
	"strings"
)

// Verb is one verb of a format: the argument it takes (1-based, as an
// explicit index [n] may say) and its letter.
type Verb struct {
	Arg    int
	Letter byte
}

// Verbs lists the verbs of a format in order, flags, widths and precisions
// skipped, %% not a verb; an error when the format ends inside a verb. The
// catalogue's tests hold every text's verbs to its other language's, and
// ingest's the reader's formats to their texts.
func Verbs(format string) ([]Verb, error) {
	var out []Verb
	arg := 1
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		for i < len(format) && strings.IndexByte("+-# 0", format[i]) >= 0 {
			i++
		}
		if i < len(format) && format[i] == '[' {
			end := strings.IndexByte(format[i:], ']')
			if end < 0 {
				return nil, fmt.Errorf("%q: an argument index without its ]", format)
			}
			n := 0
			for _, c := range format[i+1 : i+end] {
				n = n*10 + int(c-'0')
			}
			arg, i = n, i+end+1
		}
		for i < len(format) && (format[i] >= '0' && format[i] <= '9' || format[i] == '.') {
			i++
		}
		if i >= len(format) {
			return nil, fmt.Errorf("%q ends in a verb", format)
		}
		if format[i] == '%' {
			continue
		}
		out = append(out, Verb{arg, format[i]})
		arg++
	}
	return out, nil
}
