package normalize

import (
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
