package site

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

func TestLinkWarnings(t *testing.T) {
	root := t.TempDir()
	page := filepath.Join(root, "content", "overview.md")
	os.MkdirAll(filepath.Dir(page), 0o755)
	os.WriteFile(page, []byte("+++\ntitle = \"O\"\n+++\nRead [the essay](/essays/gone/) and\n[it again](/essays/gone/).\n\n[ref]: /essays/old/\n"), 0o644)
	var out bytes.Buffer
	w := newLinkWarnings(root, &out)
	mark := func(dest string, n int) string {
		return fmt.Sprintf("WARN  %s%s\t%s\t%d\tlink to %s leads to no page; it is shown as plain text\n", brokenLinkMark, page, dest, n, dest)
	}
	lines := []string{
		"Start building sites … \n",
		mark("/essays/gone/", 1),
		mark("/essays/gone/", 2),
		mark("/essays/old/", 1),
		mark("/essays/gone/", 3), // a second rendering of the same page
		"WARN  " + brokenLinkMark + "malformed\n",
		"Total in 10 ms",
	}
	// Split the input mid-line to prove lines are put back together.
	all := strings.Join(lines, "")
	w.Write([]byte(all[:17]))
	w.Write([]byte(all[17:]))
	w.Flush()
	want := "Start building sites … \n" +
		"content/overview.md:4:6: warning: link to /essays/gone/ leads to no page; it is shown as plain text\n" +
		"content/overview.md:5:1: warning: link to /essays/gone/ leads to no page; it is shown as plain text\n" +
		"content/overview.md:7:1: warning: link to /essays/old/ leads to no page; it is shown as plain text\n" +
		"WARN  " + brokenLinkMark + "malformed\n" +
		"Total in 10 ms\n"
	if out.String() != want {
		t.Errorf("output:\n%s\nwant:\n%s", out.String(), want)
	}
	if n := len(w.Broken()); n != 3 {
		t.Errorf("%d broken links, want 3", n)
	}
}

func TestOfflineURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"../essays/x/", "../essays/x/index.html"},
		{"./", "./index.html"},
		{".", "./index.html"},
		{"..", "../index.html"},
		{"../../reasons/a/#top", "../../reasons/a/index.html#top"},
		{"../search/?q=x", "../search/index.html?q=x"},
		{"../css/site.min.css", "../css/site.min.css"},
		{"#main", "#main"},
		{"https://example.org/a/", "https://example.org/a/"},
		{"/abs/", "/abs/"},
		{"mailto:a@example.org", "mailto:a@example.org"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := offlineURL(tt.in); got != tt.want {
			t.Errorf("offlineURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMakeOffline(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "essays", "x"), 0o755)
	page := filepath.Join(dir, "essays", "x", "index.html")
	os.WriteFile(page, []byte(`<a href="../../">Home</a><form action="../../search/"></form><img src="../../images/qr/a.png"><a href="https://example.org/">x</a>`), 0o644)
	if err := makeOffline(dir); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(page)
	want := `<a href="../../index.html">Home</a><form action="../../search/index.html"></form><img src="../../images/qr/a.png"><a href="https://example.org/">x</a>`
	if string(b) != want {
		t.Errorf("got  %s\nwant %s", b, want)
	}
}

// TestDeployConfig checks the promises netlify.toml and the GitHub Pages
// workflow make in the README: a current Node LTS, the same build command,
// previews built with their own address and cache headers for the search
// index and the QR codes.
func TestDeployConfig(t *testing.T) {
	var cfg struct {
		Build struct {
			Command     string
			Environment map[string]string
		}
		Context map[string]struct{ Command string }
		Headers []struct {
			For    string
			Values map[string]string
		}
	}
	if _, err := toml.DecodeFile(filepath.Join("..", "..", "..", "netlify.toml"), &cfg); err != nil {
		t.Fatal(err)
	}
	if v := cfg.Build.Environment["NODE_VERSION"]; v != "22" && v != "24" {
		t.Errorf("netlify.toml NODE_VERSION = %q, want a current LTS: 22 or 24", v)
	}
	const build = "go run ./tools/leadup build"
	if cfg.Build.Command != build {
		t.Errorf("netlify.toml build command = %q, want %q", cfg.Build.Command, build)
	}
	for _, ctx := range []string{"deploy-preview", "branch-deploy"} {
		if c := cfg.Context[ctx].Command; !strings.HasPrefix(c, build+" -baseurl ") || !strings.Contains(c, "$DEPLOY_PRIME_URL") {
			t.Errorf("netlify.toml [context.%s] command = %q, want %s -baseurl with $DEPLOY_PRIME_URL", ctx, c, build)
		}
	}
	cache := map[string]string{}
	for _, h := range cfg.Headers {
		if v, ok := h.Values["Cache-Control"]; ok {
			if _, dup := cache[h.For]; dup {
				t.Errorf("netlify.toml sets Cache-Control for %s twice", h.For)
			}
			cache[h.For] = v
		}
	}
	for _, p := range []string{"/pagefind/*", "/pagefind-parts/*", "/images/qr/*", "/css/*"} {
		if cache[p] == "" {
			t.Errorf("netlify.toml sets no Cache-Control for %s", p)
		}
	}
	wf, err := os.ReadFile(filepath.Join("..", "..", "..", ".github", "workflows", "pages.yml"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(wf), build+" -baseurl") || !strings.Contains(string(wf), "node-version: 22") {
		t.Errorf("the GitHub Pages workflow does not run %q -baseurl on Node 22", build)
	}
}

// FuzzLinkWarnings feeds arbitrary Hugo output through the warning filter:
// no panic, lines without the marker pass through unchanged, and whatever
// is written comes out once the filter is flushed.
func FuzzLinkWarnings(f *testing.F) {
	f.Add("WARN  leadup-broken-link\t/no/such/file.md\t/essays/x/\t1\tlink to /essays/x/ leads to no page\nplain\n", 3)
	f.Add("Start building sites … \nTotal in 10 ms", 1)
	f.Add("leadup-broken-link\t\t\t0\t\n", 2)
	f.Fuzz(func(t *testing.T, in string, cut int) {
		var out bytes.Buffer
		w := newLinkWarnings(t.TempDir(), &out)
		if cut < 0 || cut > len(in) {
			cut = len(in) / 2
		}
		w.Write([]byte(in[:cut]))
		w.Write([]byte(in[cut:]))
		w.Flush()
		if !strings.Contains(in, brokenLinkMark) {
			want := in
			if want != "" && !strings.HasSuffix(want, "\n") {
				want += "\n"
			}
			if out.String() != want {
				t.Fatalf("output %q, want the input %q unchanged", out.String(), want)
			}
		}
	})
}
