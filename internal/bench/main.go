// Command bench measures evalctl against its goals, as `make bench` runs
// it: it generates rounds of 200,000 and 1,000,000 ballots over 18 chiefs
// (the 选票 sheet keyed as Excel saves it: shared strings, numbers), builds
// evalctl, and compares the whole-process CPU time of `evalctl score
// --replicates 0` with that of `unzip -p` writing out the ballot sheet, its
// peak memory with 64 MiB with resampling off and on (1,000 replicates,
// the default), what resampling adds to it from the smallest round to the
// largest (flat: the replicates' counts do not grow with the ballots), and the time of scoring the 赤壁 sample without resampling
// with 0.15 s and what 1,000 replicates add to it, on 2 cores (GOMAXPROCS
// 2), with 1 s. Each figure is the best of a few runs, all measured in this
// one run on this machine, so the ratios hold whatever the machine.
//
//	go run ./internal/bench [-sizes 200000,1000000] [-dir DIR] [-runs 3]
//
// The generated rounds are kept in DIR (default: evalctl-bench in the
// temporary folder) for the next run. It exits 1 when a goal is missed.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/evalctl/evalctl/ingest/xlsx"
	"github.com/evalctl/evalctl/internal/sample"
)

// goal is one row of the report; a row without a target is a figure
// without a goal.
type goal struct {
	what, measured, target string
	holds                  bool
}

func main() {
	sizes := flag.String("sizes", "200000,1000000", "ballots of the rounds to measure, comma-separated")
	dir := flag.String("dir", filepath.Join(os.TempDir(), "evalctl-bench"), "where the generated rounds are kept")
	runs := flag.Int("runs", 3, "runs of each command; the best counts")
	flag.Parse()
	if err := bench(*sizes, *dir, *runs); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(2)
	}
}

func bench(sizes, dir string, runs int) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	bin := filepath.Join(dir, "evalctl")
	fmt.Fprintln(os.Stderr, "building evalctl …")
	if out, err := exec.Command("go", "build", "-o", bin, "./cmd/evalctl").CombinedOutput(); err != nil {
		return fmt.Errorf("go build: %v\n%s", err, out)
	}
	unzip, err := exec.LookPath("unzip")
	if err != nil {
		return fmt.Errorf("unzip is needed as the yardstick (apt-get install unzip): %v", err)
	}
	var goals []goal
	// What resampling adds to the peak memory of each round, from the
	// first size to the last: flat when it does not grow with the ballots.
	type added struct {
		ballots int
		rss     int64
	}
	var extras []added
	for _, s := range strings.Split(sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n <= 0 {
			return fmt.Errorf("-sizes: %q is not a number of ballots", s)
		}
		round, err := largeRound(dir, n)
		if err != nil {
			return err
		}
		part, err := ballotPart(round)
		if err != nil {
			return err
		}
		base, err := best(runs, nil, unzip, "-p", round, part)
		if err != nil {
			return err
		}
		out := filepath.Join(dir, "out.xlsx")
		got, err := best(runs, nil, bin, "score", round, "-o", out, "--replicates", "0")
		if err != nil {
			return err
		}
		resampled, err := best(runs, nil, bin, "score", round, "-o", out, "--replicates", replicates)
		if err != nil {
			return err
		}
		ratio := got.cpu.Seconds() / base.cpu.Seconds()
		limit := 2.0
		if n >= 1_000_000 {
			limit = 2.5
		}
		label := fmt.Sprintf("%s ballots", thousands(n))
		goals = append(goals, goal{label + ", CPU", fmt.Sprintf("%.2f s = %.2f × unzip -p (%.2f s)", got.cpu.Seconds(), ratio, base.cpu.Seconds()), fmt.Sprintf("≤ %.1f ×", limit), ratio <= limit})
		goals = append(goals, goal{label + ", CPU with " + replicates + " replicates", fmt.Sprintf("%.2f s = %.2f × unzip -p", resampled.cpu.Seconds(), resampled.cpu.Seconds()/base.cpu.Seconds()), "", true})
		if got.rss > 0 { // measured where the system tells
			goals = append(goals,
				goal{label + ", peak memory", fmt.Sprintf("%.1f MiB", mib(got.rss)), "≤ 64 MiB", got.rss <= 64<<20},
				goal{label + ", peak memory with " + replicates + " replicates", fmt.Sprintf("%.1f MiB (%+.1f MiB)", mib(resampled.rss), mib(resampled.rss-got.rss)), "≤ 64 MiB", resampled.rss <= 64<<20})
			extras = append(extras, added{n, resampled.rss - got.rss})
		}
	}
	if len(extras) > 1 {
		first, last := extras[0], extras[len(extras)-1]
		goals = append(goals, goal{
			fmt.Sprintf("%s replicates' memory, %s → %s ballots", replicates, thousands(first.ballots), thousands(last.ballots)),
			fmt.Sprintf("%+.1f MiB → %+.1f MiB", mib(first.rss), mib(last.rss)),
			"flat (grows ≤ 4 MiB)", last.rss-first.rss <= 4<<20})
	}
	// The sample on 2 cores, as the goal of the bootstrap's cost is set.
	sampleRound, sampleOut := filepath.Join("testdata", "chibi", "round.xlsx"), filepath.Join(dir, "sample-out.xlsx")
	twoCores := append(os.Environ(), "GOMAXPROCS=2")
	s, err := best(max(runs, 5), twoCores, bin, "score", sampleRound, "-o", sampleOut, "--replicates", "0")
	if err != nil {
		return err
	}
	r, err := best(max(runs, 5), twoCores, bin, "score", sampleRound, "-o", sampleOut, "--replicates", replicates)
	if err != nil {
		return err
	}
	extra := r.wall - s.wall
	goals = append(goals,
		goal{"赤壁 sample, whole process", fmt.Sprintf("%.3f s (CPU %.3f s)", s.wall.Seconds(), s.cpu.Seconds()), "< 0.15 s", s.wall < 150*time.Millisecond},
		goal{"赤壁 sample, " + replicates + " replicates add", fmt.Sprintf("%.3f s (%.3f s against %.3f s; CPU %+.3f s)", extra.Seconds(), r.wall.Seconds(), s.wall.Seconds(), (r.cpu - s.cpu).Seconds()), "≤ 1 s on 2 cores", extra <= time.Second})

	tw := tabwriter.NewWriter(os.Stdout, 2, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "goal\tmeasured\ttarget\t")
	missed := 0
	for _, g := range goals {
		mark, target := "holds", g.target
		if target == "" { // a figure to know, without a goal
			mark, target = "", "—"
		}
		if !g.holds {
			mark, missed = "MISSED", missed+1
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", g.what, g.measured, target, mark)
	}
	tw.Flush()
	if missed > 0 {
		os.Exit(1)
	}
	return nil
}

// largeRound is the generated round of n ballots in dir, written when it
// is not there yet.
func largeRound(dir string, n int) (string, error) {
	path := filepath.Join(dir, fmt.Sprintf("round-%d.xlsx", n))
	if _, err := os.Stat(path); err == nil {
		return path, nil
	}
	fmt.Fprintf(os.Stderr, "generating %s ballots …\n", thousands(n))
	return path, sample.WriteWorkbook(path, sample.Large(n, sample.Seed))
}

// ballotPart is the zip part of the round's 选票 sheet.
func ballotPart(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return "", err
	}
	book, err := xlsx.OpenReaderAt(f, info.Size(), xlsx.Limits{})
	if err != nil {
		return "", err
	}
	for _, s := range book.Sheets() {
		if s.Name == sample.SheetBallots {
			return s.Part, nil
		}
	}
	return "", fmt.Errorf("%s has no %s sheet", path, sample.SheetBallots)
}

// replicates is how many times the ballots are resampled when they are:
// evalctl's default.
const replicates = "1000"

// mib is bytes in MiB.
func mib(b int64) float64 { return float64(b) / (1 << 20) }

// usage is what one run of a command cost.
type usage struct {
	cpu, wall time.Duration
	rss       int64 // peak resident bytes
}

// best runs the command n times, its output discarded, in the environment
// env (nil: this process's), and returns the least CPU time, wall time and
// peak memory seen.
func best(n int, env []string, name string, args ...string) (usage, error) {
	var b usage
	for i := range n {
		cmd := exec.Command(name, args...)
		cmd.Stderr = nil
		cmd.Env = env
		start := time.Now()
		if err := cmd.Run(); err != nil {
			return b, fmt.Errorf("%s %s: %v", name, strings.Join(args, " "), err)
		}
		u := usage{
			cpu:  cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime(),
			wall: time.Since(start),
			rss:  peakRSS(cmd.ProcessState),
		}
		if i == 0 || u.cpu < b.cpu {
			b.cpu = u.cpu
		}
		if i == 0 || u.wall < b.wall {
			b.wall = u.wall
		}
		if i == 0 || u.rss < b.rss {
			b.rss = u.rss
		}
	}
	return b, nil
}

// thousands writes n with commas: 1,000,000.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
