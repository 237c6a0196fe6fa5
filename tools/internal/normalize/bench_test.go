package normalize

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/leadingup/leadingup/tools/internal/synth"
)

// synthetic builds an essay corpus of about n bytes: paragraphs, headings,
// lists of labelled items, tables and some junk.
func synthetic(n int) []byte {
	var b strings.Builder
	b.WriteString("Leading Up at Scale\n\nBy Test Author\nUpdated: Nov 26, 2020\n\n")
	heads := []string{"Why leading up matters", "How to lead up", "Mistakes to avoid"}
	labels := []string{"Be transparent", "Build the relationship", "Don't push it", "A win for both of you", "Understand their role", "Bring the facts"}
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "Section %d of the essay starts with a paragraph that is hard-wrapped at a\nnarrow width so that the reflow code has real work to do on every\nline of it, just as a pasted web article would need.\n\n", i)
		fmt.Fprintf(&b, "%s\n\n", heads[i%len(heads)])
		for j := 0; j < 5; j++ {
			fmt.Fprintf(&b, "- %s. Explanation number %d explains the item in a sentence. A second sentence adds detail.\n", labels[(i+j)%len(labels)], j)
		}
		b.WriteString("\nOld habit\tNew habit\nWait for orders\tOffer help\n\nShare on LinkedIn\nPhoto by Someone on Unsplash\n\n")
	}
	return []byte(b.String())
}

func BenchmarkNormalize(b *testing.B) {
	v := loadVocab(b)
	src := synthetic(benchSize)
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	start := cpuTime()
	for i := 0; i < b.N; i++ {
		if _, err := Normalize(src, Options{Name: "bench.txt", Vocab: v}); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, start, int64(len(src)))
}

// reportCPU adds the throughput in CPU time (cpu-MB/s) to a benchmark's
// figures: on a loaded machine the wall-clock MB/s falls with the load, the
// CPU-time figure does not. Run with -cpu 1 so that it measures one core.
func reportCPU(b *testing.B, start time.Duration, bytesPerOp int64) {
	used := cpuTime() - start
	if used <= 0 {
		return
	}
	b.ReportMetric(float64(bytesPerOp)*float64(b.N)/1e6/used.Seconds(), "cpu-MB/s")
}

var benchSize = 5 << 20

func init() {
	if s := os.Getenv("BENCH_BYTES"); s != "" {
		fmt.Sscan(s, &benchSize)
	}
}

// BenchmarkNormalizeCorpusText measures real pasted pages: the first 200
// .txt pastes of the real-page corpus (skipped when it is absent). Unlike
// the synthetic essay, their lines do not repeat.
func BenchmarkNormalizeCorpusText(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	if len(files) == 0 {
		b.Skip("real-page corpus not present")
	}
	v := loadVocab(b)
	var pages [][]byte
	var size int64
	for _, f := range files[:min(200, len(files))] {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, src)
		size += int64(len(src))
	}
	b.SetBytes(size)
	var start time.Duration
	for i := 0; b.Loop(); i++ {
		if i == 0 {
			start = cpuTime()
		}
		for _, src := range pages {
			// some pastes are not essays at all; the error is part of the work
			Normalize(src, Options{Name: "page.txt", Vocab: v})
		}
	}
	reportCPU(b, start, size)
}

// BenchmarkNormalizeSynth normalises 200 essays of the synthetic scale
// corpus (package synth: our sources' shapes with web junk), one after the
// other, and reports essays per second of CPU time besides cpu-MB/s. Its
// essays share many lines (they are made from five sources), so memos
// flatter it as they flatter BenchmarkNormalize; the real pastes do not.
func BenchmarkNormalizeSynth(b *testing.B) {
	v := loadVocab(b)
	dir := b.TempDir()
	const n = 200
	size, err := synth.Write("../../../sources", dir, n, 1)
	if err != nil {
		b.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var essays [][]byte
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		essays = append(essays, src)
	}
	b.SetBytes(size)
	var start time.Duration
	for i := 0; b.Loop(); i++ {
		if i == 0 {
			start = cpuTime()
		}
		for _, src := range essays {
			if _, err := Normalize(src, Options{Name: "essay.txt", Vocab: v}); err != nil {
				b.Fatal(err)
			}
		}
	}
	reportCPU(b, start, size)
	if used := cpuTime() - start; used > 0 {
		b.ReportMetric(float64(n*b.N)/used.Seconds(), "cpu-essays/s")
	}
}
