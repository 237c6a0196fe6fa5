package e2e

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/leadingup/leadingup/tools/internal/projcopy"
)

// BenchmarkBuildLargeCorpus times the whole documented build — normalise,
// Hugo, Pagefind — on a copy of the project whose sources/ holds a large
// synthetic corpus: every real source essay repeated under new names with
// its wording varied, so that each copy is its own page, cheat sheet and
// search record. Run it with
//
//	go test -run '^$' -bench BuildLargeCorpus -benchtime 1x ./tools/e2e
//
// and set LEADUP_BENCH_ESSAYS to change the corpus size (default 500).
// It reports essays per second and the peak memory of the build's programs
// (the largest maximum resident set size among them).
func BenchmarkBuildLargeCorpus(b *testing.B) {
	n := 500
	if s := os.Getenv("LEADUP_BENCH_ESSAYS"); s != "" {
		fmt.Sscan(s, &n)
	}
	root := filepath.Join(b.TempDir(), "repo")
	if err := projcopy.Copy(repoRoot, root); err != nil {
		b.Fatal(err)
	}
	size, err := writeSyntheticSources(filepath.Join(repoRoot, "sources"), filepath.Join(root, "sources"), n)
	if err != nil {
		b.Fatal(err)
	}
	// Compile the command once, so the timings are of the build alone.
	bin := filepath.Join(b.TempDir(), "leadup")
	compile := exec.Command("go", "build", "-o", bin, "./tools/leadup")
	compile.Dir = root
	if out, err := compile.CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	b.SetBytes(size)
	b.ResetTimer()
	var peak int64
	for i := 0; i < b.N; i++ {
		out := filepath.Join(b.TempDir(), "public")
		cmd := exec.Command(bin, "build", "-out", out)
		cmd.Dir = root
		var log bytes.Buffer
		cmd.Stdout, cmd.Stderr = &log, &log
		start := time.Now()
		if err := cmd.Run(); err != nil {
			b.Fatalf("build failed after %s: %v\n%s", time.Since(start), err, log.String())
		}
		if rss := maxRSS(cmd); rss > peak {
			peak = rss
		}
		pages, _ := filepath.Glob(filepath.Join(out, "essays", "*", "index.html"))
		if len(pages) < n {
			b.Fatalf("built %d essay pages, want at least %d", len(pages), n)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "essays/s")
	b.ReportMetric(float64(peak)/(1<<20), "peak-MiB")
}

// writeSyntheticSources writes n essays into dst, made from the essays in
// src with a numbered title and a few words swapped per copy, and returns
// their total size in bytes.
func writeSyntheticSources(src, dst string, n int) (int64, error) {
	files, err := filepath.Glob(filepath.Join(src, "*.txt"))
	if err != nil || len(files) == 0 {
		return 0, fmt.Errorf("no source essays in %s: %v", src, err)
	}
	swaps := [][2]string{{"manager", "team lead"}, {"boss", "supervisor"}, {"project", "programme"}, {"week", "month"}}
	var total int64
	for i := range n {
		b, err := os.ReadFile(files[i%len(files)])
		if err != nil {
			return 0, err
		}
		text := string(b)
		title, rest, _ := strings.Cut(text, "\n")
		text = fmt.Sprintf("%s, part %d\n%s", title, i+1, rest)
		sw := swaps[i%len(swaps)]
		text = strings.ReplaceAll(text, sw[0], sw[1])
		name := filepath.Join(dst, fmt.Sprintf("synthetic-%04d.txt", i+1))
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			return 0, err
		}
		total += int64(len(text))
	}
	return total, nil
}

// maxRSS returns the largest resident set size, in bytes, of the finished
// command and the programs it ran and waited for (Linux reports the largest
// of them), or 0 where the system does not say.
func maxRSS(cmd *exec.Cmd) int64 {
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		return ru.Maxrss * 1024 // kilobytes on Linux
	}
	return 0
}
