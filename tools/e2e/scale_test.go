package e2e

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/leadingup/leadingup/tools/internal/projcopy"

	"github.com/leadingup/leadingup/tools/internal/synth"
)

// maxPageBytes is the cap on any page's HTML, at any corpus size.
const maxPageBytes = 100 << 10

// TestLargeForkPaginates builds a copy of the project with more essays than
// fit on one list page and checks that no page grows with the number of
// essays: the home page shows a fixed selection, /essays/, the cheat sheet
// index and term pages are split into pagers linked with rel=prev/next, only
// the first pager of a list or term is indexed for search, and every page stays under
// maxPageBytes.
func TestLargeForkPaginates(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a second site")
	}
	const n = 45 // with our five essays, three pagers of 20
	root := filepath.Join(t.TempDir(), "repo")
	if err := projcopy.Copy(repoRoot, root); err != nil {
		t.Fatal(err)
	}
	if _, err := synth.Write(filepath.Join(repoRoot, "sources"), filepath.Join(root, "sources"), n, 3); err != nil {
		t.Fatal(err)
	}
	site := filepath.Join(t.TempDir(), "public")
	if err := buildSite(root, site); err != nil {
		t.Fatal(err)
	}
	read := func(rel string) string {
		t.Helper()
		b, err := os.ReadFile(filepath.Join(site, filepath.FromSlash(rel)))
		if err != nil {
			t.Fatalf("%s: %v", rel, err)
		}
		return string(b)
	}
	cards := regexp.MustCompile(`<li class="card">`)

	home := read("index.html")
	if got := len(cards.FindAllString(home, -1)); got == 0 || got > 6 {
		t.Errorf("home page shows %d essay cards, want a fixed selection of at most 6", got)
	}
	if !strings.Contains(home, fmt.Sprintf("All %d essays", n+len(essaySlugs(t)))) {
		t.Error("home page does not link onward to all the essays with their count")
	}

	first, second, last := read("essays/index.html"), read("essays/page/2/index.html"), read("essays/page/3/index.html")
	if got := len(cards.FindAllString(first, -1)); got != 20 {
		t.Errorf("/essays/ shows %d essays, want a pager of 20", got)
	}
	for name, page := range map[string]string{"/essays/": first, "/essays/page/2/": second, "/essays/page/3/": last} {
		hasPrev, hasNext := strings.Contains(page, `rel="prev"`), strings.Contains(page, `rel="next"`)
		wantPrev, wantNext := name != "/essays/", name != "/essays/page/3/"
		if hasPrev != wantPrev || hasNext != wantNext {
			t.Errorf("%s: rel=prev %v, rel=next %v; want %v, %v", name, hasPrev, hasNext, wantPrev, wantNext)
		}
	}
	if !strings.Contains(read("cheatsheets/index.html"), `rel="next"`) {
		t.Error("the cheat sheet index lists every essay's sheet on one page")
	}

	// Lists are indexed for search on their first pager only: the others
	// repeat its title and introduction.
	for _, list := range []string{"essays", "cheatsheets"} {
		if !strings.Contains(read(list+"/index.html"), "data-pagefind-body") {
			t.Errorf("/%s/ is not indexed for search", list)
		}
		if strings.Contains(read(list+"/page/2/index.html"), "data-pagefind-body") {
			t.Errorf("/%s/page/2/ repeats the list for search (data-pagefind-body on a second pager)", list)
		}
	}

	// A term every synthetic essay names is paginated; only its first pager
	// is indexed for search.
	pagers, _ := filepath.Glob(filepath.Join(site, "*", "*", "page", "2", "index.html"))
	var termPagers []string
	for _, p := range pagers {
		rel, _ := filepath.Rel(site, p)
		if tax := strings.Split(filepath.ToSlash(rel), "/")[0]; tax == "reasons" || tax == "steps" || tax == "pitfalls" {
			termPagers = append(termPagers, filepath.ToSlash(rel))
		}
	}
	if len(termPagers) == 0 {
		t.Fatal("no term page was split into pagers, though every synthetic essay names terms")
	}
	for _, rel := range termPagers {
		if strings.Contains(read(rel), "data-pagefind-body") {
			t.Errorf("%s repeats its term for search (data-pagefind-body on a second pager)", rel)
		}
		firstPager := strings.TrimSuffix(rel, "page/2/index.html") + "index.html"
		if !strings.Contains(read(firstPager), "data-pagefind-body") {
			t.Errorf("%s is not indexed for search", firstPager)
		}
	}

	var big []string
	filepath.WalkDir(site, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".html") {
			return nil
		}
		if info, err := d.Info(); err == nil && info.Size() > maxPageBytes {
			rel, _ := filepath.Rel(site, path)
			big = append(big, fmt.Sprintf("%s (%d KB)", rel, info.Size()>>10))
		}
		return nil
	})
	failAll(t, fmt.Sprintf("pages over %d KB", maxPageBytes>>10), big)
}
