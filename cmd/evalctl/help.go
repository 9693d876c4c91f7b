package main

import (
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/msg"
)

// helpOf gives each command, by its path, its summary, description and
// examples in the catalogue; the exit statuses are added to every
// description.
var helpOf = map[string]struct{ short, long, example msg.Key }{
	"evalctl":            {msg.HelpRootShort, msg.HelpRootLong, msg.HelpRootExample},
	"evalctl score":      {msg.HelpScoreShort, msg.HelpScoreLong, msg.HelpScoreExample},
	"evalctl bottom":     {msg.HelpBottomShort, msg.HelpBottomLong, msg.HelpBottomExample},
	"evalctl check":      {msg.HelpCheckShort, msg.HelpCheckLong, msg.HelpCheckExample},
	"evalctl reconcile":  {msg.HelpReconcileShort, msg.HelpReconcileLong, msg.HelpReconcileExample},
	"evalctl template":   {msg.HelpTemplateShort, msg.HelpTemplateLong, msg.HelpTemplateExample},
	"evalctl export":     {msg.HelpExportShort, msg.HelpExportLong, msg.HelpExportExample},
	"evalctl notice":     {msg.HelpNoticeShort, msg.HelpNoticeLong, msg.HelpNoticeExample},
	"evalctl history":    {msg.HelpHistoryShort, msg.HelpHistoryLong, msg.HelpHistoryExample},
	"evalctl rules":      {msg.HelpRulesShort, msg.HelpRulesLong, ""},
	"evalctl rules show": {msg.HelpRulesShowShort, msg.HelpRulesShowLong, msg.HelpRulesShowExample},
	"evalctl rules hash": {msg.HelpRulesHashShort, msg.HelpRulesHashLong, ""},
	"evalctl rules doc":  {msg.HelpRulesDocShort, msg.HelpRulesDocLong, ""},
	"evalctl version":    {msg.HelpVersionShort, "", ""},
	"evalctl completion": {msg.HelpCompletionShort, msg.HelpCompletionLong, ""},
	"evalctl help":       {msg.HelpCommand, "", ""},
}

// flagHelp gives each flag its text: by command path and name where
// commands use one name differently, else by name.
var flagHelp = map[string]msg.Key{
	"help":     msg.FlagHelp,
	"version":  msg.FlagVersion,
	"lang":     msg.FlagLang,
	"preset":   msg.FlagPreset,
	"rules":    msg.FlagRules,
	"ballots":  msg.FlagBallots,
	"password": msg.FlagPassword,
	"strict":   msg.FlagStrict,
	"bom":      msg.FlagBOM,
	"previous": msg.FlagPrevious,

	"rules-sha256": msg.FlagRulesSHA256,
	"units":        msg.FlagUnits,
	"agreed":       msg.FlagRecAgreed,
	"per-group":    msg.FlagPerGroup,
	"print":        msg.FlagPrint,
	"ballots-rows": msg.FlagBallotsRows,
	"replicates":   msg.FlagReplicates,
	"seed":         msg.FlagSeed,

	"evalctl score output":     msg.FlagScoreOutput,
	"evalctl score json":       msg.FlagScoreJSON,
	"evalctl score year":       msg.FlagScoreYear,
	"evalctl bottom json":      msg.FlagBottomJSON,
	"evalctl check json":       msg.FlagCheckJSON,
	"evalctl check strict":     msg.FlagCheckStrict,
	"evalctl export output":    msg.FlagExportOutput,
	"evalctl export year":      msg.FlagExportYear,
	"evalctl history output":   msg.FlagHistoryOutput,
	"evalctl reconcile roster": msg.FlagRecRoster,
	"evalctl reconcile output": msg.FlagRecOutput,
	"evalctl reconcile json":   msg.FlagRecJSON,
	"evalctl template roster":  msg.FlagTplRoster,
	"evalctl notice output":    msg.FlagNoticeOutput,
	"evalctl notice order":     msg.FlagNoticeOrder,
	"evalctl notice ids":       msg.FlagNoticeIDs,
	"evalctl notice scores":    msg.FlagNoticeScores,
	"evalctl notice from":      msg.FlagNoticeFrom,
	"evalctl notice to":        msg.FlagNoticeTo,
	"evalctl notice days":      msg.FlagNoticeDays,
	"evalctl notice phone":     msg.FlagNoticePhone,
	"evalctl notice issuer":    msg.FlagNoticeIssuer,
	"evalctl template output":  msg.FlagTplOutput,
}

// localize gives every command and flag of the tree its texts in lang,
// the usage text its headings, --help and --version their texts, and the
// values of --preset and --lang to the shell's completion.
func localize(root *cobra.Command, lang msg.Lang) {
	root.SetUsageTemplate(lang.T(msg.HelpUsage))
	root.InitDefaultVersionFlag()
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		c.InitDefaultHelpFlag()
		path := c.CommandPath()
		if h, ok := helpOf[path]; ok {
			c.Short = lang.T(h.short)
			if h.long != "" {
				c.Long = lang.T(h.long) + "\n" + lang.T(msg.HelpExitStatus)
			}
			if h.example != "" {
				c.Example = lang.T(h.example)
			}
		}
		for _, fs := range []*pflag.FlagSet{c.LocalNonPersistentFlags(), c.PersistentFlags()} {
			fs.VisitAll(func(f *pflag.Flag) {
				if k, ok := flagHelp[path+" "+f.Name]; ok {
					f.Usage = lang.T(k)
				} else if k, ok := flagHelp[f.Name]; ok {
					f.Usage = lang.T(k)
				}
				// The texts say the defaults in their own words; pflag
				// would add "(default …)" in English.
				f.DefValue = zeroValue(f)
			})
		}
		// The usage line ends with the flags, in the language.
		if c.HasAvailableFlags() && !c.DisableFlagsInUseLine {
			c.DisableFlagsInUseLine = true
			c.Use += " [" + lang.T(msg.HelpFlags) + "]"
		}
		if c.Flags().Lookup("preset") != nil {
			c.RegisterFlagCompletionFunc("preset", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
				return evaluate.PresetNames(), cobra.ShellCompDirectiveNoFileComp
			})
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
	root.RegisterFlagCompletionFunc("lang", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return []string{"zh", "en"}, cobra.ShellCompDirectiveNoFileComp
	})
}

// zeroValue is what pflag takes for "no default" for the flag's type.
func zeroValue(f *pflag.Flag) string {
	switch f.Value.Type() {
	case "bool":
		return "false"
	case "int", "uint64":
		return "0"
	case "stringArray":
		return "[]"
	}
	return ""
}

// newHelpCmd is `evalctl help [command]`, in the language of --lang.
func newHelpCmd(lang msg.Lang) *cobra.Command {
	return &cobra.Command{
		Use:   "help [command]",
		Short: lang.T(msg.HelpCommand),
		Args:  cobra.ArbitraryArgs,
		RunE: func(c *cobra.Command, args []string) error {
			cmd, _, err := c.Root().Find(args)
			if err != nil || cmd == nil {
				return usage(msg.CmdUnknownCommand, args[0])
			}
			return cmd.Help()
		},
	}
}

// newCompletionCmd is `evalctl completion SHELL`.
func newCompletionCmd(s *streams) *cobra.Command {
	return &cobra.Command{
		Use:       "completion bash|zsh|fish|powershell",
		Args:      exactArgs(1),
		ValidArgs: []string{"bash", "zsh", "fish", "powershell"},
		RunE: func(c *cobra.Command, args []string) error {
			root := c.Root()
			switch args[0] {
			case "bash":
				return root.GenBashCompletionV2(s.Out, true)
			case "zsh":
				return root.GenZshCompletion(s.Out)
			case "fish":
				return root.GenFishCompletion(s.Out, true)
			case "powershell":
				return root.GenPowerShellCompletionWithDesc(s.Out)
			}
			return usage(msg.CmdUnknownShell, args[0])
		},
	}
}
