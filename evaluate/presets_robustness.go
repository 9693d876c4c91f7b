package evaluate

// The presets' robustness variants: rule sets the seed documents or common
// practice make as defensible as the preset's own, under which the bottom
// list is drawn again for the committee (see Variant). They change only
// the scoring; the published verdicts follow the preset.

// fragileShare is every preset's uncertainty.fragile: a verdict that holds
// in fewer than 90% of the resampled rounds is flagged.
const fragileShare = 0.9

func defaultUncertainty() UncertaintyRules { return UncertaintyRules{Fragile: fragileShare} }

// pooledVariant weighs no group: one mean over every valid rating, as
// where the whole panel is one body of evaluators.
func pooledVariant(name string, groups []Group) Variant {
	v := Variant{Name: name}
	for _, g := range groups {
		v.Groups = append(v.Groups, Group{Name: g.Name})
	}
	return v
}

// equalVariant weighs every group the same.
func equalVariant(name string, groups []Group) Variant {
	v := Variant{Name: name}
	for _, g := range groups {
		v.Groups = append(v.Groups, Group{Name: g.Name, Weight: 1 / float64(len(groups))})
	}
	return v
}

// pointsVariant gives the satisfaction levels other points, keeping what
// counts as satisfied and the lowest.
func pointsVariant(name string, s Scale, points map[string]float64) Variant {
	v := Variant{Name: name, Scale: &Scale{Range: s.Range, Bands: s.Bands}}
	for _, l := range s.Levels {
		if p, ok := points[l.Name]; ok {
			l.Points = p
		}
		l.Aliases = nil
		v.Scale.Levels = append(v.Scale.Levels, l)
	}
	return v
}

// componentsVariant weighs the components anew, in their order.
func componentsVariant(name string, cs []Component, weights ...float64) Variant {
	v := Variant{Name: name}
	for i, c := range cs {
		c.Weight = weights[i]
		v.Components = append(v.Components, c)
	}
	return v
}

// shandong is the point map of 山东's 2008 群众满意度 survey: 满意 100,
// 基本满意 75, 不满意 55.
var shandong = map[string]float64{"满意": 100, "基本满意": 75, "不满意": 55}

// chibiVariants: the panel pooled rather than its five groups weighted
// equally; 100/75/55 rather than 100/60/0; ballots and test 60/40 rather
// than 70/30.
func chibiVariants(r *Rules) []Variant {
	return []Variant{
		pooledVariant("合并计算", r.Groups),
		pointsVariant("100/75/55", r.Scale, shandong),
		componentsVariant("评议60%+测试40%", r.Components, 0.6, 0.4),
	}
}

// luoyangVariants: the five groups weighted equally, or pooled, rather
// than the 三满意 groups first; 100/75/55.
func luoyangVariants(r *Rules) []Variant {
	return []Variant{
		equalVariant("五类代表等权", r.Groups),
		pooledVariant("合并计算", r.Groups),
		pointsVariant("100/75/55", r.Scale, shandong),
	}
}

// lishuiVariants: the plain mean rather than dropping the highest and the
// lowest; the classes pooled rather than weighted equally.
func lishuiVariants(r *Rules) []Variant {
	return []Variant{
		{Name: "不去掉最高最低分", Trim: &Trim{}},
		pooledVariant("合并计算", r.Groups),
	}
}

// jintanVariants: the social evaluation and the appraisal 60/40 rather
// than 70/30; the groups pooled.
func jintanVariants(r *Rules) []Variant {
	return []Variant{
		componentsVariant("评议60%+考核40%", r.Components, 0.6, 0.4),
		pooledVariant("合并计算", r.Groups),
	}
}

// huzhouVariants: the three kinds of evaluator weighted equally rather
// than pooled; 100/75/55; the highest and lowest rating of each kind
// dropped from 6 ratings (a published practice: only where more than 5
// rate).
func huzhouVariants(r *Rules) []Variant {
	return []Variant{
		equalVariant("三类评议人等权", r.Groups),
		pointsVariant("100/75/55", r.Scale, shandong),
		{Name: "去掉最高最低分", Trim: &Trim{K: 1, Min: 6}},
	}
}

// huzhouUnitsVariants: the seven layers weighted equally rather than
// pooled; 100/75/55.
func huzhouUnitsVariants(r *Rules) []Variant {
	return []Variant{
		equalVariant("七个层面等权", r.Groups),
		pointsVariant("100/75/55", r.Scale, shandong),
	}
}

// lishuiWindowsVariants: 100/75/55; the highest and lowest rating dropped
// from 6 ratings. The service recipients are the only group, so there is
// no weighting of groups to vary.
func lishuiWindowsVariants(r *Rules) []Variant {
	return []Variant{
		pointsVariant("100/75/55", r.Scale, shandong),
		{Name: "去掉最高最低分", Trim: &Trim{K: 1, Min: 6}},
	}
}
