package prefilter

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestNeeds(t *testing.T) {
	tests := []struct {
		expr string
		want [][]string
	}{
		{`share`, [][]string{{"SHARE"}}},
		{`(?i)^(?:share|tweet) on (?:x|linkedin)`, [][]string{{"SHARE ON X", "SHARE ON LINKEDIN", "TWEET ON X", "TWEET ON LINKEDIN"}}},
		{`(?i)don'?t`, [][]string{{"DON'T", "DONT"}}},
		{`(?i)\bthanks for reading\b.{0,200}\b(?:subscribe|newsletter)\b`, [][]string{{"THANKS FOR READING"}, {"SUBSCRIBE", "NEWSLETTER"}}},
		{`(?i)(?:a.*b|c+d)`, [][]string{{"A", "C"}}},
		{`x*`, nil},
		{`(?:a|.*)`, nil},
		{`^\d+$`, [][]string{{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}}},
		{`^\w+$`, nil},
		{`[’']s\b`, [][]string{{"'S", "’S"}}},
	}
	for _, tt := range tests {
		got := MustCompile(tt.expr).Needs()
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: needs %q, want %q", tt.expr, got, tt.want)
		}
	}
}

// patterns are shaped like the normaliser's rules: anchored alternations of
// words, case folding, optional parts, classes and bounded repeats.
var patterns = []string{
	`(?i)^(?:leave a (?:reply|comment)|post (?:a )?comment|comment\s*\*?|name\s*\*)`,
	`(?i)^(?:(?:share|tweet|pin|x|linkedin|share on \w+)\s*[:|·•,/]?\s*)+$`,
	`(?i)(?:^|[·•|\s])\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s+read\b`,
	`(?i)^(?:photo|image)s?(?: by| credit)?\s*[:\-–—]?\s+.{1,120}$`,
	`(?i)\b(?:we use cookies|cookie (?:policy|settings))\b`,
	`(?i)^[←→«»‹›<>\s]*(?:previous|next)\s*(?:post|article)?\s*[:»«›‹<>]\s*.{1,120}$`,
	`(?i)^(?:über|à propos de|acerca de)\s+\p{Lu}[\p{L}.'’-]+$`,
	`^(?i:written by|about)\s+\p{Lu}[\p{L}.'’-]*$`,
	`(?i)\bdo'?s\b.*\bdon'?ts\b|\bdo(?:'s|’s)?\s*(?:and|&|or|/)\s*don(?:'|’)?ts?\b`,
	`(?i)^(?:\*\*)?(?:myth|misconception)(?:\s*#?\d{1,2})?\s*[:.]\s*(?:\*\*)?\s*(\S.*)$`,
	`(?i)ſtop|kelvin`,
	`^$`,
	`a?`,
	`(?i)^(?:k|s)\b`,
	`(?m)^end$`,
	`(?i)µ|σ`,
	`\s?\[\d{1,3}\]|\[\^\d{1,3}\]`, // caseless literals: searched unfolded
	`(?i)\w’s ?—`,
	`^(?i:step|rule|tip|no\.)\s*[-#]?\s*(\d{1,3})\s*[:.)]\s*(\S.*)$`,
	`(?i)^(?:ſhare|über|k)+ ?(?:x|µ)`,
	`(?i)^(?:a|b)?c*d`,
	`(?i)^(?:first|one|1)\s*[,:]\s*|^(?:lastly|first)\s+you\s+`, // every branch anchored: the pattern is
	`^(?:[A-Z]{1,2}|Answer)\s?:\s+|^[QA]\.\s+`,
	`(?i)^(?:one|two)\b|\bthree`, // one branch is not anchored: neither is the pattern
}

var texts = []string{
	"", "Share", "share on LinkedIn", "SHARE | TWEET", "Leave a Reply", "comment *", "3 min read", "·5 min read",
	"Photo by Jane on Unsplash", "We use Cookies to…", "← Previous post: How to lead", "Über Jane", "Written by Jane",
	"Do's and Don'ts", "dos and donts", "**Myth 2:** managers know", "Stop", "ſtop", "KELVIN", "\u212aelvin", "k", "\u212a",
	"S", "\u017f", "the end\nend", "Μ", "µ", "ς", "Σ", "\xff\xfeshare", "no match here at all",
	"Step 3: ask", "tip #2) x", "The step 3: ask", "STEP", "No. 4: y", "KSHARE x", "\u212aµ", "ÜBER X", "ddd", "acd", "cd", "bccd", "xd",
	"First, ask", "someone, first you", "Lastly you ask", "Q. why", "LSA: yes", "A. no", "x: y", "two three", "One", "it is one, first", "1: x",
	"a note [12]", "x\xe2[3]", "[^7]", "\xe2\x80[9]", "Jane’s — book", "JANE\xe2\x80\x99S —", "\xf0\xe2\x80\x99s —",
}

// TestSameAsRegexp checks the prefilter never rules out a string the regexp
// matches, on every pattern × text pair.
func TestSameAsRegexp(t *testing.T) {
	for _, p := range patterns {
		r := MustCompile(p)
		std := regexp.MustCompile(p)
		for _, s := range texts {
			if got, want := r.MatchString(s), std.MatchString(s); got != want {
				t.Errorf("%s on %q: %v, regexp says %v (needs %q)", p, s, got, want, r.Needs())
			}
			if got, want := r.ReplaceAllString(s, "[$0]"), std.ReplaceAllString(s, "[$0]"); got != want {
				t.Errorf("%s replace on %q: %q, regexp says %q", p, s, got, want)
			}
			if got, want := r.ReplaceAllLiteralString(s, "[$0]"), std.ReplaceAllLiteralString(s, "[$0]"); got != want {
				t.Errorf("%s literal replace on %q: %q, regexp says %q", p, s, got, want)
			}
			if got, want := r.ReplaceAllStringFunc(s, strings.ToLower), std.ReplaceAllStringFunc(s, strings.ToLower); got != want {
				t.Errorf("%s func replace on %q: %q, regexp says %q", p, s, got, want)
			}
		}
	}
}

// TestMinimal checks that a set keeps only the literals no other literal
// of it is inside.
func TestMinimal(t *testing.T) {
	for _, tt := range []struct{ in, want []string }{
		{[]string{" [", "[", "[^"}, []string{"["}},
		{[]string{"ab", "ab", "b"}, []string{"b"}},
		{[]string{"ab", "ab"}, []string{"ab"}},
		{[]string{"ab", "cd"}, []string{"ab", "cd"}},
		{[]string{"", "x"}, []string{"", "x"}},
	} {
		if got := minimal(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("minimal(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCaseless checks which patterns search their literals unfolded.
func TestCaseless(t *testing.T) {
	for p, want := range map[string]bool{`\[\d+\]`: false, `\[-?\]`: true, `(?i)’s —`: false, `(?i)’ —`: true, `(?i)kelvin`: false, `:\s`: true, `x`: false} {
		r, err := Compile(p)
		if err != nil {
			t.Fatal(err)
		}
		if r.plain != want {
			t.Errorf("%s: plain = %v, want %v (needs %q)", p, r.plain, want, r.Needs())
		}
	}
}

func TestFold(t *testing.T) {
	for _, tt := range [][2]string{{"abc", "ABC"}, {"K\u212ak", "KKK"}, {"ſs", "SS"}, {"Ää", "ÄÄ"}, {"ÄÄ", "ÄÄ"}} {
		if got := Fold(tt[0]); got != tt[1] && Fold(tt[1]) != got {
			t.Errorf("Fold(%q) = %q, want the fold of %q", tt[0], got, tt[1])
		}
	}
	if Fold("Kelvin") != Fold("\u212aELVIN") {
		t.Errorf("Kelvin sign does not fold with K")
	}
}

// FuzzSameAsRegexp checks the prefilter against the regexp package on
// arbitrary patterns and texts.
func FuzzSameAsRegexp(f *testing.F) {
	for _, p := range patterns {
		for _, s := range texts[:8] {
			f.Add(p, s)
		}
	}
	f.Fuzz(func(t *testing.T, p, s string) {
		std, err := regexp.Compile(p)
		if err != nil || strings.Count(p, "{") > 3 {
			return
		}
		r, err := Compile(p)
		if err != nil {
			t.Fatalf("%q: regexp compiles it, prefilter says %v", p, err)
		}
		if got, want := r.MatchString(s), std.MatchString(s); got != want {
			t.Fatalf("%q on %q: %v, regexp says %v (needs %q)", p, s, got, want, r.Needs())
		}
	})
}

// benchLines are distinct lines, more than the recent-string cache holds.
var benchLines = func() []string {
	var out []string
	for i := 0; i < 64; i++ {
		out = append(out, fmt.Sprintf("Section %d of the essay starts with a paragraph that is hard-wrapped at a narrow width", i))
	}
	return out
}()

func BenchmarkMiss(b *testing.B) {
	rs := make([]*Regexp, len(patterns))
	for i, p := range patterns {
		rs[i] = MustCompile(p)
	}
	for i := 0; b.Loop(); i++ {
		line := benchLines[i%len(benchLines)]
		for _, r := range rs {
			r.MatchString(line)
		}
	}
}

func BenchmarkMissRegexp(b *testing.B) {
	rs := make([]*regexp.Regexp, len(patterns))
	for i, p := range patterns {
		rs[i] = regexp.MustCompile(p)
	}
	for i := 0; b.Loop(); i++ {
		line := benchLines[i%len(benchLines)]
		for _, r := range rs {
			r.MatchString(line)
		}
	}
}

// TestAutomatonSameAsTrie checks the automaton's scan against the walk of
// the trie from every position, on sets of overlapping literals (prefixes,
// suffixes and repeats of each other, as failure links need) and texts made
// of their pieces.
func TestAutomatonSameAsTrie(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"A", "B", "AB", "BA", "AAB", " ", "Ä", "\xc3", "'S", "’"}
	piece := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		return b.String()
	}
	for round := 0; round < 300; round++ {
		var sets [][]string
		for range 1 + rng.IntN(80) {
			var set []string
			for range 1 + rng.IntN(3) {
				set = append(set, piece(1+rng.IntN(4)))
			}
			sets = append(sets, set)
		}
		ix := buildIndex(sets)
		for range 20 {
			text := piece(rng.IntN(30))
			if got, want := ix.scan(text), ix.scanTrie(text); !slices.Equal(got, want) {
				t.Fatalf("sets %q on %q: automaton %b, trie %b", sets, text, got, want)
			}
		}
	}
}

// FuzzAutomatonSameAsTrie compares the two scans on the shared index of
// this package's test patterns and arbitrary texts.
func FuzzAutomatonSameAsTrie(f *testing.F) {
	for _, s := range texts {
		f.Add(s)
	}
	for _, p := range patterns {
		MustCompile(p)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ix := shared.current()
		s = Fold(s)
		if got, want := ix.scan(s), ix.scanTrie(s); !slices.Equal(got, want) {
			t.Fatalf("%q: automaton %b, trie %b", s, got, want)
		}
	})
}

// TestFoldTable checks the table of folds against the orbit walk.
func TestFoldTable(t *testing.T) {
	for r := rune(utf8.RuneSelf); r < foldTabSize+0x100; r++ {
		if got, want := foldRune(r), foldOrbit(r); got != want {
			t.Fatalf("foldRune(%U) = %U, want %U", r, got, want)
		}
	}
}

// TestMayMatchText checks that a prepared text passes the prefilters a
// plain string passes.
func TestMayMatchText(t *testing.T) {
	res := []*Regexp{MustCompile(`(?i)share on (?:x|linkedin)`), MustCompile(`^\d+ min read$`), MustCompile(`(?i)^(?:a|b)c`)}
	for _, s := range []string{"", "Share on LinkedIn", "4 min read", "bcd", "xyz", "ÄÖÜ share ON x"} {
		x := Prepare(s)
		if x.String() != s {
			t.Errorf("Prepare(%q).String() = %q", s, x.String())
		}
		for _, re := range res {
			if got, want := re.MayMatchText(x), re.MayMatch(s); got != want {
				t.Errorf("%s: MayMatchText(%q) = %v, MayMatch = %v", re, s, got, want)
			}
		}
	}
	// every test pattern on every test text: a prepared text tests short
	// literal sets and prefixes through the shared indexes, a plain string
	// searches them
	for _, p := range patterns {
		re := MustCompile(p)
		for _, s := range texts {
			if got, want := re.MayMatchText(Prepare(s)), re.MayMatch(s); got != want {
				t.Errorf("%s: MayMatchText(%q) = %v, MayMatch = %v", p, s, got, want)
			}
		}
	}
}

// TestHeadsSameAsPrefixes checks the shared index of prefixes against
// testing each set's prefixes on the text, for the test patterns and
// texts.
func TestHeadsSameAsPrefixes(t *testing.T) {
	for _, p := range patterns {
		MustCompile(p)
	}
	for _, s := range texts {
		checkHeads(t, s)
	}
}

// FuzzHeadsSameAsPrefixes is TestHeadsSameAsPrefixes on arbitrary texts.
func FuzzHeadsSameAsPrefixes(f *testing.F) {
	for _, s := range texts {
		f.Add(s)
	}
	for _, p := range patterns {
		MustCompile(p)
	}
	f.Fuzz(checkHeads)
}

func checkHeads(t *testing.T, s string) {
	ix := heads.current()
	got := ix.scan(s)
	heads.mu.Lock()
	sets := heads.sets[:ix.nsets]
	heads.mu.Unlock()
	for id, set := range sets {
		if has, want := got[id>>6]&(1<<(id&63)) != 0, hasAnyPrefix(s, set); has != want {
			t.Fatalf("%q starts with one of %q: index says %v, hasAnyPrefix %v", s, set, has, want)
		}
	}
}

// BenchmarkScan scans lines of prose with the shared index of the
// package's test patterns.
func BenchmarkScan(b *testing.B) {
	for _, p := range patterns {
		MustCompile(p)
	}
	ix := shared.current()
	text := Fold(strings.Repeat("Share on LinkedIn. Managing up means helping the person you report to succeed, and 4 min read. ", 20))
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		ix.scan(text)
	}
}

// TestForgetMemo checks that ForgetMemo empties the memo of folded
// strings and that matching works the same afterwards.
func TestForgetMemo(t *testing.T) {
	re := MustCompile(`(?i)share on \w+`)
	line := "Share on LinkedIn"
	if !re.MatchString(line) {
		t.Fatalf("%q should match before ForgetMemo", line)
	}
	ForgetMemo()
	for i := range memo {
		if memo[i].Load() != nil {
			t.Fatalf("memo slot %d still holds a string after ForgetMemo", i)
		}
	}
	for i := range recent {
		if recent[i].Load() != nil {
			t.Fatalf("recent slot %d still holds a string after ForgetMemo", i)
		}
	}
	if !re.MatchString(line) {
		t.Fatalf("%q should match after ForgetMemo", line)
	}
}

// TestPrefixes checks the prefixes found for anchored patterns.
func TestPrefixes(t *testing.T) {
	for _, tt := range []struct {
		expr string
		want []string
	}{
		{`(?i)^(?:share|tweet) on x`, []string{"SHARE", "TWEET"}}, // (cut to five runes)
		{`^(?i:step|tip)\s*\d`, []string{"STEP", "TIP"}},
		{`(?i)^(?:k|s)\b`, nil},                          // one rune: the first byte tells as much
		{`(?i)^(?:a|b)?c*d`, nil},                        // a match may start with "d"
		{`(?i)^photos?(?: by)?\s+\S`, []string{"PHOTO"}}, // "PHOTO BY" starts with "PHOTO"
		{`(?i)^(?:ab|cd)+x`, []string{"AB", "CD"}},
		{`(?i)^\w+ing\b`, nil},
		{`(?i)a^bc`, nil}, // not anchored
		{`(?i)^(?:first|one)\s*,|^(?:lastly|first)\s+you`, []string{"FIRST", "ONE", "LASTL"}}, // every branch anchored
		{`(?i)^(?:first|one)\s*,|\blastly`, nil},                                              // one branch is not
	} {
		r, err := Compile(tt.expr)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(r.prefix, tt.want) {
			t.Errorf("%s: prefixes %q, want %q", tt.expr, r.prefix, tt.want)
		}
	}
}

// TestMustCompileOnce checks that a pattern made again (as inside a
// function called for every paragraph) is the same Regexp and leaves the
// shared indexes as they were: each new set makes the next scan rebuild
// the whole automaton.
func TestMustCompileOnce(t *testing.T) {
	const p = `(?i)^\*\*([^*]{1,80}?)\*\* once`
	r := MustCompile(p)
	r.MayMatchText(Prepare("**Label** once"))
	sets, hs := shared.n.Load(), heads.n.Load()
	for range 3 {
		if again := MustCompile(p); again != r {
			t.Fatalf("MustCompile(%q) made a second Regexp", p)
		}
	}
	if shared.n.Load() != sets || heads.n.Load() != hs {
		t.Errorf("the shared indexes grew: %d -> %d literal sets, %d -> %d prefix sets", sets, shared.n.Load(), hs, heads.n.Load())
	}
}

// TestTable checks that a table leaves out exactly the patterns whose
// prefilter rules the text out, with and without a mask.
func TestTable(t *testing.T) {
	var res []*Regexp
	for _, p := range patterns {
		res = append(res, MustCompile(p))
	}
	// more than 64, so that the bitmaps have several words
	for i := range 70 {
		res = append(res, MustCompile(fmt.Sprintf(`(?i)^(?:share|tweet)%d|%d min read`, i, i)))
	}
	tab := NewTable(res)
	mask := make([]uint64, (len(res)+63)/64)
	for i := 0; i < len(res); i += 3 {
		mask[i>>6] |= 1 << (i & 63)
	}
	for _, s := range append(texts, "share12", "Tweet69 now", "7 min read", "") {
		x := Prepare(s)
		all, some := tab.MayMatch(x, nil), tab.MayMatch(x, mask)
		for i, r := range res {
			want := r.MayMatchText(x)
			if got := all[i>>6]&(1<<(i&63)) != 0; got != want {
				t.Errorf("%s on %q: table says %v, MayMatchText %v", r, s, got, want)
			}
			inMask := mask[i>>6]&(1<<(i&63)) != 0
			if got := some[i>>6]&(1<<(i&63)) != 0; got != (want && inMask) {
				t.Errorf("%s on %q, masked: table says %v, want %v", r, s, got, want && inMask)
			}
		}
	}
}
