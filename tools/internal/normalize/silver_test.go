package normalize

// A dev-time evaluation of title, byline and date extraction on the shared
// corpus of real web pages (../shared/corpus/web-pastes, outside the
// repository; the test is skipped when it is absent or under -short).
//
// The corpus labels name article and junk lines, not metadata, so the
// expected title, authors and date are SILVER labels read from each page's
// saved HTML: og:title, twitter:title, <title> (with its " | Site" part cut)
// and the first <h1> are all accepted titles; meta author, article:author
// and JSON-LD author names are accepted authors; article:published_time,
// JSON-LD datePublished and similar meta tags give the date. These labels
// are noisy: a <title> may differ from the visible headline, a meta author
// may be the publisher, and a published_time may fall on the day before the
// one the page shows (time zones). A page counts for a field only when its
// HTML gives a silver value for it.
//
// The extraction runs on the TEXT paste only (no HTML metadata), which is
// what the judged held-out set looks like. The pages are split in two halves
// by a hash of their name: tune on "tune", report "held" as the honest
// figure. Run with -v to see the table, and set LEADUP_SILVER_MISSES=tune
// (or held) to list the misses of one half.

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/leadingup/leadingup/tools/internal/vocab"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

const silverDir = "../../../../shared/corpus/web-pastes"

// silver is the metadata a page's HTML gives.
type silver struct {
	titles  []string
	authors []string
	dates   []string // YYYY-MM-DD, every reading of the published time
}

func TestSilverMeta(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus evaluation skipped under -short")
	}
	files, _ := filepath.Glob(filepath.Join(silverDir, "*.txt"))
	if len(files) == 0 {
		t.Skipf("no corpus at %s", silverDir)
	}
	sort.Strings(files)
	v := loadVocab(t)
	type tally struct{ n, ok int }
	type half struct{ title, author, date, authorFP tally }
	halves := map[string]*half{"tune": {}, "held": {}}
	showMisses := os.Getenv("LEADUP_SILVER_MISSES")
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		sv, err := readSilver(strings.TrimSuffix(f, ".txt") + ".html.gz")
		if err != nil {
			t.Logf("%s: %v", name, err)
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		res, err := normalizeCorpusPage(src, name, v)
		if err != nil {
			continue // the text evaluation reports failures
		}
		r := res.Report
		h := silverHalf(name)
		hv := halves[h]
		miss := func(field, got string, want []string) {
			if showMisses == h {
				t.Logf("%s %-6s got %q, want one of %q", name, field, got, want)
			}
		}
		if len(sv.titles) > 0 {
			hv.title.n++
			if silverTitleOK(r.Title, sv.titles) {
				hv.title.ok++
			} else {
				miss("title", r.Title, sv.titles)
			}
		}
		if len(sv.authors) > 0 {
			hv.author.n++
			if silverAuthorsOK(r.Authors, sv.authors) {
				hv.author.ok++
			} else {
				miss("author", strings.Join(r.Authors, "; "), sv.authors)
			}
		} else {
			// no author in the HTML: naming one is probably (not surely) wrong
			hv.authorFP.n++
			if len(r.Authors) > 0 {
				hv.authorFP.ok++
				miss("author-none", strings.Join(r.Authors, "; "), nil)
			}
		}
		if len(sv.dates) > 0 {
			hv.date.n++
			if silverDateOK(r.Date, sv.dates) {
				hv.date.ok++
			} else {
				miss("date", r.Date, sv.dates)
			}
		}
	}
	ratio := func(x tally) string {
		if x.n == 0 {
			return "   -"
		}
		return fmt.Sprintf("%.2f (%d/%d)", float64(x.ok)/float64(x.n), x.ok, x.n)
	}
	for _, h := range []string{"tune", "held"} {
		x := halves[h]
		t.Logf("silver %s: title %s  author %s  date %s  (author named where the HTML has none: %s)",
			h, ratio(x.title), ratio(x.author), ratio(x.date), ratio(x.authorFP))
	}
}

// corpusRuns memoises the normalisation of corpus pages, so that
// TestCorpusText and TestSilverMeta normalise each page once per run.
var corpusRuns struct {
	sync.Mutex
	m map[string]corpusRun
}

type corpusRun struct {
	res Result
	err error
}

// normalizeCorpusPage normalises the text paste of the corpus page name.
func normalizeCorpusPage(src []byte, name string, v *vocab.Vocabulary) (Result, error) {
	corpusRuns.Lock()
	defer corpusRuns.Unlock()
	if r, ok := corpusRuns.m[name]; ok {
		return r.res, r.err
	}
	res, err := Normalize(src, Options{Name: name + ".txt", Vocab: v})
	if corpusRuns.m == nil {
		corpusRuns.m = map[string]corpusRun{}
	}
	corpusRuns.m[name] = corpusRun{res, err}
	return res, err
}

// silverHalf splits the corpus deterministically by a hash of the page name.
func silverHalf(name string) string {
	h := fnv.New32a()
	h.Write([]byte(name))
	if h.Sum32()%2 == 0 {
		return "tune"
	}
	return "held"
}

func silverTitleOK(got string, want []string) bool {
	g := evalKey(got)
	if g == "" {
		return false
	}
	for _, w := range want {
		if k := evalKey(w); k == g {
			return true
		}
	}
	return false
}

func silverAuthorsOK(got, want []string) bool {
	if len(got) == 0 {
		return false
	}
	ok := map[string]bool{}
	for _, w := range want {
		for _, p := range reNameSplit.Split(w, -1) {
			ok[evalKey(p)] = true
		}
		ok[evalKey(w)] = true
	}
	for _, g := range got {
		if !ok[evalKey(g)] {
			return false
		}
	}
	return true
}

func silverDateOK(got string, want []string) bool {
	for _, w := range want {
		if got == w {
			return true
		}
	}
	return false
}

// readSilver reads the metadata of a saved page.
func readSilver(path string) (silver, error) {
	var sv silver
	f, err := os.Open(path)
	if err != nil {
		return sv, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return sv, err
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return sv, err
	}
	r, err := charset.NewReader(bytes.NewReader(raw), "text/html")
	if err != nil {
		return sv, err
	}
	root, err := html.Parse(r)
	if err != nil {
		return sv, err
	}
	add := func(list *[]string, s string) {
		s = strings.Join(strings.Fields(html.UnescapeString(s)), " ")
		if s == "" || strings.Contains(s, "://") {
			return
		}
		for _, x := range *list {
			if x == s {
				return
			}
		}
		*list = append(*list, s)
	}
	addDate := func(s string) {
		s = strings.TrimSpace(s)
		for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04Z07:00", "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02"} {
			if tm, err := time.Parse(layout, s); err == nil {
				add(&sv.dates, tm.Format("2006-01-02"))
				add(&sv.dates, tm.UTC().Format("2006-01-02"))
				return
			}
		}
		if len(s) >= 10 && reSilverISO.MatchString(s[:10]) {
			add(&sv.dates, s[:10])
		}
	}
	var h1 string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "title":
				if n.FirstChild != nil && silverIn(n, "svg") == nil {
					t := silverText(n)
					add(&sv.titles, t)
					add(&sv.titles, cleanSiteTitle(t))
					if i := strings.LastIndexAny(t, "|–—"); i > 0 {
						add(&sv.titles, t[:i])
					}
				}
			case "h1":
				if h1 == "" {
					h1 = silverText(n)
				}
			case "meta":
				k := strings.ToLower(silverAttr(n, "property") + silverAttr(n, "name") + silverAttr(n, "itemprop"))
				c := silverAttr(n, "content")
				switch k {
				case "og:title", "twitter:title", "headline":
					add(&sv.titles, c)
				case "author", "article:author", "dc.creator", "sailthru.author", "parsely-author", "byl":
					add(&sv.authors, strings.TrimPrefix(strings.TrimPrefix(c, "By "), "by "))
				case "article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date":
					addDate(c)
				}
			case "script":
				if strings.Contains(silverAttr(n, "type"), "ld+json") && n.FirstChild != nil {
					var v any
					if json.Unmarshal([]byte(n.FirstChild.Data), &v) == nil {
						silverLD(v, func(k string, val any) {
							switch k {
							case "headline":
								if s, ok := val.(string); ok {
									add(&sv.titles, s)
								}
							case "datePublished":
								if s, ok := val.(string); ok {
									addDate(s)
								}
							case "author":
								for _, a := range silverNames(val) {
									add(&sv.authors, a)
								}
							}
						})
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	add(&sv.titles, h1)
	return sv, nil
}

var reSilverISO = regexp.MustCompile(`^\d{4}-\d\d-\d\d$`)

// silverLD calls fn for every key of a JSON-LD value, recursively.
func silverLD(v any, fn func(string, any)) {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			fn(k, e)
			if k != "author" {
				silverLD(e, fn)
			}
		}
	case []any:
		for _, e := range x {
			silverLD(e, fn)
		}
	}
}

// silverNames reads person names from a JSON-LD author value; organisations
// are not authors.
func silverNames(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, silverNames(e)...)
		}
		return out
	case map[string]any:
		if t, _ := x["@type"].(string); t == "Organization" || t == "NewsMediaOrganization" {
			return nil
		}
		if n, ok := x["name"].(string); ok {
			return []string{n}
		}
	}
	return nil
}

func silverAttr(n *html.Node, k string) string {
	for _, a := range n.Attr {
		if a.Key == k {
			return a.Val
		}
	}
	return ""
}

func silverIn(n *html.Node, tag string) *html.Node {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.Data == tag {
			return p
		}
	}
	return nil
}

func silverText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style") {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}
