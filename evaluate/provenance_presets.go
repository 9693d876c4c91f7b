package evaluate

import (
	"strings"

	"github.com/evalctl/evalctl/internal/msg"
)

// The source documents' words behind each preset, quoted as the documents
// write them (their commas are ASCII), and the reasons for what they leave
// open. A test holds every number of every preset to a note, and, where
// the documents are at hand, every quote to its document.

// quotes joins several passages of a source into one quote, an ellipsis
// between them.
func quotes(passages ...string) string { return strings.Join(passages, QuoteBreak) }

// QuoteBreak separates the passages of one quote.
const QuoteBreak = "……"

// 赤壁 "百名股长群众评" (seed 000).
const (
	quoteChibiTargets   = "214名在现职岗位上任职一年以上的股室主要负责人作为参评对象"
	quoteChibiPanel     = "由党代表、人大代表、政协委员、企业代表及社会人士组成的1001名代表团民主评议"
	quoteChibiParts     = "通过岗位能力测试和由党代表、人大代表、政协委员、企业代表及社会人士组成的1001名代表团民主评议"
	quoteChibiLedger    = "将举报内容建立台账,按比例扣分记入总分"
	quoteChibiBottom    = "评选出公共服务和行政执法类后4名、综合管理类后2名为“群众不满意股长”,并由市委组织部按照相关程序给予免职"
	quoteChibiOneInUnit = "凡有1名参评对象被评为“群众不满意股长”的,对单位主要领导和该股室的分管领导实行诫勉谈话并通报批评"
	quoteChibiTwoInUnit = "同一单位有2名参评对象被评为“群众不满意股长”的,责令该单位主要领导作出书面检查"
	quoteChibiTwoUnder  = "如2名股长同属于一个分管领导分管的,免去该分管领导职务"
	quoteChibiAward     = "对评选出的优秀股长授予“服务赤壁发展先进个人”"
	quoteChibiReserve   = "符合条件的优秀股长直接列入后备干部人选"
)

func chibiNotes() []Note {
	return []Note{
		chosen("scale", msg.ProvScale),
		chosenReading("groups", quoteChibiPanel, msg.ProvEqualWeights),
		chosen("dimensions", msg.ProvOneDimension),
		chosenReading("components", quoteChibiParts, msg.ProvChibiComponents),
		source("complaints.mode", quoteChibiLedger),
		chosen("complaints.rate", msg.ProvChibiRate),
		chosen("complaints.cap", msg.ProvChibiCap),
		chosen("min_ratings", msg.ProvMinRatings),
		source("categories", quoteChibiTargets),
		source("categories[0].bottom", quoteChibiBottom),
		source("categories[1].bottom", quoteChibiBottom),
		chosen("categories[0].awards", msg.ProvAwardCount),
		chosen("categories[1].awards", msg.ProvAwardCount),
		source("bottom.label", quoteChibiBottom),
		source("bottom.action", quoteChibiBottom),
		source("liability[0]", quoteChibiOneInUnit),
		source("liability[1]", quoteChibiTwoInUnit),
		source("liability[2]", quoteChibiTwoUnder),
		source("awards.name", quoteChibiAward),
		source("awards.reserve.name", quoteChibiReserve),
		chosen("awards.reserve.min_test", msg.ProvReserveTest),
	}
}

// 洛阳 环境创优年 (seed 001).
const (
	quoteLuoyangGroups   = "进一步突出企业、服务对象、群众“三满意”标准"
	quoteLuoyangDeputies = "增加人大代表、政协委员参与测评"
	quoteLuoyangAwards   = "在市行政服务中心办事窗口和中心以外其他市直单位办事大厅中,组织开展“十佳服务窗口”评选活动;在市直各单位和公共服务单位中组织开展“十佳效能单位”评选活动"
	quoteLuoyangWarning  = "违者给予效能告诫等责任追究"
	quoteLuoyangLeaders  = "既要追究当事人责任,也要追究单位领导责任"
	quoteLuoyangWhoever  = "谁分管的责任范围发生问题追究谁的责任"
	quoteLuoyangProposal = "暗访监督组,负责发现问题、督促整改、提出责任追究建议"
	quoteLuoyangMerit    = "将效能告诫与个人年度考核、年终奖和文明奖金发放、任免使用、单位评先等挂钩"
)

func luoyangNotes() []Note {
	return []Note{
		chosen("scale", msg.ProvScale),
		chosenReading("groups", quoteLuoyangGroups, msg.ProvLuoyangWeights),
		chosen("dimensions", msg.ProvOneDimension),
		chosen("complaints.points", msg.ProvDeductPoints),
		chosen("complaints.cap", msg.ProvDeductCap),
		chosen("min_group_ballots", msg.ProvLuoyangMinGroup),
		chosen("min_ratings", msg.ProvMinRatings),
		source("categories", quoteLuoyangAwards),
		chosen("categories[0].bottom", msg.ProvLuoyangBottom),
		chosen("categories[1].bottom", msg.ProvLuoyangBottom),
		chosen("bottom.label", msg.ProvLuoyangBottom),
		chosen("bottom.action", msg.ProvLuoyangBottom),
		source("liability[0]", quoteLuoyangWarning),
		sourceWhy("liability[1]", quotes(quoteLuoyangLeaders, quoteLuoyangWhoever, quoteLuoyangProposal), msg.ProvLuoyangLeaders),
		sourceWhy("awards.exclude_violators", quoteLuoyangMerit, msg.ProvLuoyangMerit),
		source("awards.name", "开展“双十佳”评比活动"),
		source("groups[3].name", quoteLuoyangDeputies),
		source("groups[4].name", quoteLuoyangDeputies),
	}
}

// 溧水 千人评议机关, and its windows and staff (seed 002).
const (
	quoteLishuiPanel   = "请人大代表、政协委员、企业主代表、软环境建设监督员等分类为县级机关评议打分"
	quoteLishuiTiers   = "对评议排名靠后的机关部门领导班子实行责任考核,区分责任,视考核结果给予班子主要领导和成员提醒谈话、诫勉谈话、组织调整等处理,并限期整改"
	quoteLishuiBest    = "集中评议最优和最差单位"
	quoteLishuiJoint   = "对有违法违纪行为者,一经查实,不仅处理具体当事人,而且将严肃追究单位主要领导的责任"
	quoteLishuiStaff   = "一次投诉查实警告,两次投诉查实待岗制"
	quoteLishuiWindows = "将各服务窗口及其工作人员向社会公示,县软办组织服务对象进行评议,评议结果在媒体上公布,“最佳”窗口和工作人员由县委、县政府表彰奖励"
	quoteLishuiWorst   = "经县软环境建设领导小组研究,确定“最差”窗口和工作人员,在新闻媒体曝光,并追究其本人及单位主要领导的责任"
	quoteLishuiMerit   = "对有关责任人视其情节,给予通报批评、取消当年评优评先资格、调离工作岗位或离岗培训等处理"
	quoteLishuiCount   = "设立服务窗口31个"
)

func lishuiNotes() []Note {
	return []Note{
		chosen("scale.bands", msg.ProvLishuiBands),
		sourceWhy("scale.range", quoteLishuiPanel, msg.ProvLishuiPoints),
		chosenReading("groups", quoteLishuiPanel, msg.ProvEqualWeights),
		chosen("dimensions", msg.ProvOneDimension),
		chosen("trim", msg.ProvLishuiTrim),
		chosen("complaints.points", msg.ProvDeductPoints),
		chosen("complaints.cap", msg.ProvDeductCap),
		chosen("min_ratings", msg.ProvMinRatings),
		chosen("categories", msg.ProvLishuiClasses),
		sourceWhy("categories[0].bottom", quoteLishuiBest, msg.ProvOneEach),
		sourceWhy("categories[1].bottom", quoteLishuiBest, msg.ProvOneEach),
		sourceWhy("categories[0].awards", quoteLishuiBest, msg.ProvOneEach),
		sourceWhy("categories[1].awards", quoteLishuiBest, msg.ProvOneEach),
		source("bottom.label", quoteLishuiBest),
		source("bottom.action", quoteLishuiTiers),
		sourceWhy("liability[0]", quoteLishuiTiers, msg.ProvLishuiTiers),
		sourceWhy("liability[1]", quoteLishuiTiers, msg.ProvLishuiTiers),
		sourceWhy("liability[2]", quoteLishuiTiers, msg.ProvLishuiTiers),
		sourceWhy("liability[3]", quoteLishuiJoint, msg.ProvJointProposal),
		source("awards.name", quoteLishuiBest),
	}
}

func lishuiWindowsNotes() []Note {
	return []Note{
		chosen("scale", msg.ProvScale),
		source("groups", "县软办组织服务对象进行评议"),
		chosen("dimensions", msg.ProvOneDimension),
		chosen("complaints.points", msg.ProvWindowsNoPoints),
		chosen("complaints.cap", msg.ProvWindowsNoPoints),
		source("complaints.sanctions", quoteLishuiStaff),
		chosen("min_ratings", msg.ProvWindowsMinRatings),
		sourceWhy("categories", quoteLishuiWindows, msg.ProvWindowsCategories),
		chosen("categories[0].bottom", msg.ProvWindowsCounts),
		chosen("categories[1].bottom", msg.ProvWindowsCounts),
		chosen("categories[0].awards", msg.ProvWindowsCounts),
		chosen("categories[1].awards", msg.ProvWindowsCounts),
		source("bottom.label", quoteLishuiWorst),
		source("bottom.action", quoteLishuiWorst),
		sourceWhy("liability[0]", quoteLishuiWorst, msg.ProvWindowsWorst),
		sourceWhy("liability[1]", quoteLishuiJoint, msg.ProvJointProposal),
		source("awards.name", quoteLishuiWindows),
		source("awards.exclude_violators", quoteLishuiMerit),
	}
}

// 金坛 优化经济发展软环境 (seed 003).
const (
	quoteJintanAppraisal = "专门制定了《软环境工作考核办法》,在做好软环境基础性工作实行考核的前提下,优化办还认真组织了优化经济发展软环境工作的评议活动"
	quoteJintanHandled   = "优化办已受理各类投诉58件,办结56件"
	quoteJintanKnow      = "有89%的人知道市委、市政府在抓“优质服务年”,在抓优化环境工作"
	quoteJintanSupport   = "100%的人支持市委、市政府抓机关作风建设"
)

func jintanNotes() []Note {
	return []Note{
		chosen("scale", msg.ProvJintanScale),
		chosen("groups", msg.ProvJintanGroups),
		chosen("dimensions", msg.ProvOneDimension),
		sourceWhy("questions[0]", quoteJintanKnow, msg.ProvJintanQuestion),
		sourceWhy("questions[1]", quoteJintanSupport, msg.ProvJintanQuestion),
		chosenReading("components", quoteJintanAppraisal, msg.ProvJintanComponents),
		chosen("complaints.points", msg.ProvDeductPoints),
		chosen("complaints.cap", msg.ProvDeductCap),
		sourceWhy("complaints.statuses", quoteJintanHandled, msg.ProvJintanStatuses),
		chosen("min_ratings", msg.ProvMinRatings),
		chosen("categories[0].bottom", msg.ProvBottomCount),
		chosen("categories[0].awards", msg.ProvAwardCount),
		chosen("bottom.label", msg.ProvBottomCount),
		chosen("bottom.action", msg.ProvBottomCount),
		chosen("liability", msg.ProvJintanLiability),
		chosen("awards.name", msg.ProvAwardCount),
	}
}

// 湖州 机关作风建设 (seed 004).
const (
	quoteHuzhouPosts    = "对市级机关17个重点涉企部门的70个重点科级岗位进行了群众评议"
	quoteHuzhouDims     = "围绕中心意识、依法行政、服务态度、行政效率和勤政廉政等5个方面的内容"
	quoteHuzhouIssued   = "共发放群众评议表格1019份,回收972份,回收率达到了95%,收集意见建议92条"
	quoteHuzhouBusiness = "企业满意率达到了80.6%"
	quoteHuzhouAwards   = "集中宣传了10个先进处室和10名先进个人的典型事迹"
	quoteHuzhouUnits    = "对92个单位在7个层面的4000多名干部群众中进行了社会评议"
	quoteHuzhouPraised  = "上半年重点宣传了15个服务举措实在、作风转变明显的部门"
)

func huzhouNotes() []Note {
	return []Note{
		chosen("scale", msg.ProvScale),
		chosenReading("groups", quoteHuzhouBusiness, msg.ProvHuzhouGroups),
		source("dimensions", quoteHuzhouDims),
		chosen("dimensions[0].weight", msg.ProvEqualDims),
		chosen("dimensions[1].weight", msg.ProvEqualDims),
		chosen("dimensions[2].weight", msg.ProvEqualDims),
		chosen("dimensions[3].weight", msg.ProvEqualDims),
		chosen("dimensions[4].weight", msg.ProvEqualDims),
		source("issued", quoteHuzhouIssued),
		chosen("quorum", msg.ProvQuorumHalf),
		chosen("quorum_strict", msg.ProvQuorumHalf),
		chosen("complaints.rate", msg.ProvDeductRate),
		chosen("complaints.cap", msg.ProvDeductCap),
		chosenReading("ballots.comments", quoteHuzhouIssued, msg.ProvHuzhouTopics),
		chosen("min_ratings", msg.ProvMinRatings),
		source("categories", quoteHuzhouPosts),
		chosen("categories[0].bottom", msg.ProvBottomCount),
		chosenReading("categories[0].awards", quoteHuzhouAwards, msg.ProvHuzhouAwards),
		chosenReading("categories[0].also_award", quoteHuzhouAwards, msg.ProvHuzhouAwards),
		source("categories[0].award_name", quoteHuzhouAwards),
		chosen("bottom.label", msg.ProvBottomCount),
		chosen("bottom.action", msg.ProvBottomCount),
		chosen("liability", msg.ProvHuzhouLiability),
		source("awards.name", quoteHuzhouAwards),
	}
}

func huzhouUnitsNotes() []Note {
	return []Note{
		chosen("scale", msg.ProvScale),
		sourceWhy("groups", quoteHuzhouUnits, msg.ProvHuzhouLayers),
		chosen("dimensions", msg.ProvOneDimension),
		chosen("complaints.rate", msg.ProvDeductRate),
		chosen("complaints.cap", msg.ProvDeductCap),
		chosen("min_ratings", msg.ProvMinRatings),
		source("categories", quoteHuzhouUnits),
		chosen("categories[0].bottom", msg.ProvBottomCount),
		chosenReading("categories[0].awards", quoteHuzhouPraised, msg.ProvHuzhouPraised),
		chosen("bottom.label", msg.ProvBottomCount),
		chosen("bottom.action", msg.ProvBottomCount),
		chosen("liability", msg.ProvHuzhouLiability),
		chosenReading("awards.name", quoteHuzhouPraised, msg.ProvHuzhouPraised),
	}
}
