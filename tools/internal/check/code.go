package check

import (
	"fmt"
	"strings"

	"github.com/alecthomas/chroma/v2/lexers"
)

// checkCodeLanguage reports a fenced code block whose language Hugo cannot
// highlight. Hugo highlights code with Chroma and quietly prints a block
// whose language Chroma does not know as plain text, so a typo such as
// "tmol" would otherwise go unnoticed. info is the rest of the fence's
// opening line: the language, then optional attributes.
func (c *checker) checkCodeLanguage(p *page, off int, info string) {
	lang, _, _ := strings.Cut(strings.TrimSpace(info), " ")
	lang = strings.TrimPrefix(strings.TrimSuffix(lang, "}"), "{")
	lang = strings.TrimPrefix(lang, ".")
	if lang == "" || strings.ContainsAny(lang, "=`") {
		return // no language given: Hugo prints the block as plain text, as asked
	}
	if lexers.Get(lang) != nil {
		return
	}
	hint := "use a language name Chroma knows, such as toml, go, yaml, json, markdown or text"
	if guess := closestLexer(lang); guess != "" {
		hint = fmt.Sprintf("did you mean `%s`? %s", guess, hint)
	}
	c.reportAt(p, off, Warning, hint, "code block language %q is unknown to Chroma, Hugo's highlighter, so the block is not highlighted", lang)
}

// closestLexer returns the Chroma language name or alias nearest to lang, if
// it is at most two edits away.
func closestLexer(lang string) string {
	lang = strings.ToLower(lang)
	best, bestDist := "", 3
	for _, name := range lexers.Names(true) {
		if d := editDistance(lang, strings.ToLower(name)); d < bestDist || d == bestDist && strings.ToLower(name) < best {
			best, bestDist = strings.ToLower(name), d
		}
	}
	return best
}

// editDistance is the optimal string alignment distance between a and b,
// in bytes: insertions, deletions, substitutions and swaps of two
// neighbouring letters ("tmol" for "toml") each cost one.
func editDistance(a, b string) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}
