package sample

// Two keyings of one stack (双人录入): the "one" family's valid ballots keyed
// by one clerk into a workbook headed by 编号, and by another into a CSV file
// saved from Excel on Chinese Windows, headed by 姓名, with the slips a
// second keying catches planted in it ([KeyingPlanted]).

// KeyingPlant is one difference planted in the second keying: the ballot,
// what differs (a target's 编号, or 代表类别), and the two keyings' values
// ("" for blank); Missing says the second keying left the ballot out.
type KeyingPlant struct {
	Ballot, What, A, B string
	Missing            bool
}

// KeyingPlanted are the differences between one/keyings/a.xlsx and
// one/keyings/b.csv, by the index of the ballot among the family's valid
// ballots: a level mistyped, a rating left out, the group mistaken, a
// ballot not keyed.
func KeyingPlanted(seed uint64) []KeyingPlant {
	_, plants := keyingBallots(validOnly(layoutBallots(newRand(seed, streamLayoutOne), 1)))
	return plants
}

// keyingBallots makes the second keying from the first, with the plants.
func keyingBallots(first []layoutBallot) ([]layoutBallot, []KeyingPlant) {
	var second []layoutBallot
	var plants []KeyingPlant
	firstRated := func(b layoutBallot) int {
		for t := range layoutTargets {
			if b.ratings[t][0] != "" {
				return t
			}
		}
		return -1
	}
	for i, b := range first {
		c := b
		c.ratings = make([][]string, len(b.ratings))
		for t := range b.ratings {
			c.ratings[t] = append([]string(nil), b.ratings[t]...)
		}
		switch i {
		case 11: // a level mistyped
			t := firstRated(b)
			c.ratings[t][0] = map[string]string{LevelSatisfied: LevelBasic, LevelBasic: LevelSatisfied, LevelDissatisfied: LevelBasic}[b.ratings[t][0]]
			plants = append(plants, KeyingPlant{Ballot: b.id, What: layoutTargets[t].id, A: b.ratings[t][0], B: c.ratings[t][0]})
		case 26: // a rating left out
			t := firstRated(b)
			c.ratings[t][0] = ""
			plants = append(plants, KeyingPlant{Ballot: b.id, What: layoutTargets[t].id, A: b.ratings[t][0]})
		case 39: // the group mistaken for the next one on the form
			for g := range chibiPanel {
				if chibiPanel[g].name == b.group {
					c.group = chibiPanel[(g+1)%len(chibiPanel)].name
				}
			}
			plants = append(plants, KeyingPlant{Ballot: b.id, What: "代表类别", A: b.group, B: c.group})
		case 54: // not keyed
			plants = append(plants, KeyingPlant{Ballot: b.id, Missing: true})
			continue
		}
		second = append(second, c)
	}
	return second, plants
}

// nameHead heads a column by the target's 姓名.
func nameHead(c ratingColumn) string { return layoutTargets[c.target].name }

// keyingFiles writes the two keyings and a round workbook without ballots.
func keyingFiles(one []layoutBallot) ([]LayoutFile, error) {
	first := validOnly(one)
	second, _ := keyingBallots(first)
	b, err := CSV(wideSheet("b", second, 1, nameHead).Rows, EncodingGB18030)
	if err != nil {
		return nil, err
	}
	return []LayoutFile{
		{Path: "one/keyings/round.xlsx", Sheets: roundSheets()},
		{Path: "one/keyings/a.xlsx", Sheets: []Sheet{wideSheet(SheetBallots, first, 1, idHead)}},
		{Path: "one/keyings/b.csv", Data: b},
	}, nil
}
