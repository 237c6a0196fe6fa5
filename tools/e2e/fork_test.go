package e2e

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/leadingup/leadingup/tools/internal/projcopy"

	"golang.org/x/net/html"
)

// The fork the tests make: a training team's name and colour, one of our
// essays removed, two saved web pages of their own brought in.
const (
	forkName    = "Acme Academy"
	forkAccent  = "#8a1a4b"
	forkRemoved = "leading-upwards"
	forkPageW   = "ask-your-manager-early.html" // imported with -w
	forkPageD   = "weekly-one-to-one.html"      // imported with -d: nothing written
)

// forkPages are the test articles, written for these tests (see the
// importer's testdata).
var forkPages = filepath.Join("..", "internal", "importer", "testdata")

// leadup runs `go run ./tools/leadup args...` in root and returns its
// standard output and error; a non-zero exit fails the test unless
// wantFail is set.
func leadup(t *testing.T, root string, wantFail bool, args ...string) (stdout, stderr string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "go", append([]string{"run", "./tools/leadup"}, args...)...)
	cmd.Dir = root
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if (err != nil) != wantFail {
		t.Fatalf("leadup %s: %v (want failure: %v)\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), err, wantFail, out.String(), errb.String())
	}
	return out.String(), errb.String()
}

// setParam rewrites `key = value` lines of config.toml.
func setConfig(t *testing.T, root string, kv map[string]string) {
	t.Helper()
	file := filepath.Join(root, "config.toml")
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	src := string(b)
	for k, v := range kv {
		re := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(k) + `\s*=.*$`)
		if !re.MatchString(src) {
			t.Fatalf("config.toml has no %s line to change: the fork test follows FORKING.md, update both", k)
		}
		src = re.ReplaceAllLiteralString(src, k+" = "+v)
	}
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
}

// sitePages returns the URL path of every HTML page under dir.
func sitePages(t *testing.T, dir string) []string {
	t.Helper()
	var pages []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = "/" + filepath.ToSlash(rel)
		if strings.HasPrefix(rel, "/pagefind/") {
			return nil
		}
		pages = append(pages, strings.TrimSuffix(rel, "index.html"))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return pages
}

// readHTML parses the page at urlPath of the site in dir.
func readHTML(t *testing.T, dir, urlPath string) (*html.Node, string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(urlPath))
	if strings.HasSuffix(urlPath, "/") {
		p = filepath.Join(p, "index.html")
	}
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("%s: not built: %v", urlPath, err)
	}
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("%s: %v", urlPath, err)
	}
	return doc, string(b)
}

// TestFork makes a fork as FORKING.md describes and checks the result: the
// new name and colour on every page type, the removed essay and its cheat
// sheet gone without a broken link, the imported essay with its page, terms
// and cheat sheet, and -d writing nothing. It then switches the fork to
// German and checks the interface strings.
func TestFork(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the site twice")
	}
	root := filepath.Join(t.TempDir(), "fork")
	if err := projcopy.Copy(repoRoot, root); err != nil {
		t.Fatal(err)
	}
	// Rebrand.
	setConfig(t, root, map[string]string{"title": fmt.Sprintf("%q", forkName), "siteName": fmt.Sprintf("%q", forkName), "accent": fmt.Sprintf("%q", forkAccent)})
	// Remove one of our essays.
	if err := os.Remove(filepath.Join(root, "sources", forkRemoved+".txt")); err != nil {
		t.Fatal(err)
	}
	// Import one page with -w, review another with -d.
	pageW, _ := filepath.Abs(filepath.Join(forkPages, forkPageW))
	pageD, _ := filepath.Abs(filepath.Join(forkPages, forkPageD))
	_, stderr := leadup(t, root, false, "import", "-w", pageW)
	slugW := strings.TrimSuffix(forkPageW, ".html")
	if !strings.Contains(stderr, "wrote sources/"+slugW+".md") {
		t.Errorf("import -w did not say what it wrote:\n%s", stderr)
	}
	diff, _ := leadup(t, root, false, "import", "-d", pageD)
	slugD := strings.TrimSuffix(forkPageD, ".html")
	if !strings.HasPrefix(diff, "--- /dev/null\n+++ b/sources/"+slugD+".md\n@@ -0,0 +1,") || !strings.Contains(diff, "\n+title = \"Make the Weekly One-to-One Count\"\n") {
		t.Errorf("import -d printed no diff of a new file:\n%s", diff)
	}
	if _, err := os.Stat(filepath.Join(root, "sources", slugD+".md")); err == nil {
		t.Error("import -d wrote the file")
	}
	// The imported page has a candidate; add a term for it.
	out, _ := leadup(t, root, false, "new", "term", "steps", "Pick your moment", "Ask when your manager can think, not on the way into a meeting.")
	termPage := filepath.Join(root, "content", "steps", "pick-your-moment", "_index.md")
	if !strings.Contains(out, "content/steps/pick-your-moment/_index.md") {
		t.Errorf("new term said:\n%s", out)
	}
	// The forker writes the page's sections, which start as comments.
	page, err := os.ReadFile(termPage)
	if err != nil {
		t.Fatal(err)
	}
	filled := regexp.MustCompile(`<!--[^>]*-->`).ReplaceAllString(string(page), "Our own words for this section.")
	if filled == string(page) || !strings.Contains(filled, `title = "Pick your moment"`) {
		t.Fatalf("the new term page is not the archetype's:\n%s", page)
	}
	if err := os.WriteFile(termPage, []byte(filled), 0o644); err != nil {
		t.Fatal(err)
	}

	site := filepath.Join(t.TempDir(), "public")
	_, buildLog := leadup(t, root, false, "build", "-out", site)

	t.Run("name and colour on every page type", func(t *testing.T) {
		css := "" // the site's one stylesheet: every page links it
		kinds := map[string]bool{}
		var fails []string
		for _, p := range sitePages(t, site) {
			doc, src := readHTML(t, site, p)
			if strings.Contains(src, `http-equiv="refresh"`) {
				continue // an alias that redirects (Hugo's /page/1/), not a page
			}
			if body := findElement(doc, "body"); body != nil {
				if c, _ := attr(body, "class"); c != "" {
					kinds[strings.Fields(c)[0]] = true
				}
			}
			if !strings.Contains(text(doc), forkName) {
				fails = append(fails, p+": the new name "+forkName+" is not on the page")
			}
			if title := text(findElement(doc, "title")); !strings.HasSuffix(title, forkName) {
				fails = append(fails, fmt.Sprintf("%s: the title %q does not end in %s", p, title, forkName))
			}
			stylesheet := false
			walk(doc, func(n *html.Node) {
				if n.Data == "link" {
					if rel, _ := attr(n, "rel"); rel == "stylesheet" {
						href, _ := attr(n, "href")
						if css != "" && href != css {
							fails = append(fails, fmt.Sprintf("%s: links stylesheet %s, other pages %s", p, href, css))
						}
						css, stylesheet = href, true
					}
				}
			})
			if !stylesheet {
				fails = append(fails, p+": links no stylesheet, so not the accent colour")
			}
		}
		failAll(t, "pages without the fork's branding", fails)
		if len(kinds) < 5 {
			t.Errorf("only %d page kinds built (%v): the test must see every page type", len(kinds), kinds)
		}
		b, err := os.ReadFile(filepath.Join(site, filepath.FromSlash(strings.TrimPrefix(css, "/"))))
		if err != nil || !strings.Contains(string(b), forkAccent) {
			t.Errorf("the stylesheet %s does not use the accent %s (%v)", css, forkAccent, err)
		}
	})

	t.Run("removed essay gone, no broken link", func(t *testing.T) {
		for _, p := range []string{"/essays/" + forkRemoved + "/", "/cheatsheets/" + forkRemoved + "/"} {
			if _, err := os.Stat(filepath.Join(site, filepath.FromSlash(p), "index.html")); err == nil {
				t.Errorf("%s is still built", p)
			}
		}
		var broken []string
		for _, p := range sitePages(t, site) {
			doc, _ := readHTML(t, site, p)
			walk(doc, func(n *html.Node) {
				if n.Data != "a" {
					return
				}
				href, _ := attr(n, "href")
				u, err := url.Parse(href)
				if err != nil || u.Host != "" || u.Scheme != "" || u.Path == "" {
					return
				}
				target := u.Path
				if !strings.HasPrefix(target, "/") {
					target = path.Join(path.Dir(p+"x"), target) + "/"
				}
				f := filepath.Join(site, filepath.FromSlash(target))
				if strings.HasSuffix(target, "/") {
					f = filepath.Join(f, "index.html")
				}
				if _, err := os.Stat(f); err != nil {
					broken = append(broken, p+" → "+href)
				}
			})
		}
		failAll(t, "broken links in the fork", broken)
		if !regexp.MustCompile(`content/[a-z/-]+\.md:\d+:\d+: warning: link to /essays/` + forkRemoved + `/ leads to no page`).MatchString(buildLog) {
			t.Errorf("build named no file:line for the links to the removed essay:\n%s", buildLog)
		}
	})

	t.Run("imported essay has its page, terms and cheat sheet", func(t *testing.T) {
		essay := "/essays/" + slugW + "/"
		doc, _ := readHTML(t, site, essay)
		if got := text(findElement(doc, "h1")); got != "Ask Your Manager Early" {
			t.Errorf("%s: h1 %q", essay, got)
		}
		links := linkPaths(doc)
		for _, term := range []string{"/steps/be-a-solution/", "/steps/bring-the-facts/", "/steps/pick-your-moment/", "/reasons/your-boss-needs-help/"} {
			if !links[term] {
				t.Errorf("%s does not link its term %s", essay, term)
			}
			tdoc, _ := readHTML(t, site, term)
			if !linkPaths(tdoc)[essay] {
				t.Errorf("term page %s does not list the imported essay", term)
			}
		}
		sheet := "/cheatsheets/" + slugW + "/"
		sdoc, _ := readHTML(t, site, sheet)
		if s := text(sdoc); !strings.Contains(s, "Pick your moment") || !strings.Contains(s, "Bring the facts") {
			t.Errorf("%s lacks the essay's items:\n%s", sheet, s)
		}
	})

	t.Run("check reports the broken links as errors", func(t *testing.T) {
		out, _ := leadup(t, root, true, "check")
		if !regexp.MustCompile(`(?m)^content/[a-z/-]+\.md:\d+:\d+: link /essays/` + forkRemoved + `/ leads to no page`).MatchString(out) {
			t.Errorf("check did not report the link to the removed essay:\n%s", out)
		}
	})

	// The same fork in German, built as an offline copy: one build for two
	// promises, as each build costs the most time in this test.
	setConfig(t, root, map[string]string{"defaultContentLanguage": `"de"`})
	de := filepath.Join(t.TempDir(), "offline-de")
	leadup(t, root, false, "build", "-offline", "-out", de)
	t.Run("German interface", func(t *testing.T) {
		germanInterface(t, de, slugW)
	})
	t.Run("offline copy in the browser", func(t *testing.T) {
		offlineInBrowser(t, de)
	})
}

// germanInterface checks that the interface strings of a site built with
// defaultContentLanguage = "de" are German on every page type.
func germanInterface(t *testing.T, site, essaySlug string) {
	t.Helper()
	want := map[string][]string{
		"/":                               {`lang="de"`, "Zum Inhalt springen", "Hauptmenü", "Überblick", "Spickzettel"},
		"/essays/" + essaySlug + "/":      {"Von Dana Whitfield", "5. März 2024", "Lesezeit", "Den Spickzettel zu diesem Essay drucken", "Weitere Essays"},
		"/steps/":                         {"Wie man nach oben führt"},
		"/steps/be-a-solution/":           {"Was die Essays sagen"},
		"/cheatsheets/" + essaySlug + "/": {"Spickzettel", "Scannen für die ganze Seite", "Diesen Spickzettel drucken"},
		"/cheatsheets/":                   {"Ein Spickzettel pro Essay"},
		"/search/":                        {"Stattdessen stöbern", "Die Suche braucht JavaScript"},
		"/404.html":                       {"Seite nicht gefunden"},
	}
	english := []string{"Skip to content", "Print this sheet", "Scan for the full page", "What the essays say", "Browse instead", "Page not found", "March 2024", ">By Dana"}
	var fails []string
	for p, strs := range want {
		_, src := readHTML(t, site, p)
		for _, s := range strs {
			if !strings.Contains(src, s) {
				fails = append(fails, fmt.Sprintf("%s: no %q", p, s))
			}
		}
		for _, s := range english {
			if strings.Contains(src, s) {
				fails = append(fails, fmt.Sprintf("%s: English interface text %q", p, s))
			}
		}
	}
	failAll(t, "German fork", fails)
}

// findElement returns the first element named name under n, or nil.
func findElement(n *html.Node, name string) *html.Node {
	var found *html.Node
	walk(n, func(e *html.Node) {
		if found == nil && e.Data == name {
			found = e
		}
	})
	return found
}
