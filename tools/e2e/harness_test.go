package e2e

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// faultySite writes a small site with one fault per page, to prove that the
// checks of this package catch what they claim to catch.
func faultySite(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	head := `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Fault</title><link rel="stylesheet" href="/sheet.css"></head><body><main><h1>Fault</h1>`
	foot := `</main></body></html>`
	var long strings.Builder
	for i := range 150 {
		fmt.Fprintf(&long, `<p class="cs-label">Label number %d of a sheet that is far too long</p>`, i+1)
	}
	files := map[string]string{
		"sheet.css": ".cs-label { font-size: 14pt; }\n@media print { .print-hidden { display: none; } }\n" +
			".skip { position: absolute; left: -9999px; }\n.good:focus { left: 0; outline: 2px solid; }\n",
		"skip-hidden/index.html": head + `<a class="skip" href="#main">Skip to content</a><p id="main">Text</p>` + foot,
		"skip-good/index.html":   head + `<a class="skip good" href="#main">Skip to content</a><p id="main">Text</p>` + foot,
		"long/index.html":        head + long.String() + foot,
		"cut/index.html":         head + `<p class="cs-label">Shown on paper</p><p class="cs-label print-hidden">Hidden on paper</p>` + foot,
		"fine/index.html":        head + `<p class="cs-label">Give context</p><p class="cs-label">Bring the facts-first summary</p>` + foot,
		"a11y/index.html":        `<!DOCTYPE html><html><head><title>A</title></head><body><img src="/x.png"><input type="text"></body></html>`,
		"rules/index.html": head + `<script>alert(1)</script><button onclick="go()">Go</button><p style="color:red">Red</p>` +
			`<script src="https://cdn.example.com/x.js"></script><img alt="" src="//img.example.com/x.png"><a href="https://example.com/">fine</a>` + foot,
	}
	for name, src := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestChecksCatchFaults runs the print, accessibility and site rule checks
// on pages with known faults, and on one without.
func TestChecksCatchFaults(t *testing.T) {
	dir := faultySite(t)

	t.Run("site rules", func(t *testing.T) {
		fails, _, err := siteRuleViolations(dir, "")
		if err != nil {
			t.Fatal(err)
		}
		got := strings.Join(fails, "\n")
		for _, want := range []string{"inline <script>", "onclick=", "style=", `src="https://cdn.example.com/x.js"`, `src="//img.example.com/x.png"`} {
			if !strings.Contains(got, want) {
				t.Errorf("site rules miss %s; got:\n%s", want, got)
			}
		}
		if strings.Contains(got, "https://example.com/") {
			t.Errorf("site rules flag a plain link to another site:\n%s", got)
		}
	})

	browser(t)
	needTool(t, "pdfinfo")
	needTool(t, "pdftotext")
	srv := httptest.NewServer(http.FileServer(http.Dir(dir)))
	defer srv.Close()
	visit := func(t *testing.T, p string) context.Context {
		t.Helper()
		ctx := newTab(t)
		if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+p)); err != nil {
			t.Fatal(err)
		}
		return ctx
	}
	tests := []struct {
		name, page, want string // want "" means no fault
	}{
		{"too long on A4", "/long/", "pages of A4 paper"},
		{"too long on Letter", "/long/", "pages of Letter paper"},
		{"label hidden in print", "/cut/", `labels are missing from the printed text, so they were cut or hidden in print: "Hidden on paper"`},
		{"fits", "/fine/", ""},
	}
	for _, tt := range tests {
		t.Run("print/"+tt.name, func(t *testing.T) {
			ctx := visit(t, tt.page)
			faults := strings.Join(printFaults(t, ctx, tt.page, filepath.Join(t.TempDir(), "x")), "\n")
			switch {
			case tt.want == "" && faults != "":
				t.Errorf("%s: unexpected faults:\n%s", tt.page, faults)
			case tt.want != "" && !strings.Contains(faults, tt.want):
				t.Errorf("%s: want a fault containing %q, got:\n%s", tt.page, tt.want, faults)
			}
		})
	}

	for _, tt := range []struct{ page, want string }{
		{"/fine/", "not a skip link"},
		{"/skip-hidden/", "stays hidden when focused"},
		{"/skip-good/", ""},
	} {
		t.Run("skip link"+tt.page, func(t *testing.T) {
			fault, err := skipLinkFault(visit(t, tt.page), tt.page)
			if err != nil {
				t.Fatal(err)
			}
			if (tt.want == "") != (fault == "") || !strings.Contains(fault, tt.want) {
				t.Errorf("%s: fault %q, want one containing %q", tt.page, fault, tt.want)
			}
		})
	}

	t.Run("axe", func(t *testing.T) {
		axe := readAxe(t)
		ctx := visit(t, "/a11y/")
		lines, err := axeFaults(ctx, "/a11y/", axe)
		if err != nil {
			t.Fatal(err)
		}
		got := strings.Join(lines, "\n")
		for _, want := range []string{"image-alt", "html-has-lang", "label"} {
			if !strings.Contains(got, want) {
				t.Errorf("axe misses %s; got:\n%s", want, got)
			}
		}
	})
}
