package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
	"golang.org/x/net/html"
)

// csLabels returns the text of every element with class cs-label on a page.
func csLabels(t *testing.T, urlPath string) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	walk(parsePage(t, urlPath), func(n *html.Node) {
		if c, ok := attr(n, "class"); ok && slices.Contains(strings.Fields(c), "cs-label") {
			out[text(n)] = true
		}
	})
	return out
}

// TestEssayPagesShowFrontMatter proves that Hugo reads the front matter the
// normaliser writes: each essay page shows its title, its authors and a
// "Source:" credit naming the source essay.
func TestEssayPagesShowFrontMatter(t *testing.T) {
	needSite(t)
	var fails []string
	for _, slug := range essaySlugs(t) {
		p := "/essays/" + slug + "/"
		if !exists(p) {
			fails = append(fails, p+": not built")
			continue
		}
		var e struct {
			Title  string
			Params struct {
				Authors []string
				Source  struct{ Title, Author string }
			}
		}
		src, err := os.ReadFile(filepath.Join(builtRoot, "content", "essays", slug+".md"))
		if err != nil {
			t.Fatal(err)
		}
		parts := strings.SplitN(string(src), "+++\n", 3)
		if len(parts) < 3 {
			fails = append(fails, fmt.Sprintf("content/essays/%s.md: no TOML front matter", slug))
			continue
		}
		if _, err := toml.Decode(parts[1], &e); err != nil {
			fails = append(fails, fmt.Sprintf("content/essays/%s.md: %v", slug, err))
			continue
		}
		doc := parsePage(t, p)
		var h1 []string
		walk(doc, func(n *html.Node) {
			if n.Data == "h1" {
				h1 = append(h1, text(n))
			}
		})
		if !slices.Contains(h1, squash(e.Title)) {
			fails = append(fails, fmt.Sprintf("%s: no <h1> says %q (found %q)", p, e.Title, h1))
		}
		all := text(doc)
		if i := strings.Index(all, "Source:"); i < 0 {
			fails = append(fails, fmt.Sprintf("%s: no \"Source:\" credit line", p))
		} else if !strings.Contains(all[i:], squash(e.Params.Source.Title)) {
			fails = append(fails, fmt.Sprintf("%s: the \"Source:\" credit does not name %q", p, e.Params.Source.Title))
		}
		for _, a := range e.Params.Authors {
			if !strings.Contains(all, squash(a)) {
				fails = append(fails, fmt.Sprintf("%s: does not name the author %q", p, a))
			}
		}
	}
	failAll(t, "essay pages that do not show their front matter", fails)
}

// TestCheatSheetContents checks that each sheet shows what it promises:
// an essay's sheet every label of its items, the fixed sheets the title of
// every term of their taxonomies, and the self-assessment sheet every item of
// the workshop checklist.
func TestCheatSheetContents(t *testing.T) {
	needSite(t)
	var fails []string
	missing := func(page string, want []string, got map[string]bool) {
		var miss []string
		for _, w := range want {
			if !got[squash(w)] {
				miss = append(miss, fmt.Sprintf("%q", w))
			}
		}
		if len(miss) > 0 {
			fails = append(fails, fmt.Sprintf("%s: %d of %d labels are not on the sheet as .cs-label: %s", page, len(miss), len(want), strings.Join(miss, ", ")))
		}
	}
	for _, slug := range essaySlugs(t) {
		p := "/cheatsheets/" + slug + "/"
		if !exists(p) {
			fails = append(fails, p+": not built")
			continue
		}
		var want []string
		for _, it := range readEssay(t, slug).Params.Items {
			want = append(want, it.Label)
		}
		missing(p, want, csLabels(t, p))
	}
	voc := vocabulary(t)
	var every []string
	for _, sheet := range []struct{ slug, tax string }{{"why-lead-up", "reasons"}, {"how-to-lead-up", "steps"}, {"pitfalls-to-avoid", "pitfalls"}} {
		var want []string
		for _, tm := range voc[sheet.tax] {
			want = append(want, tm.Title)
		}
		every = append(every, want...)
		if p := "/cheatsheets/" + sheet.slug + "/"; exists(p) {
			missing(p, want, csLabels(t, p))
		} else {
			fails = append(fails, p+": not built")
		}
	}
	if p := "/cheatsheets/leading-up-on-one-page/"; exists(p) {
		missing(p, every, csLabels(t, p))
	} else {
		fails = append(fails, p+": not built")
	}
	var sa struct {
		Params struct {
			Checklist []struct {
				Group string
				Items []string
			}
		}
	}
	src, err := os.ReadFile(filepath.Join(builtRoot, "content", "workshop", "self-assessment.md"))
	if err == nil {
		if parts := strings.SplitN(string(src), "+++\n", 3); len(parts) == 3 {
			if _, err := toml.Decode(parts[1], &sa); err != nil {
				fails = append(fails, "content/workshop/self-assessment.md: "+err.Error())
			}
		}
	}
	var want []string
	for _, g := range sa.Params.Checklist {
		want = append(want, g.Items...)
	}
	if len(want) == 0 {
		fails = append(fails, "content/workshop/self-assessment.md: no [[params.checklist]] items to check the sheet against")
	} else if p := "/cheatsheets/self-assessment/"; exists(p) {
		missing(p, want, csLabels(t, p))
	} else {
		fails = append(fails, p+": not built")
	}
	failAll(t, "cheat sheets that do not show what they promise", fails)
}
