package ingest

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/evalctl/evalctl/evaluate"
)

// TestPasswordProtected opens a workbook encrypted as Excel does it: with the
// password it reads, without one the error asks for it, and a wrong one says
// so; none of them is mistaken for an old .xls.
func TestPasswordProtected(t *testing.T) {
	path := filepath.Join(t.TempDir(), "secret.xlsx")
	f := excelize.NewFile()
	if err := f.SetSheetName("Sheet1", "名册"); err != nil {
		t.Fatal(err)
	}
	for i, row := range [][]any{{"编号", "姓名", "单位", "类别"}, {"T001", "张三", "市财政局", "综合管理类"}} {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("名册", cell, &row); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SaveAs(path, excelize.Options{Password: "评议2026"}); err != nil {
		t.Fatal(err)
	}

	wb, err := OpenWith(path, Options{Password: "评议2026"})
	if err != nil {
		t.Fatalf("with the password: %v", err)
	}
	rules := evaluate.Chibi()
	rules.Liability = nil
	targets, err := wb.Roster(rules)
	wb.Close()
	if err != nil || len(targets) != 1 || targets[0].Name != "张三" {
		t.Fatalf("roster = %v, %v; want 张三", targets, err)
	}

	for _, tc := range []struct{ password, want string }{
		{"", "password-protected; give its password with --password"},
		{"wrong", "cannot decrypt the workbook (wrong password?)"},
	} {
		_, err := OpenWith(path, Options{Password: tc.password})
		if err == nil || !strings.Contains(err.Error(), tc.want) || !errors.Is(err, evaluate.ErrInvalidData) {
			t.Errorf("password %q: %v, want …%s…", tc.password, err, tc.want)
		}
		if err != nil && strings.Contains(err.Error(), "old-format") {
			t.Errorf("password %q: an encrypted .xlsx is called an old .xls: %v", tc.password, err)
		}
	}
}
