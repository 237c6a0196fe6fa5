package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
	"github.com/chromedp/chromedp"
	"golang.org/x/net/html"
)

// packSection is one numbered section of the workshop pack as the page
// shows it: its number, title, the text its first printed page starts with,
// and whether it is a cheat sheet.
type packSection struct {
	Num   string `json:"num"`
	Title string `json:"title"`
	Head  string `json:"head"`
	Sheet bool   `json:"sheet"`
}

// packSections lists the parts, exercises and cheat sheets of the pack in
// page order.
const packSections = `Array.from(document.querySelectorAll(".pack-part > h2, .pack-page > h3, .pack-sheet .sheet-head"), el => {
	const sheet = el.classList.contains("sheet-head");
	const title = sheet ? el.querySelector(".sheet-title") : el;
	const num = el.querySelector(".pack-num, .sheet-num");
	return {
		num: num ? num.textContent.trim() : "",
		title: sheet ? title.textContent.trim() : el.textContent.replace(num ? num.textContent : "", "").trim(),
		head: sheet ? el.querySelector(".sheet-kicker").textContent + " " + title.textContent : el.textContent,
		sheet,
	};
})`

// cheatSheetTitles reads the titles of the built cheat sheets: the fixed
// ones and those of the essays.
func cheatSheetTitles(t *testing.T) (fixed, essays []string) {
	t.Helper()
	for _, p := range cheatSheetPaths(t) {
		slug := strings.Trim(strings.TrimPrefix(p, "/cheatsheets/"), "/")
		walk(parsePage(t, p), func(n *html.Node) {
			if c, _ := attr(n, "class"); n.Data == "h1" && strings.Contains(c, "sheet-title") {
				if slices.Contains(fixedSheets, slug) {
					fixed = append(fixed, squash(text(n)))
				} else {
					essays = append(essays, squash(text(n)))
				}
			}
		})
	}
	return fixed, essays
}

// fixedSheets are the cheat sheets that are not an essay's.
var fixedSheets = []string{"why-lead-up", "how-to-lead-up", "pitfalls-to-avoid", "leading-up-on-one-page", "self-assessment"}

// packMaxEssaySheets reads params.pack.maxEssaySheets of config.toml: how
// many essay sheets the pack holds at most.
func packMaxEssaySheets(t *testing.T) int {
	t.Helper()
	var cfg struct {
		Params struct {
			Pack struct{ MaxEssaySheets int }
		}
	}
	if _, err := toml.DecodeFile(filepath.Join(builtRoot, "config.toml"), &cfg); err != nil {
		t.Fatal(err)
	}
	if cfg.Params.Pack.MaxEssaySheets == 0 {
		return 5 // the theme's default
	}
	return cfg.Params.Pack.MaxEssaySheets
}

// packFaults checks the printed pack: the cover and contents come first,
// every section starts a page of its own with its number and title, and
// every cheat sheet fills exactly one page.
func packFaults(sections []packSection, n int, pages []string, paper string) []string {
	var faults []string
	if len(pages) != n {
		faults = append(faults, fmt.Sprintf("on %s pdfinfo counts %d pages, pdftotext %d", paper, n, len(pages)))
	}
	if len(pages) < 2 {
		return append(faults, fmt.Sprintf("on %s the pack prints on %d page(s): no cover and contents", paper, len(pages)))
	}
	contents := textKey(pages[1])
	start := make([]int, len(sections)) // page index where each section starts, -1 if none
	for i, s := range sections {
		start[i] = -1
		if !strings.Contains(contents, textKey(s.Num+" "+s.Title)) {
			faults = append(faults, fmt.Sprintf("on %s the contents page lacks %s %q", paper, s.Num, s.Title))
		}
		for j, pg := range pages {
			if strings.HasPrefix(textKey(pg), textKey(s.Head)) {
				start[i] = j
				break
			}
		}
		if start[i] < 0 {
			faults = append(faults, fmt.Sprintf("on %s no page starts with section %s %q: it does not begin a new sheet of paper", paper, s.Num, s.Title))
		} else if start[i] < 2 {
			faults = append(faults, fmt.Sprintf("on %s section %s starts on page %d, before the cover and contents are done", paper, s.Num, start[i]+1))
		}
	}
	for i, s := range sections {
		if !s.Sheet || start[i] < 0 {
			continue
		}
		next := len(pages)
		if i+1 < len(sections) && start[i+1] >= 0 {
			next = start[i+1]
		}
		if next-start[i] != 1 {
			faults = append(faults, fmt.Sprintf("on %s the cheat sheet %s %q takes %d pages, want 1", paper, s.Num, s.Title, next-start[i]))
		}
	}
	return faults
}

// TestWorkshopPackPrints prints /workshop/pack/ on A4 and Letter: a cover,
// a contents list, then every part, exercise and cheat sheet on a new
// page, with every cheat sheet of the site, each on exactly one page.
func TestWorkshopPackPrints(t *testing.T) {
	needSite(t)
	browser(t)
	needTool(t, "pdfinfo")
	needTool(t, "pdftotext")
	ctx := newTab(t)
	away := watchNetwork(t, ctx)
	const p = "/workshop/pack/"
	open(t, ctx, p)
	sections, err := chromedp.Run(ctx, chromedp.Evaluate[[]packSection](packSections))
	if err != nil {
		t.Fatal(err)
	}
	var sheets []string
	for _, s := range sections {
		if s.Sheet {
			sheets = append(sheets, squash(s.Title))
		}
	}
	fixed, essays := cheatSheetTitles(t)
	for _, w := range fixed {
		if !slices.Contains(sheets, w) {
			t.Errorf("%s lacks the cheat sheet %q", p, w)
		}
	}
	for _, s := range sheets {
		if !slices.Contains(fixed, s) && !slices.Contains(essays, s) {
			t.Errorf("%s holds a sheet %q that is no cheat sheet of the site", p, s)
		}
	}
	maxEssays := packMaxEssaySheets(t)
	if want := len(fixed) + min(len(essays), maxEssays); len(sheets) != want {
		t.Errorf("%s holds %d cheat sheets, want %d: the %d fixed ones and %d of the %d essays' (params.pack.maxEssaySheets = %d)",
			p, len(sheets), want, len(fixed), min(len(essays), maxEssays), len(essays), maxEssays)
	}
	note, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(document.querySelector("[data-pack-note]") || {}).textContent || ""`))
	if err != nil {
		t.Fatal(err)
	}
	if (len(essays) > maxEssays) != (note != "") {
		t.Errorf("%s: %d essays, at most %d essay sheets, but the note on the sheets left out is %q", p, len(essays), maxEssays, note)
	}
	dir := t.TempDir()
	for _, pp := range papers {
		n, pages := printPages(t, ctx, pp, filepath.Join(dir, "pack-"+pp.name+".pdf"))
		for _, f := range packFaults(sections, n, pages, pp.name) {
			t.Error(p + ": " + f)
		}
		text := textKey(strings.Join(pages, " "))
		for _, w := range sheets {
			if !strings.Contains(text, textKey(w)) {
				t.Errorf("%s on %s: the PDF text lacks the cheat sheet title %q", p, pp.name, w)
			}
		}
		t.Logf("%s on %s: %d pages, %d sections, %d cheat sheets", p, pp.name, n, len(sections), len(sheets))
	}
	lines, err := axeFaults(ctx, p, readAxe(t))
	if err != nil {
		t.Fatal(err)
	}
	failAll(t, p+": WCAG 2.2 A/AA violations found by axe-core", lines)
	failAll(t, p+": requests that left 127.0.0.1", away())
}

// TestPackCatchesFaults feeds packFaults printed packs with known faults.
func TestPackCatchesFaults(t *testing.T) {
	sections := []packSection{
		{Num: "1", Title: "Guide", Head: "1 Guide"},
		{Num: "2.1", Title: "Sheet A", Head: "2.1 · Sheet A", Sheet: true},
		{Num: "2.2", Title: "Sheet B", Head: "2.2 · Sheet B", Sheet: true},
	}
	cover, contents := "Workshop pack", "Contents 1 Guide 2.1 Sheet A 2.2 Sheet B"
	tests := []struct {
		name  string
		pages []string
		want  string // "" means no fault
	}{
		{"good", []string{cover, contents, "1 Guide text", "more guide", "2.1 · Sheet A", "2.2 · Sheet B"}, ""},
		{"sheet runs over", []string{cover, contents, "1 Guide", "2.1 · Sheet A", "rest of A", "2.2 · Sheet B"}, `cheat sheet 2.1 "Sheet A" takes 2 pages`},
		{"no new page", []string{cover, contents, "1 Guide 2.1 · Sheet A", "2.2 · Sheet B"}, `no page starts with section 2.1`},
		{"missing from contents", []string{cover, "Contents 1 Guide 2.1 Sheet A", "1 Guide", "2.1 · Sheet A", "2.2 · Sheet B"}, `contents page lacks 2.2`},
		{"last sheet runs over", []string{cover, contents, "1 Guide", "2.1 · Sheet A", "2.2 · Sheet B", "rest of B"}, `2.2 "Sheet B" takes 2 pages`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(packFaults(sections, len(tt.pages), tt.pages, "A4"), "\n")
			if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
				t.Errorf("faults %q, want one containing %q", got, tt.want)
			}
		})
	}
}

// TestPackCommand runs `leadup pack` on the built site, on both papers, and
// checks the PDF: as many pages as the browser prints of the pack page, and
// every section title in its text.
func TestPackCommand(t *testing.T) {
	needSite(t)
	browser(t)
	needTool(t, "pdfinfo")
	needTool(t, "pdftotext")
	ctx := newTab(t)
	open(t, ctx, "/workshop/pack/")
	sections, err := chromedp.Run(ctx, chromedp.Evaluate[[]packSection](packSections))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, pp := range papers {
		out := filepath.Join(dir, "pack-"+pp.name+".pdf")
		cmd := exec.Command("go", "run", "./tools/leadup", "pack", "-site", siteDir, "-paper", strings.ToLower(pp.name), "-out", out)
		cmd.Dir = repoRoot
		msg, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("leadup pack -paper %s: %v\n%s", strings.ToLower(pp.name), err, msg)
		}
		n, pages := pdfPageTexts(t, out)
		browserN, _ := printPages(t, ctx, pp, filepath.Join(dir, "browser-"+pp.name+".pdf"))
		if n != browserN {
			t.Errorf("leadup pack on %s: %d pages; the browser prints the pack page on %d", pp.name, n, browserN)
		}
		for _, f := range packFaults(sections, n, pages, pp.name) {
			t.Error("leadup pack: " + f)
		}
		info, _ := os.Stat(out)
		t.Logf("leadup pack -paper %s: %d pages, %d bytes; %s", strings.ToLower(pp.name), n, info.Size(), strings.TrimSpace(string(msg)))
	}
}
