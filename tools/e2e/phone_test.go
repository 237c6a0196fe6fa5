package e2e

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// phoneWidth is the narrowest common phone screen the site is designed for,
// in CSS pixels.
const phoneWidth = 390

// overflowing lists the elements that reach past the right edge of the
// screen, or nothing when the page is no wider than the screen.
const overflowing = `(() => {
  const w = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth <= w) return [];
  const out = [];
  for (const el of document.body.querySelectorAll("*")) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.right <= w + 1 || !el.checkVisibility()) continue;
    // Report the innermost culprits: skip an element whose child overflows too.
    if ([...el.children].some((c) => c.getBoundingClientRect().right > w + 1 && c.checkVisibility())) continue;
    out.push(el.tagName.toLowerCase() + (el.className ? "." + String(el.className).split(" ")[0] : "") +
      " ends at " + Math.round(r.right) + "px: " + JSON.stringify((el.textContent || "").trim().slice(0, 40)));
    if (out.length >= 5) break;
  }
  return out.length ? out : ["the page is " + document.documentElement.scrollWidth + "px wide"];
})()`

// TestNoSidewaysScrollOnAPhone opens a page of each kind, every cheat sheet,
// and every page with a table or a preformatted block (what most often runs
// wide), on a 390 px phone and checks that nothing makes the reader scroll sideways.
func TestNoSidewaysScrollOnAPhone(t *testing.T) {
	needSite(t)
	browser(t)
	slugs := essaySlugs(t)
	pages := []string{"/", "/essays/", "/essays/" + slugs[0] + "/", "/reasons/", "/search/", "/cheatsheets/",
		"/workshop/", "/tools/request/", "/workshop/self-assessment/", "/overview/", "/about/"}
	pages = append(pages, cheatSheetPaths(t)...)
	seen := map[string]bool{}
	for _, p := range pages {
		seen[p] = true
	}
	err := filepath.WalkDir(siteDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() != "index.html" {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if !bytes.Contains(b, []byte("<table")) && !bytes.Contains(b, []byte("<pre")) {
			return nil
		}
		rel, _ := filepath.Rel(siteDir, filepath.Dir(path))
		p := "/" + filepath.ToSlash(rel) + "/"
		if rel == "." {
			p = "/"
		}
		if !seen[p] {
			seen[p] = true
			pages = append(pages, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pages {
		name := strings.Trim(p, "/")
		if name == "" {
			name = "home"
		}
		t.Run(name, func(t *testing.T) {
			ctx := newTab(t)
			if err := chromedp.Do(ctx, chromedp.EmulateViewport(phoneWidth, 844, chromedp.EmulateMobile)); err != nil {
				t.Fatal(err)
			}
			open(t, ctx, p)
			wide, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](overflowing))
			if err != nil {
				t.Fatal(err)
			}
			failAll(t, p+": wider than a 390 px phone screen, so readers must scroll sideways", wide)
		})
	}
}
