package normalize

// TestHTMLCorpus is a development-time evaluation of the HTML path on real
// saved web pages: ../shared/corpus/web-pastes (880 pages from trafilatura's
// evaluation set, with its annotators' snippets). It is skipped when the
// corpus is absent (it is never part of the repository) and under -short.
//
// Each page's .html.gz is normalised as a saved page and scored the way
// trafilatura scores extractors: a `with` snippet counts as kept when its
// text is in the output (title and body), a `without` or `comments` snippet
// counts as removed when it is not. Text is compared after NFKC, case
// folding, removing Markdown markup and collapsing whitespace. A page that
// fails to normalise keeps none of its `with` snippets and removes all its
// `without` ones (trafilatura's convention). Figures are printed overall, per
// language and for two halves split by a hash of the page name: tune on the
// "tune" half, and quote the "held" half as the honest figure.
//
// By default a fixed eighth of the pages (corpusSample, from both halves)
// is scored so that go test ./... stays quick; -htmlcorpus.all scores all.
//
//	go test -run TestHTMLCorpus -v ./tools/internal/normalize -args -htmlcorpus.all
//	go test -run TestHTMLCorpus -v ./tools/internal/normalize -args -htmlcorpus.ref   # go-trafilatura alone
//
// The test fails when a page fails or the HTML path falls below its floor
// (minHTMLJunkRemoved, minHTMLContentKept); refJunkRemoved and
// refContentKept record what go-trafilatura alone reaches here.

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"io"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	trafilatura "github.com/markusmobius/go-trafilatura"

	"github.com/leadingup/leadingup/tools/internal/vocab"
)

var (
	htmlCorpusRef  = flag.Bool("htmlcorpus.ref", false, "TestHTMLCorpus: score go-trafilatura alone (the baseline) instead of Normalize")
	htmlCorpusV    = flag.Bool("htmlcorpus.v", false, "TestHTMLCorpus: list the pages that score worst (names and counts only)")
	htmlCorpusDump = flag.String("htmlcorpus.dump", "", "TestHTMLCorpus: write each page's scored text to `DIR`/<name>.txt (outside the repository)")
	htmlCorpusAll  = flag.Bool("htmlcorpus.all", false, "TestHTMLCorpus: score all 880 pages (by default a fixed eighth, to keep go test ./... quick)")
	htmlCorpusHalf = flag.String("htmlcorpus.half", "", "TestHTMLCorpus: only the \"tune\" or the \"held\" half")
	htmlCorpusOnly = flag.String("htmlcorpus.page", "", "TestHTMLCorpus: only pages whose name matches this regular expression")
)

// What go-trafilatura alone (fallbacks on, comments excluded) reaches on
// the whole corpus in this harness (-htmlcorpus.ref), for comparison.
const (
	refJunkRemoved = 0.884
	refContentKept = 0.942
)

// The floor the HTML path must hold on the default sample (about 110
// pages, so a few snippets move it by a point): what it reached when last
// measured (0.87 / 0.93 on the sample; 0.90 / 0.94 on all pages), less a
// margin for that noise. Raise it when the path improves.
const (
	minHTMLJunkRemoved = 0.85
	minHTMLContentKept = 0.92
)

// htmlLabel is one page's entry in labels.json (the fields used here).
type htmlLabel struct {
	Lang     string   `json:"lang"`
	With     []string `json:"with"`
	Without  []string `json:"without"`
	Comments []string `json:"comments"`
}

// htmlTally counts snippets kept and removed.
type htmlTally struct {
	pages, failed     int
	with, withKept    int
	without, junkGone int
	bytes             int64
	elapsed           time.Duration
}

func (c *htmlTally) add(o htmlTally) {
	c.pages += o.pages
	c.failed += o.failed
	c.with += o.with
	c.withKept += o.withKept
	c.without += o.without
	c.junkGone += o.junkGone
	c.bytes += o.bytes
	c.elapsed += o.elapsed
}

func (c htmlTally) junkRate() float64    { return evalRatio(c.junkGone, c.without) }
func (c htmlTally) contentRate() float64 { return evalRatio(c.withKept, c.with) }

func (c htmlTally) String() string {
	return fmt.Sprintf("pages=%4d junk_removed=%.3f (%d/%d) content_kept=%.3f (%d/%d) failed=%d",
		c.pages, c.junkRate(), c.junkGone, c.without, c.contentRate(), c.withKept, c.with, c.failed)
}

// corpusSample puts a page in the fixed eighth of the corpus scored by
// default: both halves are represented.
func corpusSample(name string) bool {
	h := fnv.New32a()
	h.Write([]byte(name))
	return h.Sum32()%16 < 2
}

// corpusHalf names the half a page belongs to (see corpusHeldOut).
func corpusHalf(name string) string {
	if corpusHeldOut(name) {
		return "held"
	}
	return "tune"
}

func readGz(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(z)
}

// corpusExtract returns the text a page yields, or ok=false when it fails.
func corpusExtract(t *testing.T, name string, src []byte) (string, []Dropped, bool) {
	if *htmlCorpusRef {
		res, err := trafilatura.Extract(bytes.NewReader(src), trafilatura.Options{ExcludeComments: true, EnableFallback: true})
		if err != nil || res == nil {
			return "", nil, false
		}
		return res.Metadata.Title + "\n" + res.ContentText, nil, true
	}
	res, err := Normalize(src, Options{Name: name + ".html", SourcePath: "corpus/" + name + ".html", Vocab: fuzzVocabFor(t)})
	if err != nil {
		if *htmlCorpusV {
			t.Logf("%s: %v", name, err)
		}
		return "", nil, false
	}
	_, _, body, _ := splitFrontMatter(string(res.Markdown))
	return res.Report.Title + "\n" + body, res.Report.Dropped, true
}

func fuzzVocabFor(t *testing.T) *vocab.Vocabulary {
	if fuzzVocab == nil {
		fuzzVocab = loadVocab(t)
	}
	return fuzzVocab
}

func TestHTMLCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus evaluation skipped under -short")
	}
	raw, err := os.ReadFile(filepath.Join(corpusDir, "labels.json"))
	if err != nil {
		t.Skip("real-page corpus not present")
	}
	var labels map[string]htmlLabel
	if err := json.Unmarshal(raw, &labels); err != nil {
		t.Fatal(err)
	}
	var only *regexp.Regexp
	if *htmlCorpusOnly != "" {
		only = regexp.MustCompile(*htmlCorpusOnly)
	}
	var all htmlTally
	lostWhy := map[string]int{} // why a `with` snippet was lost
	byLang := map[string]*htmlTally{}
	byHalf := map[string]*htmlTally{}
	type pageScore struct {
		name string
		c    htmlTally
	}
	var pages []pageScore
	var names []string
	for _, name := range slices.Sorted(maps.Keys(labels)) {
		if (only == nil || only.MatchString(name)) && (*htmlCorpusHalf == "" || corpusHalf(name) == *htmlCorpusHalf) && (*htmlCorpusAll || only != nil || corpusSample(name)) {
			names = append(names, name)
		}
	}
	// extract in parallel, score in order
	type extracted struct {
		out     string
		dropped []Dropped
		ok      bool
		bytes   int64
		elapsed time.Duration
		err     error
	}
	results := make([]extracted, len(names))
	fuzzVocabFor(t)
	if *htmlCorpusDump != "" {
		if err := os.MkdirAll(*htmlCorpusDump, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	work := make(chan int)
	var wg sync.WaitGroup
	cpu0 := cpuTime()
	wall0 := time.Now()
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range work {
				src, err := readGz(filepath.Join(corpusDir, names[i]+".html.gz"))
				if err != nil {
					results[i].err = err
					continue
				}
				start := time.Now()
				out, dropped, ok := corpusExtract(t, names[i], src)
				results[i] = extracted{out, dropped, ok, int64(len(src)), time.Since(start), nil}
			}
		})
	}
	for i := range names {
		work <- i
	}
	close(work)
	wg.Wait()
	cpu, wall := cpuTime()-cpu0, time.Since(wall0)
	for i, name := range names {
		r := results[i]
		if r.err != nil {
			t.Errorf("%s: %v", name, r.err)
			continue
		}
		lab := labels[name]
		var c htmlTally
		c.pages, c.bytes, c.elapsed = 1, r.bytes, r.elapsed
		out, dropped, ok := r.out, r.dropped, r.ok
		if *htmlCorpusDump != "" {
			if err := os.WriteFile(filepath.Join(*htmlCorpusDump, name+".txt"), []byte(out), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		body := corpusFold(out)
		if !ok {
			c.failed = 1
		}
		for _, s := range lab.With {
			if k := corpusFold(s); k != "" {
				c.with++
				if ok && strings.Contains(body, k) {
					c.withKept++
				} else if ok {
					why := corpusLostWhy(k, dropped)
					lostWhy[why]++
					if *htmlCorpusV {
						t.Logf("lost %s: %s", name, why)
					}
				}
			}
		}
		for _, s := range append(slices.Clone(lab.Without), lab.Comments...) {
			if k := corpusFold(s); k != "" {
				c.without++
				if !ok || !strings.Contains(body, k) {
					c.junkGone++
				}
			}
		}
		lang := lab.Lang
		if lang == "" {
			lang = "?"
		}
		for _, g := range []struct {
			m   map[string]*htmlTally
			key string
		}{{byLang, lang}, {byHalf, corpusHalf(name)}} {
			if g.m[g.key] == nil {
				g.m[g.key] = &htmlTally{}
			}
			g.m[g.key].add(c)
		}
		all.add(c)
		pages = append(pages, pageScore{name, c})
	}
	if all.pages == 0 {
		t.Fatal("no corpus pages scored")
	}
	what := "Normalize (HTML path)"
	if *htmlCorpusRef {
		what = "go-trafilatura alone"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n%s on %s\n", what, corpusDir)
	for _, h := range []string{"tune", "held"} {
		if c := byHalf[h]; c != nil {
			fmt.Fprintf(&b, "  half %-4s %s\n", h, c)
		}
	}
	langs := slices.Collect(func(yield func(string) bool) {
		for k := range byLang {
			if !yield(k) {
				return
			}
		}
	})
	slices.SortFunc(langs, func(a, b string) int { return byLang[b].pages - byLang[a].pages })
	for _, l := range langs {
		if c := byLang[l]; c.pages >= 5 {
			fmt.Fprintf(&b, "  lang %-4s %s\n", l, c)
		}
	}
	fmt.Fprintf(&b, "  ALL       %s\n", all)
	fmt.Fprintf(&b, "  throughput %.2f MB of HTML per CPU second (%.1f MB, %s CPU, %s wall on %d threads)\n",
		float64(all.bytes)/1e6/cpu.Seconds(), float64(all.bytes)/1e6, cpu.Round(time.Millisecond), wall.Round(time.Millisecond), runtime.GOMAXPROCS(0))
	t.Log(b.String())
	if *htmlCorpusV {
		for _, k := range slices.Sorted(maps.Keys(lostWhy)) {
			t.Logf("content snippets lost as %q: %d", k, lostWhy[k])
		}
		slices.SortFunc(pages, func(a, b pageScore) int {
			sa := a.c.junkRate() + a.c.contentRate()
			sb := b.c.junkRate() + b.c.contentRate()
			switch {
			case sa < sb:
				return -1
			case sa > sb:
				return 1
			}
			return strings.Compare(a.name, b.name)
		})
		for _, p := range pages[:min(40, len(pages))] {
			t.Logf("%s [%s] junk %d/%d content %d/%d", p.name, labels[p.name].Lang, p.c.junkGone, p.c.without, p.c.withKept, p.c.with)
		}
	}
	if *htmlCorpusRef || only != nil || *htmlCorpusHalf != "" {
		return
	}
	if all.failed > 0 {
		t.Errorf("%d pages failed to normalise", all.failed)
	}
	if all.junkRate() < minHTMLJunkRemoved || all.contentRate() < minHTMLContentKept {
		t.Errorf("HTML path fell to %.3f junk removed / %.3f content kept, below its floor %.2f / %.2f (go-trafilatura alone: %.3f / %.3f)",
			all.junkRate(), all.contentRate(), minHTMLJunkRemoved, minHTMLContentKept, refJunkRemoved, refContentKept)
	}
}

// corpusLostWhy names the reason of the dropped entry that holds a lost
// snippet, or says that the extractor never passed it on.
func corpusLostWhy(snippet string, dropped []Dropped) string {
	for _, d := range dropped {
		f := corpusFold(d.Text)
		if strings.Contains(f, snippet) || len(f) > 20 && strings.Contains(snippet, strings.TrimSuffix(f, "…")) {
			if d.Line == 0 {
				return d.Why + " (element)"
			}
			return d.Why
		}
	}
	return "(not found in dropped)"
}

// cpuTime is the CPU time the process has used so far (user and system).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
