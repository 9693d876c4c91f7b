package main

import (
	"strings"
	"testing"
	"unicode"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/evalctl/evalctl/internal/msg"
)

// TestHelpComplete: in both languages every command has its summary and
// every flag its text, Chinese ones in Chinese; a command or flag added
// without its texts fails here.
func TestHelpComplete(t *testing.T) {
	for _, lang := range []msg.Lang{msg.Chinese, msg.English} {
		root := newRootCmd(&streams{Out: &strings.Builder{}, Err: &strings.Builder{}}, lang)
		root.InitDefaultHelpCmd()
		var walk func(c *cobra.Command)
		walk = func(c *cobra.Command) {
			if c.Short == "" || (lang == msg.Chinese && !hasHan(c.Short)) {
				t.Errorf("%s: %s has no summary in the language: %q", lang, c.CommandPath(), c.Short)
			}
			c.Flags().VisitAll(func(f *pflag.Flag) {
				if f.Usage == "" || (lang == msg.Chinese && !hasHan(f.Usage)) {
					t.Errorf("%s: %s --%s has no text in the language: %q", lang, c.CommandPath(), f.Name, f.Usage)
				}
			})
			for _, sub := range c.Commands() {
				walk(sub)
			}
		}
		walk(root)
	}
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}
