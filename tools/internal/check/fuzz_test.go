package check

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzFrontMatter feeds arbitrary pages to the front matter reader. The
// invariants: it never panics, every line it reports lies inside the file,
// and reading the same bytes twice gives the same lines.
func FuzzFrontMatter(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "*", "content", "*", "*.md"))
	more, _ := filepath.Glob(filepath.Join("testdata", "cases", "*", "content", "*", "*.md"))
	for _, s := range append(seeds, more...) {
		src, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	f.Add([]byte("+++\n+++\n"))
	f.Add([]byte("---\ntitle: x\nreasons:\n  - a\n---\n"))
	f.Add([]byte("+++\n[[a]]\n[[a]]\nb = {c = 1}\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		p := newPage("content/essays/x.md", src)
		n := strings.Count(strings.ReplaceAll(string(src), "\r\n", "\n"), "\n") + 1
		if p.fmErr != nil && (p.fmErr.line < 1 || p.fmErr.line > n) {
			t.Errorf("error line %d outside the file's %d lines: %s", p.fmErr.line, n, p.fmErr.msg)
		}
		for k, l := range p.lines {
			if l < 1 || l > n {
				t.Errorf("key %q at line %d outside the file's %d lines", k, l, n)
			}
		}
		q := newPage("content/essays/x.md", src)
		if len(q.lines) != len(p.lines) {
			t.Fatalf("two reads disagree: %v then %v", p.lines, q.lines)
		}
		for k, l := range p.lines {
			if q.lines[k] != l {
				t.Errorf("key %q at line %d, then %d", k, l, q.lines[k])
			}
		}
		_ = pageURL(p)
	})
}
