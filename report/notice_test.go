package report

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/msg"
	"github.com/evalctl/evalctl/internal/xlsxdump"
)

func noticeIDs(l NoticeList) []string {
	var out []string
	for _, r := range l.Rows {
		out = append(out, r.ID)
	}
	return out
}

// The hand round's notice: the confirmed unsatisfactory T3 (A) and T4 (B,
// a veto), not T5 and T6, tied across B's cutoff, which the committee
// decides (counted as pending); the award T1. No period, telephone or
// signature unless given.
func TestNoticeLists(t *testing.T) {
	res := handRound(t)
	n := NewNotice(Publish(res, msg.Chinese), res.Rules, NoticeOptions{Lang: msg.Chinese})
	if got := noticeIDs(n.Lists[0]); !slices.Equal(got, []string{"T3", "T4"}) {
		t.Errorf("unsatisfactory %v, want T3, T4", got)
	}
	if got := noticeIDs(n.Lists[1]); !slices.Equal(got, []string{"T1"}) {
		t.Errorf("awarded %v, want T1", got)
	}
	if n.Pending != 2 {
		t.Errorf("%d pending, want 2 (T5, T6)", n.Pending)
	}
	if h := n.Lists[0].Heading; h != "群众不满意股长" || n.Lists[0].Rows[0].Verdict != h {
		t.Errorf("heading %q, verdict %q", h, n.Lists[0].Rows[0].Verdict)
	}
	if want := []string{"序号", "姓名", "单位", "股室", "结论"}; !slices.Equal(n.Header, want) {
		t.Errorf("header %v, want %v", n.Header, want)
	}
	if n.Period != "" || n.Phone != "" || n.Issuer != "" || n.Date != "" {
		t.Errorf("period %q, phone %q, issuer %q, date %q: none was given", n.Period, n.Phone, n.Issuer, n.Date)
	}
	// With 编号 and scores: those columns, the scores of the rows.
	n = NewNotice(Publish(res, msg.Chinese), res.Rules, NoticeOptions{Lang: msg.Chinese, IDs: true, Scores: true})
	if want := []string{"序号", "编号", "姓名", "单位", "股室", "结论", "最终得分"}; !slices.Equal(n.Header, want) {
		t.Errorf("header %v, want %v", n.Header, want)
	}
	if cells := n.cells(1, n.Lists[0].Rows[0]); cells[1] != "T3" || cells[6] != 42.0 {
		t.Errorf("first row %v", cells)
	}
}

// By 姓氏笔画: 王芳 (王, four strokes, 横 first) before 邓华 (邓, four
// strokes, 折 first), whatever their ranks; the characters the stroke
// table lacks are told.
func TestNoticeStrokes(t *testing.T) {
	res := handRound(t)
	p := Publish(res, msg.Chinese)
	for i := range p.Targets {
		switch p.Targets[i].ID {
		case "T3":
			p.Targets[i].Name = "邓华"
		case "T4":
			p.Targets[i].Name = "王芳"
		}
	}
	n := NewNotice(p, res.Rules, NoticeOptions{Lang: msg.Chinese, Order: evaluate.NoticeByStrokes})
	if got := noticeIDs(n.Lists[0]); !slices.Equal(got, []string{"T4", "T3"}) {
		t.Errorf("by strokes %v, want T4 (王芳), T3 (邓华)", got)
	}
	if n.Order != "以上名单按姓氏笔画排列，排名不分先后。" {
		t.Errorf("order %q", n.Order)
	}
	// The award's name, 姓名T1, holds characters the table lacks.
	if string(n.Unknown) != "姓名" {
		t.Errorf("unknown characters %q, want 姓名", string(n.Unknown))
	}
}

func TestNoticePeriod(t *testing.T) {
	res := handRound(t)
	day := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 0, 0, 0, 0, time.UTC) }
	for _, tc := range []struct {
		lang     msg.Lang
		from, to time.Time
		days     int
		want     string
	}{
		{msg.Chinese, day(1, 26), time.Time{}, 7, "公示期：2026年1月26日至2026年2月1日。"},
		{msg.Chinese, day(1, 5), day(1, 9), 7, "公示期：2026年1月5日至2026年1月9日。"},
		{msg.Chinese, time.Time{}, time.Time{}, 5, "公示期为 5 天。"},
		{msg.English, day(1, 26), time.Time{}, 7, "Notice period: 2026-01-26 to 2026-02-01."},
	} {
		n := NewNotice(Publish(res, tc.lang), res.Rules, NoticeOptions{Lang: tc.lang, From: tc.from, To: tc.to, Days: tc.days})
		if n.Period != tc.want {
			t.Errorf("period %q, want %q", n.Period, tc.want)
		}
	}
}

// The notice in both forms and languages, reviewed as golden files: the
// sheet's cells and the page's markup.
func TestNoticeGolden(t *testing.T) {
	res := handRound(t)
	dir := t.TempDir()
	for _, lang := range msg.Langs {
		opts := NoticeOptions{Lang: lang, IDs: true, Scores: true, From: time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC), Days: 7,
			Phone: "0715-5212345", Issuer: "赤壁市优化办"}
		n := NewNotice(Publish(res, lang), res.Rules, opts)
		book, page := filepath.Join(dir, string(lang)+".xlsx"), filepath.Join(dir, string(lang)+".html")
		if err := WriteNoticeWorkbook(book, n, lang); err != nil {
			t.Fatal(err)
		}
		if err := WriteNoticePage(page, n, lang); err != nil {
			t.Fatal(err)
		}
		dump, err := xlsxdump.File(book)
		if err != nil {
			t.Fatal(err)
		}
		golden(t, "notice-"+string(lang)+".golden", dump)
		html, err := os.ReadFile(page)
		if err != nil {
			t.Fatal(err)
		}
		golden(t, "notice-"+string(lang)+".html", string(html))
		if !strings.Contains(string(html), "@page { size: A4 portrait;") || strings.Contains(string(html), "http") {
			t.Error("the page is not self-contained A4")
		}
	}
}
