package e2e

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"golang.org/x/net/html"
)

// headerState measures the page header and the first heading of <main>.
const headerState = `(() => {
	const h = document.querySelector(".site-header");
	const h1 = document.querySelector("main h1");
	const visible = el => el.checkVisibility({visibilityProperty: true}) && el.getClientRects().length > 0;
	const controls = Array.from(h.querySelectorAll("a[href], button, summary, input")).filter(visible);
	const tops = controls.map(el => Math.round(el.getBoundingClientRect().top));
	return {
		headerHeight: Math.round(h.getBoundingClientRect().height),
		headingTop: h1 ? Math.round(h1.getBoundingClientRect().top) : -1,
		controls: controls.map(el => (el.textContent.trim() || el.getAttribute("aria-label") || el.tagName).replace(/\s+/g, " ")),
		rows: new Set(tops.map(t => Math.round(t / 20))).size,
		overflow: document.documentElement.scrollWidth > innerWidth
	};
})()`

// header is the decoded headerState.
type header struct {
	HeaderHeight int      `json:"headerHeight"`
	HeadingTop   int      `json:"headingTop"`
	Controls     []string `json:"controls"`
	Rows         int      `json:"rows"`
	Overflow     bool     `json:"overflow"`
}

// TestPhoneHeader opens every page type at 320, 390 and 430 px: the header is
// one row (the site name, a search button and a menu button), the page does
// not scroll sideways and its first heading starts within the first 200 px.
func TestPhoneHeader(t *testing.T) {
	needSite(t)
	browser(t)
	for _, pt := range pageTypes(t) {
		t.Run(pt.Path, func(t *testing.T) {
			ctx := openAs(t, pt.Path, screen{"phone", 320, 800, true}, "light")
			for _, w := range []int64{320, 390, 430} {
				emulate(t, ctx, screen{"phone", w, 800, true}, "light")
				h, err := chromedp.Run(ctx, chromedp.Evaluate[header](headerState))
				if err != nil {
					t.Fatal(err)
				}
				if h.Rows != 1 || h.HeaderHeight > 72 {
					t.Errorf("%s at %d px: the header takes %d rows, %d px (want 1 row, at most 72 px): %q", pt.Path, w, h.Rows, h.HeaderHeight, h.Controls)
				}
				if h.HeadingTop < 0 || h.HeadingTop > 200 {
					t.Errorf("%s at %d px: the first heading starts at %d px, want within the first 200 px", pt.Path, w, h.HeadingTop)
				}
				if h.Overflow {
					t.Errorf("%s at %d px: the page is wider than the screen and scrolls sideways", pt.Path, w)
				}
				joined := strings.ToLower(strings.Join(h.Controls, "|"))
				for _, want := range []string{"search", "menu"} {
					if !strings.Contains(joined, want) {
						t.Errorf("%s at %d px: no %s control in the header: %q", pt.Path, w, want, h.Controls)
					}
				}
			}
		})
	}
}

// menuLinks lists the main-menu links a reader can see.
const menuLinks = `Array.from(document.querySelectorAll(".site-header nav a[href]"))
	.filter(a => a.checkVisibility({visibilityProperty: true}) && a.getClientRects().length > 0)
	.map(a => a.getAttribute("href"))`

// TestMenuWithoutJavaScript opens the phone menu with JavaScript off: the
// menu button must reveal every link of the main menu.
func TestMenuWithoutJavaScript(t *testing.T) {
	needSite(t)
	ctx := newTab(t)
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
	emulate(t, ctx, screens[0], "light")
	open(t, ctx, "/")
	before, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](menuLinks))
	if err != nil {
		t.Fatal(err)
	}
	if len(before) != 0 {
		t.Errorf("/ at %d px: the menu shows %v before it is opened", screens[0].width, before)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(".site-header summary"))); err != nil {
		t.Fatalf("/ at %d px: cannot press the menu button: %v", screens[0].width, err)
	}
	after, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](menuLinks))
	if err != nil {
		t.Fatal(err)
	}
	want := menuHrefs(t, "/")
	if len(after) == 0 || len(after) != len(want) {
		t.Errorf("/ without JavaScript: the open menu shows %v, want the %d main-menu links %v", after, len(want), want)
	}
}

// menuHrefs returns the hrefs of the links in the <nav> elements of the
// page header in the built HTML, without repeats.
func menuHrefs(t *testing.T, urlPath string) []string {
	t.Helper()
	seen := map[string]bool{}
	var out []string
	walk(parsePage(t, urlPath), func(h *html.Node) {
		if h.Data != "header" {
			return
		}
		walk(h, func(n *html.Node) {
			if n.Data != "nav" {
				return
			}
			walk(n, func(a *html.Node) {
				if href, ok := attr(a, "href"); a.Data == "a" && ok && !seen[href] {
					seen[href] = true
					out = append(out, href)
				}
			})
		})
	})
	return out
}

// tagControls marks every control a reader can see and reach with Tab with
// data-kb=<n>, and returns their descriptions. Controls inside a closed
// <details> have no box, so they are not counted until it opens.
const tagControls = `(() => {
	const sel = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
	// checkVisibility is false inside a closed <details> (content-visibility: hidden).
	const shown = el => el.checkVisibility({visibilityProperty: true}) && el.getClientRects().length > 0;
	// Tab stops once in a group of radio buttons (arrow keys move within it):
	// the group counts as one control, tagged on every button.
	const groups = new Map();
	const els = Array.from(document.querySelectorAll(sel)).filter(el => !el.disabled && shown(el) && el.tabIndex >= 0).filter(el => {
		if (el.type !== "radio" || !el.name) return true;
		const key = (el.form ? "form" : "doc") + ":" + el.name;
		if (groups.has(key)) { groups.get(key).push(el); return false; }
		groups.set(key, [el]);
		return true;
	});
	els.forEach((el, i) => {
		const group = el.type === "radio" && el.name ? groups.get((el.form ? "form" : "doc") + ":" + el.name) : [el];
		group.forEach(g => g.setAttribute("data-kb", String(i)));
	});
	return els.map(el => el.tagName.toLowerCase() + " " + JSON.stringify((el.textContent.trim() || el.getAttribute("aria-label") || el.getAttribute("href") || "").replace(/\s+/g, " ").slice(0, 40)));
})()`

// focusedControl says which tagged control has focus, and whether it shows
// a focus indicator and is on screen.
const focusedControl = `(() => {
	const el = document.activeElement;
	if (!el || el === document.body) return {kb: -1, indicator: false, onScreen: false};
	const s = getComputedStyle(el);
	const r = el.getBoundingClientRect();
	return {
		kb: el.hasAttribute("data-kb") ? Number(el.getAttribute("data-kb")) : -2,
		indicator: (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== "none",
		onScreen: r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth
	};
})()`

// focused is the decoded focusedControl.
type focused struct {
	KB        int  `json:"kb"`
	Indicator bool `json:"indicator"`
	OnScreen  bool `json:"onScreen"`
}

// TestKeyboardReachesEveryControl presses Tab through one page of every type,
// on a phone and a desktop screen: every control a reader can see must get
// focus, on screen and with a visible focus indicator (WCAG 2.1.1, 2.4.7,
// 2.4.11). On the phone, Enter on the menu button opens the menu and Tab
// moves into it.
func TestKeyboardReachesEveryControl(t *testing.T) {
	needSite(t)
	browser(t)
	for _, pt := range pageTypes(t) {
		for _, s := range screens {
			t.Run(pt.Path+"/"+s.name, func(t *testing.T) {
				ctx := openAs(t, pt.Path, s, "light")
				if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.readyState === "complete"`)); err != nil {
					t.Fatal(err)
				}
				// Let scripts (search, theme) show their controls first.
				if err := chromedp.Do(ctx, chromedp.Sleep(300*time.Millisecond)); err != nil {
					t.Fatal(err)
				}
				for _, f := range keyboardFaults(t, ctx, pt.Path+" ("+s.name+")") {
					t.Error(f)
				}
				if s.mobile {
					if f := menuByKeyboard(t, ctx, pt.Path); f != "" {
						t.Error(f)
					}
				}
			})
		}
	}
}

// keyboardFaults tabs through the page open in ctx and lists the controls
// never reached and the stops without a visible focus indicator.
func keyboardFaults(t *testing.T, ctx context.Context, where string) []string {
	t.Helper()
	controls, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](tagControls))
	if err != nil {
		t.Fatal(err)
	}
	if len(controls) == 0 {
		return []string{where + ": no controls found"}
	}
	reached := map[int]bool{}
	var faults []string
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.activeElement && document.activeElement.blur(), window.scrollTo(0, 0), true`)); err != nil {
		t.Fatal(err)
	}
	for range len(controls) + 5 {
		if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Tab)); err != nil {
			t.Fatal(err)
		}
		f, err := chromedp.Run(ctx, chromedp.Evaluate[focused](focusedControl))
		if err != nil {
			t.Fatal(err)
		}
		if f.KB < 0 {
			continue
		}
		if !reached[f.KB] {
			if !f.Indicator {
				faults = append(faults, fmt.Sprintf("%s: %s has focus but shows no focus indicator (an outline of 2px or more, or a box shadow)", where, controls[f.KB]))
			}
			if !f.OnScreen {
				faults = append(faults, fmt.Sprintf("%s: %s has focus but is off screen", where, controls[f.KB]))
			}
		}
		reached[f.KB] = true
	}
	var missed []string
	for i, c := range controls {
		if !reached[i] {
			missed = append(missed, c)
		}
	}
	if len(missed) > 0 {
		faults = append(faults, fmt.Sprintf("%s: Tab never reaches %d of %d controls: %s", where, len(missed), len(controls), strings.Join(missed, ", ")))
	}
	return faults
}

// menuByKeyboard focuses the menu button, presses Enter and then Tab: focus
// must land on a visible link of the main menu.
func menuByKeyboard(t *testing.T, ctx context.Context, urlPath string) string {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(document.querySelector(".site-header summary").focus(), true)`)); err != nil {
		return fmt.Sprintf("%s: no menu button: %v", urlPath, err)
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Enter), chromedp.KeyEvent(kb.Tab)); err != nil {
		t.Fatal(err)
	}
	ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => {
		const el = document.activeElement;
		return !!el && !!el.closest(".site-header nav") && el.checkVisibility({visibilityProperty: true});
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	if !ok {
		return fmt.Sprintf("%s (phone): Enter on the menu button and then Tab does not move focus to a visible menu link", urlPath)
	}
	return ""
}

// themeState reports the theme the page paints.
const themeState = `(() => {
	const lum = c => { const m = c.match(/\d+(\.\d+)?/g).map(Number); return (0.2126*m[0] + 0.7152*m[1] + 0.0722*m[2]) / 255; };
	const b = document.querySelector("[data-theme-toggle]");
	return {
		attr: document.documentElement.getAttribute("data-theme") || "",
		dark: lum(getComputedStyle(document.body).backgroundColor) < 0.5,
		pressed: b ? b.getAttribute("aria-pressed") : "",
		shown: !!b && b.checkVisibility({visibilityProperty: true})
	};
})()`

// themeInfo is the decoded themeState.
type themeInfo struct {
	Attr    string `json:"attr"`
	Dark    bool   `json:"dark"`
	Pressed string `json:"pressed"`
	Shown   bool   `json:"shown"`
}

// TestThemeSwitch checks the dark theme: it follows the system, the switch
// overrides it and the choice survives a reload; cheat sheets stay black on
// white in the dark theme and everything prints black on white.
func TestThemeSwitch(t *testing.T) {
	needSite(t)
	p := "/essays/" + essaySlugs(t)[0] + "/"
	ctx := openAs(t, p, screens[1], "dark")
	// The browser is shared: leave no stored choice behind for other tests.
	t.Cleanup(func() {
		chromedp.Run(ctx, chromedp.Evaluate[bool](`(localStorage.removeItem("leadup-theme"), true)`))
	})
	state := func(when string) themeInfo {
		t.Helper()
		st, err := chromedp.Run(ctx, chromedp.Poll[themeInfo](themeState+`, (s => s.shown ? s : false)(`+themeState+`)`, chromedp.WithPollingTimeout(5*time.Second)))
		if err != nil {
			t.Fatalf("%s %s: the theme switch never shows: %v", p, when, err)
		}
		return st
	}
	if st := state("with a dark system"); !st.Dark || st.Pressed != "true" {
		t.Errorf("%s: with a dark system setting the page is not dark or the switch is not pressed: %+v", p, st)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("[data-theme-toggle]"))); err != nil {
		t.Fatal(err)
	}
	if st := state("after switching"); st.Dark || st.Pressed != "false" || st.Attr != "light" {
		t.Errorf("%s: after pressing the switch the page should be light: %+v", p, st)
	}
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	if st := state("after a reload"); st.Dark || st.Attr != "light" {
		t.Errorf("%s: the light choice is not remembered after a reload: %+v", p, st)
	}
	// Back to dark, then check a cheat sheet and print.
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("[data-theme-toggle]"))); err != nil {
		t.Fatal(err)
	}
	open(t, ctx, "/cheatsheets/"+essaySlugs(t)[0]+"/")
	sheet, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`(() => { const s = getComputedStyle(document.querySelector(".sheet")); return [s.color, s.backgroundColor, document.documentElement.getAttribute("data-theme") || ""]; })()`))
	if err != nil {
		t.Fatal(err)
	}
	if sheet[0] != "rgb(0, 0, 0)" || sheet[1] != "rgb(255, 255, 255)" || sheet[2] != "dark" {
		t.Errorf("a cheat sheet in the dark theme must stay black on white: color %s, background %s, theme %q", sheet[0], sheet[1], sheet[2])
	}
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		t.Fatal(err)
	}
	body, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`(() => { const s = getComputedStyle(document.body); return [s.color, s.backgroundColor]; })()`))
	if err != nil {
		t.Fatal(err)
	}
	if body[0] != "rgb(0, 0, 0)" || body[1] != "rgb(255, 255, 255)" {
		t.Errorf("printing with the dark theme chosen must give black on white: color %s, background %s", body[0], body[1])
	}
}

// resourceState lists what the page has loaded: each resource's URL and
// bytes transferred, the document first.
const resourceState = `(() => {
	const nav = performance.getEntriesByType("navigation")[0];
	const out = [{url: location.href, size: nav ? nav.transferSize : 0}];
	for (const r of performance.getEntriesByType("resource")) out.push({url: r.name, size: r.transferSize});
	return out;
})()`

// resource is one entry of resourceState.
type resource struct {
	URL  string `json:"url"`
	Size int    `json:"size"`
}

// maxPageTransfer is the weight budget of one page: HTML, CSS, JavaScript,
// images and fonts, transferred uncompressed by the test server.
const maxPageTransfer = 60 * 1024

// searchIndex reports whether a URL path is part of the Pagefind index (the
// entry file, the index, filter and fragment chunks and the metadata), which
// the weight budget leaves out. Pagefind's script and WebAssembly count.
func searchIndex(p string) bool {
	return strings.HasPrefix(p, "/pagefind/") && (strings.HasSuffix(p, ".json") || strings.Contains(p, "/index/") ||
		strings.Contains(p, "/fragment/") || strings.Contains(p, "/filter/") || strings.HasSuffix(p, ".pf_meta"))
}

// TestPageWeight loads one page of every type on a phone screen (the site
// loads the same files on every screen: no responsive images), with the
// browser cache off and served gzip-compressed as static hosts serve it, and
// adds up what it transfers: at most 60 KB (the search index excluded), and
// nothing from any other host.
func TestPageWeight(t *testing.T) {
	needSite(t)
	browser(t)
	gz := httptest.NewServer(gzipFiles(http.FileServer(http.Dir(siteDir))))
	defer gz.Close()
	host, _ := url.Parse(gz.URL)
	for _, pt := range pageTypes(t) {
		for _, s := range screens[:1] {
			t.Run(pt.Path, func(t *testing.T) {
				ctx := newTab(t)
				emulate(t, ctx, s, "light")
				if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
					t.Fatal(err)
				}
				if _, err := chromedp.Call(ctx, network.SetCacheDisabled, network.SetCacheDisabledParams{CacheDisabled: true}); err != nil {
					t.Fatal(err)
				}
				if err := chromedp.Do(ctx, chromedp.Navigate(gz.URL+pt.Path)); err != nil {
					t.Fatalf("%s: cannot open: %v", pt.Path, err)
				}
				res := settledResources(t, ctx)
				total := 0
				var parts, other []string
				for _, r := range res {
					u, err := url.Parse(r.URL)
					if err != nil {
						t.Fatalf("%s: bad resource URL %q", pt.Path, r.URL)
					}
					if u.Host != host.Host {
						other = append(other, r.URL)
						continue
					}
					if searchIndex(u.Path) {
						continue
					}
					total += r.Size
					parts = append(parts, fmt.Sprintf("%s %d B", u.Path, r.Size))
				}
				t.Logf("%s (%s): %d bytes: %s", pt.Path, s.name, total, strings.Join(parts, ", "))
				if total > maxPageTransfer {
					t.Errorf("%s (%s) transfers %d bytes, over the budget of %d: %s", pt.Path, s.name, total, maxPageTransfer, strings.Join(parts, ", "))
				}
				if len(other) > 0 {
					t.Errorf("%s (%s) requests other hosts: %s", pt.Path, s.name, strings.Join(other, ", "))
				}
			})
		}
	}
}

// gzipFiles compresses text responses for clients that accept gzip, as
// static hosts do.
func gzipFiles(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			h.ServeHTTP(w, r)
			return
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		body := rec.Body.Bytes()
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		ct := rec.Header().Get("Content-Type")
		if rec.Code == http.StatusOK && (strings.HasPrefix(ct, "text/") || strings.Contains(ct, "javascript") || strings.Contains(ct, "json") || strings.Contains(ct, "xml") || strings.Contains(ct, "svg")) {
			var buf bytes.Buffer
			zw := gzip.NewWriter(&buf)
			zw.Write(body)
			zw.Close()
			body = buf.Bytes()
			w.Header().Set("Content-Encoding", "gzip")
			w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		}
		w.WriteHeader(rec.Code)
		w.Write(body)
	})
}

// settledResources waits until the page has loaded no new resource for
// half a second, then returns what it loaded.
func settledResources(t *testing.T, ctx context.Context) []resource {
	t.Helper()
	var last []resource
	stable := 0
	for range 40 {
		res, err := chromedp.Run(ctx, chromedp.Evaluate[[]resource](resourceState))
		if err != nil {
			t.Fatal(err)
		}
		if len(res) == len(last) && document(res) {
			stable++
			if stable == 3 {
				return res
			}
		} else {
			stable = 0
		}
		last = res
		if err := chromedp.Do(ctx, chromedp.Sleep(100*time.Millisecond)); err != nil {
			t.Fatal(err)
		}
	}
	return last
}

// document reports whether the document's own entry has a size yet.
func document(res []resource) bool {
	return len(res) > 0 && res[0].Size > 0
}
