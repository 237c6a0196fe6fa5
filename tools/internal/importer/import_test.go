package importer

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/leadingup/leadingup/tools/internal/normalize"
	"github.com/leadingup/leadingup/tools/internal/vocab"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// testVocab loads the project's vocabulary.
func testVocab(t testing.TB) *vocab.Vocabulary {
	t.Helper()
	v, err := vocab.Load(filepath.Join("..", "..", "..", "data", "vocabulary.toml"))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	file := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run go test ./tools/internal/importer -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs (run with -update after checking the change):\n--- got\n%s\n--- want\n%s", file, got, want)
	}
}

// TestReviewGolden imports each article in testdata into an empty sources
// folder and compares the review and the diff with their golden files.
func TestReviewGolden(t *testing.T) {
	v := testVocab(t)
	inputs, _ := filepath.Glob("testdata/*.html")
	txt, _ := filepath.Glob("testdata/*.txt")
	inputs = append(inputs, txt...)
	if len(inputs) < 3 {
		t.Fatalf("found %d test articles, want 3 or more", len(inputs))
	}
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), filepath.Ext(in))
		t.Run(name, func(t *testing.T) {
			a, err := Load(context.Background(), in, Options{Vocab: v, SourcesDir: filepath.Join(t.TempDir(), "sources")})
			if err != nil {
				t.Fatal(err)
			}
			a.Target = "sources/" + filepath.Base(a.Target) // stable in the golden files
			var b bytes.Buffer
			if err := a.Review(&b, ReviewOptions{}); err != nil {
				t.Fatal(err)
			}
			golden(t, name+".review.golden", b.String())
			golden(t, name+".diff.golden", a.Diff())
			if len(a.Warnings) > 0 {
				t.Errorf("normalising the written source gives another essay: %v", a.Warnings)
			}
		})
	}
}

// TestReviewStates checks what the review says about the target file, and
// that only Write touches it.
func TestReviewStates(t *testing.T) {
	v := testVocab(t)
	dir := filepath.Join(t.TempDir(), "sources")
	load := func() *Article {
		a, err := Load(context.Background(), "testdata/pasted-from-an-intranet.txt", Options{Vocab: v, SourcesDir: dir})
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	review := func(a *Article) string {
		var b bytes.Buffer
		a.Review(&b, ReviewOptions{PreviewLines: -1})
		return b.String()
	}
	a := load()
	if got := review(a); !strings.Contains(got, "(new file)") || !strings.Contains(got, "not written: run again with -w") {
		t.Errorf("review of a new file:\n%s", got)
	}
	if _, err := os.Stat(filepath.FromSlash(a.Target)); err == nil {
		t.Fatal("Load or Review wrote the file")
	}
	if err := a.Write(); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(a.Target); !bytes.Equal(b, a.Source) {
		t.Fatal("Write wrote something else than Source")
	}
	if got := review(load()); !strings.Contains(got, "is up to date: nothing to write") {
		t.Errorf("review of an unchanged file:\n%s", got)
	}
	if d := load().Diff(); d != "" {
		t.Errorf("diff of an unchanged file:\n%s", d)
	}
	os.WriteFile(a.Target, []byte("my own edits\n"), 0o644)
	b := load()
	if got := review(b); !strings.Contains(got, "already exists and differs: not overwritten") {
		t.Errorf("review of a changed file:\n%s", got)
	}
	if d := b.Diff(); !strings.Contains(d, "-my own edits\n") || !strings.HasPrefix(d, "--- a/") {
		t.Errorf("diff of a changed file:\n%s", d)
	}
	if got, _ := os.ReadFile(a.Target); string(got) != "my own edits\n" {
		t.Error("an existing file was overwritten without Write")
	}
}

func TestReviewColor(t *testing.T) {
	a, err := Load(context.Background(), "testdata/ask-your-manager-early.html", Options{Vocab: testVocab(t), SourcesDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	var plain, color bytes.Buffer
	a.Review(&plain, ReviewOptions{})
	a.Review(&color, ReviewOptions{Color: true})
	if strings.Contains(plain.String(), "\x1b[") {
		t.Error("the plain review has ANSI escapes")
	}
	if !strings.Contains(color.String(), ansiGreen+"→ be-a-solution") || !strings.Contains(color.String(), ansiYellow) {
		t.Errorf("the coloured review lacks its colours:\n%q", color.String())
	}
	// Chroma marks up the Markdown heading of the preview.
	if !strings.Contains(color.String(), "\x1b[38;5;") {
		t.Error("the preview is not highlighted")
	}
}

// TestFetch imports from a local server, and fails cleanly on a missing
// page, a server that never answers, an oversized page and a non-text one.
func TestFetch(t *testing.T) {
	page, err := os.ReadFile("testdata/ask-your-manager-early.html")
	if err != nil {
		t.Fatal(err)
	}
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/blog/ask-early":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(page)
		case "/old":
			http.Redirect(w, r, "/blog/ask-early", http.StatusMovedPermanently)
		case "/slow":
			select {
			case <-release:
			case <-r.Context().Done():
			}
		case "/huge":
			w.Header().Set("Content-Type", "text/html")
			w.Write(bytes.Repeat([]byte("<p>long</p>\n"), 2000))
		case "/huge-declared":
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Length", "999999")
			w.Write([]byte("<p>short</p>"))
		case "/photo":
			w.Header().Set("Content-Type", "image/jpeg")
			w.Write([]byte{0xff, 0xd8})
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	defer close(release)
	// Only the page that never answers waits for the short deadline; the
	// others get a generous one so a loaded machine cannot turn them into
	// timeouts.
	opts := Options{Vocab: testVocab(t), SourcesDir: "sources", Fetch: FetchOptions{Timeout: time.Minute, MaxBytes: 16 << 10}}
	slowOpts := opts
	slowOpts.Fetch.Timeout = 300 * time.Millisecond

	for _, p := range []string{"/blog/ask-early", "/old"} {
		a, err := Load(context.Background(), srv.URL+p, opts)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if a.Target != "sources/ask-early.md" || a.FrontMatter.Title != "Ask Your Manager Early" {
			t.Errorf("%s: target %s, title %q", p, a.Target, a.FrontMatter.Title)
		}
		if !strings.Contains(string(a.Source), `url = "https://blog.example.org/ask-your-manager-early"`) {
			t.Errorf("%s: the source does not credit the page's canonical address:\n%s", p, a.Source)
		}
	}

	tests := []struct{ path, want string }{
		{"/missing", "the server answered 404 Not Found: check the address"},
		{"/slow", "no complete answer within 300ms"},
		{"/huge", "over the 16384-byte limit"},
		{"/huge-declared", "the page is 999999 bytes, over the 16384-byte limit"},
		{"/photo", "the page is image/jpeg, not text or HTML"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			o := opts
			if tt.path == "/slow" {
				o = slowOpts
			}
			a, err := Load(context.Background(), srv.URL+tt.path, o)
			if err == nil {
				t.Fatalf("no error; imported %s", a.Target)
			}
			var fe *FetchError
			if !errors.As(err, &fe) {
				t.Fatalf("error %T %v is not a *FetchError", err, err)
			}
			if !strings.HasPrefix(err.Error(), srv.URL+tt.path+": ") || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q, want %s: ...%s...", err, srv.URL+tt.path, tt.want)
			}
		})
	}
}

func TestIsURLAndSlug(t *testing.T) {
	for _, tt := range []struct {
		in   string
		url  bool
		slug string
	}{
		{"https://example.org/blog/ask-early.html", true, "ask-early"},
		{"http://example.org/2023/06/Weekly_One-to-One/", true, "weekly-one-to-one"},
		{"https://example.org/", true, ""},
		{"ftp://example.org/x", false, "x"},
		{"sources/x.txt", false, "x"},
		{"C:/essays/x.txt", false, "x"},
	} {
		if got := IsURL(tt.in); got != tt.url {
			t.Errorf("IsURL(%q) = %v", tt.in, got)
		}
		if got := urlSlug(tt.in); got != tt.slug {
			t.Errorf("urlSlug(%q) = %q, want %q", tt.in, got, tt.slug)
		}
	}
}

// FuzzSourceFile checks that any article the normaliser accepts comes back
// the same when its source essay is normalised again: the promise that the
// build makes the essay the review shows.
func FuzzSourceFile(f *testing.F) {
	for _, in := range []string{"testdata/pasted-from-an-intranet.txt", "testdata/weekly-one-to-one.html", "testdata/ask-your-manager-early.html"} {
		b, err := os.ReadFile(in)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b), filepath.Ext(in))
	}
	f.Add("Title\n\nBy A\n\n- Be a solution - Offer options.\n", ".txt")
	v := testVocab(f)
	f.Fuzz(func(t *testing.T, src, ext string) {
		if ext != ".txt" && ext != ".md" && ext != ".html" {
			ext = ".txt"
		}
		res, err := normalize.Normalize([]byte(src), normalize.Options{Name: "in" + ext, Vocab: v})
		if err != nil {
			return
		}
		fm, body, _, err := normalize.ParseFrontMatter(res.Markdown, "in.md")
		if err != nil {
			t.Fatalf("normaliser output does not parse: %v", err)
		}
		a := &Article{Target: "sources/x.md", FrontMatter: fm, Body: strings.TrimSpace(string(body)) + "\n", Report: res.Report}
		text, err := SourceFile(fm, a.Body, "in"+ext)
		if err != nil {
			t.Fatalf("SourceFile: %v", err)
		}
		a.Source = []byte(text)
		if w := roundTrip(a, Options{Vocab: v}); len(w) > 0 {
			t.Fatalf("round trip differs: %v\nsource:\n%s", w, a.Source)
		}
	})
}
