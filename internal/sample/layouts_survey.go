package sample

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// Survey exports of the layouts round: the valid ballots of a family as
// submitted online by QR code and downloaded from the platform, in the
// shapes the platforms write.
//
//   - 问卷星, by option text: 序号, 提交答卷时间, 所用时间 ("156秒"), 来源, 来源详情,
//     来自IP ("223.104.3.17(湖北-咸宁)"), then "1、您的身份是：", a matrix question
//     per dimension whose rows are headed "第2题(张伟)", and an open question;
//     a skipped answer is (跳过), one the questionnaire did not show (空).
//   - 问卷星, by option number: the same with "2(张伟)" headers and option
//     numbers (1 满意, 2 基本满意, 3 不满意; groups in panel order), -2 for
//     skipped and -3 for not shown; open answers stay text.
//   - 腾讯问卷: 编号, 开始答题时间, 结束答题时间, 答题时长 ("2分36秒"), 地理位置…,
//     用户标识, 昵称, 自定义字段, then "1、您的身份是", matrix rows headed
//     "2、中心意识：请对以下股长作出评价—张伟" and "N、意见建议"; a skip is blank.
//
// The T011 row is shown only to those who know its section (a display
// rule), so where blank it is "not shown" rather than "skipped".
// Submissions come 3 to 15 minutes apart from addresses of their own, so
// no burst is planted here.

// surveyMeta is what a platform records of one submission.
type surveyMeta struct {
	submitted time.Time
	seconds   int
	channel   string
	ip, place string
	user      string
}

var surveyComments = []string{
	"办事窗口排队时间长，希望增加人手",
	"%s服务热情，解释耐心",
	"%s审批环节多，建议精简",
	"希望进一步提高办事效率",
	"无",
	"个别工作人员态度生硬",
}

// surveyExtras draws the metadata and the open answers of the ballots.
func surveyExtras(r *rand.Rand, n int) ([]surveyMeta, []string) {
	at := time.Date(2026, 3, 18, 8, 30, 0, 0, time.UTC)
	channels := []string{"微信", "手机提交", "链接"}
	places := []string{"湖北-咸宁", "湖北-武汉", "湖北-咸宁"}
	metas := make([]surveyMeta, n)
	comments := make([]string, n)
	for i := range metas {
		at = at.Add(time.Duration(3+r.IntN(13)) * time.Minute).Add(time.Duration(r.IntN(60)) * time.Second)
		metas[i] = surveyMeta{
			submitted: at, seconds: 60 + r.IntN(340), channel: channels[r.IntN(len(channels))],
			ip:    fmt.Sprintf("%d.%d.%d.%d", []int{223, 117, 112, 36}[r.IntN(4)], 100+r.IntN(100), i, 1+r.IntN(250)),
			place: places[r.IntN(len(places))], user: fmt.Sprintf("oQ7d%08x", r.Uint32()),
		}
		if r.Float64() < 0.3 {
			c := surveyComments[r.IntN(len(surveyComments))]
			t := layoutTargets[r.IntN(len(layoutTargets))]
			who := []string{t.name, t.unit}[r.IntN(2)]
			if strings.Contains(c, "%s") {
				c = fmt.Sprintf(c, who)
			}
			comments[i] = c
		}
	}
	return metas, comments
}

// levelCodes number the rating options as the questionnaire lists them.
var levelCodes = map[string]int{LevelSatisfied: 1, LevelBasic: 2, LevelDissatisfied: 3}

// groupCode numbers a group as the identity question lists it: panel order.
func groupCode(group string) int {
	for i, g := range chibiPanel {
		if g.name == group {
			return i + 1
		}
	}
	return 0
}

// wjxSheet writes a 问卷星 download, by option text or by option number.
func wjxSheet(ballots []layoutBallot, dims int, coded bool, metas []surveyMeta, comments []string) Sheet {
	header := []any{"序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP", "1、您的身份是："}
	for d := range dims {
		for _, t := range layoutTargets {
			if coded {
				header = append(header, fmt.Sprintf("%d(%s)", 2+d, t.name))
			} else {
				header = append(header, fmt.Sprintf("第%d题(%s)", 2+d, t.name))
			}
		}
	}
	header = append(header, fmt.Sprintf("%d、您对机关作风建设还有哪些意见和建议？", 2+dims))
	rows := [][]any{header}
	for i, b := range ballots {
		m := metas[i]
		row := []any{i + 1, m.submitted.Format("2006/1/2 15:04:05"), fmt.Sprintf("%d秒", m.seconds), m.channel, "N/A",
			fmt.Sprintf("%s(%s)", m.ip, m.place)}
		if coded {
			row = append(row, groupCode(b.group))
		} else {
			row = append(row, b.group)
		}
		for d := range dims {
			for ti, t := range layoutTargets {
				level := b.ratings[ti][d]
				switch {
				case level != "" && coded:
					row = append(row, levelCodes[level])
				case level != "":
					row = append(row, level)
				case t.id == LayoutInsufficient && coded:
					row = append(row, -3)
				case t.id == LayoutInsufficient:
					row = append(row, "(空)")
				case coded:
					row = append(row, -2)
				default:
					row = append(row, "(跳过)")
				}
			}
		}
		if comments[i] != "" {
			row = append(row, comments[i])
		} else {
			row = append(row, "(跳过)")
		}
		rows = append(rows, row)
	}
	return Sheet{Name: "Sheet1", Rows: rows}
}

// tencentSheet writes a 腾讯问卷 download; its matrix titles name the
// dimension they rate when there are several.
func tencentSheet(ballots []layoutBallot, dims int, metas []surveyMeta, comments []string) Sheet {
	header := []any{"编号", "开始答题时间", "结束答题时间", "答题时长", "地理位置国家和地区", "地理位置省", "地理位置市",
		"用户标识", "昵称", "自定义字段", "1、您的身份是"}
	for d := range dims {
		title := "请对以下股长的工作作风作出评价"
		if dims > 1 {
			title = LayoutDimensions[d] + "：请对以下股长作出评价"
		}
		for _, t := range layoutTargets {
			header = append(header, fmt.Sprintf("%d、%s—%s", 2+d, title, t.name))
		}
	}
	header = append(header, fmt.Sprintf("%d、意见建议", 2+dims))
	rows := [][]any{header}
	for i, b := range ballots {
		m := metas[i]
		start := m.submitted.Add(-time.Duration(m.seconds) * time.Second)
		province, city, _ := strings.Cut(m.place, "-")
		row := []any{i + 1, start.Format("2006-01-02 15:04:05"), m.submitted.Format("2006-01-02 15:04:05"),
			fmt.Sprintf("%d分%d秒", m.seconds/60, m.seconds%60), "中国", province, city, m.user, nil, nil, b.group}
		for d := range dims {
			for ti := range layoutTargets {
				row = append(row, orNil(b.ratings[ti][d]))
			}
		}
		rows = append(rows, append(row, orNil(comments[i])))
	}
	return Sheet{Name: "Sheet1", Rows: rows}
}

// surveyFiles are a family's survey exports and the round they go with:
// a workbook of the round's other sheets, scored with --ballots EXPORT.
func surveyFiles(family string, ballots []layoutBallot, dims int, r *rand.Rand) []LayoutFile {
	valid := validOnly(ballots)
	metas, comments := surveyExtras(r, len(valid))
	files := []LayoutFile{
		{Path: family + "/survey/round.xlsx", Sheets: roundSheets()},
		{Path: family + "/survey/wjx-text.xlsx", Sheets: []Sheet{wjxSheet(valid, dims, false, metas, comments)}},
		{Path: family + "/survey/tencent.xlsx", Sheets: []Sheet{tencentSheet(valid, dims, metas, comments)}},
	}
	if dims == 1 {
		files = append(files, LayoutFile{Path: family + "/survey/wjx-coded.xlsx", Sheets: []Sheet{wjxSheet(valid, dims, true, metas, comments)}})
	}
	return files
}
