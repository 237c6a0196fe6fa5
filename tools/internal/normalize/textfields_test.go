package normalize

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// TestFieldHelpersAgree checks lowerFields and joinFields against the
// strings.Fields expressions they stand for.
func TestFieldHelpersAgree(t *testing.T) {
	cases := []string{"", " ", "a", " a", "a ", "a  b", "a b", "a\tb", "a\u00a0b", "a\u0085b", "a\u2003b c",
		"Ärger Über Öl", "İstanbul DİYARBAKIR", "one two three four five six", "  Lead  Up\n", "a \xffb c",
		"ΣΊΣΥΦΟΣ Σ", "x\u200bY", "Do ASK your Manager", "tab\tend\t"}
	for _, s := range cases {
		if got, want := joinFields(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("joinFields(%q) = %q, want %q", s, got, want)
		}
		all := strings.Fields(strings.ToLower(s))
		for n := 0; n <= 6; n++ {
			want := all[:min(n, len(all))]
			if got := lowerFields(s, make([]string, 0, n)); !slices.Equal(got, want) {
				t.Errorf("lowerFields(%q, %d) = %q, want %q", s, n, got, want)
			}
		}
	}
}

// TestQuoteAtEndNeeded checks that quoteAtEnd never rules out a sentence
// reQuotedTail matches.
func TestQuoteAtEndNeeded(t *testing.T) {
	for _, s := range []string{`She says "how is it going?"`, `Ask: “what would help?” 👇`, `He said "fine".`, `Try "yes, and" ſ`,
		`Say “thanks”`, `It was "good" then`, `No quote here.`, `Tell them "it is done"_`, `with "a b c")`, `x "abc"é`} {
		if reQuotedTail.MatchString(s) && !quoteAtEnd(s) {
			t.Errorf("quoteAtEnd(%q) = false, and reQuotedTail matches", s)
		}
	}
}

// FuzzQuoteAtEnd checks quoteAtEnd against reQuotedTail on any text.
func FuzzQuoteAtEnd(f *testing.F) {
	f.Add(`She says "how is it going?"`)
	f.Add(`Say “thanks” ſ`)
	f.Fuzz(func(t *testing.T, s string) {
		if reQuotedTail.MatchString(s) && !quoteAtEnd(s) {
			t.Fatalf("quoteAtEnd(%q) = false, and reQuotedTail matches", s)
		}
	})
}

// TestNormTitleSameAsFields checks normTitleOnce against the expression it
// stands for.
func TestNormTitleSameAsFields(t *testing.T) {
	for _, s := range []string{"", "  ", "Leading Up!", "**Leading** _up_ — a guide (2024)", "Ⅻ Ⓐ ÄÖ ß İ", "a\xffb", "x--y  z.", "Σ ς σ"} {
		want := strings.Join(strings.FieldsFunc(strings.ToLower(stripInline(s)), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}), " ")
		if got := normTitleOnce(s); got != want {
			t.Errorf("normTitleOnce(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestLowerHead checks lowerHead against lower-casing the whole text.
func TestLowerHead(t *testing.T) {
	for _, s := range []string{"", "<HTML>", strings.Repeat("\u212a", 2000), strings.Repeat("İ", 1500) + "<html>",
		strings.Repeat("a", 5000), strings.Repeat("\xff", 3000), "x" + strings.Repeat("Ω€", 900), strings.Repeat("é", 1536) + "Z",
		strings.Repeat("\x80", 5000), "a" + strings.Repeat("\xe2\x84\xaa\x80", 1200), strings.Repeat("\xf0\x9f\x98", 1500)} {
		for _, n := range []int{0, 1, 7, 1024} {
			want := bytes.ToLower([]byte(s))
			if len(want) > n {
				want = want[:n]
			}
			if got := lowerHead([]byte(s), n); !bytes.Equal(got, want) {
				t.Errorf("lowerHead(%.20q…, %d) = %.20q…, want %.20q…", s, n, got, want)
			}
		}
	}
}
