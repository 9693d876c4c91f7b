package report

import (
	"strings"
	"testing"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/msg"
)

func TestTemplateInstructions(t *testing.T) {
	t.Parallel()
	rules := evaluate.Chibi()
	rules.Scale.Levels = append(rules.Scale.Levels, evaluate.Level{Name: "不了解", NoAnswer: true})
	f, _ := writeTemplate(t, rules, TemplateOptions{Lang: msg.Chinese, Rows: 10})
	rows, err := f.GetRows("说明")
	if err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	for _, r := range rows {
		text.WriteString(strings.Join(r, "\t") + "\n")
	}
	for _, want := range []string{
		"满意：100 分，计入满意率", "基本满意：60 分，计入满意率", "不满意：0 分\n", "不了解：不计分，不计入分母",
		"党代表、人大代表、政协委员、企业代表、社会人士", "空白单元格表示未评价", "票号为空", "票号与先录入的选票重复",
		"代表类别为空或不是上列类别", "不是上列评价等次", "空白票", "疑似重复录入", "至少 5 项评价", "撤销工作表保护（无密码）", "10 行",
	} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("说明 lacks %q:\n%s", want, text.String())
		}
	}
}
