package xlsx

// Limits bound what reading a workbook may cost. A zero field takes its
// default; each bound exceeded is an [Error] of kind [TooLarge] naming the
// limit, raised after reading at most about that much.
type Limits struct {
	// PartBytes bounds the inflated size of one part (a sheet, the shared
	// strings). Default 1 GiB: a million ballots of 20 ratings is about
	// 700 MB of sheet XML.
	PartBytes int64
	// TotalBytes bounds the inflated bytes of all parts read through one
	// Workbook. Default 2 GiB.
	TotalBytes int64
	// Ratio bounds how many times larger than its compressed data a part
	// may inflate, once it is past 1 MiB. Deflate cannot expand more than
	// about 1032 times; the sample rounds' sheets inflate 3 to 12 times,
	// and even 200,000 rows of styled blank cells only 12 times (their
	// references differ). Default 200.
	Ratio int64
	// Rows bounds the row number of any row. Default 1,048,576, Excel's.
	Rows int
	// Columns bounds the column count: a cell's 0-based column must be
	// below it. Default 16,384 (A..XFD), Excel's.
	Columns int
	// CellChars bounds the characters of one cell's text or one shared
	// string. Default 32,767, Excel's.
	CellChars int
	// SharedStrings bounds the number of shared strings. Default 4,000,000.
	SharedStrings int
	// SharedBytes bounds the total UTF-8 bytes of the shared strings, which
	// are held in memory. Default 256 MiB.
	SharedBytes int64
	// Merges bounds the merged ranges of one sheet. Default 1,048,576.
	Merges int
	// MemorySheetBytes is the largest sheet part, by its declared inflated
	// size, that is inflated once into memory so that its merged ranges are
	// known before its rows; a larger sheet is streamed and its merged
	// ranges are known at the end. Default 16 MiB.
	MemorySheetBytes int64
}

// DefaultLimits are the limits a zero [Limits] stands for.
var DefaultLimits = Limits{
	PartBytes:        1 << 30,
	TotalBytes:       2 << 30,
	Ratio:            200,
	Rows:             1 << 20,
	Columns:          1 << 14,
	CellChars:        32767,
	SharedStrings:    4_000_000,
	SharedBytes:      256 << 20,
	Merges:           1 << 20,
	MemorySheetBytes: 16 << 20,
}

// ratioFloor is how far a part may inflate before Ratio applies: a tiny
// part may compress very well and still be harmless.
const ratioFloor = 1 << 20

// withDefaults fills every zero (or negative) field from DefaultLimits, and
// clamps Rows and Columns to what a cell reference can name.
func (l Limits) withDefaults() Limits {
	d := DefaultLimits
	if l.PartBytes <= 0 {
		l.PartBytes = d.PartBytes
	}
	if l.TotalBytes <= 0 {
		l.TotalBytes = d.TotalBytes
	}
	if l.Ratio <= 0 {
		l.Ratio = d.Ratio
	}
	if l.Rows <= 0 || l.Rows > maxRows {
		l.Rows = d.Rows
	}
	if l.Columns <= 0 || l.Columns > maxColumns {
		l.Columns = d.Columns
	}
	if l.CellChars <= 0 {
		l.CellChars = d.CellChars
	}
	if l.SharedStrings <= 0 {
		l.SharedStrings = d.SharedStrings
	}
	if l.SharedBytes <= 0 {
		l.SharedBytes = d.SharedBytes
	}
	if l.Merges <= 0 {
		l.Merges = d.Merges
	}
	if l.MemorySheetBytes <= 0 {
		l.MemorySheetBytes = d.MemorySheetBytes
	}
	return l
}
