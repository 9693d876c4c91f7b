package msg

var zhBootstrap = map[Key]string{
	RuleFragile:        "须在 0.5 与 1 之间，现为 %v",
	RuleVariantNames:   "须按本轮规则的顺序列出同样的名称：%s（变体只改计分，不改选票的读法）",
	RuleVariantReading: "变体不能改变选票的读法：别名、“不了解”等不计分等次、分数范围、发放数和回收率要求须与本轮规则相同或不写",
	CmdReplicates:      "--replicates %d 须在 0 与 %d 之间（0 为不重抽样）",
}
