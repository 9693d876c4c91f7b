package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/evalctl/evalctl/internal/msg"
	"github.com/spf13/pflag"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/ingest"
)

// version is the evalctl release, recorded in every results workbook;
// make dist stamps a release's (-ldflags "-X main.version=…").
var version = "0.1.0"

// Exit codes, documented in --help and the README.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2 // bad flags or arguments, or a broken rules file
	exitData    = 3 // the input data is invalid
)

// streams are the command's standard streams, injected so tests can capture
// them and pretend to be a terminal.
type streams struct {
	In          io.Reader
	Out, Err    io.Writer
	OutTerminal bool
	ErrTerminal bool
}

func systemStreams() *streams {
	return &streams{
		In: os.Stdin, Out: os.Stdout, Err: os.Stderr,
		OutTerminal: term.IsTerminal(int(os.Stdout.Fd())),
		ErrTerminal: term.IsTerminal(int(os.Stderr.Fd())),
	}
}

// usageError marks a mistake in how evalctl was called.
type usageError struct{ error }

func (e usageError) Unwrap() error { return e.error }

// usage is the one way a command reports a mistake in how it was called:
// the text of k with args, which exits 2.
func usage(k msg.Key, args ...any) error { return usageError{msg.Errorf(k, args...)} }

// globals are the flags every command shares.
type globals struct {
	lang string
}

func (g *globals) language() (msg.Lang, error) {
	l, err := msg.ParseLang(g.lang)
	if err != nil {
		return "", usageError{err}
	}
	return l, nil
}

// newRootCmd builds the command tree, its help in lang.
func newRootCmd(s *streams, lang msg.Lang) *cobra.Command {
	g := &globals{}
	root := &cobra.Command{
		Use:           "evalctl",
		SilenceUsage:  true,
		SilenceErrors: true,
		// With Args and RunE set, cobra hands an unknown command to Args
		// rather than failing with an error of its own.
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				if near := cmd.SuggestionsFor(args[0]); len(near) > 0 {
					return usage(msg.CmdUnknownCommandNear, args[0], strings.Join(near, ", "))
				}
				return usage(msg.CmdUnknownCommand, args[0])
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	root.SuggestionsMinimumDistance = 2
	root.Version = buildVersion()
	root.SetVersionTemplate("evalctl {{.Version}}\n")
	root.SetOut(s.Out)
	root.SetErr(s.Err)
	root.SetIn(s.In)
	root.PersistentFlags().StringVar(&g.lang, "lang", "zh", "")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{flagError(err)} })
	root.AddCommand(newScoreCmd(s, g), newBottomCmd(s, g), newCheckCmd(s, g), newRulesCmd(s, g), newVersionCmd(s))
	root.AddCommand(newExportCmd(s, g), newHistoryCmd(s, g))
	root.AddCommand(newTemplateCmd(s, g))
	root.AddCommand(newReconcileCmd(s, g))
	root.AddCommand(newNoticeCmd(s, g))
	root.SetHelpCommand(newHelpCmd(lang))
	root.CompletionOptions.DisableDefaultCmd = true
	root.AddCommand(newCompletionCmd(s))
	localize(root, lang)
	return root
}

// run executes evalctl with args and returns the exit code. Errors are told
// in the language of --lang, which is read before the command line is
// parsed, so that a mistake in the command line is told in it too.
func run(args []string, s *streams) int {
	lang := langOf(args)
	root := newRootCmd(s, lang)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return exitOK
	}
	for _, e := range flatten(err) {
		fmt.Fprintf(s.Err, "evalctl: %s\n", msg.Localize(e, lang))
	}
	return exitCode(err)
}

// langOf finds --lang among the arguments; Chinese when it is absent or not
// a language.
func langOf(args []string) msg.Lang {
	for i, a := range args {
		v, ok := strings.CutPrefix(a, "--lang=")
		if !ok && a == "--lang" && i+1 < len(args) {
			v, ok = args[i+1], true
		}
		if l, err := msg.ParseLang(v); ok && err == nil {
			return l
		}
	}
	return msg.Chinese
}

// flagError tells the command-line library's mistakes in the catalogue's
// words.
func flagError(err error) error {
	var notExist *pflag.NotExistError
	var needsValue *pflag.ValueRequiredError
	var badValue *pflag.InvalidValueError
	switch {
	case errors.As(err, &notExist):
		return msg.Errorf(msg.CmdUnknownFlag, "--"+notExist.GetSpecifiedName())
	case errors.As(err, &needsValue):
		return msg.Errorf(msg.CmdFlagNeedsValue, "--"+needsValue.GetSpecifiedName())
	case errors.As(err, &badValue):
		return msg.Errorf(msg.CmdFlagBadValue, "--"+badValue.GetFlag().Name, badValue.GetValue())
	}
	return err
}

func exitCode(err error) int {
	var ue usageError
	var fe failure
	switch {
	case errors.As(err, &fe):
		return exitFailure
	case errors.As(err, &ue), errors.Is(err, evaluate.ErrRules), errors.Is(err, fs.ErrNotExist), ingest.ErrUsage(err):
		return exitUsage
	case errors.Is(err, evaluate.ErrInvalidData):
		return exitData
	}
	return exitFailure
}

// flatten splits joined errors so each is printed on its own line; an
// error of the catalogue, which unwraps to its arguments, is one error.
func flatten(err error) []error {
	if _, ok := err.(msg.Localizer); ok {
		return []error{err}
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, flatten(e)...)
		}
		return out
	}
	return []error{err}
}

// onInput is the RunE of a command that takes one input file: it stores the
// argument in input, resolves --lang and calls run.
func onInput(g *globals, input *string, run func(msg.Lang) error) func(*cobra.Command, []string) error {
	return func(_ *cobra.Command, args []string) error {
		*input = args[0]
		lang, err := g.language()
		if err != nil {
			return err
		}
		return run(lang)
	}
}

// exactArgs is cobra.ExactArgs reporting a usage error.
func exactArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usage(msg.CmdArgs, cmd.Name(), n, len(args))
		}
		return nil
	}
}

// buildVersion is the version with what it was built from: the commit
// (marked modified when built from changed files) and the Go release.
func buildVersion() string {
	v := version
	var details []string
	if info, ok := debug.ReadBuildInfo(); ok {
		var rev, modified string
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value[:min(len(s.Value), 12)]
			case "vcs.modified":
				if s.Value == "true" {
					modified = "+modified"
				}
			}
		}
		if rev != "" {
			details = append(details, "commit "+rev+modified)
		}
	}
	details = append(details, runtime.Version(), runtime.GOOS+"/"+runtime.GOARCH)
	return v + " (" + strings.Join(details, ", ") + ")"
}

// maxArgs is cobra.MaximumNArgs reporting a usage error.
func maxArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) > n {
			return usage(msg.CmdArgs, cmd.Name(), n, len(args))
		}
		return nil
	}
}

func newVersionCmd(s *streams) *cobra.Command {
	return &cobra.Command{
		Use:  "version",
		Args: exactArgs(0),
		RunE: func(*cobra.Command, []string) error {
			_, err := fmt.Fprintln(s.Out, "evalctl", buildVersion())
			return err
		},
	}
}
