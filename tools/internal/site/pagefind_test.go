package site

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestDealParts(t *testing.T) {
	pages := func(n int) []string {
		var p []string
		for i := range n {
			p = append(p, fmt.Sprintf("p%02d", i))
		}
		return p
	}
	tests := []struct {
		name  string
		pages []string
		limit int
		want  [][]string
	}{
		{"none", nil, 3, nil},
		{"fits exactly", pages(3), 3, nil},
		{"one over: two parts, round-robin", pages(4), 3, [][]string{{"p00", "p02"}, {"p01", "p03"}}},
		{"seven by three: three parts", pages(7), 3, [][]string{{"p00", "p03", "p06"}, {"p01", "p04"}, {"p02", "p05"}}},
		{"limit one: a part per page", pages(2), 1, [][]string{{"p00"}, {"p01"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := dealParts(tt.pages, tt.limit)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("dealParts(%d pages, %d) = %v, want %v", len(tt.pages), tt.limit, got, tt.want)
			}
			for _, part := range got {
				if len(part) > tt.limit {
					t.Errorf("a part of %d pages, over the limit of %d", len(part), tt.limit)
				}
			}
		})
	}
}

func TestSearchPartPages(t *testing.T) {
	tests := []struct {
		name    string
		opts    int
		env     string
		want    int
		wantErr bool
	}{
		{"default", 0, "", DefaultSearchPartPages, false},
		{"environment", 0, "25", 25, false},
		{"option wins", 7, "25", 7, false},
		{"not a number", 0, "many", 0, true},
		{"zero", 0, "0", 0, true},
		{"negative", 0, "-3", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv(SearchPartPagesEnv, tt.env)
			got, err := searchPartPages(Options{SearchPartPages: tt.opts})
			if (err != nil) != tt.wantErr {
				t.Fatalf("error = %v, want an error: %v", err, tt.wantErr)
			}
			if err != nil && !strings.Contains(err.Error(), SearchPartPagesEnv) {
				t.Errorf("the error %q does not name %s", err, SearchPartPagesEnv)
			}
			if got != tt.want {
				t.Errorf("searchPartPages = %d, want %d", got, tt.want)
			}
		})
	}
}

// fakePagefind is a stand-in for the Pagefind binary: it records the site
// it was given and the HTML files it found there, one line per run, and
// writes a bundle marker where it was told to.
const fakePagefind = `#!/bin/sh
site= out=
while [ $# -gt 0 ]; do
  case "$1" in
    --site) site=$2; shift ;;
    --output-path) out=$2; shift ;;
  esac
  shift
done
[ -n "$out" ] || out=$site/pagefind
mkdir -p "$out"
echo "$site" > "$out/entry"
printf '%s' "$out" >> "$LOG"
(cd "$site" && find . -name '*.html' | sort | tr '\n' ' ') >> "$LOG"
echo >> "$LOG"
`

// writeSite writes a site of HTML pages (path -> content) into dir.
func writeSite(t *testing.T, dir string, pages map[string]string) {
	t.Helper()
	for p, body := range pages {
		path := filepath.Join(dir, filepath.FromSlash(p))
		os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestRunPagefindInParts(t *testing.T) {
	root := t.TempDir()
	bin := filepath.Join(root, "node_modules", ".bin", "pagefind")
	os.MkdirAll(filepath.Dir(bin), 0o755)
	if err := os.WriteFile(bin, []byte(fakePagefind), 0o755); err != nil {
		t.Fatal(err)
	}
	log := filepath.Join(root, "runs.log")
	t.Setenv("LOG", log)
	t.Setenv(SearchPartPagesEnv, "")

	site := t.TempDir()
	body := `<main data-pagefind-body>text</main>`
	writeSite(t, site, map[string]string{
		"index.html":                body,
		"essays/a/index.html":       body,
		"essays/b/index.html":       body,
		"essays/c/index.html":       body,
		"essays/page/2/index.html":  "<main>a second pager, not indexed</main>",
		"cheatsheets/a/index.html":  body,
		"404.html":                  "<main>not indexed</main>",
		"pagefind-parts/9/old.html": "left by an earlier run of four parts",
		".pagefind-slice/x.html":    "left by a killed run",
	})

	runs := func() []string {
		b, _ := os.ReadFile(log)
		os.Remove(log)
		var lines []string
		for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
			lines = append(lines, strings.TrimSpace(l))
		}
		return lines
	}
	parts := func() []string {
		b, err := os.ReadFile(filepath.Join(site, "pagefind", partsManifest))
		if err != nil {
			t.Fatal(err)
		}
		var m manifest
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatalf("parts.json: %v", err)
		}
		return m.Parts
	}

	// Five indexed pages, two per part: three runs, one after another.
	opts := Options{Root: root, SearchPartPages: 2}
	if err := RunPagefind(context.Background(), opts, site); err != nil {
		t.Fatal(err)
	}
	got := runs()
	// 404.html and the second pager carry no data-pagefind-body, so they
	// are left out; the pages are dealt round-robin in sorted order.
	want := []string{
		filepath.Join(site, "pagefind") + "./cheatsheets/a/index.html ./essays/c/index.html",
		filepath.Join(site, "pagefind-parts", "2") + "./essays/a/index.html ./index.html",
		filepath.Join(site, "pagefind-parts", "3") + "./essays/b/index.html",
	}
	if !slices.Equal(got, want) {
		t.Errorf("Pagefind runs:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if p := parts(); !slices.Equal(p, []string{"../pagefind-parts/2/", "../pagefind-parts/3/"}) {
		t.Errorf("parts.json lists %q", p)
	}
	for _, gone := range []string{"pagefind-parts/9", ".pagefind-slice"} {
		if _, err := os.Stat(filepath.Join(site, gone)); err == nil {
			t.Errorf("%s is still in the site", gone)
		}
	}
	if b, _ := os.ReadFile(filepath.Join(site, "essays", "a", "index.html")); string(b) != body {
		t.Error("indexing in parts changed a page of the site")
	}

	// The same site under the limit: one ordinary run over the site, and
	// parts.json lists no parts (the parts of the run before are removed).
	opts.SearchPartPages = 0
	if err := RunPagefind(context.Background(), opts, site); err != nil {
		t.Fatal(err)
	}
	got = runs()
	if len(got) != 1 || !strings.HasPrefix(got[0], filepath.Join(site, "pagefind")+"./") || !strings.Contains(got[0], "./404.html") {
		t.Errorf("a small site was not indexed in one run over the whole site: %q", got)
	}
	if p := parts(); len(p) != 0 {
		t.Errorf("parts.json lists %q for a site indexed in one run", p)
	}
	if _, err := os.Stat(filepath.Join(site, partsDir)); err == nil {
		t.Error("the parts of the earlier run are still in the site")
	}

	// More essays than the threshold: the pages that are not essays are
	// the first tier, in pagefind/, and the essays a second, listed apart.
	for _, e := range []string{"a", "b", "c"} {
		writeSite(t, site, map[string]string{"essays/" + e + "/index.html": essayPage})
	}
	opts.SearchTierEssays = 2
	if err := RunPagefind(context.Background(), opts, site); err != nil {
		t.Fatal(err)
	}
	got = runs()
	want = []string{
		filepath.Join(site, "pagefind") + "./cheatsheets/a/index.html ./index.html",
		filepath.Join(site, "pagefind-parts", "2") + "./essays/a/index.html ./essays/b/index.html ./essays/c/index.html",
	}
	if !slices.Equal(got, want) {
		t.Errorf("Pagefind runs in two tiers:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	b, err := os.ReadFile(filepath.Join(site, "pagefind", partsManifest))
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != `{"parts":[],"essays":["../pagefind-parts/2/"]}`+"\n" {
		t.Errorf("parts.json of a site in two tiers = %s", b)
	}
}

func TestIsEssay(t *testing.T) {
	tests := []struct {
		name string
		html string
		want bool
	}{
		{"essay", `<head><meta name="pagefind-type" data-pagefind-filter="type[content]" data-pagefind-meta="label:Essay" content="Essay"></head>`, true},
		{"essay, minified", `<meta name=pagefind-type data-pagefind-filter=type[content] data-pagefind-meta="label:Essay" content=Essay>`, true},
		{"translated label, stable type", `<meta name="pagefind-type" data-pagefind-meta="label:Aufsatz" content="Essay">`, true},
		{"term", `<meta name="pagefind-type" data-pagefind-meta="label:Steps · Step" content="Term">`, false},
		{"a term whose label says essay", `<meta name="pagefind-type" data-pagefind-meta="label:Essay" content="Term">`, false},
		{"another meta says Essay", `<meta name="description" content="Essay"><meta name="pagefind-type" content="Page">`, false},
		{"a longer type", `<meta name="pagefind-type" content="Essays">`, false},
		{"no type", `<main data-pagefind-body>An essay about content="Essay"</main>`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isEssay([]byte(tt.html)); got != tt.want {
				t.Errorf("isEssay(%q) = %v, want %v", tt.html, got, tt.want)
			}
		})
	}
}

// essayPage is an indexed page of type Essay, as search/meta.html renders it.
const essayPage = `<head><meta name="pagefind-type" data-pagefind-filter="type[content]" content="Essay"></head><main data-pagefind-body>text</main>`

func TestSearchPlan(t *testing.T) {
	site := t.TempDir()
	body := `<main data-pagefind-body>text</main>`
	writeSite(t, site, map[string]string{
		"index.html":               body,
		"steps/ask/index.html":     body,
		"cheatsheets/index.html":   body,
		"essays/a/index.html":      essayPage,
		"essays/b/index.html":      essayPage,
		"essays/c/index.html":      essayPage,
		"essays/page/2/index.html": "<main>a second pager, not indexed</main>",
	})
	tests := []struct {
		name         string
		limit, tier  int
		want         [][]string
		parts, tier2 []string
	}{
		{"fits: one run", 10, 10, nil, []string{}, nil},
		{"essays at the threshold: one tier in parts", 4, 3, [][]string{
			{"cheatsheets/index.html", "essays/b/index.html", "index.html"},
			{"essays/a/index.html", "essays/c/index.html", "steps/ask/index.html"},
		}, []string{"../pagefind-parts/2/"}, nil},
		{"more essays than the threshold: two tiers", 10, 2, [][]string{
			{"cheatsheets/index.html", "index.html", "steps/ask/index.html"},
			{"essays/a/index.html", "essays/b/index.html", "essays/c/index.html"},
		}, []string{}, []string{"../pagefind-parts/2/"}},
		{"two tiers, each in parts", 2, 2, [][]string{
			{"cheatsheets/index.html", "steps/ask/index.html"},
			{"index.html"},
			{"essays/a/index.html", "essays/c/index.html"},
			{"essays/b/index.html"},
		}, []string{"../pagefind-parts/2/"}, []string{"../pagefind-parts/3/", "../pagefind-parts/4/"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := searchPlan(site, tt.limit, tt.tier)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(p.parts, tt.want) {
				t.Errorf("parts = %v, want %v", p.parts, tt.want)
			}
			m := p.manifest()
			if !reflect.DeepEqual(m.Parts, tt.parts) || !reflect.DeepEqual(m.Essays, tt.tier2) {
				t.Errorf("manifest = %+v, want parts %v, essays %v", m, tt.parts, tt.tier2)
			}
		})
	}
}

func TestSearchTierEssays(t *testing.T) {
	tests := []struct {
		name    string
		opts    int
		env     string
		want    int
		wantErr bool
	}{
		{"default", 0, "", DefaultSearchTierEssays, false},
		{"environment", 0, "25", 25, false},
		{"option wins", 7, "25", 7, false},
		{"not a number", 0, "many", 0, true},
		{"zero", 0, "0", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv(SearchTierEssaysEnv, tt.env)
			t.Setenv(SearchPartPagesEnv, "")
			_, got, err := searchLimits(Options{SearchTierEssays: tt.opts})
			if (err != nil) != tt.wantErr {
				t.Fatalf("error = %v, want an error: %v", err, tt.wantErr)
			}
			if err != nil && !strings.Contains(err.Error(), SearchTierEssaysEnv) {
				t.Errorf("the error %q does not name %s", err, SearchTierEssaysEnv)
			}
			if got != tt.want {
				t.Errorf("tier = %d, want %d", got, tt.want)
			}
		})
	}
}
