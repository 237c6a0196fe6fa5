package normalize

import (
	"strings"
	"testing"
)

func TestStripInline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"**Bold** text", "Bold text"},
		{"_x_ and __y__", "x and y"},
		{"[a link](https://example.org/) here", "a link here"},
		{`\* 0*`, "* 0*"}, // an escaped asterisk is text
		{"* 0*", "* 0*"},  // an asterisk before a space opens nothing
		{`a \*b\* c`, "a *b* c"},
		{`*a\*`, "*a*"}, // an escaped closer closes nothing
		{`\\*x*`, `\x`}, // an escaped backslash, then emphasis
		{"`code` and ~~gone~~", "code and gone"},
		{"plain text", "plain text"},
	}
	for _, tt := range tests {
		if got := stripInline(tt.in); got != tt.want {
			t.Errorf("stripInline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestBlockLines checks the indexed line finder against a plain search of
// every block, on a synthetic page.
func TestBlockLines(t *testing.T) {
	blocks := sourceBlocks(string(syntheticPage(20 << 10)))
	lines := newBlockLines(blocks)
	naive := func(text string) int {
		f := foldForMatch(text)
		if len(f) > 40 {
			f = f[:strings.LastIndexByte(f[:40], ' ')+1]
		}
		f = strings.TrimSpace(f)
		if f == "" {
			return 0
		}
		for _, b := range blocks {
			if strings.Contains(b.folded, f) {
				return b.line
			}
		}
		return 0
	}
	probes := []string{"", "Reader 3", "Thanks, this helped me", "Section 2 of the essay starts", "Bench Notes", "not on the page", "Be transparent."}
	for _, b := range blocks {
		probes = append(probes, b.text)
		if w := strings.Fields(b.text); len(w) > 2 {
			probes = append(probes, strings.Join(w[1:], " "))
		}
	}
	for _, p := range probes {
		if got, want := lines.lineOf(p), naive(p); got != want {
			t.Errorf("lineOf(%q) = %d, want %d", p, got, want)
		}
	}
	kept := newFoldedIndex(blocks[len(blocks)/2].folded + " " + blocks[1].folded)
	for _, b := range blocks {
		if got, want := kept.contains(b.folded), strings.Contains(kept.text, b.folded); got != want {
			t.Errorf("contains(%q) = %v, want %v", b.folded, got, want)
		}
	}
}

func TestWordCount(t *testing.T) {
	for _, s := range []string{"", " ", "one", " two  words ", "tab\tand\nnewline", "nbsp\u00a0here", "ideographic\u3000space", "\xff\xfe bad", "a\u0085b", "end\v"} {
		if got, want := wordCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("wordCount(%q) = %d, want %d", s, got, want)
		}
	}
}
