package site

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"

	"github.com/leadingup/leadingup/tools/internal/atomicfile"
)

// A large site's search index is built in parts. Pagefind holds every page
// it indexes in memory until it writes the index: indexing the 10,000-essay
// benchmark site in one run peaked at 3.2 GiB, twice the whole build's
// budget (BENCHMARKS.md). Above DefaultSearchPartPages indexed pages the
// pages are dealt round-robin into parts of at most that many, and Pagefind
// runs once per part, one run after another, so that the peak is one
// part's. The first part is written to pagefind/ as usual, the others to
// pagefind-parts/2/, pagefind-parts/3/ and so on, and pagefind/parts.json
// lists them for the search page, which merges them into one search with
// Pagefind's mergeIndex. Dealing the pages round-robin gives every part the
// same mix of page kinds, so the word statistics Pagefind ranks with are
// alike in every part. A site at or below the limit is indexed in one run
// as before, and its parts.json lists no parts.
//
// A site with more essays than DefaultSearchTierEssays is also searched in
// two tiers. Pagefind sends the browser its metadata for every page an index
// holds (about 8 bytes a page, compressed) and, for a word, an entry for
// every page that uses it, so a first query that searched 10,000 essays
// fetched 410 KB, where the issue allows 150 (BENCHMARKS.md). The first tier
// is every indexed page that is not an essay (terms, cheat sheets, guides,
// lists: about 70 pages whatever the number of essays, and the term pages
// carry what the essays say about each term); the essays are the second
// tier, in parts of their own, listed under "essays" in parts.json. The
// search page searches the first tier, and merges the second only when a
// query needs it (too few results, a word only essays use, the essay
// filter, or the reader asks): see widen in assets/js/search.js. A site
// at or below the threshold, ours included, keeps one search of every page.

// DefaultSearchPartPages is the most pages one Pagefind run indexes.
const DefaultSearchPartPages = 4000

// SearchPartPagesEnv names the environment variable that sets another
// number of pages per part (a positive integer), when Options.SearchPartPages
// is not set: a low value splits even a small site, as the end-to-end test
// does; a machine with memory to spare may raise it.
const SearchPartPagesEnv = "LEADUP_SEARCH_PART_PAGES"

// DefaultSearchTierEssays is the most essays a site may have and still be
// searched in one tier: above it, its essays are a second tier of the
// search index that the search page merges only when a query needs it. It
// is the size at which the essays alone fill an index part (see
// DefaultSearchPartPages), so a site that Pagefind indexes in one run keeps
// one search.
const DefaultSearchTierEssays = 4000

// SearchTierEssaysEnv names the environment variable that sets another
// threshold (a positive integer) when Options.SearchTierEssays is not set:
// a low value gives even a small site two tiers, as the end-to-end test
// does.
const SearchTierEssaysEnv = "LEADUP_SEARCH_TIER_ESSAYS"

const (
	// partsDir holds the index parts after the first, relative to the site.
	partsDir = "pagefind-parts"
	// partsManifest lists those parts, relative to the primary bundle
	// (pagefind/). The search page reads it (assets/js/search.js).
	partsManifest = "parts.json"
	// slicesDir is where one part's pages are linked for its Pagefind run,
	// relative to the site; it is removed after every run.
	slicesDir = ".pagefind-slice"
	// bodyAttr marks the part of a page Pagefind indexes. Once any page
	// of a site carries it, Pagefind skips the pages that do not.
	bodyAttr = "data-pagefind-body"
)

// manifest is the content of pagefind/parts.json: the other parts' bundle
// folders, relative to the primary bundle's URL. Parts are merged into
// every search; Essays, the second tier of a site with many essays, only
// when a query needs them.
type manifest struct {
	Parts  []string `json:"parts"`
	Essays []string `json:"essays,omitempty"`
}

// plan is how a site's search index is built: parts[0] goes to pagefind/,
// parts[i] to pagefind-parts/<i+1>/; the parts from tier on hold the
// essays of a site searched in two tiers (tier is len(parts) otherwise).
// No parts means one Pagefind run over the whole site.
type plan struct {
	parts [][]string
	tier  int
}

// manifest lists the plan's parts after the first, by tier.
func (p plan) manifest() manifest {
	m := manifest{Parts: []string{}}
	for i := 1; i < len(p.parts); i++ {
		url := "../" + partsDir + "/" + strconv.Itoa(i+1) + "/"
		if i < p.tier {
			m.Parts = append(m.Parts, url)
		} else {
			m.Essays = append(m.Essays, url)
		}
	}
	return m
}

// partDir is the folder, in the site dir, of the plan's part i.
func partDir(dir string, i int) string {
	if i == 0 {
		return filepath.Join(dir, "pagefind")
	}
	return filepath.Join(dir, partsDir, strconv.Itoa(i+1))
}

// RunPagefind indexes the built site in dir for search, in one run or, for
// a large site, in parts (see DefaultSearchPartPages), and writes
// pagefind/parts.json. It installs the npm packages pinned in
// package-lock.json first when Pagefind is missing.
func RunPagefind(ctx context.Context, opts Options, dir string) error {
	bin, err := pagefindBinary(ctx, opts)
	if err != nil {
		return err
	}
	limit, tier, err := searchLimits(opts)
	if err != nil {
		return err
	}
	// What an earlier run left in the site (serve indexes the same folder
	// again and again) must neither be indexed nor listed.
	for _, old := range []string{partsDir, slicesDir} {
		if err := os.RemoveAll(filepath.Join(dir, old)); err != nil {
			return err
		}
	}
	p, err := searchPlan(dir, limit, tier)
	if err != nil {
		return err
	}
	// Finding the pages to index read every page of the site; Pagefind
	// runs next, beside this process, so that garbage goes back to the
	// system first (at 10,000 essays leadup otherwise held some 270 MiB
	// resident while Pagefind ran).
	debug.FreeOSMemory()
	if p.parts == nil {
		if err := pagefind(ctx, opts, bin, "--site", dir, "--silent"); err != nil {
			return fmt.Errorf("pagefind failed (%v) while indexing %s", err, dir)
		}
	} else {
		for i, pages := range p.parts {
			if err := indexPart(ctx, opts, bin, dir, pages, partDir(dir, i)); err != nil {
				return fmt.Errorf("pagefind failed (%v) while indexing part %d of %d (%d pages) of %s", err, i+1, len(p.parts), len(pages), dir)
			}
		}
	}
	b, err := json.Marshal(p.manifest())
	if err != nil {
		return err
	}
	return atomicfile.Write(filepath.Join(dir, "pagefind", partsManifest), append(b, '\n'), 0o644)
}

// searchLimits returns the most pages one Pagefind run may index and the
// most essays a site searched in one tier may have.
func searchLimits(opts Options) (limit, tier int, err error) {
	if limit, err = searchPartPages(opts); err != nil {
		return 0, 0, err
	}
	tier, err = positiveSetting(opts.SearchTierEssays, SearchTierEssaysEnv, DefaultSearchTierEssays, "essays a site may have and be searched in one tier")
	return limit, tier, err
}

// searchPartPages returns the most pages one Pagefind run may index:
// opts.SearchPartPages, else $LEADUP_SEARCH_PART_PAGES, else the default.
func searchPartPages(opts Options) (int, error) {
	return positiveSetting(opts.SearchPartPages, SearchPartPagesEnv, DefaultSearchPartPages, "pages per search index part")
}

// positiveSetting returns set when positive, else the positive integer in
// the environment variable env, else def; what describes the number for
// the error on a bad value.
func positiveSetting(set int, env string, def int, what string) (int, error) {
	if set > 0 {
		return set, nil
	}
	v, ok := os.LookupEnv(env)
	if !ok || v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		return 0, fmt.Errorf("%s=%q: want a positive number of %s (default %d)", env, v, what, def)
	}
	return n, nil
}

// searchPlan returns how to index the site in dir (see plan): nothing when
// it fits in one run and has at most tier essays; else its indexed pages
// (paths relative to dir, slash-separated) dealt round-robin into parts of
// at most limit pages, the essays in parts of their own after the rest
// when there are more than tier of them.
func searchPlan(dir string, limit, tier int) (plan, error) {
	all, err := htmlPages(dir)
	if err != nil {
		return plan{}, err
	}
	if len(all) <= limit && len(all) <= tier {
		return plan{}, nil // no need to read a single page
	}
	pages, essays, err := indexedPages(dir, all)
	if err != nil {
		return plan{}, err
	}
	rest := others(pages, essays)
	if len(essays) <= tier || len(rest) == 0 {
		parts := dealParts(pages, limit)
		return plan{parts: parts, tier: len(parts)}, nil
	}
	first := dealParts(rest, limit)
	if first == nil {
		first = [][]string{rest}
	}
	second := dealParts(essays, limit)
	if second == nil {
		second = [][]string{essays}
	}
	return plan{parts: append(first, second...), tier: len(first)}, nil
}

// others returns the pages that are not essays (both lists sorted).
func others(pages, essays []string) []string {
	var out []string
	for _, p := range pages {
		if _, found := slices.BinarySearch(essays, p); !found {
			out = append(out, p)
		}
	}
	return out
}

// dealParts deals pages round-robin into the fewest parts of at most limit
// pages; nil when they fit in one.
func dealParts(pages []string, limit int) [][]string {
	n := (len(pages) + limit - 1) / limit
	if n <= 1 {
		return nil
	}
	parts := make([][]string, n)
	for i, p := range pages {
		parts[i%n] = append(parts[i%n], p)
	}
	return parts
}

// htmlPages lists the HTML files of the site in dir, sorted, leaving out
// search bundles.
func htmlPages(dir string) ([]string, error) {
	var pages []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if rel == "pagefind" || rel == partsDir || rel == slicesDir {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(rel, ".html") && d.Type().IsRegular() {
			pages = append(pages, rel)
		}
		return nil
	})
	slices.Sort(pages)
	return pages, err
}

// indexedPages keeps the pages Pagefind indexes: those marked with
// data-pagefind-body when any page is, else all of them; and, of those,
// the essays (see isEssay).
func indexedPages(dir string, pages []string) (indexed, essays []string, err error) {
	var marked []string
	for _, p := range pages {
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p)))
		if err != nil {
			return nil, nil, err
		}
		if bytes.Contains(b, []byte(bodyAttr)) {
			marked = append(marked, p)
			if isEssay(b) {
				essays = append(essays, p)
			}
		}
	}
	if len(marked) == 0 {
		return pages, nil, nil
	}
	return marked, essays, nil
}

// typeMeta finds the <meta> that gives a page's search type
// (search/meta.html), with or without the quotes the minifier drops.
var typeMeta = regexp.MustCompile(`<meta[^>]*name="?pagefind-type[\s"][^>]*>`)

// essayType finds the type Essay in that tag.
var essayType = regexp.MustCompile(`\scontent="?Essay[\s">/]`)

// isEssay reports whether the HTML page b is an essay: its search type
// (the filter the search page offers) is Essay.
func isEssay(b []byte) bool {
	m := typeMeta.Find(b)
	return m != nil && essayType.Match(m)
}

// indexPart runs Pagefind on the given pages of the site in dir, linked
// into a folder of their own under their own paths (so that their URLs are
// unchanged), and writes the bundle to out.
func indexPart(ctx context.Context, opts Options, bin, dir string, pages []string, out string) error {
	slice := filepath.Join(dir, slicesDir)
	defer os.RemoveAll(slice)
	for _, p := range pages {
		if err := linkFile(filepath.Join(dir, filepath.FromSlash(p)), filepath.Join(slice, filepath.FromSlash(p))); err != nil {
			return err
		}
	}
	return pagefind(ctx, opts, bin, "--site", slice, "--output-path", out, "--silent")
}

// linkFile makes dst a hard link to src, or a copy where the file system
// has no hard links.
func linkFile(src, dst string) error {
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	if err := os.Link(src, dst); err == nil {
		return nil
	}
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	outf, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(outf, in); err != nil {
		outf.Close()
		return err
	}
	return outf.Close()
}

// pagefind runs the Pagefind binary with args in the project root.
func pagefind(ctx context.Context, opts Options, bin string, args ...string) error {
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = opts.Root
	cmd.Stdout, cmd.Stderr = opts.Stdout, opts.Stderr
	return cmd.Run()
}
