package main

import (
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/ingest"
	"github.com/evalctl/evalctl/internal/msg"
	"github.com/evalctl/evalctl/report"
)

type noticeOptions struct {
	roundOptions
	output        string
	order         string
	ids, scores   bool
	from, to      string
	days          int
	phone, issuer string
}

func newNoticeCmd(s *streams, g *globals) *cobra.Command {
	o := &noticeOptions{}
	cmd := &cobra.Command{
		Use:   "notice ROUND.xlsx|RESULTS.xlsx|RESULTS.json [-o NOTICE]",
		Short: "Write the public notice (公示) of the results, as a sheet and as a web page",
		Long: `Write what the office posts: the title, the confirmed unsatisfactory and the awarded,
each with 姓名, 单位, 股室 and the verdict (--ids adds 编号, --scores the final scores),
the notice period and the telephone for objections, as a workbook that prints on A4
(<input>-公示.xlsx) and as one self-contained web page (<input>-公示.html) that a
browser prints and Word opens. Targets the committee has still to decide on (tied at
the cutoff, or in a category too small) are left off, and counted on stderr.

The input is a round workbook, scored here with the rules, or the results workbook or
JSON that evalctl score wrote (read with the rules it records, else --rules/--preset).
--order strokes lists by 姓氏笔画 where the order must say nothing of rank; the
rules' notice section (order, days, phone, issuer) gives what the flags do not.` + "\n" + exitStatusHelp,
		Args: exactArgs(1),
		RunE: onInput(g, &o.input, func(lang msg.Lang) error { return noticeRun(o, s, lang) }),
	}
	o.AddFlags(cmd)
	return cmd
}

// AddFlags adds the round's flags, for a round to score, and notice's own.
func (o *noticeOptions) AddFlags(cmd *cobra.Command) {
	o.roundOptions.AddFlags(cmd)
	f := cmd.Flags()
	f.StringVarP(&o.output, "output", "o", "", "the notice's files without extension: NOTICE.xlsx and NOTICE.html (default <input>-公示)")
	f.StringVar(&o.order, "order", "", "rank (category, then rank) or strokes (姓氏笔画); default the rules' notice.order, else rank")
	f.BoolVar(&o.ids, "ids", false, "add the 编号 column")
	f.BoolVar(&o.scores, "scores", false, "add the final scores")
	f.StringVar(&o.from, "from", "", "first day of the notice period (2026-01-05); also the date under the signature")
	f.StringVar(&o.to, "to", "", "last day of the notice period (default --from plus the rules' notice.days or --days)")
	f.IntVar(&o.days, "days", 0, "days the notice is posted (default the rules' notice.days)")
	f.StringVar(&o.phone, "phone", "", "telephone for objections (default the rules' notice.phone)")
	f.StringVar(&o.issuer, "issuer", "", "who signs the notice (default the rules' notice.issuer)")
}

func noticeRun(o *noticeOptions, s *streams, lang msg.Lang) error {
	published, rules, err := noticeSource(o, s, lang)
	if err != nil {
		return err
	}
	opts, err := o.noticeOptions(rules, lang)
	if err != nil {
		return err
	}
	stem := o.output
	if stem == "" {
		stem = beside(o.input, lang.T(msg.NoticeFileSuffix))
	} else if ext := strings.ToLower(filepath.Ext(stem)); ext == ".xlsx" || ext == ".html" || ext == ".htm" {
		stem = strings.TrimSuffix(stem, filepath.Ext(stem))
	}
	book, page := stem+".xlsx", stem+".html"
	guard := guardInputs(append([]string{o.input, o.rulesFile}, o.ballots...)...)
	for _, out := range []string{book, page} {
		if err := guard.check(out, msg.CmdOutputIsInput); err != nil {
			return err
		}
	}
	n := report.NewNotice(published, rules, opts)
	if n.Pending > 0 {
		note(s, lang, msg.NoteNoticePending, n.Pending)
	}
	if len(n.Unknown) > 0 {
		note(s, lang, msg.NoteNoticeStrokes, string(n.Unknown))
	}
	if err := report.WriteNoticeWorkbook(book, n, lang); err != nil {
		return msg.Errorf(msg.CmdWriting, book, err)
	}
	if err := report.WriteNoticePage(page, n, lang); err != nil {
		return msg.Errorf(msg.CmdWriting, page, err)
	}
	note(s, lang, msg.NoteWroteNotice, book, page, len(n.Lists[0].Rows), n.Lists[0].Heading, len(n.Lists[1].Rows), n.Lists[1].Heading)
	return nil
}

// noticeSource reads results evalctl wrote, with the rules they record
// (else the flags' rules), or scores a round workbook.
func noticeSource(o *noticeOptions, s *streams, lang msg.Lang) (*evaluate.Published, *evaluate.Rules, error) {
	isResults, err := ingest.IsResults(o.input)
	if err != nil {
		return nil, nil, err
	}
	if !isResults {
		res, _, err := scoreRound(&o.roundOptions, s, lang)
		if err != nil {
			return nil, nil, err
		}
		res.Year = ingest.YearFromName(o.input)
		return report.Publish(res, lang), res.Rules, nil
	}
	p, _, err := ingest.ReadResults(o.input)
	if err != nil {
		return nil, nil, err
	}
	if len(p.RulesYAML) > 0 {
		rules, err := ingest.ParseRules(o.input, p.RulesYAML, o.preset)
		if err != nil {
			return nil, nil, err
		}
		return p, rules, nil
	}
	rules, _, err := o.loadRules()
	if err != nil {
		return nil, nil, err
	}
	return p, rules, nil
}

// noticeOptions takes each option from its flag, else from the rules.
func (o *noticeOptions) noticeOptions(rules *evaluate.Rules, lang msg.Lang) (report.NoticeOptions, error) {
	opts := report.NoticeOptions{Lang: lang, IDs: o.ids, Scores: o.scores, Order: rules.Notice.Order,
		Days: rules.Notice.Days, Phone: rules.Notice.Phone, Issuer: rules.Notice.Issuer}
	if o.order != "" {
		opts.Order = evaluate.NoticeOrder(strings.ToLower(strings.TrimSpace(o.order)))
		if !opts.Order.Valid() {
			return opts, usage(msg.CmdFlagBadValue, "--order", o.order)
		}
	}
	if o.days < 0 {
		return opts, usage(msg.CmdFlagBadValue, "--days", o.days)
	}
	if o.days > 0 {
		opts.Days = o.days
	}
	for _, v := range []struct{ flag, value string }{{"--phone", o.phone}, {"--issuer", o.issuer}} {
		if strings.TrimSpace(v.value) == "" {
			continue
		}
		if v.flag == "--phone" {
			opts.Phone = strings.TrimSpace(v.value)
		} else {
			opts.Issuer = strings.TrimSpace(v.value)
		}
	}
	var err error
	if opts.From, err = parseDate("--from", o.from); err != nil {
		return opts, err
	}
	if opts.To, err = parseDate("--to", o.to); err != nil {
		return opts, err
	}
	if !opts.From.IsZero() && !opts.To.IsZero() && opts.To.Before(opts.From) {
		return opts, usage(msg.CmdNoticeDates, o.to, o.from)
	}
	return opts, nil
}

// parseDate reads a date as offices write it: 2026-01-05, 2026/1/5,
// 2026.1.5 or 2026年1月5日; "" is no date.
func parseDate(flag, s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	norm := strings.NewReplacer("年", "-", "月", "-", "日", "", "/", "-", ".", "-").Replace(s)
	if d, err := time.Parse("2006-1-2", norm); err == nil {
		return d, nil
	}
	return time.Time{}, usage(msg.CmdBadDate, flag, s)
}
