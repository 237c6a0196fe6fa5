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
	"github.com/leadingup/leadingup/tools/internal/synth"
)

// essayLink matches the URL path of an essay page.
var essayLink = regexp.MustCompile(`^/essays/[^/]+/$`)

// TestSearchInTwoTiers builds a fork with more essays than the threshold
// for a search in two tiers (lowered from thousands to 20 here) and
// searches it in the browser: a query the first tier answers shows its
// results without fetching anything of the essays' tier and offers to
// search the essays; the button merges them and shows essays among the
// results with focus on the first; a word only essays use, and the essay
// filter, search the essays at once; nothing is reported on the console.
func TestSearchInTwoTiers(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a second site")
	}
	tmp := t.TempDir()
	root, out := filepath.Join(tmp, "repo"), filepath.Join(tmp, "public")
	if err := projcopy.Copy(repoRoot, root); err != nil {
		t.Fatal(err)
	}
	if _, err := synth.Write(filepath.Join(repoRoot, "sources"), filepath.Join(root, "sources"), 45, 3); err != nil {
		t.Fatal(err)
	}
	if err := buildSite(root, out, site.SearchTierEssaysEnv+"=20", site.SearchPartPagesEnv+"=1000"); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(out, "pagefind", "parts.json"))
	if err != nil {
		t.Fatalf("the build wrote no list of index parts: %v", err)
	}
	var list struct{ Parts, Essays []string }
	if err := json.Unmarshal(b, &list); err != nil {
		t.Fatalf("pagefind/parts.json: %v", err)
	}
	if len(list.Parts) != 0 || len(list.Essays) != 1 {
		t.Fatalf("pagefind/parts.json = %s: want no other parts in the first tier and the essays' one part in the second", b)
	}
	only := essayOnlyWord(t, out)
	ctx := newTab(t) // after the build: a tab lives two minutes

	var mu sync.Mutex
	tier2 := 0 // requests for files of the essays' tier
	files := http.FileServer(http.Dir(out))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/pagefind-parts/") {
			mu.Lock()
			tier2++
			mu.Unlock()
		}
		files.ServeHTTP(w, r)
	}))
	defer srv.Close()
	console := watchConsole(t, ctx)
	fetched := func() int {
		mu.Lock()
		defer mu.Unlock()
		n := tier2
		tier2 = 0
		return n
	}
	wait := func(what string) searchOutcome {
		t.Helper()
		o, err := chromedp.Run(ctx, chromedp.Poll[searchOutcome](searchDone, chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(30*time.Second)))
		if err != nil {
			state, _ := chromedp.Run(ctx, chromedp.Evaluate[string](searchState))
			t.Fatalf("%s: no search status within 30s (%v); %s", what, err, state)
		}
		return o
	}
	essays := func(o searchOutcome) int {
		n := 0
		for _, l := range o.Links {
			if essayLink.MatchString(l) {
				n++
			}
		}
		return n
	}
	const buttonShown = `(() => { const b = document.querySelector("[data-search-essays]"); return !!b && !b.hidden; })()`
	shown := func() bool {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[bool](buttonShown))
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	open := func(q string) searchOutcome {
		t.Helper()
		page := srv.URL + "/search/?" + q
		if err := chromedp.Do(ctx, chromedp.Navigate(page)); err != nil {
			t.Fatalf("%s: %v", page, err)
		}
		return wait(q)
	}

	// A word the first tier answers: its results, no essay and nothing of
	// the essays' tier fetched, and the offer to search the essays.
	fetched()
	first := open("q=manager")
	time.Sleep(500 * time.Millisecond) // the last fragments of the first page
	if n := fetched(); n != 0 {
		t.Errorf("manager: %d files of the essays' tier fetched before the reader asked", n)
	}
	if len(first.Links) == 0 || essays(first) != 0 {
		t.Errorf("manager: the first tier shows %v (status %q): want results, none of them an essay", first.Links, first.Status)
	}
	if !shown() {
		t.Error("manager: the button to search the essays too is not shown")
	}
	t.Logf("manager, first tier: %s %v", first.Status, first.Links)

	// The reader asks for the essays: they are searched, essays are among
	// the results, the button goes and focus is on the first result.
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(document.querySelector("[data-search-status]").textContent = "", true)`)); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("[data-search-essays]"))); err != nil {
		t.Fatal(err)
	}
	both := wait("manager, essays too")
	if n := fetched(); n == 0 {
		t.Error("manager: the button fetched nothing of the essays' tier")
	}
	if resultCount(both.Status) <= resultCount(first.Status) {
		t.Errorf("manager with the essays: %q %v; want more results than the first tier's %q", both.Status, both.Links, first.Status)
	}
	// The essays rank below the terms that sum them up, so they are counted
	// by the filter rather than looked for on the first page.
	filter, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(() => { const r = document.querySelector("[data-search-filters] input[value=essay]"); return r ? r.parentElement.textContent : ""; })()`))
	if err != nil || !regexp.MustCompile(`\([1-9]\d*\)`).MatchString(filter) {
		t.Errorf("manager with the essays: the essay filter reads %q (%v); want a count of essays", filter, err)
	}
	if shown() {
		t.Error("the button to search the essays is still shown once they are searched")
	}
	focused, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(() => { const a = document.activeElement; return a && a.closest("[data-search-results]") ? a.getAttribute("href") : ""; })()`))
	if err != nil || focused == "" {
		t.Errorf("focus is not on a result after the essays were searched (%v)", err)
	}
	t.Logf("manager, both tiers: %s %v", both.Status, both.Links)

	// A word only essays use, and the essay filter: the essays at once.
	for _, q := range []string{"q=" + url.QueryEscape(only), "q=manager&type=essay"} {
		fetched()
		o := open(q)
		if n := fetched(); n == 0 {
			t.Errorf("%s: nothing of the essays' tier fetched", q)
		}
		if essays(o) == 0 || essays(o) != len(o.Links) && strings.Contains(q, "type=essay") {
			t.Errorf("%s: %q %v; want essays", q, o.Status, o.Links)
		}
		if shown() {
			t.Errorf("%s: the button to search the essays is shown, though they were searched", q)
		}
		t.Logf("%s: %s %v", q, o.Status, o.Links)
	}
	failAll(t, "console errors", console.list())
}

// essayOnlyWord returns a word of the site's word list that some essay
// page of the built site in dir has and no other indexed page has the
// first four letters of (Pagefind matches a word by its stem, "bookings"
// finds "book", and the search page ranks pages it finds so, "carefully"
// for "career", as no answer).
func essayOnlyWord(t *testing.T, dir string) string {
	t.Helper()
	typeMeta := regexp.MustCompile(`<meta[^>]*name="?pagefind-type[^>]*content="?Essay[\s">/]`)
	var essays, others strings.Builder
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".html") {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil || !strings.Contains(string(b), "data-pagefind-body") {
			return err
		}
		if typeMeta.Match(b) {
			essays.Write(b)
		} else {
			others.Write(b)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// The word list is split by first letter (search/words.html):
	// search/words.<letter in hex>.<md5>.json.
	lists, _ := filepath.Glob(filepath.Join(dir, "search", "words.*.*.json"))
	if len(lists) == 0 {
		t.Fatal("no search/words.*.*.json in the site")
	}
	var words struct{ Words []string }
	for _, list := range lists {
		b, err := os.ReadFile(list)
		if err != nil {
			t.Fatal(err)
		}
		var part struct{ Words []string }
		if err := json.Unmarshal(b, &part); err != nil {
			t.Fatalf("%s: %v", list, err)
		}
		words.Words = append(words.Words, part.Words...)
	}
	in, out := strings.ToLower(essays.String()), strings.ToLower(others.String())
	word := regexp.MustCompile(`\p{L}+`)
	rest := map[string]bool{}
	for _, w := range word.FindAllString(out, -1) {
		rest[w] = true
	}
	var found []string
	for _, w := range words.Words {
		if len(w) >= 8 && !rest[w] && !strings.Contains(out, w[:4]) && strings.Contains(in, " "+w+" ") {
			found = append(found, w)
		}
	}
	if len(found) == 0 {
		t.Fatal("no word of the word list is used by essays alone")
	}
	slices.Sort(found)
	return found[0]
}
