package e2e

import (
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// TestSearchWithoutJavaScript opens /search/?q= with JavaScript off. A
// static page cannot read its own URL without a script, so the words cannot
// be put back in the box; what it must do is say that search needs
// JavaScript and offer every way to browse (situations, essays, the three
// term lists, the overview, the workshop kit and the cheat sheets).
func TestSearchWithoutJavaScript(t *testing.T) {
	needSite(t)
	ctx := newTab(t)
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(server.URL+"/search/?q=my+boss+micromanages+me")); err != nil {
		t.Fatal(err)
	}
	type view struct {
		Note   bool     `json:"note"`
		Browse []string `json:"browse"`
	}
	got, err := chromedp.Run(ctx, chromedp.Evaluate[view](`(() => {
		const note = document.querySelector("[data-search-nojs]");
		const links = Array.from(document.querySelectorAll(".search-page nav.browse a[href]"))
			.filter(a => a.getClientRects().length > 0)
			.map(a => new URL(a.href).pathname);
		return {note: !!note && !note.hidden && note.getClientRects().length > 0, browse: links};
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	if !got.Note {
		t.Error("/search/ without JavaScript does not say that search needs it")
	}
	for _, want := range []string{"/situations/", "/essays/", "/reasons/", "/steps/", "/pitfalls/", "/overview/", "/workshop/", "/cheatsheets/"} {
		found := false
		for _, l := range got.Browse {
			found = found || l == want
		}
		if !found {
			t.Errorf("/search/ without JavaScript offers no visible link to %s; it offers %v", want, got.Browse)
		}
	}
}
