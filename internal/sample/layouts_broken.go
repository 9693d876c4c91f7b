package sample

import "fmt"

// BrokenRound is a small round with a mistake planted on purpose in every
// sheet, for `evalctl check` to find: each of Planted, at its exact place.
type BrokenRound struct {
	Sheets  []Sheet
	Planted []BrokenProblem
}

// BrokenProblem is one planted mistake. A structural one (Code "") is an
// error naming Sheet!Cell; a ballot one makes the ballot on Sheet, Row
// invalid with the problem Code, and where the mistake is in one cell, Cell
// names it.
type BrokenProblem struct {
	Sheet  string
	Cell   string
	Row    int
	Ballot string
	Code   string
	What   string
}

func (p BrokenProblem) String() string {
	if p.Code == "" {
		return fmt.Sprintf("%s!%s: %s", p.Sheet, p.Cell, p.What)
	}
	where := fmt.Sprintf("%s row %d", p.Sheet, p.Row)
	if p.Cell != "" {
		where += " (" + p.Sheet + "!" + p.Cell + ")"
	}
	return fmt.Sprintf("%s: ballot %q: %s: %s", where, p.Ballot, p.Code, p.What)
}

// Broken generates the broken round. It has no randomness: every cell is
// written here.
//
// The roster is the first six chiefs of the layouts round. Planted:
//
//	名册!B4        T003's 姓名 is empty
//	测试成绩!B3     T002's score is 120, outside 0–100
//	测试成绩!A8     a score for T0O1 (letter O for zero), who is not in the roster
//	投诉台账!D3     核查结果 "待查", not one of 查实/不实/一票否决
//	选票 row 4      P003: 选票!E4 holds "满议", not a level
//	选票 row 5      P004: group "群众代表", not one of the rules' groups
//	选票 row 6      a ballot without 票号
//	选票 row 3      P002, keyed again with other contents on row 8
//	选票 row 9      P006 rates nobody: a blank ballot
//	选票 row 10     P007: 选票!G10 holds "很满意", not a level
//	选票-党代表 row 4  P102 (long layout) rates T002 twice: 选票-党代表!C6
//	选票-党代表 row 7  P103 names T099, who is not in the roster: 选票-党代表!C7
func Broken() BrokenRound {
	roster := layoutRosterRows()[:7]
	roster[3] = append([]any{}, roster[3]...)
	roster[3][1] = nil
	tests := [][]any{{"编号", "成绩"}}
	for _, t := range layoutTargets[:6] {
		tests = append(tests, []any{t.id, t.test})
	}
	tests[2][1] = 120.0
	tests = append(tests, []any{"T0O1", 81.0})

	const s, d, b = LevelSatisfied, LevelDissatisfied, LevelBasic
	wide := [][]any{
		{"票号", "代表类别", "T001", "T002", "T003", "T004", "T005", "T006"},
		{"P001", GroupParty, s, s, b, s, s, b},
		{"P002", GroupPeople, s, b, d, s, s, b},
		{"P003", GroupCPPCC, s, s, badValue, b, s, s},
		{"P004", "群众代表", b, s, d, s, s, b},
		{nil, GroupEnterprise, b, b, d, s, b, b},
		{"P005", GroupPublic, s, b, b, s, s, d},
		{"P002", GroupEnterprise, d, b, d, b, s, b},
		{"P006", GroupParty},
		{"P007", GroupPublic, s, s, b, s, "很满意", s},
	}
	long := [][]any{
		{"票号", "编号", "评价"},
		{"P101", "T001", s},
		{"P101", "T002", b},
		{"P102", "T002", s},
		{"P102", "T003", s},
		{"P102", "T002", d},
		{"P103", "T099", s},
		{"P103", "T004", s},
	}
	longSheet := SheetBallots + "-" + GroupParty
	return BrokenRound{
		Sheets: []Sheet{
			{Name: SheetRoster, Rows: roster},
			{Name: SheetBallots, Rows: wide},
			{Name: longSheet, Rows: long},
			{Name: SheetComplaints, Rows: [][]any{
				{"编号", "日期", "内容", "核查结果"},
				{"T004", "2026-04-02", "办事拖延", "查实"},
				{"T005", "2026-05-11", "态度生硬", "待查"},
				{"T001", "2026-06-30", "推诿扯皮", "不实"},
			}},
			{Name: SheetTests, Rows: tests},
		},
		Planted: []BrokenProblem{
			{Sheet: SheetRoster, Cell: "B4", What: "T003's 姓名 is empty"},
			{Sheet: SheetTests, Cell: "B3", What: "T002's score 120 is outside 0–100"},
			{Sheet: SheetTests, Cell: "A8", What: "T0O1 has a score but is not in the roster"},
			{Sheet: SheetComplaints, Cell: "D3", What: `核查结果 "待查" is not a result of the rules`},
			{Sheet: SheetBallots, Row: 4, Ballot: "P003", Code: "not_a_level", Cell: "E4", What: `"满议" is not a level`},
			{Sheet: SheetBallots, Row: 5, Ballot: "P004", Code: "unknown_group", What: `group "群众代表" is not in the rules`},
			{Sheet: SheetBallots, Row: 6, Ballot: "", Code: "missing_ballot_number", What: "no 票号"},
			{Sheet: SheetBallots, Row: 3, Ballot: "P002", Code: "duplicate_ballot_number", What: "P002 is keyed again with other contents on row 8"},
			{Sheet: SheetBallots, Row: 9, Ballot: "P006", Code: "blank_ballot", What: "rates nobody"},
			{Sheet: SheetBallots, Row: 10, Ballot: "P007", Code: "not_a_level", Cell: "G10", What: `"很满意" is not a level`},
			{Sheet: longSheet, Row: 4, Ballot: "P102", Code: "rated_twice", Cell: "C6", What: "T002 rated twice (also C4)"},
			{Sheet: longSheet, Row: 7, Ballot: "P103", Code: "unknown_target", Cell: "C7", What: "T099 is not in the roster"},
		},
	}
}
