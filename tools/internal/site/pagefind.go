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

// DefaultSearchPartPages is the most pages one Pagefind run indexes.
const DefaultSearchPartPages = 4000

// SearchPartPagesEnv names the environment variable that sets another
// number of pages per part (a positive integer), when Options.SearchPartPages
// is not set: a low value splits even a small site, as the end-to-end test
// does; a machine with memory to spare may raise it.
const SearchPartPagesEnv = "LEADUP_SEARCH_PART_PAGES"

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
// folders, relative to the primary bundle's URL.
type manifest struct {
	Parts []string `json:"parts"`
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
	limit, err := searchPartPages(opts)
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
	parts, err := searchParts(dir, limit)
	if err != nil {
		return err
	}
	// Finding the pages to index read every page of the site; Pagefind
	// runs next, beside this process, so that garbage goes back to the
	// system first (at 10,000 essays leadup otherwise held some 270 MiB
	// resident while Pagefind ran).
	debug.FreeOSMemory()
	m := manifest{Parts: []string{}}
	if parts == nil {
		if err := pagefind(ctx, opts, bin, "--site", dir, "--silent"); err != nil {
			return fmt.Errorf("pagefind failed (%v) while indexing %s", err, dir)
		}
	} else {
		for i, pages := range parts {
			out := filepath.Join(dir, "pagefind")
			if i > 0 {
				name := strconv.Itoa(i + 1)
				out = filepath.Join(dir, partsDir, name)
				m.Parts = append(m.Parts, "../"+partsDir+"/"+name+"/")
			}
			if err := indexPart(ctx, opts, bin, dir, pages, out); err != nil {
				return fmt.Errorf("pagefind failed (%v) while indexing part %d of %d (%d pages) of %s", err, i+1, len(parts), len(pages), dir)
			}
		}
	}
	b, err := json.Marshal(m)
	if err != nil {
		return err
	}
	return atomicfile.Write(filepath.Join(dir, "pagefind", partsManifest), append(b, '\n'), 0o644)
}

// searchPartPages returns the most pages one Pagefind run may index:
// opts.SearchPartPages, else $LEADUP_SEARCH_PART_PAGES, else the default.
func searchPartPages(opts Options) (int, error) {
	if opts.SearchPartPages > 0 {
		return opts.SearchPartPages, nil
	}
	v, ok := os.LookupEnv(SearchPartPagesEnv)
	if !ok || v == "" {
		return DefaultSearchPartPages, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		return 0, fmt.Errorf("%s=%q: want a positive number of pages per search index part (default %d)", SearchPartPagesEnv, v, DefaultSearchPartPages)
	}
	return n, nil
}

// searchParts returns the HTML pages of the site in dir that Pagefind would
// index (paths relative to dir, slash-separated), dealt round-robin into
// parts of at most limit pages; nil when the site fits in one run.
func searchParts(dir string, limit int) ([][]string, error) {
	all, err := htmlPages(dir)
	if err != nil {
		return nil, err
	}
	if len(all) <= limit {
		return nil, nil // no need to read a single page
	}
	pages, err := indexedPages(dir, all)
	if err != nil {
		return nil, err
	}
	return dealParts(pages, limit), nil
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
// data-pagefind-body when any page is, else all of them.
func indexedPages(dir string, pages []string) ([]string, error) {
	var marked []string
	for _, p := range pages {
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p)))
		if err != nil {
			return nil, err
		}
		if bytes.Contains(b, []byte(bodyAttr)) {
			marked = append(marked, p)
		}
	}
	if len(marked) == 0 {
		return pages, nil
	}
	return marked, nil
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
