package normalize

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/leadingup/leadingup/tools/internal/prefilter"
)

// sampleFiles returns the testdata files the globs match and, when the
// real-page corpus is present, its first n pastes (20 with -short).
func sampleFiles(n int, globs ...string) []string {
	var files []string
	for _, g := range globs {
		m, _ := filepath.Glob(g)
		files = append(files, m...)
	}
	pastes, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	if testing.Short() {
		n = 20
	}
	return append(files, pastes[:min(n, len(pastes))]...)
}

// sampleLines returns the lines of every testdata input and, when the
// real-page corpus is present, of its first pastes (with -short, fewer),
// plus a few made-up edge cases: the strings the fast paths are checked on.
func sampleLines(t *testing.T) []string {
	t.Helper()
	files := sampleFiles(100, "testdata/*.txt", "testdata/*/*.txt", "testdata/*/*.md", "testdata/*.md")
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

// stripInlineRef is stripInline as it was written before its fast path:
// every pass of the emphasis pattern through ReplaceAllStringFunc.
func stripInlineRef(s string) string {
	if !strings.ContainsAny(s, "*_[]~`\\") {
		return s
	}
	s = reLink.ReplaceAllString(s, "$1")
	s, hidden := hideEscapes(s)
	for k := 0; k < 3; k++ {
		n := reEmph.ReplaceAllStringFunc(s, func(m string) string {
			sm := reEmph.FindStringSubmatch(m)
			if sm[1] != sm[3] {
				return m
			}
			return sm[2]
		})
		if n == s {
			break
		}
		s = n
	}
	if hidden {
		s = unhideEscapes(s)
	}
	return reEscaped.ReplaceAllString(s, "$1")
}

var reDashSepRef = regexp.MustCompile(`\s+(?:-|–|—|--)\s+`)

// TestTextFastPathsAgree checks the hand-written matchers of text.go and
// prose.go against the patterns they replace.
func TestTextFastPathsAgree(t *testing.T) {
	extra := []string{"a - b", "a -- b", "a --b", "a -  b", "a  -\tb", "a – b", "a —b", "a — b - c", "a\n-\nb", "a -- - b",
		"a - ", " -- x", "a ---  b", "**x** and __y__", "*a_b*", "`c`d`", "~~s~~", "**a*", "_a_ _b_"}
	for _, s := range append(sampleLines(t), extra...) {
		if got, want := dashSepIndex(s), reDashSepRef.FindStringIndex(s); !reflect.DeepEqual(got, want) {
			t.Errorf("dashSepIndex(%q) = %v, want %v", s, got, want)
		}
		if got, want := stripInline(s), stripInlineRef(s); got != want {
			t.Errorf("stripInline(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzTextFastPaths(f *testing.F) {
	for _, s := range []string{"a - b", "a -- b", "**x** y", "_a_ *b*", "x — y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := dashSepIndex(s), reDashSepRef.FindStringIndex(s); !reflect.DeepEqual(got, want) {
			t.Errorf("dashSepIndex(%q) = %v, want %v", s, got, want)
		}
		if got, want := stripInline(s), stripInlineRef(s); got != want {
			t.Errorf("stripInline(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestDroppedWhy checks the index of dropped lines against a search of the
// list from its end, through drops and undrops.
func TestDroppedWhy(t *testing.T) {
	d := &doc{skip: map[int]bool{}}
	for i := 0; i < 12; i++ {
		d.lines = append(d.lines, line{n: i + 1, raw: "x"})
	}
	search := func(n int) string {
		for k := len(d.report.Dropped) - 1; k >= 0; k-- {
			if d.report.Dropped[k].Line == n {
				return d.report.Dropped[k].Why
			}
		}
		return ""
	}
	check := func(step string) {
		t.Helper()
		for n := 0; n <= 13; n++ {
			if got, want := d.droppedWhy(n), search(n); got != want {
				t.Errorf("%s: droppedWhy(%d) = %q, want %q", step, n, got, want)
			}
		}
	}
	check("empty")
	d.dropLine(2, "a")
	d.dropLine(5, "b")
	d.drop(3, "x", "c")
	check("drops")
	d.drop(3, "x", "d") // a second entry for line 3: the last one counts
	d.drop(0, "x", "e")
	check("second entry")
	d.undrop(2)
	check("undrop")
	d.dropLine(2, "f")
	check("dropped again")
}

// TestShortRuns checks shortRuns, which measures every line's run of short
// lines in one pass, against shortRun, which walks the run from one line,
// on the testdata inputs and corpus pastes at the two points of the
// pipeline where runs are read.
func TestShortRuns(t *testing.T) {
	files := sampleFiles(150, "testdata/*.txt", "testdata/*/*.txt")
	check := func(d *doc, name, step string) {
		t.Helper()
		if d.regionFeats == nil {
			return
		}
		runs := d.shortRuns()
		for i := range d.lines {
			if d.lines[i].kind == kBlank {
				continue
			}
			if got, want := runs[i], d.shortRun(i); got != want {
				t.Fatalf("%s, %s: shortRuns()[%d] = %d, shortRun(%d) = %d", name, step, i, got, i, want)
			}
		}
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d := &doc{name: f, skip: map[int]bool{}, titleLine: -1}
		d.lines = lex(strings.ReplaceAll(string(src), "\r\n", "\n"), 1, false)
		d.stripHTML()
		d.findRegion()
		d.extractMeta(htmlMeta{})
		check(d, f, "after the metadata")
		d.dropOutsideRegion()
		check(d, f, "after the region")
	}
}

// monthFirstCases are made-up edge cases of the month-first patterns:
// names inside words, case folding beyond ASCII, boundaries before
// letters that are not ASCII, nested names, ranges.
var monthFirstCases = []string{"May 5, 2024", "mayo 2020", "Mayo de 2020", "Mays 2020", "xMay 2020", "_May 2020", "5May 2020", "on 2May 3, 2020",
	"MÄRZ 2021", "märz 2021", "Maerz 2021", "şubat 2020", "xşubat 2020", "1şubat 2020", "ŞUBAT 2020", "Aralık 2019", "ARALIK 2019",
	"Mayand June 2020", "May to June 2020", "Jan.–Feb. 2021", "Sept. 9 2019", "sept 9, 2019", "Dec 32, 2020", "déc. 2020", "DÉC 2020",
	"\u212aasım 2020", "Październik 2020", "PAŹDZIERNIK 2020", "the may 2020 and June 3, 2021", "in May, 2020 and then", "Juni 2020x", "Juni 20201"}

func checkMonthFirst(t *testing.T, s string) {
	t.Helper()
	for k, m := range []monthFirst{reMDY, reMonthRng, reMonthY} {
		if got, want := m.FindStringSubmatchIndex(s), m.re.Regexp.FindStringSubmatchIndex(s); !reflect.DeepEqual(got, want) {
			t.Errorf("pattern %d (reMDY, reMonthRng, reMonthY) on %q: the month scan finds %v, the pattern %v", k, s, got, want)
		}
	}
}

// TestMonthFirstSame checks the month-first fast path against the
// patterns on real lines, their tails and made-up cases.
func TestMonthFirstSame(t *testing.T) {
	for _, s := range append(sampleLines(t), monthFirstCases...) {
		checkMonthFirst(t, s)
		if len(s) > 8 {
			checkMonthFirst(t, s[len(s)/2:])
		}
	}
}

func FuzzMonthFirst(f *testing.F) {
	for _, s := range monthFirstCases {
		f.Add(s)
	}
	f.Fuzz(checkMonthFirst)
}

// TestWordFastPaths checks letterWord, isStopword and cutRunes against the
// expressions they replace, and the memo of commentShaped against the
// function, on real lines' words.
func TestWordFastPaths(t *testing.T) {
	extra := []string{strings.Repeat("alpha beta gamma delta epsilon zeta omega theta iota kappa lambda sigma ", 3) + "alpha", "", "-", "“Hello”", "DON'T", "(and)", "Über", "ÜBER", "x\xffy", "\xff", "über-", "1st", "THE", "Thé", "ﬁrst", "İstanbul"}
	for _, s := range append(sampleLines(t), extra...) {
		checkWordFastPaths(t, s)
		if got, want := topicWords(s), topicWordsRef(s); !slices.Equal(got, want) {
			t.Errorf("topicWords(%q) = %q, want %q", s, got, want)
		}
		if got, want := commentShaped(s), commentShapedOnce(s); got != want {
			t.Errorf("commentShaped(%q) = %v, commentShapedOnce says %v", s, got, want)
		}
	}
}

// topicWordsRef is topicWords as it was first written.
func topicWordsRef(t string) []string {
	var out []string
	seen := map[string]bool{}
	for _, w := range strings.Fields(t) {
		w = strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }))
		if utf8.RuneCountInString(w) < 4 || stopwords[w] {
			continue
		}
		if r := []rune(w); len(r) > topicWordRunes {
			w = string(r[:topicWordRunes])
		}
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

func checkWordFastPaths(t *testing.T, s string) {
	t.Helper()
	for _, w := range append(strings.Fields(s), s) {
		ref := strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }))
		if got := letterWord(w); got != ref {
			t.Errorf("letterWord(%q) = %q, want %q", w, got, ref)
		}
		if got := isStopword(w); got != stopwords[ref] {
			t.Errorf("isStopword(%q) = %v, want %v", w, got, stopwords[ref])
		}
		for n := 0; n < 8; n++ {
			if got, want := wordCountUpTo(w, n), min(wordCount(w), n); got != want {
				t.Errorf("wordCountUpTo(%q, %d) = %d, want %d", w, n, got, want)
			}
			if got, want := moreWordsThan(w, n), wordCount(w) > n; got != want {
				t.Errorf("moreWordsThan(%q, %d) = %v, want %v", w, n, got, want)
			}
			want := w
			if r := []rune(w); len(r) > n {
				want = string(r[:n])
			}
			if got := cutRunes(w, n); got != want {
				t.Errorf("cutRunes(%q, %d) = %q, want %q", w, n, got, want)
			}
		}
	}
}

func FuzzWordFastPaths(f *testing.F) {
	for _, s := range []string{"“Hello”", "DON'T x", "Über über-", "x\xffy"} {
		f.Add(s)
	}
	f.Fuzz(checkWordFastPaths)
}

// TestJunkTableAgrees checks the junk table's lookup (firstJunkRow: the
// rows' prefilters tested together, by word count and first byte) against
// trying each row in turn, on real lines, their trimmed forms and their
// " | " parts.
func TestJunkTableAgrees(t *testing.T) {
	ref := func(s string, w int) string {
		x, lower := prefilter.Prepare(s), lowered{s: s}
		for k := range junkRules {
			if junkRules[k].matches(x, &lower, w) {
				return junkRules[k].why
			}
		}
		return ""
	}
	n := 0
	for _, s := range sampleLines(t) {
		for _, v := range append([]string{s, strings.TrimSpace(strings.Trim(s, "#*_ "))}, strings.Split(s, "|")...) {
			v = strings.TrimSpace(v)
			w := wordCount(v)
			got, want := firstJunkRow(v, w), ref(v, w)
			if got != want {
				t.Errorf("%q: the table gives %q, the rows in turn %q", v, got, want)
			}
			if want != "" {
				n++
			}
		}
	}
	if n == 0 {
		t.Error("no line matched a row: the check checked nothing")
	}
}
