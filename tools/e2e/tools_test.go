package e2e

import (
	"context"
	"fmt"
	"maps"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/BurntSushi/toml"
	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"golang.org/x/net/html"
)

// watchNetwork records the requests of the tab from now on; the function it
// returns lists those that went anywhere but 127.0.0.1.
func watchNetwork(t *testing.T, ctx context.Context) func() []string {
	t.Helper()
	var mu sync.Mutex
	var away []string
	err := chromedp.Listen(ctx, func(ev any) {
		var u string
		switch e := ev.(type) {
		case *network.EventRequestWillBeSent:
			u = e.Request.URL
		case network.EventRequestWillBeSent:
			u = e.Request.URL
		default:
			return
		}
		p, err := url.Parse(u)
		if err == nil && (p.Scheme == "data" || p.Scheme == "blob" || p.Hostname() == "127.0.0.1") {
			return
		}
		mu.Lock()
		away = append(away, u)
		mu.Unlock()
	})
	if err != nil {
		t.Fatal(err)
	}
	return func() []string {
		mu.Lock()
		defer mu.Unlock()
		return slices.Clone(away)
	}
}

// printPages prints the open page on paper p with the browser's default
// margins and returns the number of pages and the text of each page, in
// content order.
func printPages(t *testing.T, ctx context.Context, p paper, out string) (int, []string) {
	t.Helper()
	pdf, err := chromedp.Run(ctx, chromedp.PrintToPDF(
		chromedp.PDFPaper(p.size),
		chromedp.PDFMargin(0.4),
		func(params *page.PrintToPDFParams) { params.PreferCSSPageSize = new(false) },
	))
	if err != nil {
		t.Fatalf("printing on %s: %v", p.name, err)
	}
	if err := os.WriteFile(out, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	return pdfPageTexts(t, out)
}

// printOnePage prints the open page on paper pp into file and returns its
// text (textKey), failing the test when what was printed (named by what)
// takes more than one page.
func printOnePage(t *testing.T, ctx context.Context, pp paper, file, what string) string {
	t.Helper()
	n, pages := printPages(t, ctx, pp, file)
	if n != 1 {
		t.Errorf("%s prints on %d pages of %s, want 1", what, n, pp.name)
	}
	return textKey(strings.Join(pages, " "))
}

// headingTops returns, in points from the top of the first page, where the
// numbered part headings "1." … "n." of a printed brief start (pdftotext
// -bbox), failing the test when one is missing.
func headingTops(t *testing.T, file string, n int) []float64 {
	t.Helper()
	out, err := exec.Command("pdftotext", "-bbox", "-f", "1", "-l", "1", file, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext -bbox %s: %v", file, err)
	}
	word := regexp.MustCompile(`<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>([^<]*)</word>`)
	tops := map[string]float64{}
	for _, m := range word.FindAllStringSubmatch(string(out), -1) {
		if _, seen := tops[m[2]]; !seen {
			y, _ := strconv.ParseFloat(m[1], 64)
			tops[m[2]] = y
		}
	}
	var ys []float64
	for i := 1; i <= n; i++ {
		y, ok := tops[strconv.Itoa(i)+"."]
		if !ok {
			t.Fatalf("%s: no heading %d. on the first page", file, i)
		}
		ys = append(ys, y)
	}
	return ys
}

// pdfPageTexts returns a PDF's page count (pdfinfo) and the text of each
// page (pdftotext in content order; pages end in form feeds).
func pdfPageTexts(t *testing.T, file string) (int, []string) {
	t.Helper()
	n, err := pdfPages(file)
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", "-raw", file, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", file, err)
	}
	pages := strings.Split(string(out), "\f")
	if len(pages) > 0 && strings.TrimSpace(pages[len(pages)-1]) == "" {
		pages = pages[:len(pages)-1]
	}
	return n, pages
}

// plannerField is one quality of the request planner, from the front matter
// of content/tools/request.md.
type plannerField struct {
	Name, Label, Term, Prompt, Good, Weak string
	Max                                   int
}

func plannerFields(t *testing.T) []plannerField {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(builtRoot, "content", "tools", "request.md"))
	if err != nil {
		t.Fatal(err)
	}
	parts := strings.SplitN(string(src), "+++\n", 3)
	if len(parts) != 3 {
		t.Fatal("content/tools/request.md: no TOML front matter")
	}
	var fm struct {
		Params struct{ Fields []plannerField }
	}
	if _, err := toml.Decode(parts[1], &fm); err != nil {
		t.Fatalf("content/tools/request.md: %v", err)
	}
	if len(fm.Params.Fields) == 0 {
		t.Fatal("content/tools/request.md: no [[params.fields]]")
	}
	return fm.Params.Fields
}

// typeInto replaces the value of the form field name and fires an input
// event, as typing does.
func typeInto(ctx context.Context, name, value string) error {
	_, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`(() => {
		const el = document.querySelector(%q);
		el.value = %q;
		el.dispatchEvent(new Event("input", {bubbles: true}));
	})()`, `[name="`+name+`"]`, value)))
	return err
}

func evalString(t *testing.T, ctx context.Context, js string) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.Evaluate[string](js))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return s
}

func evalStrings(t *testing.T, ctx context.Context, js string) []string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](js))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return s
}

const storedKeys = `Object.keys(localStorage)`

// TestRequestPlanner fills the planner as a reader would: the brief in the
// preview shows every field, the gentle checks come and go, the brief prints
// alone on one page of A4 and of Letter, the copies hold the brief, and a
// draft is stored only when asked and gone after Forget.
func TestRequestPlanner(t *testing.T) {
	needSite(t)
	browser(t)
	needTool(t, "pdfinfo")
	needTool(t, "pdftotext")
	fields := plannerFields(t)
	ctx := newTab(t)
	away := watchNetwork(t, ctx)
	const p = "/tools/request/"
	open(t, ctx, p)
	// Headless chromium asks no one: grant the clipboard up front, as a reader
	// would when the browser asks.
	origin := server.URL
	for _, perm := range []string{"clipboard-read", "clipboard-write"} {
		if _, err := chromedp.Call(ctx, cdpbrowser.SetPermission, cdpbrowser.SetPermissionParams{
			Permission: &cdpbrowser.PermissionDescriptor{Name: perm, AllowWithoutSanitization: true},
			Setting:    cdpbrowser.PermissionSettingGranted, Origin: origin,
		}); err != nil {
			t.Fatalf("granting %s: %v", perm, err)
		}
	}

	// Every quality has its field, prompt, examples and term link.
	for _, f := range fields {
		got := evalString(t, ctx, fmt.Sprintf(`(() => {
			const box = document.querySelector(%q).closest(".planner-quality");
			const link = box && box.querySelector("a[href]");
			return box ? box.textContent + "|" + (link ? new URL(link.href).pathname : "") : "";
		})()`, `textarea[name="`+f.Name+`"]`))
		for _, want := range []string{f.Prompt, f.Good, f.Weak, "|/" + f.Term + "/"} {
			if !strings.Contains(squash(got), squash(want)) {
				t.Errorf("%s: the %q field lacks %q", p, f.Name, want)
			}
		}
	}

	// Printed before anything is typed, the brief is a worksheet: one page
	// with each quality's prompt and room to write by hand.
	blankDir := t.TempDir()
	for _, pp := range papers {
		text := printOnePage(t, ctx, pp, filepath.Join(blankDir, "blank-"+pp.name+".pdf"), p+": the blank brief")
		for _, f := range fields {
			if !strings.Contains(text, textKey(f.Prompt)) {
				t.Errorf("%s on %s: the blank brief lacks the %q prompt, so a reader printing it has nothing to answer", p, pp.name, f.Name)
			}
		}
		// Room to write: from one heading to the next there is at least an
		// inch of paper (a bare heading and prompt take a third of that).
		heads := headingTops(t, filepath.Join(blankDir, "blank-"+pp.name+".pdf"), len(fields))
		for i := 1; i < len(heads); i++ {
			if gap := heads[i] - heads[i-1]; gap < 72 {
				t.Errorf("%s on %s: %.0f pt between parts %d and %d of the blank brief, want at least 72 pt to write in", p, pp.name, gap, i, i+1)
			}
		}
	}

	// A first draft with three weak spots.
	draft := map[string]string{
		"to":      "Priya Raman",
		"subject": "Helpdesk cover through the spring peak",
		"context": "Our goal this quarter is faster replies to customers; this request supports it.",
		"facts":   "Lately many customer emails wait more than a day for a first reply.",
		"results": "Replies within four hours should lift our satisfaction score above 85 percent.",
		"need":    "I need your approval to move Sam to the helpdesk. He knows the product well. He has time. He wants to do it.",
		"timing":  "Soon, if you can manage it.",
	}
	names := []string{"to", "subject"}
	for _, f := range fields {
		names = append(names, f.Name)
	}
	for _, n := range names {
		if _, ok := draft[n]; !ok {
			t.Fatalf("the test has no text for the planner's field %q: add it", n)
		}
		if err := typeInto(ctx, n, draft[n]); err != nil {
			t.Fatal(err)
		}
	}
	brief := evalString(t, ctx, `document.querySelector("[data-request-preview] [data-brief]").innerText`)
	for _, n := range names {
		if !strings.Contains(textKey(brief), textKey(draft[n])) {
			t.Errorf("%s: the brief in the preview lacks the %q field's text %q:\n%s", p, n, draft[n], brief)
		}
	}
	notes := strings.Join(evalStrings(t, ctx, `Array.from(document.querySelectorAll("[data-request-checks] li"), li => li.textContent)`), "\n")
	for _, want := range []string{"Timing:", "Facts:", "Need: you wrote 4 sentences"} {
		if !strings.Contains(notes, want) {
			t.Errorf("%s: no check note %q for the weak draft; notes:\n%s", p, want, notes)
		}
	}

	// Fix the three: the notes give way.
	draft["facts"] = "In the last six weeks 38% of customer emails waited more than a day (helpdesk report)."
	draft["need"] = "I need your approval to move Sam from billing to the helpdesk for six weeks."
	draft["timing"] = "I need a decision by Friday 14 March, so Sam can start after the month-end close."
	for _, n := range []string{"facts", "need", "timing"} {
		if err := typeInto(ctx, n, draft[n]); err != nil {
			t.Fatal(err)
		}
	}
	notes = strings.Join(evalStrings(t, ctx, `Array.from(document.querySelectorAll("[data-request-checks] li"), li => li.textContent)`), "\n")
	if strings.Contains(notes, "Timing:") || strings.Contains(notes, "Facts:") || strings.Contains(notes, "Need:") {
		t.Errorf("%s: check notes remain after the draft was fixed:\n%s", p, notes)
	}
	if keys := evalStrings(t, ctx, storedKeys); len(keys) != 0 {
		t.Errorf("%s: the page stored %v before the reader asked", p, keys)
	}

	// Copy as text and as email (before printing: headless chromium no longer
	// completes a clipboard write once it has printed the tab).
	for _, kind := range []string{"text", "email"} {
		if err := chromedp.Do(ctx, chromedp.Click(`[data-request-copy="`+kind+`"]`)); err != nil {
			t.Fatal(err)
		}
		status, err := chromedp.Run(ctx, chromedp.Poll[string](`document.querySelector("[data-request-status]").textContent || false`,
			chromedp.WithPollingTimeout(5*time.Second)))
		if err != nil {
			t.Fatalf("%s: copy as %s: no status message: %v", p, kind, err)
		}
		got, err := chromedp.Run(ctx, chromedp.Evaluate[string](`navigator.clipboard.readText()`, chromedp.EvalAwaitPromise))
		if err != nil {
			t.Fatalf("%s: copy as %s (%q): cannot read the clipboard: %v", p, kind, status, err)
		}
		for _, n := range names[1:] {
			if !strings.Contains(got, draft[n]) {
				t.Errorf("%s: copy as %s lacks the %q field's text; copied:\n%s", p, kind, n, got)
			}
		}
		if kind == "email" && !strings.HasPrefix(got, "Subject: "+draft["subject"]+"\n") {
			t.Errorf("%s: copy as email does not start with the subject line; copied:\n%s", p, got)
		}
	}

	// Print: the brief alone, on one page, with every field's text.
	dir := t.TempDir()
	for _, pp := range papers {
		text := printOnePage(t, ctx, pp, filepath.Join(dir, "brief-"+pp.name+".pdf"), p+": the brief")
		for _, name := range names {
			if !strings.Contains(text, textKey(draft[name])) {
				t.Errorf("%s on %s: the printed brief lacks the %q field's text", p, pp.name, name)
			}
		}
		if strings.Contains(text, textKey(fields[0].Prompt)) {
			t.Errorf("%s on %s: the form's prompts are printed; the brief should print alone", p, pp.name)
		}
	}

	// Save draft, reload: the draft is back. Forget: nothing is stored.
	if err := chromedp.Do(ctx, chromedp.Click(`[data-request-save]`)); err != nil {
		t.Fatal(err)
	}
	if keys := evalStrings(t, ctx, storedKeys); len(keys) != 1 {
		t.Fatalf("%s: after Save draft, localStorage holds %v, want one draft", p, keys)
	}
	if err := chromedp.Do(ctx, chromedp.Reload(), chromedp.WaitVisible(`[data-request-preview]`)); err != nil {
		t.Fatal(err)
	}
	if got := evalString(t, ctx, `document.querySelector('[name="need"]').value`); got != draft["need"] {
		t.Errorf("%s: after a reload the saved need is %q, want %q", p, got, draft["need"])
	}
	if err := chromedp.Do(ctx, chromedp.Click(`[data-request-forget]`)); err != nil {
		t.Fatal(err)
	}
	if keys := evalStrings(t, ctx, storedKeys); len(keys) != 0 {
		t.Errorf("%s: after Forget, localStorage still holds %v", p, keys)
	}

	axe := readAxe(t)
	lines, err := axeFaults(ctx, p, axe)
	if err != nil {
		t.Fatal(err)
	}
	failAll(t, p+" (filled in): WCAG 2.2 A/AA violations found by axe-core", lines)
	failAll(t, p+": requests that left 127.0.0.1", away())
}

// TestRequestPlannerAtItsLimits fills every field to its most characters,
// one short line after another, and checks the brief still prints on one
// page with all of its text.
func TestRequestPlannerAtItsLimits(t *testing.T) {
	needSite(t)
	browser(t)
	needTool(t, "pdfinfo")
	needTool(t, "pdftotext")
	ctx := newTab(t)
	open(t, ctx, "/tools/request/")
	var words []string
	for _, f := range plannerFields(t) {
		var b strings.Builder
		for i := 1; b.Len() < f.Max; i++ {
			fmt.Fprintf(&b, "%s line %d of a long answer\n", f.Label, i)
		}
		v := b.String()[:f.Max]
		if err := typeInto(ctx, f.Name, v); err != nil {
			t.Fatal(err)
		}
		got := evalString(t, ctx, `document.querySelector('[name="`+f.Name+`"]').value`)
		words = append(words, f.Label+" line 1 of a long answer", strings.TrimSpace(got[strings.LastIndex(strings.TrimSpace(got), "\n")+1:]))
	}
	dir := t.TempDir()
	for _, pp := range papers {
		text := printOnePage(t, ctx, pp, filepath.Join(dir, "full-"+pp.name+".pdf"), "a brief at its limits")
		for _, w := range words {
			if !strings.Contains(text, textKey(w)) {
				t.Errorf("a brief at its limits on %s lacks %q", pp.name, w)
			}
		}
	}
}

// TestRequestPlannerWithoutJavaScript opens the planner with JavaScript off:
// the preview stays hidden and the page prints as a worksheet with every
// prompt.
func TestRequestPlannerWithoutJavaScript(t *testing.T) {
	needSite(t)
	browser(t)
	needTool(t, "pdfinfo")
	needTool(t, "pdftotext")
	ctx := newTab(t)
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
	open(t, ctx, "/tools/request/")
	if hidden, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.querySelector("[data-request-preview]").hidden`)); err != nil || !hidden {
		t.Errorf("/tools/request/ without JavaScript: the preview shows (hidden=%v, %v); it only works with JavaScript", hidden, err)
	}
	dir := t.TempDir()
	for _, pp := range papers {
		n, pages := printPages(t, ctx, pp, filepath.Join(dir, "worksheet-"+pp.name+".pdf"))
		text := textKey(strings.Join(pages, " "))
		for _, f := range plannerFields(t) {
			if !strings.Contains(text, textKey(f.Prompt)) {
				t.Errorf("/tools/request/ without JavaScript on %s: the worksheet lacks the prompt %q", pp.name, f.Prompt)
			}
		}
		t.Logf("worksheet on %s: %d page(s)", pp.name, n)
	}
}

// assessItem is one statement of the self-assessment form.
type assessItem struct {
	Name     string `json:"name"`
	Taxonomy string `json:"taxonomy"`
	Max      int    `json:"max"`
	Text     string `json:"text"`
	URL      string `json:"url"`
}

const assessItems = `Array.from(document.querySelectorAll("[data-item]"), el => ({
	name: el.querySelector("input[type=radio]").name,
	taxonomy: el.dataset.taxonomy || "",
	max: el.querySelectorAll("input[type=radio]").length - 1,
	text: el.querySelector(".assessment-text").textContent.trim(),
	url: el.dataset.termUrl || "",
}))`

const assessScores = `Object.fromEntries(Array.from(document.querySelectorAll("[data-score]"), el => [el.dataset.score, el.textContent.trim()]))`

// TestSelfAssessmentScores answers statements and watches the score of each
// taxonomy change, the lowest answers offer their term pages, a print keeps
// answers and scores on one page, and answers are stored only when asked.
func TestSelfAssessmentScores(t *testing.T) {
	needSite(t)
	browser(t)
	needTool(t, "pdfinfo")
	needTool(t, "pdftotext")
	ctx := newTab(t)
	away := watchNetwork(t, ctx)
	const p = "/workshop/self-assessment/"
	open(t, ctx, p)
	items, err := chromedp.Run(ctx, chromedp.Evaluate[[]assessItem](assessItems))
	if err != nil || len(items) == 0 {
		t.Fatalf("%s: no statements in the form (%v)", p, err)
	}
	byTax := map[string][]assessItem{}
	for _, it := range items {
		byTax[it.Taxonomy] = append(byTax[it.Taxonomy], it)
	}
	scores := func() map[string]string {
		s, err := chromedp.Run(ctx, chromedp.Evaluate[map[string]string](assessScores))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	answer := func(it assessItem, v int) {
		t.Helper()
		if err := chromedp.Do(ctx, chromedp.Click(fmt.Sprintf(`input[name=%q][value="%d"]`, it.Name, v))); err != nil {
			t.Fatalf("answering %q with %d: %v", it.Text, v, err)
		}
	}
	before := scores()
	for _, tax := range append(slices.Clone(taxonomies), "total") {
		if _, ok := before[tax]; !ok {
			t.Fatalf("%s: no [data-score=%q]; scores: %v", p, tax, before)
		}
	}
	for _, tax := range taxonomies {
		if len(byTax[tax]) < 2 {
			t.Fatalf("%s: %d statements score for %s; the test needs two of each taxonomy", p, len(byTax[tax]), tax)
		}
	}

	// Why: the top answer, then the bottom one: 100%, then 50%.
	r1, r2 := byTax["reasons"][0], byTax["reasons"][1]
	answer(r1, r1.Max)
	if got := scores()["reasons"]; !strings.HasPrefix(got, "100%") {
		t.Errorf("%s: after one top answer the why score is %q, want 100%%", p, got)
	}
	answer(r2, 0)
	if got := scores()["reasons"]; !strings.HasPrefix(got, "50%") {
		t.Errorf("%s: after a top and a bottom answer the why score is %q, want 50%%", p, got)
	}
	s1, a1 := byTax["steps"][0], byTax["pitfalls"][0]
	answer(s1, 1)
	answer(a1, a1.Max)
	after := scores()
	for _, tax := range append(slices.Clone(taxonomies), "total") {
		if after[tax] == before[tax] {
			t.Errorf("%s: the %s score did not change with the answers: %q", p, tax, after[tax])
		}
	}
	if got := scores()["pitfalls"]; !strings.HasPrefix(got, "100%") {
		t.Errorf("%s: the avoid score is %q, want 100%%", p, got)
	}
	// The lowest answers link to their term pages.
	low := evalStrings(t, ctx, `Array.from(document.querySelectorAll("[data-assessment-low] a"), a => new URL(a.href).pathname)`)
	for _, it := range []assessItem{r2, s1} {
		if it.URL != "" && !slices.Contains(low, it.URL) {
			t.Errorf("%s: the low answer %q does not offer its term page %s; offered %v", p, it.Text, it.URL, low)
		}
	}
	if r1.URL != "" && slices.Contains(low, r1.URL) && r1.URL != r2.URL && r1.URL != s1.URL {
		t.Errorf("%s: the top answer %q is listed among the lowest", p, r1.Text)
	}
	if keys := evalStrings(t, ctx, storedKeys); len(keys) != 0 {
		t.Errorf("%s: the page stored %v before the reader asked", p, keys)
	}

	// Print: one page with every statement, the answers and the scores.
	dir := t.TempDir()
	for _, pp := range papers {
		text := printOnePage(t, ctx, pp, filepath.Join(dir, "assessment-"+pp.name+".pdf"), p+": answers and scores")
		for _, it := range items {
			if !strings.Contains(text, textKey(it.Text)) {
				t.Errorf("%s on %s: the print lacks the statement %q", p, pp.name, it.Text)
			}
		}
		for tax, s := range after {
			if !strings.Contains(text, textKey(s)) {
				t.Errorf("%s on %s: the print lacks the %s score %q", p, pp.name, tax, s)
			}
		}
	}
	if got := scores(); !maps.Equal(got, after) {
		t.Errorf("%s: the scores changed with printing: %v, were %v", p, got, after)
	}

	// Save, reload: answers and scores are back. Forget: nothing is stored.
	if err := chromedp.Do(ctx, chromedp.Click(`[data-assessment-save]`)); err != nil {
		t.Fatal(err)
	}
	if keys := evalStrings(t, ctx, storedKeys); len(keys) != 1 {
		t.Fatalf("%s: after Save, localStorage holds %v, want the answers", p, keys)
	}
	if err := chromedp.Do(ctx, chromedp.Reload(), chromedp.WaitVisible(`[data-assessment-scores]`)); err != nil {
		t.Fatal(err)
	}
	if got := scores(); !maps.Equal(got, after) {
		t.Errorf("%s: after a reload the saved answers score %v, want %v", p, got, after)
	}
	if err := chromedp.Do(ctx, chromedp.Click(`[data-assessment-forget]`)); err != nil {
		t.Fatal(err)
	}
	if keys := evalStrings(t, ctx, storedKeys); len(keys) != 0 {
		t.Errorf("%s: after Forget, localStorage still holds %v", p, keys)
	}

	lines, err := axeFaults(ctx, p, readAxe(t))
	if err != nil {
		t.Fatal(err)
	}
	failAll(t, p+" (answered): WCAG 2.2 A/AA violations found by axe-core", lines)
	failAll(t, p+": requests that left 127.0.0.1", away())
}

// TestToolsAreReachable checks the links to each tool from the home page,
// the workshop kit and the term pages the tools practise.
func TestToolsAreReachable(t *testing.T) {
	needSite(t)
	tools := []string{"/tools/request/", "/workshop/self-assessment/", "/workshop/pack/"}
	var fails []string
	for _, from := range []string{"/", "/workshop/", "/tools/"} {
		links := linkPaths(parsePage(t, from))
		for _, to := range tools {
			if !links[to] {
				fails = append(fails, fmt.Sprintf("%s does not link to %s", from, to))
			}
		}
	}
	for _, f := range plannerFields(t) {
		if from := "/" + f.Term + "/"; !linkPaths(parsePage(t, from))["/tools/request/"] {
			fails = append(fails, fmt.Sprintf("the term page %s does not link to the request planner", from))
		}
	}
	// Every term the self-assessment scores links back to it.
	seen := map[string]bool{}
	walk(parsePage(t, "/workshop/self-assessment/"), func(n *html.Node) {
		if u, ok := attr(n, "data-term-url"); ok && !seen[u] {
			seen[u] = true
			if !linkPaths(parsePage(t, u))["/workshop/self-assessment/"] {
				fails = append(fails, fmt.Sprintf("the term page %s does not link to the self-assessment that scores it", u))
			}
		}
	})
	if len(seen) == 0 {
		fails = append(fails, "/workshop/self-assessment/: no statement names its term page (data-term-url)")
	}
	failAll(t, "tools that cannot be reached", fails)
}

// TestToolsAccessibleInTheDarkTheme runs axe-core on the three tools with
// the system asking for the dark theme, after filling the planner and
// answering the self-assessment, so that every state the tools draw is
// checked for contrast in both palettes.
func TestToolsAccessibleInTheDarkTheme(t *testing.T) {
	needSite(t)
	browser(t)
	axe := readAxe(t)
	for _, p := range []string{"/tools/request/", "/workshop/self-assessment/", "/workshop/pack/"} {
		t.Run(strings.Trim(p, "/"), func(t *testing.T) {
			ctx := newTab(t)
			if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
				Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}},
			}); err != nil {
				t.Fatal(err)
			}
			open(t, ctx, p)
			if dark, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`matchMedia("(prefers-color-scheme: dark)").matches`)); err != nil || !dark {
				t.Fatalf("%s: the dark theme was not asked for (%v)", p, err)
			}
			switch p {
			case "/tools/request/":
				// Fill one field, leave one weak and the rest empty: the brief,
				// the check notes and the empty placeholders all show.
				if err := typeInto(ctx, "facts", "Many emails wait too long."); err != nil {
					t.Fatal(err)
				}
			case "/workshop/self-assessment/":
				if err := chromedp.Do(ctx, chromedp.Click(`input[type=radio][value="0"]`)); err != nil {
					t.Fatal(err)
				}
			}
			lines, err := axeFaults(ctx, p, axe)
			if err != nil {
				t.Fatal(err)
			}
			failAll(t, p+" in the dark theme: WCAG 2.2 A/AA violations found by axe-core", lines)
		})
	}
}

// TestRequestPlannerChecks types examples into one field at a time and reads
// the gentle check shown under it: a table of the rules with examples.
func TestRequestPlannerChecks(t *testing.T) {
	needSite(t)
	browser(t)
	ctx := newTab(t)
	open(t, ctx, "/tools/request/")
	tests := []struct {
		field, text string
		flagged     bool
	}{
		{"timing", "By Friday 14 March, before the month-end close.", false},
		{"timing", "I need an answer by 2026-03-14.", false},
		{"timing", "Tomorrow, if you can.", false},
		{"timing", "Within two weeks, so we catch the peak.", false},
		{"timing", "By the end of the month.", false},
		{"timing", "Before Q3 planning starts.", false},
		{"timing", "Soon, if possible.", true},
		{"timing", "It may be urgent.", true},
		{"timing", "Whenever you get a chance.", true},
		{"facts", "38% of emails waited more than a day.", false},
		{"facts", "Twelve customers complained last month.", false},
		{"facts", "Half the team works late every week.", false},
		{"facts", "Everyone feels swamped lately.", true},
		{"facts", "Customers keep complaining about slow replies.", true},
		{"need", "I need your approval to move Sam to the helpdesk.", false},
		{"need", "I need your approval. Sam can start on Monday.", false},
		{"need", "I need help. Sam could move. Or Ana. Or both?", true},
		{"need", "Approve the move! Then tell finance. Then tell Sam.", true},
	}
	for _, tt := range tests {
		if err := typeInto(ctx, tt.field, tt.text); err != nil {
			t.Fatal(err)
		}
		note := evalString(t, ctx, `document.querySelector('[data-check-for="`+tt.field+`"]').textContent`)
		if (note != "") != tt.flagged {
			t.Errorf("%s %q: check note %q, want flagged=%v", tt.field, tt.text, note, tt.flagged)
		}
	}
}
