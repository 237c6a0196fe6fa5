package check

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzPageMarkdown runs the goldmark page checks on arbitrary pages. The
// invariants: no panic, every problem's line and column lie inside the file
// and point at the source line shown, and printing a problem works.
func FuzzPageMarkdown(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "cases", "*", "content", "*.md"))
	for _, s := range seeds {
		src, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	f.Add([]byte("Title\n=====\n\n[a][b]\n\n[b]: /nowhere/\n"))
	f.Add([]byte("## A\n<!-- only -->\n## B\n\n![i](/x.png) [](/y/) <a href='/z/'>z</a>\n"))
	f.Add([]byte("```\n[x](/nope/)\n```\n~~~ tmol\n~~~\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		c := &checker{root: t.TempDir(), sourceFile: map[string]string{}}
		p := newPage("content/x.md", src)
		c.pages = []*page{p}
		c.checkPages()
		lines := strings.Split(string(p.src), "\n")
		for _, pr := range c.problems {
			if pr.Line < 0 || pr.Line > len(lines) {
				t.Fatalf("%v: line outside the file's %d lines", pr, len(lines))
			}
			if pr.Col > 0 {
				if pr.Line == 0 || pr.Col > len(lines[pr.Line-1])+1 {
					t.Fatalf("%v: column outside line %q", pr, lines[pr.Line-1])
				}
				if pr.Source != strings.TrimRight(lines[pr.Line-1], "\r") {
					t.Fatalf("%v: source %q is not line %d", pr, pr.Source, pr.Line)
				}
			}
			var b bytes.Buffer
			if err := pr.Print(&b, 40); err != nil {
				t.Fatal(err)
			}
			if utf8.Valid(src) && !utf8.Valid(b.Bytes()) {
				t.Fatalf("printing %v makes invalid UTF-8: %q", pr, b.Bytes())
			}
		}
	})
}
