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
		Use:  "notice ROUND.xlsx|RESULTS.xlsx|RESULTS.json [-o NOTICE]",
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
	f.StringVarP(&o.output, "output", "o", "", "")
	f.StringVar(&o.order, "order", "", "")
	f.BoolVar(&o.ids, "ids", false, "")
	f.BoolVar(&o.scores, "scores", false, "")
	f.StringVar(&o.from, "from", "", "")
	f.StringVar(&o.to, "to", "", "")
	f.IntVar(&o.days, "days", 0, "")
	f.StringVar(&o.phone, "phone", "", "")
	f.StringVar(&o.issuer, "issuer", "", "")
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
			return opts, usage(msg.CmdNoticeOrder, o.order)
		}
	}
	if o.days < 0 {
		return opts, usage(msg.CmdNoticeDays, o.days)
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
