package e2e

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// pageType is one kind of page of the built site and the page that stands
// for it.
type pageType struct {
	Key  string // the page's <body> classes, reduced to its type (see typeKey)
	Path string // URL path of the first such page, in path order
}

// pageTypes returns one page of every type the built site has. A type is
// read from the classes the theme puts on <body> (kind-…, section-…,
// layout-…), so page types that others add (a new section, a new layout)
// are covered without a list to keep up to date. Taxonomy and term pages of
// the three taxonomies count as one type each.
func pageTypes(t *testing.T) []pageType {
	t.Helper()
	needSite(t)
	seen := map[string]string{}
	err := filepath.WalkDir(siteDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "pagefind" {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".html") {
			return nil
		}
		rel, _ := filepath.Rel(siteDir, path)
		urlPath := "/" + filepath.ToSlash(rel)
		if strings.HasSuffix(urlPath, "/index.html") {
			urlPath = strings.TrimSuffix(urlPath, "index.html")
		}
		key, err := typeKey(path)
		if err != nil || key == "" {
			return err
		}
		if old, ok := seen[key]; !ok || urlPath < old {
			seen[key] = urlPath
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var out []pageType
	for k, p := range seen {
		out = append(out, pageType{k, p})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	if len(out) < 8 {
		t.Fatalf("the built site has only %d page types (%v): the body classes kind-/section-/layout- are missing", len(out), out)
	}
	return out
}

// typeKey reads a page's <body class> and returns its type, such as
// "kind-page section-essays"; "" for a page without body classes (a redirect).
func typeKey(file string) (string, error) {
	f, err := os.Open(file)
	if err != nil {
		return "", err
	}
	defer f.Close()
	doc, err := html.Parse(f)
	if err != nil {
		return "", err
	}
	var classes string
	walk(doc, func(n *html.Node) {
		if n.Data == "body" {
			classes, _ = attr(n, "class")
		}
	})
	var parts []string
	kind := ""
	for _, c := range strings.Fields(classes) {
		switch {
		case strings.HasPrefix(c, "kind-"):
			kind = c
			parts = append(parts, c)
		case strings.HasPrefix(c, "section-") && kind != "kind-taxonomy" && kind != "kind-term":
			parts = append(parts, c)
		case strings.HasPrefix(c, "layout-"):
			parts = append(parts, c)
		}
	}
	return strings.Join(parts, " "), nil
}

// TestPageTypesCoverTheSite checks the page type list itself: it must
// include the pages the gates are meant to cover.
func TestPageTypesCoverTheSite(t *testing.T) {
	types := pageTypes(t)
	keys := map[string]bool{}
	var list []string
	for _, pt := range types {
		keys[pt.Key] = true
		list = append(list, pt.Key+" → "+pt.Path)
	}
	t.Logf("page types:\n\t%s", strings.Join(list, "\n\t"))
	for _, want := range []string{"kind-home", "kind-page section-essays", "kind-taxonomy", "kind-term", "kind-page layout-search", "kind-page section-cheatsheets layout-cheatsheet", "kind-404"} {
		if !keys[want] {
			t.Errorf("no page of type %q among %v", want, list)
		}
	}
}
