package strokes

import (
	"slices"
	"testing"
)

// The stroke counts of the samples' surnames, as the standard gives them.
func TestSurnameCounts(t *testing.T) {
	for n, surnames := range map[int]string{
		2: "丁", 3: "马万", 4: "王邓方尹毛孔", 5: "田叶石付冯卢龙", 6: "刘孙朱吕任许江向汤",
		7: "李张陈杨吴何宋肖余杜苏沈陆汪邹邱邵严但", 8: "周林罗郑范金", 9: "赵胡姚姜钟贺饶",
		10: "徐郭高唐袁贾夏秦陶顾", 11: "黄梁曹崔龚", 12: "谢韩彭曾董蒋程", 13: "雷", 14: "蔡谭廖熊",
		15: "潘黎", 17: "魏戴",
	} {
		for _, r := range surnames {
			if got := Count(r); got != n {
				t.Errorf("%c: %d strokes, want %d", r, got, n)
			}
		}
	}
}

// Worked by hand: 丁 has two strokes; the four-stroke surnames by their
// strokes, 王 横横竖横 before 毛 撇横横折, 方 点横折撇, then 尹 折横横撇,
// 孔 折竖横折 and 邓 折点折竖 (their second strokes decide); a name that
// begins another first; then five strokes.
func TestCompare(t *testing.T) {
	names := []string{"邓华", "孔明", "田力", "王芳", "尹文", "方敏", "王芳芳", "毛伟", "丁一", "王力"}
	slices.SortFunc(names, Compare)
	want := []string{"丁一", "王力", "王芳", "王芳芳", "毛伟", "方敏", "尹文", "孔明", "邓华", "田力"}
	if !slices.Equal(names, want) {
		t.Errorf("ordered %v, want %v", names, want)
	}
	// Characters the table lacks come after those it has; others first.
	if Compare("𠀀", "龚") <= 0 || Compare("A组", "丁") >= 0 || Compare("市（区）", "市丁") >= 0 {
		t.Error("unknown or non-Han characters out of place")
	}
}

func TestUnknown(t *testing.T) {
	if got := Unknown("王芳", "欧阳𠀀", "欧"); !slices.Equal(got, []rune{'欧', '𠀀'}) {
		t.Errorf("unknown %q", string(got))
	}
}
