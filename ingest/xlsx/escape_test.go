package xlsx

import (
	"encoding/xml"
	"io"
)

func xmlEscapeTo(w io.Writer, s string) error { return xml.EscapeText(w, []byte(s)) }
