package normalize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sampleLines returns the lines of every testdata input and, when the
// real-page corpus is present, of its first pastes (with -short, fewer),
// plus a few made-up edge cases: the strings the fast paths are checked on.
func sampleLines(t *testing.T) []string {
	t.Helper()
	var files []string
	for _, g := range []string{"testdata/*.txt", "testdata/*/*.txt", "testdata/*/*.md", "testdata/*.md"} {
		m, _ := filepath.Glob(g)
		files = append(files, m...)
	}
	pastes, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	n := 100
	if testing.Short() {
		n = 20
	}
	files = append(files, pastes[:min(n, len(pastes))]...)
	lines := []string{"", " ", "-", " - ", "a - b", "a  --  b", "a -b", "a\t–\tb", "x — ", "2024", "1/2", "1.2.", "a-1", "12-3", "Apr 9, 2024",
		"3 min readApr 9, 2024", "22. Dezember 201922. Dezember 2019", "on 1999", "v1.2", "**bold** and _it_", "\\*not\\* emph"}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			lines = append(lines, l, strings.TrimSpace(l))
		}
	}
	return lines
}

// TestFastPathsAgree checks each hand-written fast path against the
// reference it replaces, on real lines: a prefilter may only skip work
// whose answer it knows.
func TestFastPathsAgree(t *testing.T) {
	for _, s := range sampleLines(t) {
		iso, mo, span, ok := findDateIn(s)
		if g := findDateOnce(s); !dateShape(s) && (g != dateFound{} || iso != "" || mo || span != [2]int{} || ok) {
			t.Errorf("findDate(%q): dateShape says no date, the patterns found %q %v %v %v", s, iso, mo, span, ok)
		}
	}
}
