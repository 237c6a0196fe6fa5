// Command bench measures how the Leading Up build scales with the number of
// essays, on corpora anyone can regenerate.
//
// Usage, from the project root:
//
//	go run ./tools/bench [-sizes 100,1000,10000] [-runs 3] [-query manager] [-files]
//	go run ./tools/bench -site public [-query manager] [-files]
//	go run ./tools/bench -project DIR -sizes 10000
//
// For each size it copies the project into a temporary folder, writes that
// many synthetic essays into its sources/ (package synth: our own essays'
// shapes with web junk around them, the same bytes every time) and prints
// one row of medians over -runs runs:
//
//   - normalise: MB/s and essays/s of the normaliser alone, in process,
//     on all cores;
//   - build: the documented `leadup build`, from a cold cache;
//   - rebuild: `leadup build` again after a paragraph was added to one
//     essay's prose (a rebuild renders only what the edit touches);
//   - hugo, pagefind: bare Hugo and bare Pagefind on the same normalised
//     content, and build ÷ (hugo + pagefind);
//   - peak: the build's resident memory with all its programs summed
//     (sampled from /proc), and its largest single program's;
//   - Pagefind as the build runs it (in parts on a large site) beside the
//     one bare run: peak memory and CPU time;
//   - largest page: the biggest HTML file of the built site;
//   - first query: bytes of search files the search page fetches to answer
//     -query, in headless Chromium (0 when Chromium is not installed);
//     scripts and JSON counted gzipped, as a web server sends them.
//
// With -site it measures only the first query on a site already built;
// with -project it writes a project of synthetic essays to build or
// profile by hand.
// Results and the machine they were measured on go in BENCHMARKS.md.
package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
	"unicode"

	"github.com/leadingup/leadingup/tools/internal/projcopy"

	"github.com/chromedp/chromedp"

	"github.com/leadingup/leadingup/tools/internal/corpus"
	"github.com/leadingup/leadingup/tools/internal/site"
	"github.com/leadingup/leadingup/tools/internal/synth"
	"github.com/leadingup/leadingup/tools/internal/vocab"
)

// row is one size's medians.
type row struct {
	essays                      int
	mb                          float64
	normMBs, normEssays         float64
	build, rebuild, hugo, pfind time.Duration
	// CPU time (user + system, with the programs each waited for): on a
	// shared machine these ratios hold when wall times do not.
	buildCPU, rebuildCPU, hugoCPU, pfindCPU time.Duration
	peakMiB                                 float64
	// treePeakMiB is the build's peak with every program it runs summed
	// (leadup beside Hugo, then beside Pagefind).
	treePeakMiB                  float64
	largestKB, firstQueryKB      float64
	largestPage                  string
	hugoPeakMiB, pagefindPeakMiB float64
	// partsPeakMiB is Pagefind's peak as the build runs it (in parts on a
	// large site; see site.RunPagefind), partsCPU its CPU time, parts the
	// number of parts.
	partsPeakMiB float64
	partsCPU     time.Duration
	parts        int
}

func main() {
	log.SetPrefix("bench: ")
	log.SetFlags(0)
	sizes := flag.String("sizes", "100,1000,10000", "comma-separated corpus `sizes` in essays")
	runs := flag.Int("runs", 3, "runs per size; medians are printed")
	query := flag.String("query", "manager", "the search `query` whose first-query bytes are measured")
	flag.BoolVar(&listFiles, "files", false, "print each search file the first query fetched, with its size")
	index := flag.String("index", "", "internal: index the built site in `dir` for search as leadup build does, and exit (measured as its own process)")
	only := flag.String("site", "", "measure the first query on the site already built in `dir` only, and exit")
	project := flag.String("project", "", "write a copy of the project with the first of -sizes synthetic essays into `dir` (new), to build or profile by hand, and exit")
	flag.Parse()
	if *project != "" {
		n, err := strconv.Atoi(strings.TrimSpace(strings.Split(*sizes, ",")[0]))
		if err != nil || n < 1 {
			log.Fatalf("bad size %q in -sizes", *sizes)
		}
		if err := writeProject(*project, n); err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s: the project with %d synthetic essays; build it with go run ./tools/leadup build there\n", *project, n)
		return
	}
	if *only != "" {
		kb, err := firstQueryKB(*only, *query)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("first query for %q: %.1f KB\n", *query, kb)
		return
	}
	if *index != "" {
		root, _ := os.Getwd()
		if err := site.RunPagefind(context.Background(), site.Options{Root: root}, *index); err != nil {
			log.Fatal(err)
		}
		return
	}
	root, err := os.Getwd()
	if err != nil {
		log.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "config.toml")); err != nil {
		log.Fatal("run it from the project root: go run ./tools/bench")
	}
	var rows []row
	for _, s := range strings.Split(*sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 1 {
			log.Fatalf("bad size %q in -sizes", s)
		}
		r, err := measure(root, n, *runs, *query)
		if err != nil {
			log.Fatalf("%d essays: %v", n, err)
		}
		rows = append(rows, r)
		printTable(os.Stdout, rows)
	}
}

func printTable(w *os.File, rows []row) {
	fmt.Fprintf(w, "\nmachine: %s/%s, %d cores (GOMAXPROCS %d), %s\n\n", runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.GOMAXPROCS(0), runtime.Version())
	fmt.Fprintln(w, "| essays | MB | normalise MB/s | essays/s | build | rebuild after 1 edit | bare Hugo | bare Pagefind | build ÷ (Hugo+Pagefind) | rebuild ÷ build | peak MiB (whole build / its largest program / bare Hugo / bare Pagefind) | largest page | first query |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|---|---|---|---|---|")
	for _, r := range rows {
		fmt.Fprintf(w, "| %d | %.1f | %.1f | %.0f | %.1f s | %.1f s | %.1f s | %.1f s | %.2f | %.2f | %.0f / %.0f / %.0f / %.0f | %.0f KB (%s) | %.0f KB |\n",
			r.essays, r.mb, r.normMBs, r.normEssays, r.build.Seconds(), r.rebuild.Seconds(), r.hugo.Seconds(), r.pfind.Seconds(),
			r.build.Seconds()/(r.hugo+r.pfind).Seconds(), r.rebuild.Seconds()/r.build.Seconds(),
			r.treePeakMiB, r.peakMiB, r.hugoPeakMiB, r.pagefindPeakMiB, r.largestKB, r.largestPage, r.firstQueryKB)
	}
	fmt.Fprintln(w, "\nCPU time (user + system), which a busy machine distorts far less than wall time:")
	fmt.Fprintln(w, "\n| essays | build CPU | rebuild CPU | bare Hugo CPU | bare Pagefind CPU | build ÷ (Hugo+Pagefind), CPU | rebuild ÷ build, CPU |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|")
	for _, r := range rows {
		fmt.Fprintf(w, "| %d | %.1f s | %.1f s | %.1f s | %.1f s | %.2f | %.2f |\n",
			r.essays, r.buildCPU.Seconds(), r.rebuildCPU.Seconds(), r.hugoCPU.Seconds(), r.pfindCPU.Seconds(),
			r.buildCPU.Seconds()/(r.hugoCPU+r.pfindCPU).Seconds(), r.rebuildCPU.Seconds()/r.buildCPU.Seconds())
	}
	fmt.Fprintln(w, "\nPagefind as the build runs it (in parts above site.DefaultSearchPartPages indexed pages) beside one bare run:")
	fmt.Fprintln(w, "\n| essays | index parts | peak MiB, as built | peak MiB, one bare run | CPU, as built | CPU, one bare run |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|")
	for _, r := range rows {
		fmt.Fprintf(w, "| %d | %d | %.0f | %.0f | %.1f s | %.1f s |\n",
			r.essays, r.parts, r.partsPeakMiB, r.pagefindPeakMiB, r.partsCPU.Seconds(), r.pfindCPU.Seconds())
	}
}

// measure builds a project of n synthetic essays runs times.
func measure(root string, n, runs int, query string) (row, error) {
	r := row{essays: n}
	tmp, err := os.MkdirTemp("", "leadup-bench-")
	if err != nil {
		return r, err
	}
	defer os.RemoveAll(tmp)
	proj := filepath.Join(tmp, "repo")
	if err := projcopy.Copy(root, proj); err != nil {
		return r, err
	}
	size, err := synth.Write(filepath.Join(root, "sources"), filepath.Join(proj, "sources"), n, 1)
	if err != nil {
		return r, err
	}
	r.mb = float64(size) / 1e6
	bin := filepath.Join(tmp, "leadup")
	if out, err := run(proj, "go", "build", "-o", bin, "./tools/leadup"); err != nil {
		return r, fmt.Errorf("go build: %v\n%s", err, out.log)
	}
	v, err := vocab.Load(filepath.Join(proj, "data", "vocabulary.toml"))
	if err != nil {
		return r, err
	}
	var norm, build, rebuild, hugo, pfind, peak, treePeak, hugoPeak, pfPeak []float64
	var buildCPU, rebuildCPU, hugoCPU, pfindCPU, partsPeak, partsCPU []float64
	site := filepath.Join(tmp, "public")
	for i := range runs {
		// The normaliser alone, in process, on every core.
		start := time.Now()
		if _, err := corpus.Normalize([]string{filepath.Join(proj, "sources")}, corpus.Options{Out: filepath.Join(tmp, "norm"), Vocab: v}); err != nil {
			return r, err
		}
		norm = append(norm, time.Since(start).Seconds())

		// The documented build from a cold cache.
		os.RemoveAll(filepath.Join(proj, ".cache"))
		b, err := run(proj, bin, "build", "-out", site)
		if err != nil {
			return r, fmt.Errorf("leadup build: %v\n%s", err, b.log)
		}
		build = append(build, b.wall.Seconds())
		buildCPU = append(buildCPU, b.cpu.Seconds())
		peak = append(peak, b.peakMiB)
		treePeak = append(treePeak, b.treePeakMiB)

		// One essay's text edited, then the same build again. The new
		// paragraph goes between two paragraphs of prose in the essay's
		// second half, where the normaliser keeps it in the body: a line
		// added at the end of a synthetic essay lands among its web junk
		// and is dropped, which changed nothing at all, and one added
		// after the opening became the essay's summary (front matter),
		// which makes a full build. The rebuild must say it rendered only
		// what the edit touches.
		edited := filepath.Join(proj, "sources", "synthetic-00001.txt")
		text := fmt.Sprintf("She remembered that meeting for years afterwards (run %d of the benchmark), mostly because of how quiet the room had been.", i)
		if err := insertParagraph(edited, text); err != nil {
			return r, err
		}
		rb, err := run(proj, bin, "build", "-out", site)
		if err != nil {
			return r, fmt.Errorf("leadup build after an edit: %v\n%s", err, rb.log)
		}
		if b, err := os.ReadFile(filepath.Join(proj, "content", "essays", "synthetic-00001.md")); err != nil || !bytes.Contains(b, []byte(text)) {
			return r, fmt.Errorf("the edit to %s did not reach its normalised essay: the rebuild measured no change", edited)
		}
		if !strings.Contains(rb.log, "only the text of 1 essays changed") {
			return r, fmt.Errorf("the edit to %s changed more than the essay's text (its front matter?), so the build after it was a full build, not the rebuild to measure:\n%s", edited, rb.log)
		}
		rebuild = append(rebuild, rb.wall.Seconds())
		rebuildCPU = append(rebuildCPU, rb.cpu.Seconds())

		// Bare Hugo and bare Pagefind on the same normalised content.
		bare := filepath.Join(tmp, "bare")
		h, err := run(proj, "go", "tool", "hugo", "--source", proj, "--destination", bare, "--cleanDestinationDir", "--quiet")
		if err != nil {
			return r, fmt.Errorf("hugo: %v\n%s", err, h.log)
		}
		hugo = append(hugo, h.wall.Seconds())
		hugoCPU = append(hugoCPU, h.cpu.Seconds())
		hugoPeak = append(hugoPeak, h.peakMiB)
		p, err := run(proj, filepath.Join(proj, "node_modules", ".bin", "pagefind"), "--site", bare, "--silent")
		if err != nil {
			return r, fmt.Errorf("pagefind: %v\n%s", err, p.log)
		}
		pfind = append(pfind, p.wall.Seconds())
		pfindCPU = append(pfindCPU, p.cpu.Seconds())
		pfPeak = append(pfPeak, p.peakMiB)

		// Pagefind again, as the build runs it: in parts on a large site.
		os.RemoveAll(filepath.Join(bare, "pagefind"))
		self, err := os.Executable()
		if err != nil {
			return r, err
		}
		pp, err := run(proj, self, "-index", bare)
		if err != nil {
			return r, fmt.Errorf("pagefind as the build runs it: %v\n%s", err, pp.log)
		}
		partsPeak = append(partsPeak, pp.peakMiB)
		partsCPU = append(partsCPU, pp.cpu.Seconds())
		r.parts = 1 + countParts(bare)
		os.RemoveAll(bare)
	}
	sec := func(xs []float64) time.Duration { return time.Duration(median(xs) * float64(time.Second)) }
	r.normMBs = r.mb / median(norm)
	r.normEssays = float64(n+countSources(root)) / median(norm)
	r.build, r.rebuild, r.hugo, r.pfind = sec(build), sec(rebuild), sec(hugo), sec(pfind)
	r.buildCPU, r.rebuildCPU, r.hugoCPU, r.pfindCPU = sec(buildCPU), sec(rebuildCPU), sec(hugoCPU), sec(pfindCPU)
	r.peakMiB, r.hugoPeakMiB, r.pagefindPeakMiB = median(peak), median(hugoPeak), median(pfPeak)
	r.treePeakMiB = median(treePeak)
	r.partsPeakMiB, r.partsCPU = median(partsPeak), sec(partsCPU)
	r.largestPage, r.largestKB = largestPage(site)
	kb, err := firstQueryKB(site, query)
	if err != nil {
		log.Printf("first query not measured: %v", err)
	}
	r.firstQueryKB = kb
	return r, nil
}

// insertParagraph adds a paragraph of text to the source essay at path,
// before the last paragraph of prose (a paragraph of one line of at least
// 150 characters starting with a capital letter) that follows another in
// the essay's second half: inside the body, away from the title, byline
// and opening (which the summary comes from) and from lists and their
// headings (whose items are front matter).
func insertParagraph(path, text string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	paras := strings.Split(string(b), "\n\n")
	prose := func(p string) bool {
		return len(p) >= 150 && !strings.Contains(p, "\n") && unicode.IsUpper([]rune(p)[0])
	}
	at := -1
	for i := len(paras) / 2; i < len(paras); i++ {
		if prose(paras[i]) && prose(paras[i-1]) {
			at = i
		}
	}
	if at < 0 {
		return fmt.Errorf("%s has no two paragraphs of prose in a row in its second half to put an edit between", path)
	}
	paras = slices.Insert(paras, at, text)
	return os.WriteFile(path, []byte(strings.Join(paras, "\n\n")), 0o644)
}

// writeProject copies the project in the working folder into dir, which
// must not exist, and writes n synthetic essays into its sources/.
func writeProject(dir string, n int) error {
	root, err := os.Getwd()
	if err != nil {
		return err
	}
	if _, err := os.Stat(dir); err == nil {
		return fmt.Errorf("%s exists; give a new folder", dir)
	}
	if err := projcopy.Copy(root, dir); err != nil {
		return err
	}
	_, err = synth.Write(filepath.Join(root, "sources"), filepath.Join(dir, "sources"), n, 1)
	return err
}

// countParts returns the number of index parts after the first that the
// site in dir lists in pagefind/parts.json.
func countParts(dir string) int {
	b, err := os.ReadFile(filepath.Join(dir, "pagefind", "parts.json"))
	if err != nil {
		return 0
	}
	var m struct{ Parts []string }
	json.Unmarshal(b, &m)
	return len(m.Parts)
}

func countSources(root string) int {
	files, _ := filepath.Glob(filepath.Join(root, "sources", "*.txt"))
	return len(files)
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}

// result is what one program run took.
type result struct {
	wall    time.Duration
	cpu     time.Duration // user + system
	peakMiB float64
	// treePeakMiB is the peak of the resident memory of the program and
	// every program it runs, summed at each moment (sampled from /proc
	// every 100 ms; 0 where there is no /proc): leadup stays resident
	// beside Hugo and Pagefind, which peakMiB, the largest single
	// process, leaves out.
	treePeakMiB float64
	log         string
}

// run runs a program in dir and returns its wall time and the peak
// resident memory of it and the programs it waited for.
func run(dir, name string, args ...string) (result, error) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return result{}, err
	}
	done := make(chan struct{})
	tree := make(chan float64)
	go func() { tree <- sampleTree(cmd.Process.Pid, done) }()
	err := cmd.Wait()
	close(done)
	res := result{wall: time.Since(start), log: out.String(), treePeakMiB: <-tree}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		res.peakMiB = float64(ru.Maxrss) / 1024 // kilobytes on Linux
		res.cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	return res, err
}

// sampleTree returns the peak, in MiB, of the summed resident memory of
// process pid and its descendants, sampled every 100 ms until done is
// closed.
func sampleTree(pid int, done <-chan struct{}) float64 {
	var peak float64
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		if kb := treeRSS(pid); kb/1024 > peak {
			peak = kb / 1024
		}
		select {
		case <-done:
			return peak
		case <-tick.C:
		}
	}
}

// treeRSS returns the resident memory in KiB of process pid and its
// descendants, read from /proc (0 without it).
func treeRSS(pid int) float64 {
	entries, err := os.ReadDir("/proc")
	if err != nil {
		return 0
	}
	children := map[int][]int{}
	rss := map[int]float64{}
	for _, e := range entries {
		p, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		b, err := os.ReadFile("/proc/" + e.Name() + "/stat")
		if err != nil {
			continue
		}
		// The fields after the command name, which may hold spaces:
		// state, ppid, ...
		i := bytes.LastIndexByte(b, ')')
		f := strings.Fields(string(b[i+1:]))
		if len(f) < 22 {
			continue
		}
		ppid, _ := strconv.Atoi(f[1])
		pages, _ := strconv.ParseFloat(f[21], 64) // rss, in pages
		children[ppid] = append(children[ppid], p)
		rss[p] = pages * float64(os.Getpagesize()) / 1024
	}
	var sum float64
	for stack := []int{pid}; len(stack) > 0; {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		sum += rss[p]
		stack = append(stack, children[p]...)
	}
	return sum
}

// largestPage returns the biggest HTML file of the site and its size in KB.
func largestPage(site string) (string, float64) {
	var name string
	var max int64
	filepath.WalkDir(site, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".html") {
			return nil
		}
		if info, err := d.Info(); err == nil && info.Size() > max {
			max = info.Size()
			name, _ = filepath.Rel(site, path)
		}
		return nil
	})
	return name, float64(max) / 1024
}

// listFiles makes firstQueryKB print each file it counts (-files).
var listFiles bool

// chromium is Debian's Chromium, as in the browser tests.
const chromium = "/usr/bin/chromium"

// firstQueryKB opens the site's search page for query in headless
// Chromium and returns the kilobytes of search files (pagefind/ and the
// index's other parts, pagefind-parts/, and the site's word list) served
// until the results are shown.
// The server counts them, because Pagefind fetches from a web worker, whose
// requests the page's network events do not report. Files a web server
// would compress (scripts, JSON, CSS) are counted gzipped; Pagefind's index
// files are compressed already and are counted as they are.
func firstQueryKB(site, query string) (float64, error) {
	if _, err := os.Stat(chromium); err != nil {
		return 0, fmt.Errorf("%s is not installed (apt-get install chromium)", chromium)
	}
	var mu sync.Mutex
	var total int
	files := http.FileServer(http.Dir(site))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !searchFile(r.URL.Path) {
			files.ServeHTTP(w, r)
			return
		}
		rec := &countingWriter{ResponseWriter: w}
		files.ServeHTTP(rec, r)
		n := rec.wireBytes(r.URL.Path)
		mu.Lock()
		total += n
		mu.Unlock()
		if listFiles {
			log.Printf("first query: %6.1f KB %s", float64(n)/1024, r.URL.Path)
		}
	}))
	defer srv.Close()
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chromium), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(alloc)
	defer cancel()
	ctx, cancelTimeout := context.WithTimeout(ctx, 60*time.Second)
	defer cancelTimeout()

	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/search/?q="+query)); err != nil {
		return 0, err
	}
	const status = `(document.querySelector('[data-search-status]')||{}).textContent||''`
	if _, err := chromedp.Run(ctx, chromedp.Poll[string](status, chromedp.WithPollingTimeout(30*time.Second))); err != nil {
		return 0, fmt.Errorf("the search page showed no status for %q: %w", query, err)
	}
	time.Sleep(time.Second) // let the fragments of the first results arrive
	mu.Lock()
	defer mu.Unlock()
	return float64(total) / 1024, nil
}

// searchFile reports whether a URL path is a file the search page fetches
// to answer a query: Pagefind's bundles (pagefind/ and the index's other
// parts, pagefind-parts/) and the site's word list (search/words.*.json,
// fetched for the first query to check and correct its words).
func searchFile(path string) bool {
	if strings.HasPrefix(path, "/pagefind/") || strings.HasPrefix(path, "/pagefind-parts/") {
		return true
	}
	return strings.HasPrefix(path, "/search/words.") && strings.HasSuffix(path, ".json")
}

// countingWriter keeps a copy of a response's body.
type countingWriter struct {
	http.ResponseWriter
	body bytes.Buffer
}

func (c *countingWriter) Write(b []byte) (int, error) {
	c.body.Write(b)
	return c.ResponseWriter.Write(b)
}

// wireBytes is the size of the body as a web server would send it: gzipped
// for text files, as is for the rest.
func (c *countingWriter) wireBytes(path string) int {
	switch filepath.Ext(path) {
	case ".js", ".json", ".css":
		var z bytes.Buffer
		w, _ := gzip.NewWriterLevel(&z, gzip.BestCompression)
		w.Write(c.body.Bytes())
		w.Close()
		return z.Len()
	}
	return c.body.Len()
}
