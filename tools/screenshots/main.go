// Command screenshots saves screenshots of every page type of a built Leading
// Up site, on a phone and a desktop, in the light and the dark theme, so a
// reviewer can look at the whole site in a minute.
//
// Usage:
//
//	go run ./tools/leadup build
//	go run ./tools/screenshots [-site public] [-out screenshots] [-full] [PATH...]
//
// It serves -site on 127.0.0.1, opens each page in Debian's headless chromium
// and writes OUT/<page>-<phone|desktop>-<light|dark>.png, plus OUT/index.html
// showing them side by side. PATH arguments (URL paths such as /about/) are
// added to the page types it finds by itself: home, essay list, an essay, a
// taxonomy, a term, search, the cheat sheet list, two cheat sheets, the
// workshop kit and one of its pages, the overview, about, tools and 404.
//
// -full captures whole pages instead of the first screen.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"html/template"
	"log"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// viewport is a screen the pages are shot on.
type viewport struct {
	Name          string
	Width, Height int64
	Scale         float64
	Mobile        bool
}

var viewports = []viewport{
	{"phone", 390, 844, 2, true},
	{"desktop", 1280, 800, 1, false},
}

var themes = []string{"light", "dark"}

// shot is one saved screenshot, for the index page.
type shot struct {
	Page, Path, File, Viewport, Theme string
}

func main() {
	log.SetPrefix("screenshots: ")
	log.SetFlags(0)
	site := flag.String("site", "public", "the built site to serve")
	out := flag.String("out", "screenshots", "folder to write the PNG files and index.html into")
	full := flag.Bool("full", false, "capture whole pages, not only the first screen")
	browserPath := flag.String("chromium", "/usr/bin/chromium", "the chromium binary")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: go run ./tools/screenshots [-site DIR] [-out DIR] [-full] [PATH...]")
		flag.PrintDefaults()
	}
	flag.Parse()
	if _, err := os.Stat(filepath.Join(*site, "index.html")); err != nil {
		log.Printf("%s holds no built site (%v): run go run ./tools/leadup build first", *site, err)
		os.Exit(2)
	}
	pages := pageTypes(*site)
	for _, p := range flag.Args() {
		pages = append(pages, page{strings.Trim(strings.ReplaceAll(p, "/", "-"), "-"), p})
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		log.Fatal(err)
	}
	shots, err := run(*site, *out, *browserPath, pages, *full)
	if err != nil {
		log.Fatal(err)
	}
	if err := writeIndex(filepath.Join(*out, "index.html"), shots); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("wrote %d screenshots of %d pages to %s (open %s)\n", len(shots), len(pages), *out, filepath.Join(*out, "index.html"))
}

// page is one page to shoot: a short name and its URL path.
type page struct{ Name, Path string }

// pageTypes returns one page of each type the built site has.
func pageTypes(site string) []page {
	var pages []page
	add := func(name, path string) {
		if _, err := os.Stat(filepath.Join(site, filepath.FromSlash(strings.TrimPrefix(path, "/")), "index.html")); err == nil || strings.HasSuffix(path, ".html") {
			pages = append(pages, page{name, path})
		}
	}
	first := func(name, glob string, skip ...string) {
		matches, _ := filepath.Glob(filepath.Join(site, filepath.FromSlash(glob), "index.html"))
		sort.Strings(matches)
	next:
		for _, m := range matches {
			rel, _ := filepath.Rel(site, filepath.Dir(m))
			for _, s := range skip {
				if filepath.Base(rel) == s {
					continue next
				}
			}
			pages = append(pages, page{name, "/" + filepath.ToSlash(rel) + "/"})
			return
		}
	}
	add("home", "/")
	add("essays", "/essays/")
	first("essay", "essays/*")
	add("taxonomy", "/reasons/")
	first("term", "reasons/*")
	add("search", "/search/")
	add("cheatsheets", "/cheatsheets/")
	first("cheatsheet-essay", "cheatsheets/*", "why-lead-up", "how-to-lead-up", "pitfalls-to-avoid", "leading-up-on-one-page", "self-assessment")
	add("cheatsheet-all", "/cheatsheets/leading-up-on-one-page/")
	add("workshop", "/workshop/")
	first("workshop-page", "workshop/*")
	add("overview", "/overview/")
	add("about", "/about/")
	add("tools", "/tools/")
	if _, err := os.Stat(filepath.Join(site, "404.html")); err == nil {
		pages = append(pages, page{"404", "/404.html"})
	}
	return pages
}

// run serves the site and saves every page × viewport × theme.
func run(site, out, browserPath string, pages []page, full bool) ([]shot, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	srv := &http.Server{Handler: http.FileServer(http.Dir(site)), ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	defer srv.Close()
	base := "http://" + ln.Addr().String()

	if _, err := os.Stat(browserPath); err != nil {
		return nil, fmt.Errorf("%s is missing (%v): sudo apt-get install chromium", browserPath, err)
	}
	profile, err := os.MkdirTemp("", "leadup-screenshots-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(profile)
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(browserPath), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.NoFirstRun, chromedp.UserDataDir(profile), chromedp.Flag("hide-scrollbars", true))
	defer cancelAlloc()
	browser, cancelBrowser := chromedp.NewContext(alloc)
	defer cancelBrowser()
	if err := chromedp.Do(browser); err != nil {
		return nil, fmt.Errorf("starting %s: %w", browserPath, err)
	}

	var shots []shot
	var errs []error
	for _, p := range pages {
		for _, vp := range viewports {
			for _, theme := range themes {
				file := fmt.Sprintf("%s-%s-%s.png", p.Name, vp.Name, theme)
				if err := capture(browser, base+p.Path, vp, theme, full, filepath.Join(out, file)); err != nil {
					errs = append(errs, fmt.Errorf("%s (%s, %s): %w", p.Path, vp.Name, theme, err))
					continue
				}
				shots = append(shots, shot{p.Name, p.Path, file, vp.Name, theme})
			}
		}
	}
	return shots, errors.Join(errs...)
}

// capture opens url in a fresh tab on the viewport, in the theme the system
// asks for, and writes a PNG.
func capture(browser context.Context, url string, vp viewport, theme string, full bool, file string) error {
	tab, cancel := chromedp.NewContext(browser)
	defer cancel()
	ctx, cancelTimeout := context.WithTimeout(tab, time.Minute)
	defer cancelTimeout()
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: theme}},
	}); err != nil {
		return err
	}
	opts := []chromedp.EmulateViewportOption{chromedp.EmulateScale(vp.Scale)}
	if vp.Mobile {
		opts = append(opts, chromedp.EmulateMobile)
	}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(vp.Width, vp.Height, opts...), chromedp.Navigate(url), chromedp.Sleep(150*time.Millisecond)); err != nil {
		return err
	}
	var png []byte
	var err error
	if full {
		png, err = chromedp.Run(ctx, chromedp.FullScreenshot(100))
	} else {
		png, err = chromedp.Run(ctx, chromedp.CaptureScreenshot())
	}
	if err != nil {
		return err
	}
	return os.WriteFile(file, png, 0o644)
}

var indexPage = template.Must(template.New("index").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Screenshots</title>
<style>body{font-family:system-ui,sans-serif;margin:1rem}figure{display:inline-block;margin:0 1rem 1rem 0;vertical-align:top}
img{max-height:420px;border:1px solid #999}figcaption{font-size:.85rem}</style></head><body>
<h1>Screenshots</h1>
{{- range . }}
<figure><a href="{{ .File }}"><img src="{{ .File }}" alt="{{ .Page }} ({{ .Path }}), {{ .Viewport }}, {{ .Theme }} theme"></a>
<figcaption>{{ .Page }} · {{ .Viewport }} · {{ .Theme }}</figcaption></figure>
{{- end }}
</body></html>
`))

// writeIndex writes a page that shows every screenshot.
func writeIndex(file string, shots []shot) error {
	f, err := os.Create(file)
	if err != nil {
		return err
	}
	if err := indexPage.Execute(f, shots); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
