// Package xlsx reads the sheets of .xlsx workbooks: strictly, within stated
// bounds, and about as fast as the sheet can be inflated. It replaces
// excelize for reading sheets; excelize stays for writing workbooks and for
// what it does well, such as excelize.Decrypt, whose output (the plain zip
// bytes) is what this package reads. It imports no package of this module.
//
// # The model
//
// [Open] takes the workbook's bytes, already in memory, and [Limits]. It
// reads only the index: the sheets in order, found through xl/workbook.xml
// and its relationships (targets absolute or relative; the package
// relationships are consulted when xl/workbook.xml is elsewhere). The
// shared-string table is read once, when a sheet is first opened, into one
// string and an array of offsets.
//
// [Workbook.OpenSheet] gives a [Sheet], read row by row like a
// bufio.Scanner: Next, Row, Err. A [Row] is the row's 1-based number and its
// [Cell]s present in the XML, by column. A Cell has its 0-based column, its
// [Kind], its Text, and whether it has a formula. [Row.Strings] gives the
// dense []string that excelize's Rows().Columns gives.
//
// The sheet's XML is read by a byte scanner written for SpreadsheetML, not
// by encoding/xml: every byte is first checked as UTF-8 and as a character
// XML allows, then tags, attributes (any order, either quote), namespace
// prefixes (<x:c>), references (&amp; &#20013; &#x4E2D;), CDATA, comments
// and processing instructions are read as XML defines them, and the whole
// part must be well-formed to its end, past the rows. Rows and cells without
// an r attribute follow the one before, as Excel places them.
//
// # Values
//
// Text is what excelize's Rows().Columns(Options{RawCellValue: true}) gives
// for the cell: numbers as written ("12345678901", "1E-7"), shared and
// inline strings with rich-text runs joined and phonetic runs (<rPh>) left
// out, the _xHHHH_ escapes of ST_Xstring decoded in those strings (not in a
// formula's string result, as excelize does not), XML line ends normalized.
// The kind says which: [Number], [SharedString], [InlineString],
// [FormulaString], [Boolean], [ErrorCode], [Date] (t="d", as written), a
// [Blank] cell present with no value, and [FormulaNoValue], a formula whose
// writer never stored its value: its text is "" as in excelize, but its kind
// says that the value is unknown rather than blank.
//
// # Cost
//
// A caller iterating rows does not allocate per cell. Row.Cells is a buffer
// reused from row to row (Row.Clone keeps one). Each Text is an ordinary
// string that stays good: a shared string is a slice of the table's one
// string, no copy; the other text of a row (numbers, inline strings) is
// decoded into one buffer and made into one string per row. So a row of
// shared strings allocates nothing, and a row with a numeric ballot number
// allocates once.
//
// A sheet part is never copied to a temporary file, and a large one is
// never held whole: it is inflated through a window of a few hundred
// kilobytes, on its own goroutine, a few chunks ahead of the scanner, so
// that on two cores a large sheet reads in about the time it takes to
// inflate it (see BenchmarkReadSheet and BenchmarkInflate). A streamed Sheet
// must be closed if it is not read to its end.
//
// # Merged ranges
//
// <mergeCells> comes after <sheetData>, but a caller streaming rows needs
// the merged ranges as the rows go by: a 代表类别 merged down a run of
// ballots, a title merged across. Inflating the part twice would double the
// cost of a large sheet, so the size the zip directory declares decides:
//
//   - A sheet part of at most Limits.MemorySheetBytes (16 MiB, some 100,000
//     ballots) is inflated once into memory. Its merged ranges are read from
//     its tail, after the last "</sheetData>", before the first row, and
//     Sheet.MergesKnown is true from the start. The guess is checked: the
//     rows' reading reads the tail again in order and must find the same
//     ranges, or fail. (A comment that looks like </sheetData> after the
//     real one makes the tail unreadable, and the sheet is then read once
//     in full for its ranges before its rows are given.)
//   - A larger sheet is streamed in one pass, and its merged ranges are
//     known when Next has returned false without error. A caller can then
//     refuse, with a located error, a merged range over the data rows of a
//     large sheet; merged ranges in the header area are harmless, as a
//     reader of merged headers copes with the blank cells under them.
//
// Merged ranges are sorted by first row, and two that share a cell are
// refused. That check, and [Filler], which gives every cell of a range the
// top-left value as rows stream past, cost time in the cells present and
// the number of ranges, never in a range's area: H2:XFD1048576 is as cheap as
// H2:I3. The Filler fills a range only across the sheet's used width (the
// rightmost cell present so far), and only in rows present in the XML.
//
// # Limits and errors
//
// Every bound of [Limits] has a default and is checked as bytes arrive: the
// inflated size of a part and of all parts (counted, not taken from the zip
// directory, which may lie; a directory that declares too much is refused
// before reading), the ratio of inflated to compressed size, rows, columns,
// characters in a cell, shared strings and their bytes, merged ranges. A zip
// bomb is refused after reading about the limit, in constant memory.
//
// Every error about the workbook's contents is an [*Error], with the part,
// sheet, row, cell and byte offset reached, and a [Kind][ErrorKind]:
// [Malformed] XML, [Invalid] content, a [Corrupt] zip (truncated or damaged
// deflate data, a CRC or size mismatch, found by reading every part to its
// end), [TooLarge] for a limit, [NotFound] for a sheet. Reading never stops
// early without an error and never returns part of a sheet as if it were all
// of it.
//
// # Differences from excelize
//
// Where excelize reads a well-formed sheet correctly, this package reads the
// same text. Deliberately:
//
//   - A boolean is "TRUE" or "FALSE", where excelize's raw value is "1" or
//     "0", which a numeric score would take for a number.
//   - excelize stops silently at ill-formed XML (a bare "&" drops every row
//     after it), reads a shared-string index out of range or not a number
//     as blank or as string 0, and puts cells that go backwards at the end of
//     the row. Each of these is an error here, as are: a cell reference
//     that is not one Excel writes (lowercase, "$", another row), a row
//     number out of order, an unknown cell type, a number that is not one
//     (hex, "1,5", "Inf"), a boolean other than 0 or 1, an escaped UTF-16
//     surrogate (_xD800_), an encoding other than UTF-8 (excelize would
//     convert a GBK part), a DOCTYPE, overlapping merged ranges.
//   - Rows are read only inside <sheetData>, cells only inside rows, values
//     only directly in cells. excelize reads a <row> or <c> wherever it
//     finds one before </sheetData>, and a <v> nested in anything inside a
//     cell; such a sheet is refused here rather than read differently.
//
// FuzzSheet holds this package to excelize's reading of mutated sheets:
// either a located error or exactly excelize's cells.
package xlsx
