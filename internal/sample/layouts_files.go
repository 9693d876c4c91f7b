package sample

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// LayoutFile is one file of the layouts testdata: a workbook of Sheets, or,
// when Sheets is nil, Data (a CSV or a rules file) as bytes.
type LayoutFile struct {
	Path   string // slash-separated, relative to the layouts folder
	Sheets []Sheet
	Data   []byte
}

// LayoutRound is one way of keying in a family's round: what to pass to
// evalctl score. Paths are relative to the layouts folder.
type LayoutRound struct {
	Family  string // "one" or "five"
	Name    string
	Round   string
	Ballots []string // --ballots arguments, in order
	// Clean says the round holds none of the planted invalid ballots.
	Clean bool
}

// LayoutRounds lists every layout of both families; the first of each
// family is its reference.
var LayoutRounds = []LayoutRound{
	{Family: "one", Name: "wide", Round: "one/wide.xlsx"},
	{Family: "one", Name: "names", Round: "one/names.xlsx"},
	{Family: "one", Name: "per-group", Round: "one/per-group.xlsx"},
	{Family: "one", Name: "long", Round: "one/long.xlsx"},
	{Family: "one", Name: "csv-utf8", Round: "one/csv-utf8"},
	{Family: "one", Name: "csv-bom", Round: "one/csv-bom"},
	{Family: "one", Name: "csv-gb18030", Round: "one/csv-gb18030"},
	{Family: "one", Name: "csv-utf16", Round: "one/csv-utf16"},
	{Family: "one", Name: "clerks", Round: "one/clerks/round.xlsx", Ballots: []string{"one/clerks/ballots/a.xlsx", "one/clerks/ballots/b.csv"}},
	{Family: "one", Name: "clerks-folder", Round: "one/clerks/round.xlsx", Ballots: []string{"one/clerks/ballots"}},
	{Family: "one", Name: "clean", Round: "one/clean.xlsx", Clean: true},
	{Family: "one", Name: "wjx-text", Round: "one/survey/round.xlsx", Ballots: []string{"one/survey/wjx-text.xlsx"}, Clean: true},
	{Family: "one", Name: "wjx-coded", Round: "one/survey/round.xlsx", Ballots: []string{"one/survey/wjx-coded.xlsx"}, Clean: true},
	{Family: "one", Name: "tencent", Round: "one/survey/round.xlsx", Ballots: []string{"one/survey/tencent.xlsx"}, Clean: true},
	{Family: "five", Name: "two-rows", Round: "five/two-rows.xlsx"},
	{Family: "five", Name: "slash", Round: "five/slash.xlsx"},
	{Family: "five", Name: "long", Round: "five/long.xlsx"},
	{Family: "five", Name: "long-gb18030", Round: "five/long-gb18030"},
	{Family: "five", Name: "wjx-text", Round: "five/survey/round.xlsx", Ballots: []string{"five/survey/wjx-text.xlsx"}, Clean: true},
	{Family: "five", Name: "tencent", Round: "five/survey/round.xlsx", Ballots: []string{"five/survey/tencent.xlsx"}, Clean: true},
}

// Rules is the family's rules file, relative to the layouts folder.
func (r LayoutRound) Rules() string { return r.Family + "/rules.yaml" }

// Text encodings of CSV files, as Excel and WPS save them.
const (
	EncodingUTF8    = "utf8"     // "CSV UTF-8" without a mark, as other tools write it
	EncodingUTF8BOM = "utf8-bom" // Excel's "CSV UTF-8"
	EncodingGB18030 = "gb18030"  // Excel's "CSV" on Chinese Windows
	EncodingUTF16   = "utf16"    // Excel's "Unicode text": tab-separated UTF-16LE with a BOM
)

// CSV renders rows as a CSV file in an encoding, with CRLF line ends as
// Excel writes them.
func CSV(rows [][]any, encoding string) ([]byte, error) {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.UseCRLF = true
	if encoding == EncodingUTF16 {
		w.Comma = '\t'
	}
	for _, row := range rows {
		rec := make([]string, len(row))
		for i, v := range row {
			switch v := v.(type) {
			case nil:
			case string:
				rec[i] = v
			case float64:
				rec[i] = strconv.FormatFloat(v, 'f', -1, 64)
			case int:
				rec[i] = strconv.Itoa(v)
			default:
				return nil, fmt.Errorf("csv: unsupported cell type %T", v)
			}
		}
		if err := w.Write(rec); err != nil {
			return nil, err
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return nil, err
	}
	switch encoding {
	case EncodingUTF8:
		return buf.Bytes(), nil
	case EncodingUTF8BOM:
		return append([]byte("\uFEFF"), buf.Bytes()...), nil
	case EncodingGB18030:
		return simplifiedchinese.GB18030.NewEncoder().Bytes(buf.Bytes())
	case EncodingUTF16:
		return unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes(buf.Bytes())
	}
	return nil, fmt.Errorf("csv: unknown encoding %q", encoding)
}

// csvFolder renders a round's sheets as one CSV file per sheet.
func csvFolder(dir string, sheets []Sheet, encoding string) ([]LayoutFile, error) {
	var out []LayoutFile
	for _, s := range sheets {
		data, err := CSV(s.Rows, encoding)
		if err != nil {
			return nil, fmt.Errorf("%s/%s.csv: %w", dir, s.Name, err)
		}
		out = append(out, LayoutFile{Path: dir + "/" + s.Name + ".csv", Data: data})
	}
	return out, nil
}

// LayoutFiles generates every file of the layouts testdata for seed.
func LayoutFiles(seed uint64) ([]LayoutFile, error) {
	one := layoutBallots(newRand(seed, streamLayoutOne), 1)
	five := layoutBallots(newRand(seed, streamLayoutFive), len(LayoutDimensions))
	wide := roundSheets(wideSheet(SheetBallots, one, 1, idHead))
	files := []LayoutFile{
		{Path: "one/rules.yaml", Data: []byte(layoutRulesOne)},
		{Path: "one/wide.xlsx", Sheets: wide},
		{Path: "one/names.xlsx", Sheets: roundSheets(namesSheet(one))},
		{Path: "one/per-group.xlsx", Sheets: roundSheets(perGroupSheets(one)...)},
		{Path: "one/long.xlsx", Sheets: roundSheets(longSheet(one, 1))},
		{Path: "one/clean.xlsx", Sheets: roundSheets(wideSheet(SheetBallots, validOnly(one), 1, idHead))},
		{Path: "five/rules.yaml", Data: []byte(layoutRulesFive)},
		{Path: "five/two-rows.xlsx", Sheets: roundSheets(twoRowSheet(five, len(LayoutDimensions)))},
		{Path: "five/slash.xlsx", Sheets: roundSheets(wideSheet(SheetBallots, five, len(LayoutDimensions), slashHead))},
		{Path: "five/long.xlsx", Sheets: roundSheets(longSheet(five, len(LayoutDimensions)))},
	}
	folders := []struct {
		dir      string
		sheets   []Sheet
		encoding string
	}{
		{"one/csv-utf8", wide, EncodingUTF8},
		{"one/csv-bom", wide, EncodingUTF8BOM},
		{"one/csv-gb18030", wide, EncodingGB18030},
		{"one/csv-utf16", wide, EncodingUTF16},
		{"five/long-gb18030", roundSheets(longSheet(five, len(LayoutDimensions))), EncodingGB18030},
	}
	for _, f := range folders {
		csvs, err := csvFolder(f.dir, f.sheets, f.encoding)
		if err != nil {
			return nil, err
		}
		files = append(files, csvs...)
	}

	// Two clerks: one keyed in the first three groups' ballots in a
	// workbook, the other the rest, saved as CSV from Excel on Chinese
	// Windows. The round workbook holds everything but the ballots.
	split := 0
	for split < len(one) && one[split].group != chibiPanel[3].name {
		split++
	}
	b, err := CSV(wideSheet("b", one[split:], 1, idHead).Rows, EncodingGB18030)
	if err != nil {
		return nil, err
	}
	files = append(files,
		LayoutFile{Path: "one/clerks/round.xlsx", Sheets: roundSheets()},
		LayoutFile{Path: "one/clerks/ballots/a.xlsx", Sheets: []Sheet{wideSheet(SheetBallots, one[:split], 1, idHead)}},
		LayoutFile{Path: "one/clerks/ballots/b.csv", Data: b})
	keyings, err := keyingFiles(one)
	if err != nil {
		return nil, err
	}
	files = append(files, keyings...)
	files = append(files, surveyFiles("one", one, 1, newRand(seed, streamLayoutSurveyOne))...)
	files = append(files, surveyFiles("five", five, len(LayoutDimensions), newRand(seed, streamLayoutSurveyFive))...)
	anomalies, _ := anomalyFiles(seed)
	files = append(files, anomalies...)
	return files, nil
}

// Streams of the layouts round, apart from the 赤壁 round's.
const (
	streamLayoutOne uint64 = iota + 0x1a7_2026_0000
	streamLayoutFive
	streamLayoutSurveyOne
	streamLayoutSurveyFive
	streamLayoutAnomalies
)

// validOnly keeps the ballots a round counts as valid: neither a planted
// invalid ballot nor the ballot whose 票号 the duplicate keys again with
// other contents, which makes it invalid too.
func validOnly(ballots []layoutBallot) []layoutBallot {
	reused := map[string]bool{}
	for _, b := range ballots {
		if b.defect == DefectDuplicate {
			reused[b.id] = true
		}
	}
	var out []layoutBallot
	for _, b := range ballots {
		if b.defect == "" && !reused[b.id] {
			out = append(out, b)
		}
	}
	return out
}

// WriteLayoutFiles writes files under dir, creating folders as needed.
func WriteLayoutFiles(dir string, files []LayoutFile) error {
	for _, f := range files {
		path := filepath.Join(dir, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		var err error
		if f.Sheets != nil {
			err = WriteWorkbook(path, f.Sheets)
		} else {
			err = os.WriteFile(path, f.Data, 0o644)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// The rules of the two families: the 赤壁 preset with a minimum sample and
// bottom lists that suit a round of 60 ballots and 12 chiefs.
const layoutRulesOne = `# Rules for testdata/layouts/one (generated by internal/sample/gen -layouts):
# the chibi preset with a minimum sample and bottom lists that suit a round
# of 60 ballots and 12 section chiefs.
base: chibi
name: 版式测试（单项评价）
min_ratings: 5
# What a survey export by option number cannot say: the options of the
# identity question and of the rating questions, in questionnaire order.
ballots:
  survey:
    group_options: [党代表, 人大代表, 政协委员, 企业代表, 社会人士]
    options: [满意, 基本满意, 不满意]
categories:
  - name: 公共服务和行政执法类
    bottom: 1
    awards: 2
  - name: 综合管理类
    bottom: 1
    awards: 2
`

const layoutRulesFive = `# Rules for testdata/layouts/five (generated by internal/sample/gen -layouts):
# as one/rules.yaml, rated on the five dimensions of the 湖州 round.
base: chibi
name: 版式测试（五项评议内容）
min_ratings: 5
# The 问卷星 export heads its matrix rows "第2题(张伟)", without the title
# that would name the dimension: which question rates which.
ballots:
  survey:
    dimensions:
      - {question: 2, dimension: 中心意识}
      - {question: 3, dimension: 依法行政}
      - {question: 4, dimension: 服务态度}
      - {question: 5, dimension: 行政效率}
      - {question: 6, dimension: 勤政廉政}
dimensions:
  - name: 中心意识
    weight: 0.2
  - name: 依法行政
    weight: 0.2
  - name: 服务态度
    weight: 0.2
  - name: 行政效率
    weight: 0.2
  - name: 勤政廉政
    weight: 0.2
categories:
  - name: 公共服务和行政执法类
    bottom: 1
    awards: 2
  - name: 综合管理类
    bottom: 1
    awards: 2
`
