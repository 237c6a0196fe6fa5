package e2e

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// offlineInBrowser reads an offline copy (build -offline, in dir) in the
// browser from file:// URLs: the stylesheet loads (no Subresource Integrity
// to fail on files), links lead to pages rather than folder listings, and
// the search page says how to browse, since search cannot start from the
// disk. TestFork calls it on the German build of its fork.
func offlineInBrowser(t *testing.T, dir string) {
	ctx := newTab(t)
	eval := func(js string) string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[string](js))
		if err != nil {
			t.Fatalf("%s: %v", js, err)
		}
		return v
	}
	visit := func(u string) {
		t.Helper()
		if err := chromedp.Do(ctx, chromedp.Navigate(u)); err != nil {
			t.Fatalf("%s: %v", u, err)
		}
	}

	visit("file://" + filepath.Join(dir, "index.html"))
	if accent := eval(`getComputedStyle(document.documentElement).getPropertyValue("--accent").trim()`); accent == "" {
		t.Error("the stylesheet did not load from file://: no --accent")
	}
	next := eval(`(document.querySelector("main a[href*='essays/']") || {href: ""}).href`)
	if !strings.HasPrefix(next, "file://") || !strings.HasSuffix(next, "/index.html") {
		t.Fatalf("the home page's essay link is %q, want a file:// URL of an index.html", next)
	}
	visit(next)
	if h1 := eval(`(document.querySelector("h1") || {textContent: ""}).textContent.trim()`); h1 == "" {
		t.Errorf("%s shows no page heading", next)
	}

	visit("file://" + filepath.Join(dir, "search", "index.html"))
	if shown := eval(`(() => { const e = document.querySelector("[data-search-nojs]"); return String(!!e && !e.hidden && e.offsetParent !== null); })()`); shown != "true" {
		t.Error("from file:// the search page hides its message that search needs a server and links to browse")
	}
}
