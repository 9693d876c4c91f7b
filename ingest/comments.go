package ingest

import (
	"strings"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/contract"
)

// commentColumn is a free-text column of a ballot sheet: about one target,
// or the ballot as a whole (target -1).
type commentColumn struct {
	col, target int
	header      string
}

// commentsOf reads a row's comments.
func commentsOf(columns []commentColumn, cells []string) []evaluate.Comment {
	var out []evaluate.Comment
	for _, c := range columns {
		if v := at(cells, c.col); v != "" {
			out = append(out, evaluate.Comment{Target: c.target, Column: c.header, Col: c.col, Text: v})
		}
	}
	return out
}

// isComment reports whether column col is headed 意见建议 or 备注.
func (h header) isComment(col int) bool {
	for _, l := range []contract.Label{contract.ColComment, contract.ColNote} {
		if h.has(l) && h.col(l) == col {
			return true
		}
	}
	return false
}

// isCommentHeader reports whether a header is one of the rules' comment
// columns.
func (r *resolver) isCommentHeader(text string) bool {
	text = strings.TrimSpace(text)
	if text == "" {
		return false
	}
	for _, c := range r.rules.Ballots.Comments.Columns {
		if strings.EqualFold(strings.TrimSpace(c), text) {
			return true
		}
	}
	return false
}

// isCommentLabel reports whether text names a comment column: 意见建议,
// 备注 or one of the rules' comment columns.
func (r *resolver) isCommentLabel(text string) bool {
	return contract.ColComment.Matches(text) || contract.ColNote.Matches(text) || r.isCommentHeader(text)
}
