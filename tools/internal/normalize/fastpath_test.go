package normalize

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fixtureLines returns the lines of every text fixture (goldens and eval),
// and of the real-page corpus when it is present: the inputs the fast paths
// are checked on.
func fixtureLines(t testing.TB) []string {
	var files []string
	for _, pat := range []string{"testdata/*.txt", "testdata/eval/*.txt", "testdata/eval/*.md", filepath.Join(corpusDir, "*.txt")} {
		m, _ := filepath.Glob(pat)
		if strings.Contains(pat, "corpus") && len(m) > 40 && testing.Short() {
			m = m[:40]
		}
		files = append(files, m...)
	}
	var lines []string
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for l := range strings.SplitSeq(string(src), "\n") {
			lines = append(lines, strings.TrimSpace(l))
		}
	}
	if len(lines) == 0 {
		t.Fatal("no fixture lines")
	}
	return lines
}

// TestJunkLineMemo checks that junkLine, which remembers its answers,
// answers as judgeLine does, with the lines in order (repeats hit the memo)
// and shuffled (slots are shared and overwritten).
func TestJunkLineMemo(t *testing.T) {
	lines := fixtureLines(t)
	for pass := range 3 {
		if pass == 2 {
			rand.New(rand.NewPCG(1, 2)).Shuffle(len(lines), func(i, j int) { lines[i], lines[j] = lines[j], lines[i] })
		}
		for _, l := range lines {
			if got, want := junkLine(l), judgeLine(l); got != want {
				t.Fatalf("pass %d: junkLine(%q) = %q, judgeLine says %q", pass, l, got, want)
			}
		}
	}
}
