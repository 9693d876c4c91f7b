package ingest

import (
	"github.com/evalctl/evalctl/ingest/xlsx"
	"github.com/evalctl/evalctl/internal/msg"
)

// xlsxTexts gives the catalogue's text for each format of the workbook
// reader's errors (xlsx.Error.Format), which takes the error's Args as they
// are. Package xlsx imports nothing of this module and speaks English to
// developers; this table is where its errors learn the user's language.
// TestEveryXLSXFormatHasAText reads the reader's source and fails for a
// format missing here.
var xlsxTexts = map[string]msg.Key{
	// The zip container.
	"not a readable zip archive":                    msg.XLSXNotZip,
	"two zip entries named %q":                      msg.XLSXDuplicateEntry,
	"unsupported compression method %d":             msg.XLSXCompression,
	"cannot open the part":                          msg.XLSXCannotOpen,
	"the part's CRC-32 does not match its contents": msg.XLSXChecksum,
	"cannot inflate the part":                       msg.XLSXCannotInflate,
	"the part's data is truncated or its size does not match the zip directory": msg.XLSXPartTruncated,

	// The workbook's index.
	"the workbook has no part %s":                   msg.XLSXNoPart,
	"the workbook has no part %s for sheet %q":      msg.XLSXNoSheetPart,
	"sheet %q has no relationship %q":               msg.XLSXNoRelationship,
	"sheet %q is in another file, %s":               msg.XLSXExternalSheet,
	"a sheet with no name or a name used twice: %q": msg.XLSXSheetName,
	"no sheet named %q":                             msg.XLSXNoSheet,
	"the part is cut short at line %d":              msg.XLSXCutShort,
	"the part is not well-formed XML at line %d":    msg.XLSXNotWellFormed,
	"the part cannot be read as XML":                msg.XLSXNotXML,

	// The XML of a part.
	"the part has no root element":                            msg.XLSXNoRoot,
	"</%s> before any element":                                msg.XLSXEndFirst,
	"an unterminated XML declaration":                         msg.XLSXOpenDeclaration,
	"the part declares encoding %q; only UTF-8 is read":       msg.XLSXEncoding,
	"an element after the root element":                       msg.XLSXAfterRoot,
	"an XML declaration that is not at the start of the part": msg.XLSXDeclarationLate,
	"a DOCTYPE declaration (not allowed in a workbook part)":  msg.XLSXDoctype,
	"the part ends inside a tag":                              msg.XLSXEndsInTag,
	"the part ends inside a start tag":                        msg.XLSXEndsInStartTag,
	"the part ends inside an end tag":                         msg.XLSXEndsInEndTag,
	"the part ends inside <%s>":                               msg.XLSXEndsInElement,
	"%q after \"<\" does not start a tag":                     msg.XLSXNotATag,
	"text %q where only tags may be":                          msg.XLSXTextBetweenTags,
	"a CDATA section where only tags may be":                  msg.XLSXCDATABetweenTags,
	"\"/\" not followed by \">\" in tag <%s>":                 msg.XLSXSlashInTag,
	"an attribute name expected in tag <%s>":                  msg.XLSXAttrName,
	"attribute %s without \"=\" in tag <%s>":                  msg.XLSXAttrNoEquals,
	"the value of attribute %s is not quoted":                 msg.XLSXAttrNotQuoted,
	"\"<\" in the value of attribute %s":                      msg.XLSXAttrLT,
	"a name expected after \"</\"":                            msg.XLSXEndTagName,
	"end tag </%s> not closed by \">\"":                       msg.XLSXEndTagOpen,
	"</%s> closes <%s>":                                       msg.XLSXMismatch,
	"unexpected <%s> in <%s>":                                 msg.XLSXUnexpectedIn,
	"\"<!\" starts neither a comment nor a CDATA section":     msg.XLSXBang,
	"\"--\" inside a comment":                                 msg.XLSXDashes,
	"an unterminated comment":                                 msg.XLSXOpenComment,
	"a processing instruction without a target":               msg.XLSXPINoTarget,
	"an unterminated processing instruction":                  msg.XLSXOpenPI,
	"an unterminated CDATA section":                           msg.XLSXOpenCDATA,
	"\"]]>\" in text":                                         msg.XLSXCDATAEnd,

	// Characters and references.
	"invalid UTF-8 (byte 0x%02x)":                              msg.XLSXBadUTF8,
	"character %U is not allowed in XML":                       msg.XLSXBadChar,
	"unknown entity %s":                                        msg.XLSXUnknownEntity,
	"empty character reference %s":                             msg.XLSXEmptyCharRef,
	"bad character reference %s":                               msg.XLSXBadCharRef,
	"character reference out of range %s":                      msg.XLSXCharRefRange,
	"character reference to a character XML does not allow %s": msg.XLSXCharRefNotAllowed,
	"\"&\" not followed by a reference ending in \";\" (a bare \"&\" must be written &amp;)": msg.XLSXBareAmp,

	// A sheet's layout, rows and cells.
	"the sheet part's root is <%s>, not <worksheet>":                             msg.XLSXSheetRoot,
	"<%s> in <sheetData>, where only rows may be":                                msg.XLSXNotRowInData,
	"<%s> outside <sheetData>":                                                   msg.XLSXOutsideData,
	"<%s> inside <%s>, outside <sheetData>":                                      msg.XLSXNestedOutsideData,
	"<mergeCells> before <sheetData>":                                            msg.XLSXMergesFirst,
	"a second <mergeCells>":                                                      msg.XLSXSecondMerges,
	"a second <sheetData>":                                                       msg.XLSXSecondData,
	"row number r=%q is not a number from 1 to %d":                               msg.XLSXRowNumber,
	"row %d comes after row %d: rows must go down the sheet":                     msg.XLSXRowsBackwards,
	"a <row> inside a <row>":                                                     msg.XLSXRowInRow,
	"unexpected <%s> in a row, where only cells may be":                          msg.XLSXNotCellInRow,
	"attribute r twice":                                                          msg.XLSXRefTwice,
	"attribute t twice":                                                          msg.XLSXTypeTwice,
	"unknown cell type t=%q":                                                     msg.XLSXCellType,
	"cell reference r=%q is not an A1 reference":                                 msg.XLSXCellRef,
	"cell %s is in row %d":                                                       msg.XLSXCellInOtherRow,
	"cell %s comes after %s: cells must go left to right":                        msg.XLSXCellsBackwards,
	"a cell past column XFD":                                                     msg.XLSXPastXFD,
	"a second <v> in a cell":                                                     msg.XLSXSecondValue,
	"a second <f> in a cell":                                                     msg.XLSXSecondFormula,
	"an inline string <is> in a cell whose type is not t=\"inlineStr\"":          msg.XLSXInlineNotInline,
	"a second <is> in a cell":                                                    msg.XLSXSecondInline,
	"unexpected <%s> in a cell":                                                  msg.XLSXUnexpectedInCell,
	"an inline string escapes a UTF-16 surrogate (_xD800_ to _xDFFF_)":           msg.XLSXInlineSurrogate,
	"%q is not a number":                                                         msg.XLSXNotNumber,
	"shared string index %q is not a number":                                     msg.XLSXSharedIndex,
	"shared string index %d is out of range: the workbook has %d shared strings": msg.XLSXSharedRange,
	"boolean value %q is not 0 or 1":                                             msg.XLSXBoolean,
	"a <t> after another <t> or a run <r> in <%s>":                               msg.XLSXTextAfterText,
	"a second <t> in a run <r>":                                                  msg.XLSXSecondTextInRun,
	"the merged ranges read ahead differ from those read in order (a comment or CDATA section that looks like </sheetData>?)": msg.XLSXMergesDiffer,

	// The shared strings.
	"the shared strings part's root is <%s>, not <sst>":                msg.XLSXSharedRoot,
	"shared string %d escapes a UTF-16 surrogate (_xD800_ to _xDFFF_)": msg.XLSXSharedSurrogate,

	// Merged cells.
	"merged range ref=%q is not an A1 range": msg.XLSXMergeRef,
	"merged ranges %s and %s overlap":        msg.XLSXMergesOverlap,

	// The reader's limits.
	"the part inflates past %d bytes (Limits.PartBytes)":                                                           msg.XLSXPartBytes,
	"the part inflates past %d bytes, more than %d times its %d compressed bytes (Limits.Ratio); a zip bomb?":      msg.XLSXPartRatio,
	"the workbook's parts inflate past %d bytes in all (Limits.TotalBytes)":                                        msg.XLSXTotalBytes,
	"the zip directory says the part inflates to %d bytes, more than %d (Limits.PartBytes)":                        msg.XLSXDeclaredBytes,
	"the zip directory says the part inflates from %d to %d bytes, more than %d times (Limits.Ratio); a zip bomb?": msg.XLSXDeclaredRatio,
	"a tag longer than %d bytes":                                       msg.XLSXTagTooLong,
	"elements nested more than %d deep":                                msg.XLSXTooDeep,
	"row %d is past %d rows (Limits.Rows)":                             msg.XLSXRows,
	"a cell past %d columns (Limits.Columns)":                          msg.XLSXColumns,
	"the cell's text is longer than %d characters (Limits.CellChars)":  msg.XLSXCellChars,
	"the row holds more than %d bytes of text":                         msg.XLSXRowBytes,
	"more than %d shared strings (Limits.SharedStrings)":               msg.XLSXSharedStrings,
	"shared string %d is longer than %d characters (Limits.CellChars)": msg.XLSXSharedChars,
	"the shared strings exceed %d bytes (Limits.SharedBytes)":          msg.XLSXSharedBytes,
	"more than %d merged ranges (Limits.Merges)":                       msg.XLSXMerges,
}

// xlsxDetail tells what the reader found wrong, in the catalogue's words,
// with the row where no cell is named. A format with no text (which
// TestEveryXLSXFormatHasAText rules out) falls back to the reader's English
// and the library error under it.
func xlsxDetail(xe *xlsx.Error) any {
	var d any
	if k, ok := xlsxTexts[xe.Format]; ok {
		d = msg.New(k, xe.Args...)
	} else {
		s := xe.Detail
		if xe.Err != nil {
			s += ": " + xe.Err.Error()
		}
		d = s
	}
	if xe.Cell == "" && xe.Row > 0 {
		d = msg.New(msg.XLSXAtRow, xe.Row, d)
	}
	return d
}
