package pack

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func TestParsePaper(t *testing.T) {
	tests := []struct {
		in   string
		want Paper
		err  bool
	}{
		{"a4", A4, false},
		{"A4", A4, false},
		{" letter ", Letter, false},
		{"Letter", Letter, false},
		{"us-letter", Letter, false},
		{"legal", Paper{}, true},
		{"", Paper{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParsePaper(tt.in)
			if (err != nil) != tt.err || got != tt.want {
				t.Errorf("ParsePaper(%q) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.err)
			}
			if err != nil && !strings.Contains(err.Error(), "a4 or letter") {
				t.Errorf("ParsePaper(%q): the error %q does not say what to use", tt.in, err)
			}
		})
	}
}

func TestFindChrome(t *testing.T) {
	dir := t.TempDir()
	installed := filepath.Join(dir, "Google Chrome")
	if err := os.WriteFile(installed, nil, 0o755); err != nil {
		t.Fatal(err)
	}
	onPath := func(have ...string) func(string) (string, error) {
		return func(name string) (string, error) {
			for _, h := range have {
				if h == name {
					return "/usr/bin/" + name, nil
				}
			}
			return "", exec.ErrNotFound
		}
	}
	tests := []struct {
		name   string
		look   func(string) (string, error)
		paths  []string
		want   string
		reason error
	}{
		{"chromium first", onPath("google-chrome", "chromium"), nil, "/usr/bin/chromium", nil},
		{"chrome when no chromium", onPath("google-chrome"), nil, "/usr/bin/google-chrome", nil},
		{"install path", onPath(), []string{filepath.Join(dir, "missing"), installed}, installed, nil},
		{"a folder is no browser", onPath(), []string{dir}, "", ErrNoChrome},
		{"none", onPath(), nil, "", ErrNoChrome},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := findChrome(tt.look, chromeNames, tt.paths)
			if got != tt.want || !errors.Is(err, tt.reason) {
				t.Errorf("findChrome = %q, %v; want %q, %v", got, err, tt.want, tt.reason)
			}
		})
	}
	if !strings.Contains(ErrNoChrome.Error(), "apt-get install chromium") {
		t.Errorf("ErrNoChrome does not say how to install Chromium: %v", ErrNoChrome)
	}
}

func TestCountPages(t *testing.T) {
	page := "<< /Type /Page /Parent 2 0 R >>\n"
	tests := []struct {
		name string
		pdf  string
		want int
	}{
		{"none", "%PDF-1.4\n<< /Type /Catalog >>\n", 0},
		{"pages node only", "<< /Type /Pages /Count 0 >>", 0},
		{"three", "<< /Type /Pages /Count 3 >>\n" + strings.Repeat(page, 3), 3},
		{"no space", "<</Type/Page/Parent 2 0 R>>", 1},
		{"at the end", "<< /Type /Page", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CountPages([]byte(tt.pdf)); got != tt.want {
				t.Errorf("CountPages = %d, want %d", got, tt.want)
			}
		})
	}
}

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "pack.pdf")
	if err := os.WriteFile(out, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := writeFile(out, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(out); string(b) != "new" {
		t.Errorf("the file holds %q, want %q", b, "new")
	}
	if err := writeFile(filepath.Join(dir, "no", "such", "dir.pdf"), []byte("x")); err == nil {
		t.Error("writing into a missing folder succeeded")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("temporary files left behind: %v", names)
	}
}

func TestServe(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "index.html"), []byte("hello"), 0o644); err != nil {
		t.Fatal(err)
	}
	base, stop, err := Serve(dir)
	if err != nil {
		t.Fatal(err)
	}
	u, _ := url.Parse(base)
	if u.Hostname() != "127.0.0.1" {
		t.Errorf("served on %s, want 127.0.0.1 only", base)
	}
	resp, err := http.Get(base + "/")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(body) != "hello" {
		t.Errorf("GET / = %q, want the site's index.html", body)
	}
	stop()
	if _, err := http.Get(base + "/"); err == nil {
		t.Error("the server still answers after stop")
	}
}

func TestOptionsErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		opts Options
		want string
	}{
		{"no output", Options{Site: dir}, "no output file"},
		{"no pack page", Options{Site: dir, Out: filepath.Join(dir, "x.pdf"), Chrome: "/bin/true"}, "holds no built workshop pack"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Print(context.Background(), tt.opts)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Print: %v, want an error containing %q", err, tt.want)
			}
			if _, serr := os.Stat(tt.opts.Out); tt.opts.Out != "" && serr == nil {
				t.Errorf("Print wrote %s although it failed", tt.opts.Out)
			}
		})
	}
}

// TestPrint prints a small site with a three-part pack, each part on a new
// page, with the browser installed here. It is skipped without one, except
// under CI.
func TestPrint(t *testing.T) {
	chrome, err := FindChrome()
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	site := t.TempDir()
	var body strings.Builder
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(&body, `<section style="break-before: page"><h1>Part %d</h1></section>`, i)
	}
	page := filepath.Join(site, "workshop", "pack", "index.html")
	if err := os.MkdirAll(filepath.Dir(page), 0o755); err != nil {
		t.Fatal(err)
	}
	html := `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pack</title></head><body>` + body.String() + `</body></html>`
	if err := os.WriteFile(page, []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, paper := range []Paper{A4, Letter} {
		t.Run(paper.Name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "pack.pdf")
			res, err := Print(context.Background(), Options{Site: site, Out: out, Paper: paper, Chrome: chrome})
			if err != nil {
				t.Fatal(err)
			}
			pdf, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			if res.Pages != 3 || CountPages(pdf) != 3 || res.Bytes != len(pdf) {
				t.Errorf("Print = %+v for a %d-byte PDF of %d pages; want 3 pages", res, len(pdf), CountPages(pdf))
			}
			// The page size is in the PDF's media box, in points.
			m := regexp.MustCompile(`/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]`).FindSubmatch(pdf)
			if m == nil {
				t.Fatal("the PDF has no /MediaBox")
			}
			w, _ := strconv.ParseFloat(string(m[1]), 64)
			h, _ := strconv.ParseFloat(string(m[2]), 64)
			if math.Abs(w-paper.Width*72) > 1 || math.Abs(h-paper.Height*72) > 1 {
				t.Errorf("the PDF's pages are %.1fx%.1f points, want %s (%.1fx%.1f)", w, h, paper.Name, paper.Width*72, paper.Height*72)
			}
		})
	}
}
