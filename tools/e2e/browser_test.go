package e2e

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"golang.org/x/net/html"
)

// chromiumPath is Debian's chromium, which CI installs with apt.
const chromiumPath = "/usr/bin/chromium"

// installHint is what to run when a browser-test tool is missing.
const installHint = "sudo apt-get install chromium poppler-utils"

var (
	browserOnce   sync.Once
	browserCtx    context.Context // the first tab; new tabs derive from it
	browserCancel context.CancelFunc
	browserErr    error
)

// needTool skips the test when a program is missing, or fails it under CI,
// where the browser tests must run.
func needTool(t *testing.T, path string) {
	t.Helper()
	if _, err := exec.LookPath(path); err == nil {
		return
	}
	msg := fmt.Sprintf("%s is not installed; run: %s", path, installHint)
	if os.Getenv("CI") != "" {
		t.Fatal(msg)
	}
	t.Skip(msg)
}

// browser returns the shared browser, starting it on first use: one
// headless chromium for the whole run, with a fresh profile.
func browser(t *testing.T) context.Context {
	t.Helper()
	needTool(t, chromiumPath)
	browserOnce.Do(func() {
		dir, err := os.MkdirTemp("", "leadup-e2e-chromium-")
		if err != nil {
			browserErr = err
			return
		}
		alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
			chromedp.ExecPath(chromiumPath),
			chromedp.Headless,
			chromedp.NoSandbox,
			chromedp.DisableGPU,
			chromedp.NoFirstRun,
			chromedp.Flag("disable-quic", true),
			chromedp.Flag("disable-background-networking", true),
			chromedp.Flag("disable-component-update", true),
			chromedp.Flag("disable-sync", true),
			chromedp.UserDataDir(dir),
		)
		ctx, cancelCtx := chromedp.NewContext(alloc)
		browserCtx = ctx
		browserCancel = func() {
			cancelCtx()
			cancelAlloc()
			os.RemoveAll(dir)
		}
		if err := chromedp.Do(ctx); err != nil {
			browserErr = fmt.Errorf("cannot start %s: %w", chromiumPath, err)
		}
	})
	if browserErr != nil {
		t.Fatal(browserErr)
	}
	return browserCtx
}

// closeBrowser stops the shared browser, if it was started.
func closeBrowser() {
	if browserCancel != nil {
		browserCancel()
	}
}

// newTab opens a tab in the shared browser, closed when the test ends.
func newTab(t *testing.T) context.Context {
	t.Helper()
	tab, cancelTab := chromedp.NewContext(browser(t))
	ctx, cancel := context.WithTimeout(tab, 2*time.Minute)
	t.Cleanup(func() {
		cancel()
		cancelTab()
	})
	return ctx
}

// open navigates a tab to a URL path of the served site.
func open(t *testing.T, ctx context.Context, urlPath string) {
	t.Helper()
	needSite(t)
	if !exists(urlPath) {
		t.Fatalf("%s: not built (no %s)", urlPath, file(urlPath))
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(server.URL+urlPath)); err != nil {
		t.Fatalf("%s: cannot open: %v", urlPath, err)
	}
}

// paper is a paper size the cheat sheets must fit.
type paper struct {
	name string
	size chromedp.PaperSize
}

var papers = []paper{{"A4", chromedp.PaperA4}, {"Letter", chromedp.PaperLetter}}

// TestCheatSheetsPrintOnOnePage prints every cheat sheet on A4 and Letter
// paper with the browser's default margins, and checks that each prints on
// exactly one page and that every label of the sheet made it onto paper.
func TestCheatSheetsPrintOnOnePage(t *testing.T) {
	needSite(t)
	browser(t)
	needTool(t, "pdfinfo")
	needTool(t, "pdftotext")
	dir := t.TempDir()
	for _, sheet := range cheatSheetPaths(t) {
		name := strings.TrimSuffix(strings.TrimPrefix(sheet, "/cheatsheets/"), "/")
		t.Run(name, func(t *testing.T) {
			ctx := newTab(t)
			open(t, ctx, sheet)
			for _, f := range printFaults(t, ctx, sheet, filepath.Join(dir, name)) {
				t.Error(f)
			}
		})
	}
}

// printFaults prints the page open in ctx on every paper size and returns
// what is wrong: no labels, more than one page, labels missing from the
// printed text. The PDFs are written to base-<paper>.pdf.
func printFaults(t *testing.T, ctx context.Context, urlPath, base string) []string {
	t.Helper()
	var faults []string
	labels, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](
		`Array.from(document.querySelectorAll(".cs-label"), e => e.textContent)`))
	if err != nil {
		return []string{fmt.Sprintf("%s: reading the .cs-label elements: %v", urlPath, err)}
	}
	if len(labels) == 0 {
		faults = append(faults, fmt.Sprintf("%s: no element with class cs-label: the sheet shows no labels, or the theme does not mark them as the contract says", urlPath))
	}
	for _, p := range papers {
		pdf, err := chromedp.Run(ctx, chromedp.PrintToPDF(
			chromedp.PDFPaper(p.size),
			chromedp.PDFMargin(0.4),
			func(params *page.PrintToPDFParams) { params.PreferCSSPageSize = new(false) },
		))
		if err != nil {
			faults = append(faults, fmt.Sprintf("%s on %s: printing failed: %v", urlPath, p.name, err))
			continue
		}
		out := base + "-" + p.name + ".pdf"
		if err := os.WriteFile(out, pdf, 0o644); err != nil {
			t.Fatal(err)
		}
		n, err := pdfPages(out)
		if err != nil {
			faults = append(faults, fmt.Sprintf("%s on %s: %v", urlPath, p.name, err))
			continue
		}
		if n != 1 {
			faults = append(faults, fmt.Sprintf("%s prints on %d pages of %s paper (%.2fx%.2fin, margins 0.4in), want exactly 1: trim the sheet or tighten the print stylesheet", urlPath, n, p.name, p.size.Width, p.size.Height))
		}
		text, err := pdfText(out)
		if err != nil {
			faults = append(faults, fmt.Sprintf("%s on %s: %v", urlPath, p.name, err))
			continue
		}
		var cut []string
		for _, l := range labels {
			if k := textKey(l); k != "" && !strings.Contains(text, k) {
				cut = append(cut, strconv.Quote(squash(l)))
			}
		}
		if len(cut) > 0 {
			faults = append(faults, fmt.Sprintf("%s on %s paper (%d page(s)): %d of %d labels are missing from the printed text, so they were cut or hidden in print: %s",
				urlPath, p.name, n, len(cut), len(labels), strings.Join(cut, ", ")))
		}
		t.Logf("%s on %s: %d page(s), %d labels", urlPath, p.name, n, len(labels))
	}
	return faults
}

// pdfPages counts the pages of a PDF with pdfinfo.
func pdfPages(file string) (int, error) {
	out, err := exec.Command("pdfinfo", file).CombinedOutput()
	if err != nil {
		return 0, fmt.Errorf("pdfinfo %s: %v: %s", file, err, out)
	}
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindSubmatch(out)
	if m == nil {
		return 0, fmt.Errorf("pdfinfo %s printed no page count:\n%s", file, out)
	}
	return strconv.Atoi(string(m[1]))
}

// pdfText extracts a PDF's text with pdftotext, in reading order and in
// content order, reduced by textKey.
func pdfText(file string) (string, error) {
	var all strings.Builder
	for _, mode := range [][]string{nil, {"-raw"}} {
		args := append(append([]string{"-enc", "UTF-8"}, mode...), file, "-")
		out, err := exec.Command("pdftotext", args...).Output()
		if err != nil {
			return "", fmt.Errorf("pdftotext %s: %v", strings.Join(args, " "), err)
		}
		all.WriteString(textKey(string(out)) + "|")
	}
	return all.String(), nil
}

// ligatures are the ligature characters a PDF may hold for letter pairs.
var ligatures = strings.NewReplacer("ﬀ", "ff", "ﬁ", "fi", "ﬂ", "fl", "ﬃ", "ffi", "ﬄ", "ffl", "ﬅ", "st", "ﬆ", "st")

// textKey reduces text to its lower-case letters and digits, so that line
// breaks, hyphenation, quotes and dashes do not matter when comparing the
// labels of the page with the text of the PDF.
func textKey(s string) string {
	s = ligatures.Replace(s)
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// essayLinks is a script that lists the links to essay pages among the
// search results, or returns false while there are none.
const essayLinks = `(() => {
	const links = Array.from(document.querySelectorAll(
		"[data-search-results] a[href], .search-results a[href], .pagefind-ui__results a[href]"));
	const essays = links.map(a => new URL(a.getAttribute("href"), location.href).pathname)
		.filter(p => /^\/essays\/[^/]+\/$/.test(p));
	return essays.length > 0 ? essays : false;
})()`

// searchState describes the search page, for failure messages.
const searchState = `(() => {
	const q = s => document.querySelector(s);
	const res = q("[data-search-results], .search-results, .pagefind-ui__results");
	const st = q("[data-search-status], [role=status]");
	return "status: " + JSON.stringify(st ? st.textContent.trim() : null) +
		"; results: " + JSON.stringify(res ? res.textContent.trim().slice(0, 300) : null);
})()`

// searchWord returns a word that occurs in the essays: "pressures" when it
// does, as the brief suggests, otherwise "manager".
func searchWord(t *testing.T) string {
	for _, w := range []string{"pressures", "manager", "boss"} {
		files, _ := filepath.Glob(filepath.Join(repoRoot, "sources", "*.txt"))
		for _, f := range files {
			src, _ := os.ReadFile(f)
			if strings.Contains(strings.ToLower(string(src)), w) {
				return w
			}
		}
	}
	t.Fatal("no usable search word in sources/*.txt")
	return ""
}

// TestSearchFromURL opens /search/?q=WORD and expects results that link to
// essay pages.
func TestSearchFromURL(t *testing.T) {
	needSite(t)
	ctx := newTab(t)
	word := searchWord(t)
	page := "/search/?q=" + url.QueryEscape(word)
	if !exists("/search/") {
		t.Fatal("/search/: not built")
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(server.URL+page)); err != nil {
		t.Fatalf("%s: %v", page, err)
	}
	got, err := chromedp.Run(ctx, chromedp.Poll[[]string](essayLinks, chromedp.WithPollingInterval(100*time.Millisecond), chromedp.WithPollingTimeout(20*time.Second)))
	if err != nil {
		state, _ := chromedp.Run(ctx, chromedp.Evaluate[string](searchState))
		t.Fatalf("%s: no result links to an essay page within 20s (%v); %s", page, err, state)
	}
	t.Logf("%s: results link to %v", page, got)
}

// TestSearchAsYouType types a word into the search box of /search/ and
// expects results that link to essay pages.
func TestSearchAsYouType(t *testing.T) {
	needSite(t)
	ctx := newTab(t)
	open(t, ctx, "/search/")
	word := searchWord(t)
	input := chromedp.CSS(`main input[type="search"], main input[name="q"]`)
	if err := chromedp.Do(ctx, chromedp.WaitVisible(input), chromedp.Click(input), chromedp.SendKeys(input, word)); err != nil {
		t.Fatalf("/search/: cannot type into the search box: %v", err)
	}
	got, err := chromedp.Run(ctx, chromedp.Poll[[]string](essayLinks, chromedp.WithPollingInterval(100*time.Millisecond), chromedp.WithPollingTimeout(20*time.Second)))
	if err != nil {
		state, _ := chromedp.Run(ctx, chromedp.Evaluate[string](searchState))
		t.Fatalf("/search/: typed %q, but no result links to an essay page within 20s (%v); %s", word, err, state)
	}
	t.Logf("/search/: typing %q gives results linking to %v", word, got)
}

// violation is one axe-core rule violation.
type violation struct {
	ID      string   `json:"id"`
	Impact  string   `json:"impact"`
	Help    string   `json:"help"`
	Targets []string `json:"targets"`
}

// axeRun runs axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules and
// axe's best practices.
const axeRun = `axe.run(document, {
	runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]},
	resultTypes: ["violations"]
}).then(r => r.violations.map(v => ({
	id: v.id, impact: v.impact || "", help: v.help,
	targets: v.nodes.map(n => n.target.join(" "))
})))`

// readAxe reads axe-core from node_modules, or skips (fails under CI).
func readAxe(t *testing.T) string {
	t.Helper()
	axe, err := os.ReadFile(filepath.Join(repoRoot, "node_modules", "axe-core", "axe.min.js"))
	if err != nil {
		msg := fmt.Sprintf("axe-core is not installed (%v): run npm ci", err)
		if os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return string(axe)
}

// axeFaults runs axe-core on the page open in ctx and returns one line per
// violation: rule id, impact, help and the first few targets.
func axeFaults(ctx context.Context, urlPath, axe string) ([]string, error) {
	loaded, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`typeof axe === "object"`))
	if err != nil {
		return nil, fmt.Errorf("%s: %v", urlPath, err)
	}
	if !loaded {
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](axe)); err != nil {
			return nil, fmt.Errorf("%s: injecting axe-core: %v", urlPath, err)
		}
	}
	vs, err := chromedp.Run(ctx, chromedp.Evaluate[[]violation](axeRun, chromedp.EvalAwaitPromise))
	if err != nil {
		return nil, fmt.Errorf("%s: running axe-core: %v", urlPath, err)
	}
	var lines []string
	for _, v := range vs {
		targets := v.Targets
		if len(targets) > 5 {
			targets = append(targets[:5:5], fmt.Sprintf("and %d more", len(v.Targets)-5))
		}
		lines = append(lines, fmt.Sprintf("%s (%s): %s: %s", v.ID, v.Impact, v.Help, strings.Join(targets, "; ")))
	}
	return lines, nil
}

// TestAccessibility runs axe-core on one page of every type (see pageTypes),
// in the light and the dark theme, on a phone and a desktop screen. Each page
// loads once; the screen size and the colour scheme are then switched in
// place, which restyles the page as a fresh load would.
func TestAccessibility(t *testing.T) {
	needSite(t)
	browser(t)
	axe := readAxe(t)
	for _, pt := range pageTypes(t) {
		t.Run(pt.Path, func(t *testing.T) {
			ctx := newTab(t)
			open(t, ctx, pt.Path)
			for _, vp := range screens {
				for _, theme := range colourSchemes {
					emulate(t, ctx, vp, theme)
					lines, err := axeFaults(ctx, pt.Path, axe)
					if err != nil {
						t.Fatal(err)
					}
					failAll(t, fmt.Sprintf("%s (%s, %s theme): WCAG 2.2 A/AA and best-practice violations found by axe-core", pt.Path, vp.name, theme), lines)
				}
			}
		})
	}
}

// TestReadableWithoutJavaScript opens an essay with JavaScript disabled and
// checks that its body text is there and rendered.
func TestReadableWithoutJavaScript(t *testing.T) {
	needSite(t)
	ctx := newTab(t)
	slug := essaySlugs(t)[0]
	p := "/essays/" + slug + "/"
	// The longest paragraph of the built page is body text.
	want := ""
	walk(parsePage(t, p), func(n *html.Node) {
		if s := text(n); n.Data == "p" && len(s) > len(want) {
			want = s
		}
	})
	if len(want) < 40 {
		t.Fatalf("%s: no paragraph of body text in the built page", p)
	}
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
	open(t, ctx, p)
	nodes, err := chromedp.Run(ctx, chromedp.Nodes(chromedp.CSSAll("p")))
	if err != nil {
		t.Fatalf("%s without JavaScript: no paragraphs: %v", p, err)
	}
	// Find the paragraph in the live page and check that it is rendered.
	for _, n := range nodes {
		outer, err := chromedp.Run(ctx, chromedp.OuterHTML(chromedp.NodeIDs{n.NodeID}))
		if err != nil || htmlText(t, outer) != want {
			continue
		}
		box, err := chromedp.Run(ctx, chromedp.Dimensions(chromedp.NodeIDs{n.NodeID}))
		if err != nil || box == nil || box.Width == 0 || box.Height == 0 {
			t.Fatalf("%s without JavaScript: the paragraph %.60q... is not rendered (no box: %v)", p, want, err)
		}
		style, err := chromedp.Run(ctx, chromedp.ComputedStyle(chromedp.NodeIDs{n.NodeID}))
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range style {
			if (s.Name == "visibility" && s.Value == "hidden") || (s.Name == "opacity" && s.Value == "0") {
				t.Fatalf("%s without JavaScript: the paragraph %.60q... is invisible (%s: %s)", p, want, s.Name, s.Value)
			}
		}
		return
	}
	t.Errorf("%s without JavaScript: the body text %.60q... is not on the page", p, want)
}
