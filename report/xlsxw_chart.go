package report

import (
	"bytes"
	"fmt"
)

// xchart is a native chart drawn over a sheet: bars, lines, or bars with
// lines over them (a cutoff line over the scores), each series reading
// its name and values from cells.
type xchart struct {
	title string
	// from and to are the cells (0-based column, row) of the chart's
	// corners.
	fromCol, fromRow, toCol, toRow int
	// categories is the range of the category axis' labels.
	categories string
	series     []xseries
	// horizontal draws the bars across, one row a category.
	horizontal bool
	// valueFormat is the value axis' number format ("0.00", "0%").
	valueFormat string
	// min and max fix the value axis when max > min.
	min, max float64
}

// xseries is one series: bars or a line.
type xseries struct {
	name   string // a cell holding the series' name
	values string // the range of its values
	line   bool
	color  string // six hex digits
	dashed bool
	marker bool
}

// drawingXML anchors the sheet's charts.
func (s *xsheet) drawingXML(w *bytes.Buffer) {
	w.WriteString(xmlHeader)
	w.WriteString(`<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">`)
	for i, c := range s.charts {
		fmt.Fprintf(w, `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>%d</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>%d</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>`, c.fromCol, c.fromRow)
		fmt.Fprintf(w, `<xdr:to><xdr:col>%d</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>%d</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>`, c.toCol, c.toRow)
		fmt.Fprintf(w, `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="%d" name="Chart %d"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>`, i+2, i+1)
		w.WriteString(`<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">`)
		fmt.Fprintf(w, `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId%d"/>`, i+1)
		w.WriteString(`</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`)
	}
	w.WriteString(`</xdr:wsDr>`)
}

// drawingRels points the drawing at its charts, numbered on from first.
func (s *xsheet) drawingRels(w *bytes.Buffer, first int) {
	w.WriteString(xmlHeader)
	w.WriteString(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	for i := range s.charts {
		fmt.Fprintf(w, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart%d.xml"/>`, i+1, first+i+1)
	}
	w.WriteString(`</Relationships>`)
}

// xml writes the chart part: the bar series in one bar chart, the line
// series in one line chart over the same axes.
func (c xchart) xml(w *bytes.Buffer) {
	w.WriteString(xmlHeader)
	w.WriteString(`<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`)
	w.WriteString(`<c:roundedCorners val="0"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="zh-CN" sz="1200" b="1"/><a:t>`)
	writeEscaped(w, c.title)
	w.WriteString(`</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>`)
	var bars, lines []int
	for i, s := range c.series {
		if s.line {
			lines = append(lines, i)
		} else {
			bars = append(bars, i)
		}
	}
	if len(bars) > 0 {
		dir := "col"
		if c.horizontal {
			dir = "bar"
		}
		fmt.Fprintf(w, `<c:barChart><c:barDir val="%s"/><c:grouping val="clustered"/><c:varyColors val="0"/>`, dir)
		for _, i := range bars {
			s := c.series[i]
			c.seriesHead(w, i, s)
			fmt.Fprintf(w, `<c:spPr><a:solidFill><a:srgbClr val="%s"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`, s.color)
			c.seriesData(w, s)
			w.WriteString(`</c:ser>`)
		}
		// The bar series share their places: a target's bar is in one
		// series or another, coloured by what it is.
		w.WriteString(`<c:gapWidth val="40"/><c:overlap val="100"/><c:axId val="1"/><c:axId val="2"/></c:barChart>`)
	}
	if len(lines) > 0 {
		w.WriteString(`<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>`)
		for _, i := range lines {
			s := c.series[i]
			c.seriesHead(w, i, s)
			fmt.Fprintf(w, `<c:spPr><a:ln w="22225" cap="rnd"><a:solidFill><a:srgbClr val="%s"/></a:solidFill>`, s.color)
			if s.dashed {
				w.WriteString(`<a:prstDash val="dash"/>`)
			}
			w.WriteString(`<a:round/></a:ln></c:spPr>`)
			if s.marker {
				fmt.Fprintf(w, `<c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr><a:solidFill><a:srgbClr val="%s"/></a:solidFill></c:spPr></c:marker>`, s.color)
			} else {
				w.WriteString(`<c:marker><c:symbol val="none"/></c:marker>`)
			}
			c.seriesData(w, s)
			w.WriteString(`<c:smooth val="0"/></c:ser>`)
		}
		w.WriteString(`<c:marker val="1"/><c:axId val="1"/><c:axId val="2"/></c:lineChart>`)
	}
	catPos, valPos := "b", "l"
	if c.horizontal {
		catPos, valPos = "l", "b"
	}
	orientation := "minMax"
	if c.horizontal { // the first category at the top, as the table reads
		orientation = "maxMin"
	}
	fmt.Fprintf(w, `<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="%s"/></c:scaling><c:delete val="0"/><c:axPos val="%s"/>`, orientation, catPos)
	w.WriteString(`<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>`)
	w.WriteString(`<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="800"/></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>`)
	w.WriteString(`<c:crossAx val="2"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`)
	w.WriteString(`<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/>`)
	if c.max > c.min {
		fmt.Fprintf(w, `<c:max val="%g"/><c:min val="%g"/>`, c.max, c.min)
	}
	fmt.Fprintf(w, `</c:scaling><c:delete val="0"/><c:axPos val="%s"/><c:majorGridlines/>`, valPos)
	format := c.valueFormat
	if format == "" {
		format = "General"
	}
	w.WriteString(`<c:numFmt formatCode="`)
	writeEscaped(w, format)
	w.WriteString(`" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>`)
	w.WriteString(`<c:crossAx val="1"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`)
	w.WriteString(`</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>`)
	w.WriteString(`<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"><a:latin typeface="Calibri"/></a:defRPr></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>`)
	w.WriteString(`</c:chartSpace>`)
}

func (c xchart) seriesHead(w *bytes.Buffer, i int, s xseries) {
	fmt.Fprintf(w, `<c:ser><c:idx val="%d"/><c:order val="%d"/><c:tx><c:strRef><c:f>`, i, i)
	writeEscaped(w, s.name)
	w.WriteString(`</c:f></c:strRef></c:tx>`)
}

func (c xchart) seriesData(w *bytes.Buffer, s xseries) {
	w.WriteString(`<c:cat><c:strRef><c:f>`)
	writeEscaped(w, c.categories)
	w.WriteString(`</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>`)
	writeEscaped(w, s.values)
	w.WriteString(`</c:f></c:numRef></c:val>`)
}

// cellRange is a range of one column of a sheet, absolute: '图表'!$C$2:$C$9.
func cellRange(sheet string, col, from, to int) string {
	c := columnName(col)
	return fmt.Sprintf("%s!$%s$%d:$%s$%d", quoteSheet(sheet), c, from, c, to)
}

// cellRef is one cell of a sheet, absolute: '图表'!$C$1.
func cellRef(sheet string, col, row int) string {
	return fmt.Sprintf("%s!$%s$%d", quoteSheet(sheet), columnName(col), row)
}
