package e2e

import (
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
	"golang.org/x/net/html"
)

// file maps a URL path of the site to the file that serves it.
func file(urlPath string) string {
	p := filepath.Join(siteDir, filepath.FromSlash(strings.TrimPrefix(urlPath, "/")))
	if strings.HasSuffix(urlPath, "/") {
		p = filepath.Join(p, "index.html")
	}
	return p
}

// parsePage parses the page at a URL path, or fails the test.
func parsePage(t *testing.T, urlPath string) *html.Node {
	t.Helper()
	f, err := os.Open(file(urlPath))
	if err != nil {
		t.Fatalf("%s: no page (%v)", urlPath, err)
	}
	defer f.Close()
	doc, err := html.Parse(f)
	if err != nil {
		t.Fatalf("%s: %v", urlPath, err)
	}
	return doc
}

// walk calls fn for every element under n, in document order.
func walk(n *html.Node, fn func(*html.Node)) {
	if n.Type == html.ElementNode {
		fn(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, fn)
	}
}

// attr returns an attribute's value and whether it is present.
func attr(n *html.Node, name string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == name {
			return a.Val, true
		}
	}
	return "", false
}

// text returns the text under n with whitespace collapsed.
func text(n *html.Node) string {
	var b strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style") {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
	}
	rec(n)
	return squash(b.String())
}

// squash collapses runs of white space into one space.
func squash(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// linkPaths returns the URL path of every <a href> in doc.
func linkPaths(doc *html.Node) map[string]bool {
	out := map[string]bool{}
	walk(doc, func(n *html.Node) {
		if n.Data != "a" {
			return
		}
		if href, ok := attr(n, "href"); ok {
			if u, err := url.Parse(href); err == nil {
				out[u.Path] = true
			}
		}
	})
	return out
}

// exists reports whether the page at a URL path was built.
func exists(urlPath string) bool {
	fi, err := os.Stat(file(urlPath))
	return err == nil && !fi.IsDir()
}

// failAll reports a list of failures as one error, so the log reads as a list.
func failAll(t *testing.T, what string, fails []string) {
	t.Helper()
	if len(fails) > 0 {
		t.Errorf("%s (%d):\n\t%s", what, len(fails), strings.Join(fails, "\n\t"))
	}
}

func TestPagesExist(t *testing.T) {
	needSite(t)
	var paths []string
	for _, s := range essaySlugs(t) {
		paths = append(paths, "/essays/"+s+"/")
	}
	for tax, terms := range vocabulary(t) {
		paths = append(paths, "/"+tax+"/")
		for _, tm := range terms {
			paths = append(paths, "/"+tax+"/"+tm.Slug+"/")
		}
	}
	paths = append(paths, "/", "/essays/", "/overview/", "/workshop/", "/about/", "/search/", "/cheatsheets/")
	paths = append(paths, cheatSheetPaths(t)...)
	paths = append(paths, "/pagefind/pagefind-entry.json", "/pagefind/pagefind.js")
	var missing []string
	for _, p := range paths {
		if !exists(p) {
			missing = append(missing, fmt.Sprintf("%s: not built (looked for %s)", p, file(p)))
		}
	}
	failAll(t, "pages missing from the built site", missing)
}

// TestEssayTermChips checks that each essay page links every term of its
// front matter to the term's page.
func TestEssayTermChips(t *testing.T) {
	needSite(t)
	var fails []string
	for _, slug := range essaySlugs(t) {
		e := readEssay(t, slug)
		page := "/essays/" + slug + "/"
		if !exists(page) {
			fails = append(fails, page+": not built")
			continue
		}
		links := linkPaths(parsePage(t, page))
		n := 0
		for _, tax := range taxonomies {
			for _, tm := range e.terms(tax) {
				n++
				if want := "/" + tax + "/" + tm + "/"; !links[want] {
					fails = append(fails, fmt.Sprintf("%s: no term chip linking to %s", page, want))
				}
			}
		}
		if n == 0 {
			fails = append(fails, fmt.Sprintf("%s: content/essays/%s.md lists no terms at all, so the page has no chips", page, slug))
		}
	}
	failAll(t, "essay pages without their term chips", fails)
}

// TestTermPagesShowItems checks that each term page shows the label of every
// essay item that maps to the term.
func TestTermPagesShowItems(t *testing.T) {
	needSite(t)
	var fails []string
	texts := map[string]string{}
	for _, slug := range essaySlugs(t) {
		e := readEssay(t, slug)
		for _, it := range e.Params.Items {
			if it.Term == "" {
				continue
			}
			page := "/" + it.Taxonomy + "/" + it.Term + "/"
			if _, ok := texts[page]; !ok {
				if !exists(page) {
					texts[page] = ""
				} else {
					texts[page] = text(parsePage(t, page))
				}
			}
			if texts[page] == "" {
				fails = append(fails, fmt.Sprintf("%s: not built, but essay %s has an item for it", page, slug))
				continue
			}
			if !strings.Contains(texts[page], squash(it.Label)) {
				fails = append(fails, fmt.Sprintf("%s: does not show the label %q of essay %s", page, it.Label, slug))
			}
		}
	}
	failAll(t, "term pages that do not show what the essays say", fails)
}

// TestSiteRules walks every built HTML page and checks the site rules: no
// inline scripts, no event handler or style attributes, and no scripts,
// styles or images from other hosts.
func TestSiteRules(t *testing.T) {
	needSite(t)
	var cfg struct{ BaseURL string }
	if _, err := toml.DecodeFile(filepath.Join(repoRoot, "config.toml"), &cfg); err != nil {
		t.Fatal(err)
	}
	ourHost := ""
	if u, err := url.Parse(cfg.BaseURL); err == nil {
		ourHost = u.Host
	}
	fails, pages, err := siteRuleViolations(siteDir, ourHost)
	if err != nil {
		t.Fatal(err)
	}
	if pages == 0 {
		t.Fatal("no HTML pages in the built site")
	}
	failAll(t, fmt.Sprintf("site rule violations in %d pages", pages), fails)
}

// siteRuleViolations checks every HTML file under dir (but pagefind/)
// against the site rules, and returns one line per violation and the number
// of pages read. ourHost is the host of baseURL, which pages may load from.
func siteRuleViolations(dir, ourHost string) (fails []string, pages int, err error) {
	err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "pagefind" {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".html") {
			return nil
		}
		pages++
		rel, _ := filepath.Rel(dir, path)
		rel = filepath.ToSlash(rel)
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		doc, err := html.Parse(f)
		if err != nil {
			return fmt.Errorf("%s: %v", rel, err)
		}
		walk(doc, func(n *html.Node) {
			if _, ok := attr(n, "src"); n.Data == "script" && !ok {
				fails = append(fails, fmt.Sprintf("%s: inline <script> (%.60q): move it to a file under assets/js", rel, text(n)))
			}
			for _, a := range n.Attr {
				switch {
				case strings.HasPrefix(a.Key, "on"):
					fails = append(fails, fmt.Sprintf("%s: <%s %s=%q>: inline event handler; attach it from a script file", rel, n.Data, a.Key, a.Val))
				case a.Key == "style":
					fails = append(fails, fmt.Sprintf("%s: <%s style=%q>: inline style; use a class in the stylesheet", rel, n.Data, a.Val))
				}
			}
			if n.Data != "script" && n.Data != "link" && n.Data != "img" {
				return
			}
			for _, key := range []string{"src", "href", "srcset"} {
				v, ok := attr(n, key)
				if !ok {
					continue
				}
				for _, ref := range strings.Split(v, ",") {
					ref = strings.Fields(ref + " x")[0]
					u, err := url.Parse(ref)
					if err != nil {
						continue
					}
					if (u.Scheme == "http" || u.Scheme == "https" || strings.HasPrefix(ref, "//")) && u.Host != ourHost {
						fails = append(fails, fmt.Sprintf("%s: <%s %s=%q> loads from another host; serve it from the site", rel, n.Data, key, ref))
					}
				}
			}
		})
		return nil
	})
	return fails, pages, err
}

// htmlText returns the text of an HTML fragment.
func htmlText(t *testing.T, s string) string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return text(doc)
}
