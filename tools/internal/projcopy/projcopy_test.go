package projcopy

import (
	"os"
	"path/filepath"
	"testing"
)

func TestCopy(t *testing.T) {
	src := t.TempDir()
	files := map[string]string{
		"go.mod":                    "module example\n",
		"sources/a.txt":             "An essay.\n",
		"content/essays/a.md":       "+++\ntitle = \"A\"\n+++\n",
		".git/HEAD":                 "ref: refs/heads/main\n",
		".cache/leadup/normalize/x": "cached",
		"public/index.html":         "<p>old build</p>",
		"resources/_gen/x":          "generated",
		"node_modules/pagefind/pkg": "binary",
		"themes/leadup/theme.toml":  "name = \"leadup\"\n",
		"tools/e2e/testdata/.keep":  "",
	}
	for name, body := range files {
		p := filepath.Join(src, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	dst := filepath.Join(t.TempDir(), "copy")
	if err := Copy(src, dst); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		copied bool
	}{
		{"go.mod", true},
		{"sources/a.txt", true},
		{"content/essays/a.md", true},
		{"themes/leadup/theme.toml", true},
		{"tools/e2e/testdata/.keep", true},
		{".git/HEAD", false},
		{".cache/leadup/normalize/x", false},
		{"public/index.html", false},
		{"resources/_gen/x", false},
	}
	for _, tt := range tests {
		b, err := os.ReadFile(filepath.Join(dst, filepath.FromSlash(tt.name)))
		switch {
		case tt.copied && err != nil:
			t.Errorf("%s: not copied: %v", tt.name, err)
		case tt.copied && string(b) != files[tt.name]:
			t.Errorf("%s: copied as %q, want %q", tt.name, b, files[tt.name])
		case !tt.copied && err == nil:
			t.Errorf("%s: copied, want it left out", tt.name)
		}
	}
	link, err := os.Readlink(filepath.Join(dst, "node_modules"))
	if err != nil || link != filepath.Join(src, "node_modules") {
		t.Errorf("node_modules: link %q (%v), want a link to %s", link, err, filepath.Join(src, "node_modules"))
	}
}

func TestCopyMissingSource(t *testing.T) {
	err := Copy(filepath.Join(t.TempDir(), "nowhere"), t.TempDir())
	if err == nil {
		t.Fatal("copying a missing project succeeded; want an error naming it")
	}
}
