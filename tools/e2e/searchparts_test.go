package e2e

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/leadingup/leadingup/tools/internal/projcopy"
	"github.com/leadingup/leadingup/tools/internal/site"
)

// bundleOf matches the URL of a file of a Pagefind bundle and captures the
// bundle: "pagefind/" or "pagefind-parts/N/".
var bundleOf = regexp.MustCompile(`/(pagefind/|pagefind-parts/\d+/)`)

// TestSearchIndexInParts builds the project's own site with its search
// index forced into parts (a few dozen pages each, where a large fork
// splits at thousands) and searches it in the browser: the search page
// merges the parts, a query shows results whose fragments come from more
// than one part, nothing is reported on the console, and each query finds
// about as many pages as on the site indexed in one part, mostly the same.
func TestSearchIndexInParts(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a second site")
	}
	browser(t)
	oneIndex := realSite(t)

	tmp := t.TempDir()
	root, out := filepath.Join(tmp, "repo"), filepath.Join(tmp, "public")
	if err := projcopy.Copy(repoRoot, root); err != nil {
		t.Fatal(err)
	}
	if err := buildSite(root, out, site.SearchPartPagesEnv+"=24"); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(out, "pagefind", "parts.json"))
	if err != nil {
		t.Fatalf("the build wrote no list of index parts: %v", err)
	}
	var list struct{ Parts []string }
	if err := json.Unmarshal(b, &list); err != nil {
		t.Fatalf("pagefind/parts.json: %v", err)
	}
	if len(list.Parts) < 2 {
		t.Fatalf("pagefind/parts.json lists %v: want at least two parts besides pagefind/ at 24 pages a part", list.Parts)
	}
	for _, p := range list.Parts {
		if _, err := os.Stat(filepath.Join(out, "pagefind", filepath.FromSlash(p), "pagefind-entry.json")); err != nil {
			t.Errorf("parts.json lists %s, which holds no Pagefind bundle: %v", p, err)
		}
	}
	// Pagefind fetches from a web worker, which the tab's network events do
	// not show: the server notes which bundle each fragment came from.
	var mu sync.Mutex
	fetched := map[string]bool{}
	files := http.FileServer(http.Dir(out))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if m := bundleOf.FindStringSubmatch(r.URL.Path); m != nil && strings.Contains(r.URL.Path, "/fragment/") {
			mu.Lock()
			fetched[m[1]] = true
			mu.Unlock()
		}
		files.ServeHTTP(w, r)
	}))
	defer srv.Close()
	ctx := newTab(t) // after the builds: a tab lives two minutes
	console := watchConsole(t, ctx)

	outcome := func(base, q string) searchOutcome {
		t.Helper()
		page := base + "/search/?q=" + url.QueryEscape(q)
		if err := chromedp.Do(ctx, chromedp.Navigate(page)); err != nil {
			t.Fatalf("%s: %v", page, err)
		}
		o, err := chromedp.Run(ctx, chromedp.Poll[searchOutcome](searchDone, chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(20*time.Second)))
		if err != nil {
			state, _ := chromedp.Run(ctx, chromedp.Evaluate[string](searchState))
			t.Fatalf("%s: no search status within 20s (%v); %s", page, err, state)
		}
		return o
	}
	for _, q := range []string{searchWord(t), "boss", "pitfalls", "say no to my manager"} {
		mu.Lock()
		clear(fetched)
		mu.Unlock()
		split := outcome(srv.URL, q)
		time.Sleep(300 * time.Millisecond) // the last fragments of the first page of results
		mu.Lock()
		var bundles []string
		for b := range fetched {
			bundles = append(bundles, b)
		}
		mu.Unlock()
		slices.Sort(bundles)
		if len(split.Links) == 0 {
			t.Errorf("%q: no results on the site indexed in parts (status %q)", q, split.Status)
		}
		if len(bundles) < 2 {
			t.Errorf("%q: the results shown came from %v only; want fragments from more than one part", q, bundles)
		}
		// Pagefind ranks each part by its own word statistics, so the
		// margins differ from one index, the more so as the parts are tiny
		// here (24 pages; thousands on a fork large enough to split).
		whole := outcome(oneIndex, q)
		n, want := resultCount(split.Status), resultCount(whole.Status)
		if want == 0 || n < want-max(2, want/10) || n > want+max(2, want/10) {
			t.Errorf("%q: %q on the site indexed in parts, %q on the site indexed whole", q, split.Status, whole.Status)
		}
		shared := 0
		for _, l := range split.Links {
			if slices.Contains(whole.Links, l) {
				shared++
			}
		}
		if shared*2 < len(whole.Links) {
			t.Errorf("%q: the site indexed in parts shows %v, the site indexed whole %v: fewer than half in common", q, split.Links, whole.Links)
		}
		t.Logf("%q: %s (whole: %s); fragments from %v; %d of %d results shown in common", q, split.Status, whole.Status, bundles, shared, len(whole.Links))
	}
	failAll(t, "console errors", console.list())
}
