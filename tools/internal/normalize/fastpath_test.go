package normalize

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
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

// cleanRuneRef is cleanRune without its ASCII fast path.
func cleanRuneRef(r rune) rune {
	switch r {
	case '\u00a0', '\u2007', '\u202f', '\u2009', '\u200a', '\u3000':
		return ' '
	case '\u200b', '\u200c', '\u200d', '\ufeff', '\u2060':
		return -1
	}
	if r < ' ' && r != '\t' {
		return -1
	}
	if r == '\u007f' || unicode.Is(unicode.Co, r) {
		return -1
	}
	return r
}

// TestCleanRune checks cleanRune against its reference on every rune of
// the first planes and the private-use ones.
func TestCleanRune(t *testing.T) {
	for r := rune(0); r < 0x110000; r++ {
		if r >= 0x20000 && r < 0xF0000 {
			r = 0xF0000
		}
		if got, want := cleanRune(r), cleanRuneRef(r); got != want {
			t.Fatalf("cleanRune(%U) = %v, reference %v", r, got, want)
		}
	}
}

// TestCleanTextMemo checks that cleanText, which remembers its answers,
// answers as cleanTextOnce does.
func TestCleanTextMemo(t *testing.T) {
	lines := fixtureLines(t)
	for range 2 {
		for _, l := range lines {
			if got, want := cleanText(l), cleanTextOnce(l); got != want {
				t.Fatalf("cleanText(%q) = %q, cleanTextOnce says %q", l, got, want)
			}
		}
	}
}

// TestNormTitleMemo checks that normTitle, which remembers its answers,
// answers as normTitleOnce does.
func TestNormTitleMemo(t *testing.T) {
	lines := fixtureLines(t)
	for range 2 {
		for _, l := range lines {
			if got, want := normTitle(l), normTitleOnce(l); got != want {
				t.Fatalf("normTitle(%q) = %q, normTitleOnce says %q", l, got, want)
			}
		}
	}
}

// FuzzWordCount checks wordCount against the length of strings.Fields.
func FuzzWordCount(f *testing.F) {
	for _, s := range []string{"", " ", "a b", "\ta\u00a0b\u2003c\x85d", "\xff \xfe", "one  two\nthree"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := wordCount(s), len(strings.Fields(s)); got != want {
			t.Fatalf("wordCount(%q) = %d, strings.Fields finds %d", s, got, want)
		}
	})
}

// TestWordCountFields runs FuzzWordCount's check on the fixture lines.
func TestWordCountFields(t *testing.T) {
	for _, l := range fixtureLines(t) {
		if got, want := wordCount(l), len(strings.Fields(l)); got != want {
			t.Fatalf("wordCount(%q) = %d, strings.Fields finds %d", l, got, want)
		}
	}
	for r := rune(0); r < 0x3100; r++ {
		s := "a" + string(r) + "b"
		if got, want := wordCount(s), len(strings.Fields(s)); got != want {
			t.Fatalf("wordCount(%q) = %d, strings.Fields finds %d", s, got, want)
		}
	}
}

// TestCleanLine checks cleanLine, which skips lines of printable ASCII,
// against strings.Map(cleanRune, …), and that cleaning is idempotent (lex
// cleans a line once, not its text again).
func TestCleanLine(t *testing.T) {
	lines := append(fixtureLines(t), "", "plain ascii", "tab\there", "bell\a", "del\x7f", "nbsp\u00a0x", "zw\u200bj", "private\ue000", "~", "\x1f")
	for _, s := range lines {
		want := strings.Map(cleanRune, s)
		if got := cleanLine(s); got != want {
			t.Errorf("cleanLine(%q) = %q, want %q", s, got, want)
		}
		if again := cleanLine(want); again != want {
			t.Errorf("cleanLine is not idempotent on %q: %q", want, again)
		}
	}
}

// TestBenefitScoreMemo checks that benefitScore, which remembers its
// answers, answers as benefitScoreOnce does, on every sentence of the
// fixtures, twice.
func TestBenefitScoreMemo(t *testing.T) {
	var ss []string
	for _, l := range fixtureLines(t) {
		ss = append(ss, l)
		ss = append(ss, sentences(l)...)
	}
	for range 2 {
		for _, s := range ss {
			if got, want := benefitScore(s), benefitScoreOnce(s); got != want {
				t.Fatalf("benefitScore(%q) = %v, benefitScoreOnce says %v", s, got, want)
			}
		}
	}
}

// TestClassifySentenceMemo checks that classifySentence, which remembers
// its answers, answers as classifySentenceOnce does, on every sentence of
// the fixtures, twice.
func TestClassifySentenceMemo(t *testing.T) {
	var ss []string
	for _, l := range fixtureLines(t) {
		ss = append(ss, l)
		ss = append(ss, sentences(l)...)
	}
	for range 2 {
		for _, s := range ss {
			if got, want := classifySentence(s), classifySentenceOnce(s); got != want {
				t.Fatalf("classifySentence(%q) = %+v, classifySentenceOnce says %+v", s, got, want)
			}
		}
	}
}
