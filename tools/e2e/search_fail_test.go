package e2e

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestSearchStatusWhenFilesFail serves the site with parts of the search
// index failing, as a busy or flaky server may, and checks that the search
// page still ends with a status that says what happened, instead of staying
// silent (the contract: [data-search-status] always gets text).
func TestSearchStatusWhenFilesFail(t *testing.T) {
	needSite(t)
	cases := []struct {
		name string
		fail string // URL path prefix answered with 503
		want string // in the status
	}{
		{"result fragments", "/pagefind/fragment/", "could not be loaded"},
		{"index chunks", "/pagefind/index/", "Search failed"},
	}
	files := http.FileServer(http.Dir(siteDir))
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if strings.HasPrefix(r.URL.Path, c.fail) {
					http.Error(w, "busy", http.StatusServiceUnavailable)
					return
				}
				files.ServeHTTP(w, r)
			}))
			defer srv.Close()
			ctx := newTab(t)
			page := srv.URL + "/search/?q=" + url.QueryEscape("my boss micromanages me")
			if err := chromedp.Do(ctx, chromedp.Navigate(page)); err != nil {
				t.Fatal(err)
			}
			out, err := chromedp.Run(ctx, chromedp.Poll[searchOutcome](searchDone, chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(20*time.Second)))
			if err != nil {
				t.Fatalf("no search status within 20s when %s fail: %v", c.fail, err)
			}
			if !strings.Contains(out.Status, c.want) {
				t.Errorf("when %s fail, the status is %q; want it to say %q", c.fail, out.Status, c.want)
			}
			if len(out.Links) > 0 {
				t.Errorf("when %s fail, %d results are shown without their page", c.fail, len(out.Links))
			}
		})
	}
}

// TestSearchStatusUnderLoad opens the same question in several tabs at once,
// twice over, and checks that every one ends with a status and results (QA
// once saw a page under load that never said anything).
func TestSearchStatusUnderLoad(t *testing.T) {
	needSite(t)
	const tabs, rounds = 3, 2
	type outcome struct {
		tab int
		out searchOutcome
		err error
	}
	page := realSite(t) + "/search/?q=" + url.QueryEscape("my boss micromanages me")
	ctxs := make([]context.Context, tabs)
	for i := range ctxs {
		ctxs[i] = newTab(t)
	}
	for round := 0; round < rounds; round++ {
		done := make(chan outcome, tabs)
		for i, ctx := range ctxs {
			go func() {
				if err := chromedp.Do(ctx, chromedp.Navigate(page)); err != nil {
					done <- outcome{tab: i, err: err}
					return
				}
				out, err := chromedp.Run(ctx, chromedp.Poll[searchOutcome](searchDone, chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(30*time.Second)))
				done <- outcome{i, out, err}
			}()
		}
		for range ctxs {
			o := <-done
			switch {
			case o.err != nil:
				t.Errorf("round %d, tab %d: no search status: %v", round, o.tab, o.err)
			case len(o.out.Links) == 0:
				t.Errorf("round %d, tab %d: status %q but no results", round, o.tab, o.out.Status)
			}
		}
	}
}
