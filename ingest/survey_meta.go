package ingest

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/evalctl/evalctl/evaluate"
)

// metaOf reads a submission's metadata. Nothing in it is ever an error: a
// value that cannot be read is kept as written, and the field it would
// have filled stays unknown.
func (sv *survey) metaOf(cells []string) *evaluate.Meta {
	m := &evaluate.Meta{}
	var started time.Time
	for _, c := range sv.meta {
		v := at(cells, c.col)
		m.Fields = append(m.Fields, evaluate.Field{Name: c.header, Value: v})
		switch c.kind {
		case metaSubmitted:
			m.Submitted = parseTime(v)
		case metaStarted:
			started = parseTime(v)
		case metaSeconds:
			m.Seconds = parseSeconds(v)
		case metaIP:
			m.IP = parseIP(v)
		case metaChannel:
			m.Channel = v
		}
	}
	if m.Submitted.IsZero() && !started.IsZero() {
		m.Submitted = started.Add(time.Duration(m.Seconds) * time.Second)
	}
	return m
}

// timeLayouts are the ways platforms and Excel write a submit time.
var timeLayouts = []string{
	"2006/1/2 15:04:05", "2006-1-2 15:04:05", "2006/1/2 15:04", "2006-1-2 15:04",
	"2006年1月2日 15:04:05", "2006年1月2日 15:04", "2006-01-02T15:04:05",
}

// parseTime reads a submit time as written, or as Excel stores a date (a
// number of days since 1899-12-30); the zero time when it cannot.
func parseTime(s string) time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}
	}
	for _, l := range timeLayouts {
		if t, err := time.ParseInLocation(l, s, time.UTC); err == nil {
			return t
		}
	}
	if days, err := strconv.ParseFloat(s, 64); err == nil && days > 1 && days < 100000 {
		whole, frac := math.Modf(days)
		base := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
		return base.AddDate(0, 0, int(whole)).Add(time.Duration(math.Round(frac*86400)) * time.Second)
	}
	return time.Time{}
}

// parseSeconds reads a duration: "156秒", "2分36秒", "1小时2分", "00:02:36"
// or a bare number of seconds; 0 when it cannot.
func parseSeconds(s string) int {
	s = strings.TrimSpace(s)
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	if parts := strings.Split(s, ":"); len(parts) >= 2 && len(parts) <= 3 {
		total := 0
		for _, p := range parts {
			n, err := strconv.Atoi(p)
			if err != nil {
				return 0
			}
			total = total*60 + n
		}
		return total
	}
	total, num := 0, 0
	digits := false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			num, digits = num*10+int(r-'0'), true
		case r == '时' || r == '小':
			if r == '时' {
				total, num, digits = total+num*3600, 0, false
			}
		case r == '分':
			total, num, digits = total+num*60, 0, false
		case r == '秒':
			total, num, digits = total+num, 0, false
		case r == ' ' || r == '钟':
		default:
			return 0
		}
	}
	if digits {
		total += num
	}
	return total
}

// parseIP drops the place a platform writes after the address:
// "223.104.63.12(湖北-咸宁)" is 223.104.63.12.
func parseIP(s string) string {
	if i := strings.IndexAny(s, "(（ "); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}
