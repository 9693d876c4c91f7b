package report

import (
	"errors"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/evalctl/evalctl/evaluate"
	"github.com/evalctl/evalctl/internal/msg"
	"github.com/evalctl/evalctl/internal/xlsxdump"
)

func TestSafeFileStem(t *testing.T) {
	for _, tc := range []struct{ unit, want string }{
		{"市民政局", "市民政局"},
		{`a\b/c:d*e?f"g<h>i|j`, "a_b_c_d_e_f_g_h_i_j"},
		{"市局（办公室）", "市局（办公室）"},
		{".hidden", "_hidden"},
		{"  市审计局 ", "市审计局"},
		{"tab\there", "tab_here"},
		{"", "_"},
		{strings.Repeat("局", 100), strings.Repeat("局", 80)},
	} {
		if got := safeFileStem(tc.unit); got != tc.want {
			t.Errorf("safeFileStem(%q) = %q, want %q", tc.unit, got, tc.want)
		}
	}
}

func TestUnitFilesCollide(t *testing.T) {
	got := unitFiles([]string{"A/B", "C", "A:B", "a_b", "A_B(2)"}, "-结果.xlsx")
	want := []unitFile{
		{"A/B", "A_B-结果.xlsx", ""},
		{"C", "C-结果.xlsx", ""},
		{"A:B", "A_B(2)-结果.xlsx", "A/B"},
		{"a_b", "a_b(3)-结果.xlsx", "A/B"}, // Windows and macOS ignore case
		{"A_B(2)", "A_B(2)(2)-结果.xlsx", "A:B"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("unitFiles:\n got %v\nwant %v", got, want)
	}
}

func TestHiddenGroups(t *testing.T) {
	// Each evaluator gives two ratings (two dimensions): the thresholds
	// count evaluators, so the ratings must make no difference.
	groups := func(evaluators ...int) []evaluate.PublishedGroup {
		var gs []evaluate.PublishedGroup
		for _, n := range evaluators {
			gs = append(gs, evaluate.PublishedGroup{Ballots: n, Ratings: 2 * n, HasMean: n > 0})
		}
		return gs
	}
	for _, tc := range []struct {
		name    string
		ratings []int
		min     int
		want    []bool
	}{
		{"all large enough", []int{10, 8, 5}, 5, []bool{false, false, false}},
		{"one small hides the next smallest too", []int{10, 3, 8, 6, 0}, 5, []bool{false, true, false, true, false}},
		{"two small but under min together", []int{1, 10, 2, 7}, 5, []bool{true, false, true, true}},
		{"two small reaching min together", []int{2, 3, 10}, 5, []bool{true, true, false}},
		{"the only group that rated", []int{0, 4, 0}, 5, []bool{false, true, false}},
		{"threshold 1", []int{1, 1, 0}, 1, []bool{false, false, false}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := hiddenGroups(groups(tc.ratings...), tc.min); !slices.Equal(got, tc.want) {
				t.Errorf("hidden %v, want %v", got, tc.want)
			}
		})
	}
}

// TestExportHand exports the hand round with a threshold of 2. Every target
// has two 党代表 ratings and one 企业代表 rating: 企业代表 is hidden for being
// under 2, and 党代表 with it, as the one other group that rated (otherwise
// the overall rate minus 党代表's would give 企业代表's away). T7's single
// rating hides its own scores too.
func TestExportHand(t *testing.T) {
	res := handRound(t)
	dir := t.TempDir()
	foreign := filepath.Join(dir, "U1-说明.docx")
	if err := os.WriteFile(foreign, []byte("not ours"), 0o644); err != nil {
		t.Fatal(err)
	}
	var progress []int
	opts := ExportOptions{Dir: dir, Lang: msg.Chinese, MinGroupRatings: 2, Progress: func(done, total int) { progress = append(progress, done*10+total) }}
	for run := range 2 { // the second run replaces the files
		units, err := Export(Publish(res, msg.Chinese), opts)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(units); got != 3 {
			t.Fatalf("run %d: %d units, want 3", run, got)
		}
	}
	if !slices.Equal(progress, []int{13, 23, 33, 13, 23, 33}) {
		t.Errorf("progress %v", progress)
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if want := []string{"U1-结果.xlsx", "U1-说明.docx", "U2-结果.xlsx", "U3-结果.xlsx", "索引.xlsx"}; !slices.Equal(names, want) {
		t.Errorf("folder holds %v, want %v", names, want)
	}
	if data, _ := os.ReadFile(foreign); string(data) != "not ours" {
		t.Error("the foreign file was touched")
	}
	for _, name := range []string{"U2-结果.xlsx", "U3-结果.xlsx", "索引.xlsx"} {
		dump, err := xlsxdump.File(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		golden(t, "export-"+strings.TrimSuffix(name, ".xlsx")+".golden", dump)
	}
}

func TestExportSubsetAndIncomplete(t *testing.T) {
	res := handRound(t)
	dir := t.TempDir()
	units, err := Export(Publish(res, msg.English), ExportOptions{Dir: dir, Lang: msg.English, MinGroupRatings: 5, Units: []string{"U2"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(units) != 1 || units[0].File != "U2-results.xlsx" {
		t.Errorf("units %+v", units)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("%d files, want U2-results.xlsx and index.xlsx", len(entries))
	}
	// The index lists every unit, marking the one written now.
	dump, err := xlsxdump.File(filepath.Join(dir, "index.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{"Index!A2\tU1", "Index!A3\tU2", "Index!C3\tyes", "Index!A4\tU3"} {
		if !strings.Contains(dump, line+"\n") {
			t.Errorf("index lacks %q:\n%s", line, dump)
		}
	}
	if strings.Contains(dump, "Index!C2\t") || strings.Contains(dump, "Index!C4\t") {
		t.Errorf("index marks units not written now:\n%s", dump)
	}
	p := Publish(res, msg.English)
	p.Complete = false
	if _, err := Export(p, ExportOptions{Dir: dir, Lang: msg.English, MinGroupRatings: 5}); err == nil {
		t.Error("exporting incomplete results succeeded")
	}
}

// TestExportStopped: an export stopped while writing its workbooks leaves
// the folder as the last export left it; one that fails while moving them
// in leaves no index, so that the folder does not look complete. Neither
// leaves its hidden folder behind for long: the next export removes it.
func TestExportStopped(t *testing.T) {
	p := Publish(handRound(t), msg.Chinese)
	dir := t.TempDir()
	opts := ExportOptions{Dir: dir, Lang: msg.Chinese, MinGroupRatings: 2}
	if _, err := Export(p, opts); err != nil {
		t.Fatal(err)
	}
	before := folderBytes(t, dir)

	// Stopped after the second workbook of an export that would write
	// other figures: nothing in the folder changes.
	stopped := opts
	stopped.MinGroupRatings = 50
	stopped.Progress = func(done, total int) {
		if done == 2 {
			panic("stopped")
		}
	}
	func() {
		defer func() {
			if recover() == nil {
				t.Fatal("the export did not stop")
			}
		}()
		Export(p, stopped)
	}()
	if got := folderBytes(t, dir); !maps.Equal(got, before) {
		t.Errorf("an export stopped before its moves changed the folder: %v", slices.Sorted(maps.Keys(got)))
	}

	// A move that fails (a folder where U2's file goes): no index.
	if err := os.Remove(filepath.Join(dir, "U2-结果.xlsx")); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "U2-结果.xlsx", "x"), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := Export(p, opts); err == nil {
		t.Fatal("moving a workbook over a folder succeeded")
	}
	if _, err := os.Stat(filepath.Join(dir, "索引.xlsx")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("after a failed move the index is still there: %v", err)
	}
	for name := range folderBytes(t, dir) {
		if strings.HasPrefix(name, stagingPrefix) {
			t.Errorf("%s left behind", name)
		}
	}
}

// folderBytes maps each file of dir (and of its folders, as dir/name) to
// its contents.
func folderBytes(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		rel, _ := filepath.Rel(dir, path)
		out[rel] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}
