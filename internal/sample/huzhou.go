package sample

import "fmt"

// The 湖州 category, dimensions and levels.
const (
	CategoryHuzhou = "科级岗位"
	huzhouBadValue = "很满意" // not a level of the 湖州 scale
	huzhouNoAnswer = "不了解"
)

// HuzhouDimensions are the five items every post is rated on (seed 004).
var HuzhouDimensions = []string{"中心意识", "依法行政", "服务态度", "行政效率", "勤政廉政"}

// HuzhouRound is the generated round and the facts planted in it.
type HuzhouRound struct {
	Sheets []Sheet
	// Issued is the round's forms issued (发放, 1,019); Groups gives, per
	// group in sheet order, the ballots returned (回收, invalid ones
	// included) and the valid ones.
	Issued int
	Groups []HuzhouGroup
	// Bottom are the three posts planted well below the others, weakest
	// first, each in a department of its own.
	Bottom  []string
	Invalid []PlantedBallot
	// Comments is how many ballots carry a comment (意见建议, 92), and
	// NoComments how many more wrote only that they have none (无).
	Comments, NoComments int
}

// HuzhouGroup is one evaluator group's ballot counts.
type HuzhouGroup struct {
	Name            string
	Returned, Valid int
}

// huzhouUnits are the 17 departments and their 70 key section-level posts
// (重点科级岗位), in roster order (T001 …). Fixed, so that IDs and the
// planted posts do not move with the seed.
var huzhouUnits = []struct {
	name     string
	sections []string
}{
	{"市发展和改革委员会", []string{"固定资产投资科", "重点建设项目科", "经济贸易科", "社会发展科"}},
	{"市经济和信息化委员会", []string{"技术改造科", "中小企业科", "电力能源科", "信息化推进科"}},
	{"市公安局", []string{"出入境管理科", "人口与户政管理科", "治安管理科", "车辆管理科"}},
	{"市民政局", []string{"社会救助科", "民间组织管理科", "社会福利科", "婚姻登记管理科"}},
	{"市财政局", []string{"预算科", "国库科", "政府采购监管科", "企业科"}},
	{"市人力资源和社会保障局", []string{"就业促进科", "劳动关系科", "社会保险科", "职业能力建设科", "劳动保障监察科"}},
	{"市国土资源局", []string{"耕地保护科", "地籍管理科", "土地利用科", "矿产资源管理科", "执法监察科"}},
	{"市规划局", []string{"城乡规划科", "建设用地规划科", "建设工程规划科", "市政规划科"}},
	{"市住房和城乡建设局", []string{"建筑业管理科", "房地产市场监管科", "城建科", "质量安全监督科", "物业管理科"}},
	{"市交通运输局", []string{"运输管理科", "建设管理科", "港航管理科", "行政审批科"}},
	{"市水利局", []string{"水资源管理科", "河道管理科", "农村水利科"}},
	{"市农业局", []string{"种植业管理科", "畜牧兽医科", "农产品质量安全科", "农村经营管理科"}},
	{"市商务局", []string{"对外贸易科", "外国投资管理科", "市场体系建设科", "电子商务科"}},
	{"市卫生局", []string{"医政科", "疾病控制科", "卫生监督科", "基层卫生科"}},
	{"市环境保护局", []string{"环境影响评价科", "污染防治科", "环境监察科", "总量控制科"}},
	{"市工商行政管理局", []string{"企业注册科", "市场规范管理科", "消费者权益保护科", "商标广告监督管理科", "个体私营经济监管科"}},
	{"市行政审批服务中心", []string{"窗口管理科", "投资项目审批服务科", "综合科"}},
}

// huzhouIssued and huzhouComments are the seed's: 1,019 forms issued for
// the round (972 returned) and 92 comments collected.
const (
	huzhouIssued     = 1019
	huzhouComments   = 92
	huzhouNoComments = 20
)

// huzhouPanel are the preset's three groups with the ballots each returned
// (972 in all: 95.39% of the 1,019 issued) and how each leans relative to a
// post's expected score. The posts are 重点涉企 posts: enterprises deal
// with them as applicants and rate much harder, their lean tuned so that
// their satisfaction rate comes out near the seed's 80.6%.
var huzhouPanel = []struct {
	name     string
	returned int
	lean     float64
}{
	{"企业代表", 400, -14.5},
	{"办事群众", 330, -4},
	{"基层单位", 242, 3},
}

// Planted bottom posts and their expected scores, weakest first: 市国土资源局
// 地籍管理科, 市住房和城乡建设局 房地产市场监管科, 市工商行政管理局 企业注册科.
// Every other post is drawn from 68–94.
var huzhouBottom = []plantedScore{{"T027", 45}, {"T036", 50}, {"T063", 55}}

// huzhouDimLean shifts a post's expected score per dimension: evaluators
// are kinder on 勤政廉政 and 中心意识 than on 服务态度 and 行政效率.
var huzhouDimLean = []float64{2, 1, -3, -4, 4}

// Streams of the 湖州 generator.
const (
	streamHuzhouNames uint64 = iota + 0x4a2_2026_0000
	streamHuzhouScores
	streamHuzhouBallots
	streamHuzhouComplaints
	streamHuzhouComments
)

// Huzhou generates the 湖州 机关作风建设 round (seed 004) for the huzhou
// preset: 70 key section-level posts (category 科级岗位) in 17 departments,
// each held by a named person, rated 满意 / 基本满意 / 不满意 / 不了解 on five
// dimensions by 企业代表, 办事群众 and 基层单位. Of the 1,019 forms issued for
// the round, 972 are returned, five of them invalid (two blank, three with
// a cell that is not a level); 92 carry a comment (意见建议) about a post,
// and 20 more write 无. Each evaluator rates the posts of three departments,
// so the wide 选票 sheet — a column per post and dimension, the post's
// "编号\n姓名" merged over its five dimension columns above a row of
// dimension names, then the 意见建议 column — stays small. Three posts are
// planted at the bottom ([HuzhouRound.Bottom]); the roster does not depend
// on the seed, only the names drawn for it do.
//
// Equal seeds give equal rounds.
func Huzhou(seed uint64) HuzhouRound {
	posts := huzhouRoster(seed)
	ballots, invalid, groups := huzhouBallots(newRand(seed, streamHuzhouBallots), posts)
	huzhouComment(newRand(seed, streamHuzhouComments), &ballots, invalid, posts)
	round := HuzhouRound{Issued: huzhouIssued, Groups: groups, Invalid: invalid, Comments: huzhouComments, NoComments: huzhouNoComments}
	for _, p := range huzhouBottom {
		round.Bottom = append(round.Bottom, p.id)
	}
	round.Sheets = []Sheet{
		{Name: SheetRoster, Rows: rosterRows(posts)},
		ballots,
		{Name: SheetComplaints, Rows: huzhouLedger(newRand(seed, streamHuzhouComplaints), posts)},
	}
	return round
}

// huzhouRoster lays out the fixed posts, draws the leaders' and holders'
// names, and gives each post a latent score.
func huzhouRoster(seed uint64) []target {
	names := nameDrawer{r: newRand(seed, streamHuzhouNames), used: map[string]bool{}}
	scores := newRand(seed, streamHuzhouScores)
	planted := map[string]float64{}
	for _, p := range huzhouBottom {
		planted[p.id] = p.mu
	}
	var posts []target
	for _, u := range huzhouUnits {
		principal := names.next()
		deputies := []string{names.next(), names.next()}
		n := len(u.sections)
		for i, sec := range u.sections {
			t := target{
				id: fmt.Sprintf("T%03d", len(posts)+1), unit: u.name, section: sec,
				category: CategoryHuzhou, principal: principal,
				supervisor: deputies[i*len(deputies)/n],
			}
			t.mu = 68 + 26*(scores.Float64()+scores.Float64())/2
			if mu, ok := planted[t.id]; ok {
				t.mu = mu
			}
			posts = append(posts, t)
		}
	}
	for i := range posts {
		posts[i].name = names.next()
	}
	return posts
}
