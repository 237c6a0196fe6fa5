package e2e

import (
	"slices"
	"testing"

	"github.com/chromedp/chromedp"
)

// resultLinks lists, for each result shown, the URL paths of its links:
// the result's page first.
const resultLinks = `Array.from(document.querySelectorAll("[data-search-results] > li")).map(li =>
	Array.from(li.querySelectorAll("a[href]")).map(a => new URL(a.getAttribute("href"), location.href).pathname))`

// TestSearchShowsEssaySheetOnce checks that an essay's cheat sheet, which
// has its essay's title, is not a search result of its own (it would repeat
// the essay: at 10,000 essays such sheets were half the index) but a link
// on the essay's result.
func TestSearchShowsEssaySheetOnce(t *testing.T) {
	ctx := searchTab(t)
	for _, slug := range essaySlugs(t) {
		title := readEssay(t, slug).Title
		essay, sheet := "/essays/"+slug+"/", "/cheatsheets/"+slug+"/"
		// "essay" asks for essays (the search raises that kind of page).
		out := search(t, ctx, title+" essay", "")
		results, err := chromedp.Run(ctx, chromedp.Evaluate[[][]string](resultLinks))
		if err != nil {
			t.Fatal(err)
		}
		if slices.Contains(out.Links, sheet) {
			t.Errorf("%q: the essay's cheat sheet %s is a result of its own: %v", title, sheet, out.Links)
		}
		found := false
		for _, links := range results {
			if len(links) == 0 || links[0] != essay {
				continue
			}
			found = true
			if !slices.Contains(links[1:], sheet) {
				t.Errorf("%q: the essay's result links %v, not its cheat sheet %s", title, links[1:], sheet)
			}
		}
		if !found {
			t.Errorf("%q: the essay %s is not among the results shown: %v", title, essay, out.Links)
		}
	}
}
