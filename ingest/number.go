package ingest

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"golang.org/x/text/width"
)

// parseNumber reads a number as a person would: full-width digits (８５．５)
// and surrounding blanks are accepted; anything else is an error.
//
// strconv alone would also take Go syntax that no one types for a score and
// that hides typos: hexadecimal (0x1p6 is 64) and digit separators (8_5 is
// 85). Only the characters of a decimal number are let through to it.
func parseNumber(s string) (float64, error) {
	t := strings.TrimSpace(width.Narrow.String(s))
	if t == "" || strings.Trim(t, "0123456789.eE+-") != "" {
		return 0, fmt.Errorf("%q is not a number", s)
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, fmt.Errorf("%q is not a number", s)
	}
	return v, nil
}
