package report

import (
	"fmt"
	"strings"
	"testing"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/msg"
)

func numericRules(noAnswer bool) *evaluate.Rules {
	r := evaluate.Chibi()
	r.Scale = evaluate.Scale{Range: &evaluate.Range{Min: 0, Max: 100}, Bands: []evaluate.Band{
		{Name: "不满意", Min: 0, Lowest: true}, {Name: "基本满意", Min: 60, Satisfied: true}, {Name: "满意", Min: 85, Satisfied: true}}}
	if noAnswer {
		r.Scale.Levels = []evaluate.Level{{Name: "不了解", NoAnswer: true}}
	}
	return r
}

func TestTemplateNumericScale(t *testing.T) {
	t.Parallel()
	f, _ := writeTemplate(t, numericRules(false), TemplateOptions{Lang: msg.Chinese, Rows: 10})
	dv := validations(t, f, "选票")["C2:E11"]
	if dv == nil || dv.Type != "decimal" || dv.Operator != "between" || dv.Formula1 != "0" || dv.Formula2 != "100" {
		t.Errorf("numeric scale validation %+v, want decimal between 0 and 100", dv)
	}
	f, _ = writeTemplate(t, numericRules(true), TemplateOptions{Lang: msg.Chinese, Rows: 10})
	dv = validations(t, f, "选票")["C2:E11"]
	want := `OR(AND(ISNUMBER(C2),C2>=0,C2<=100),C2="不了解")`
	if dv == nil || dv.Type != "custom" || dv.Formula1 != want || !dv.ShowErrorMessage || !dv.ShowInputMessage {
		t.Errorf("numeric scale with 不了解: validation %+v, want custom %s with an input message", dv, want)
	} else if !strings.Contains(*dv.Prompt, "0–100") || !strings.Contains(*dv.Prompt, "不了解") {
		t.Errorf("input message %q should give the range and 不了解", *dv.Prompt)
	}
}

// A list longer than Excel takes inline is read from a hidden sheet.
func TestTemplateLongGroupList(t *testing.T) {
	t.Parallel()
	rules := evaluate.Chibi()
	rules.Groups = nil
	for i := range 60 {
		rules.Groups = append(rules.Groups, evaluate.Group{Name: fmt.Sprintf("第%02d代表团", i+1), Weight: 1})
	}
	f, _ := writeTemplate(t, rules, TemplateOptions{Lang: msg.Chinese, Rows: 10})
	dv := validations(t, f, "选票")["B2:B11"]
	if dv == nil || dv.Type != "list" || dv.Formula1 != "'选项'!$A$1:$A$60" {
		t.Fatalf("group validation %+v, want a list from '选项'!$A$1:$A$60", dv)
	}
	if visible, _ := f.GetSheetVisible("选项"); visible {
		t.Error("the list sheet 选项 is visible")
	}
	if v := cellText(t, f, "选项", "A60"); v != "第60代表团" {
		t.Errorf("选项!A60 = %q", v)
	}
	wantList(t, validations(t, f, "选票"), "C2:E11", "满意", "基本满意", "不满意")
}
