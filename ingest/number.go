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
func parseNumber(s string) (float64, error) {
	t := strings.TrimSpace(width.Narrow.String(s))
	v, err := strconv.ParseFloat(t, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, fmt.Errorf("%q is not a number", s)
	}
	return v, nil
}
