package report

import (
	"bufio"
	"fmt"
	"html"
	"io"
	"strings"

	"github.com/evalctl/evalctl/internal/contract"
	"github.com/evalctl/evalctl/internal/msg"
)

// WriteNoticeWorkbook writes the notice as a sheet that prints on A4
// portrait: the title over the columns, the lists in bordered tables with
// their header rows, then the period, the telephone and the signature.
func WriteNoticeWorkbook(path string, n Notice, lang msg.Lang) error {
	b := &xbook{title: n.Title}
	s := b.sheet(contract.SheetNotice.In(lang))
	cols := len(n.Header)
	last := columnName(cols)
	// Widths in characters, as wide as the column's texts up to a cap
	// that keeps the page portrait; longer texts wrap.
	caps := map[string]int{lang.T(msg.ColSeq): 6, contract.ColID.In(lang): 10, contract.ColName.In(lang): 14,
		contract.ColUnit.In(lang): 26, contract.ColSection.In(lang): 18, contract.ColVerdict.In(lang): 30, contract.ColFinal.In(lang): 9}
	widths := make([]int, cols)
	for i, h := range n.Header {
		widths[i] = displayWidth(h)
	}
	for _, l := range n.Lists {
		for _, r := range l.Rows {
			for i, v := range n.cells(0, r) {
				widths[i] = max(widths[i], displayWidth(shown(v, fixed2)))
			}
		}
	}
	for i, h := range n.Header {
		s.widths = append(s.widths, float64(min(widths[i], caps[h])+2))
	}
	width := 0
	for _, w := range s.widths {
		width += int(w) - 1
	}
	row := 0
	line := func(text string, style xstyle, height float64) {
		row++
		if lines := wrappedLines(text, width); height == 0 && lines > 1 {
			height = float64(16*lines + 4)
		}
		s.row(row, height, []xcell{{text, style}})
		if cols > 1 {
			s.merges = append(s.merges, fmt.Sprintf("A%d:%s%d", row, last, row))
		}
	}
	line(n.Title, styleTitle, 48)
	row++
	line(n.Intro, styleWrapped, 0)
	for _, l := range n.Lists {
		row++
		line(l.heading(lang), styleSubtitle, 22)
		row++
		head := make([]xcell, cols)
		for i, h := range n.Header {
			head[i] = xcell{h, styleBoxedHead}
		}
		s.row(row, 20, head)
		if len(l.Rows) == 0 {
			line(lang.T(msg.NoticeNone), styleCentered, 0)
		}
		for i, r := range l.Rows {
			row++
			cells := make([]xcell, 0, cols)
			lines := 1
			for c, v := range n.cells(i+1, r) {
				st := styleBoxed
				switch x := v.(type) {
				case float64:
					st = styleBoxedFixed2
				case string:
					lines = max(lines, wrappedLines(x, int(s.widths[c])-1))
				}
				cells = append(cells, xcell{v, st})
			}
			s.row(row, float64(16*lines+4), cells)
		}
	}
	row++
	for _, text := range []string{n.Order, n.Period, n.Phone, n.Closing} {
		if text != "" {
			line(text, styleWrapped, 0)
		}
	}
	if n.Issuer != "" || n.Date != "" {
		row++
		for _, text := range []string{n.Issuer, n.Date} {
			if text != "" {
				line(text, styleRight, 0)
			}
		}
	}
	s.page = pageSetup{footer: lang.T(msg.PrintFooter)}
	return b.save(path)
}

// WriteNoticePage writes the notice to path atomically as one HTML page
// with everything in it: a browser prints it on A4 (the table headers
// repeat on every page) and Word opens it.
func WriteNoticePage(path string, n Notice, lang msg.Lang) error {
	return writeAtomic(path, func(w io.Writer) error { return writeNoticeHTML(w, n, lang) })
}

func writeNoticeHTML(w io.Writer, n Notice, lang msg.Lang) error {
	bw := bufio.NewWriter(w)
	e := html.EscapeString
	htmlLang := "zh-CN"
	if lang == msg.English {
		htmlLang = "en"
	}
	fmt.Fprintf(bw, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n", htmlLang, e(n.Title))
	bw.WriteString(noticeCSS)
	bw.WriteString("</head>\n<body>\n<main class=\"notice\">\n")
	// Numbers, codes and names stay on one line; units and verdicts wrap.
	classes := make([]string, len(n.Header))
	for i, h := range n.Header {
		switch h {
		case lang.T(msg.ColSeq), contract.ColFinal.In(lang):
			classes[i] = ` class="num"`
		case contract.ColID.In(lang), contract.ColName.In(lang):
			classes[i] = ` class="short"`
		}
	}
	fmt.Fprintf(bw, "<h1>%s</h1>\n<p class=\"intro\">%s</p>\n", e(n.Title), e(n.Intro))
	for _, l := range n.Lists {
		fmt.Fprintf(bw, "<section>\n<h2>%s</h2>\n<table>\n<thead><tr>", e(l.heading(lang)))
		for i, h := range n.Header {
			fmt.Fprintf(bw, "<th%s>%s</th>", classes[i], e(h))
		}
		bw.WriteString("</tr></thead>\n<tbody>\n")
		if len(l.Rows) == 0 {
			fmt.Fprintf(bw, "<tr><td class=\"none\" colspan=\"%d\">%s</td></tr>\n", len(n.Header), e(lang.T(msg.NoticeNone)))
		}
		for i, r := range l.Rows {
			bw.WriteString("<tr>")
			for c, v := range n.cells(i+1, r) {
				switch x := v.(type) {
				case nil:
					fmt.Fprintf(bw, "<td%s></td>", classes[c])
				case float64:
					fmt.Fprintf(bw, "<td%s>%.2f</td>", classes[c], x)
				default:
					fmt.Fprintf(bw, "<td%s>%s</td>", classes[c], e(fmt.Sprint(x)))
				}
			}
			bw.WriteString("</tr>\n")
		}
		bw.WriteString("</tbody>\n</table>\n</section>\n")
	}
	for _, text := range []string{n.Order, n.Period, n.Phone, n.Closing} {
		if text != "" {
			fmt.Fprintf(bw, "<p>%s</p>\n", e(text))
		}
	}
	if n.Issuer != "" || n.Date != "" {
		bw.WriteString("<p class=\"sign\">")
		var parts []string
		for _, text := range []string{n.Issuer, n.Date} {
			if text != "" {
				parts = append(parts, e(text))
			}
		}
		bw.WriteString(strings.Join(parts, "<br>"))
		bw.WriteString("</p>\n")
	}
	bw.WriteString("</main>\n</body>\n</html>\n")
	return bw.Flush()
}

// noticeCSS lays the page out for the screen and for A4 paper, in the
// fonts offices print notices in where the machine has them.
const noticeCSS = `<style>
@page { size: A4 portrait; margin: 20mm 18mm; }
body { margin: 0; background: #fff; color: #000;
  font-family: "FangSong", "仿宋", "SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", serif;
  font-size: 12pt; line-height: 1.6; }
.notice { max-width: 174mm; margin: 0 auto; padding: 12mm 0; }
h1 { font-family: "SimHei", "黑体", "Heiti SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif;
  font-size: 20pt; text-align: center; margin: 0 0 8mm; line-height: 1.4; }
h2 { font-family: "SimHei", "黑体", "Heiti SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif;
  font-size: 14pt; margin: 6mm 0 3mm; }
p { margin: 2mm 0; text-indent: 2em; }
p.sign { text-align: right; text-indent: 0; margin-top: 10mm; }
table { width: 100%; border-collapse: collapse; font-size: 10.5pt; line-height: 1.4; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; break-inside: avoid; }
th, td { border: 1px solid #000; padding: 1mm 1.5mm; text-align: center; vertical-align: middle; }
th { background: #ededed; font-weight: bold; }
.num { font-variant-numeric: tabular-nums; white-space: nowrap; }
.short { white-space: nowrap; }
td.none { color: #444; }
@media print { .notice { padding: 0; max-width: none; } th { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
</style>
`
