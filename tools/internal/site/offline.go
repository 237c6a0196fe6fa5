package site

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// An offline copy is a build meant to be opened straight from the disk
// (file://), for a training room without a network. Hugo writes it with
// relative links (relativeURLs), and makeOffline then points every link
// that ends in a folder at the folder's index.html, because a browser shows
// a folder listing, not the page, for file:///…/essays/x/.
//
// Search cannot work from file://: browsers refuse to load ES modules,
// WebAssembly and fetch() from file URLs, so Pagefind does not start. The
// search page then shows its no-JavaScript text and its "Browse instead"
// links; serve the folder over HTTP (any static server) to search.

// offlineEnv is the environment that makes Hugo write relative links and
// tells the theme it is building an offline copy (site.Params.offline:
// no Subresource Integrity, which browsers cannot check on file:// files).
var offlineEnv = []string{"HUGO_RELATIVEURLS=true", "HUGO_PARAMS_OFFLINE=true"}

// linkAttr matches the quoted href, src and action attributes that Hugo
// writes. It is applied to the site's own generated HTML only.
var linkAttr = regexp.MustCompile(`\b(href|src|action)="([^"]*)"`)

// makeOffline rewrites the HTML files under dir so that every relative link
// to a folder names the folder's index.html.
func makeOffline(dir string) error {
	return filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".html") {
			return err
		}
		if rel, _ := filepath.Rel(dir, path); strings.HasPrefix(filepath.ToSlash(rel), "pagefind/") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		out := linkAttr.ReplaceAllStringFunc(string(src), func(m string) string {
			sub := linkAttr.FindStringSubmatch(m)
			return sub[1] + `="` + offlineURL(sub[2]) + `"`
		})
		if out == string(src) {
			return nil
		}
		return os.WriteFile(path, []byte(out), 0o644)
	})
}

// offlineURL returns a relative URL that ends in a folder with index.html
// added before its query or fragment. Absolute URLs, fragments alone and
// files are returned unchanged.
func offlineURL(u string) string {
	if u == "" || strings.HasPrefix(u, "#") || strings.HasPrefix(u, "/") || strings.Contains(u, ":") {
		return u
	}
	p, tail := u, ""
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		p, tail = u[:i], u[i:]
	}
	switch {
	case p == "." || p == "..":
		p += "/index.html"
	case strings.HasSuffix(p, "/"):
		p += "index.html"
	default:
		return u
	}
	return p + tail
}
