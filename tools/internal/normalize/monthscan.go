// monthscan.go: a fast path for the date patterns that open with a month
// name (meta.go: reMDY, reMonthRng, reMonthY). Their alternation of some
// 150 names makes the regexp package run its slowest engine over the whole
// text, a long paragraph holding "may" and a year included. A match can
// only start where a month name starts at a word boundary, so the text is
// scanned for those places (a trie of the names under case folding), and
// the pattern is tried anchored at each, in order: the first that matches
// is the leftmost match, the one the pattern finds. The answers are the
// patterns' own (TestMonthFirstSame, FuzzMonthFirst). Reads and marks
// nothing.

package normalize

import (
	"regexp"
	"regexp/syntax"
	"unicode"
	"unicode/utf8"

	"github.com/leadingup/leadingup/tools/internal/prefilter"
)

// monthFirst is a case-insensitive pattern `\b(` + monthRe + `)` + rest.
type monthFirst struct {
	re     *prefilter.Regexp // the pattern, for its prefilter (and as the reference)
	anchor *regexp.Regexp    // the pattern without its \b, anchored at the start
}

func newMonthFirst(rest string) monthFirst {
	return monthFirst{
		re:     rx(`\b(` + monthRe + `)` + rest),
		anchor: regexp.MustCompile(`(?i)^(` + monthRe + `)` + rest),
	}
}

// FindStringSubmatchIndex is m.re.FindStringSubmatchIndex(s).
func (m monthFirst) FindStringSubmatchIndex(s string) []int {
	if !m.re.MayMatch(s) {
		return nil
	}
	var loc []int
	monthStarts(s, func(p int) bool {
		if l := m.anchor.FindStringSubmatchIndex(s[p:]); l != nil {
			for k := range l {
				if l[k] >= 0 {
					l[k] += p
				}
			}
			loc = l
			return false
		}
		return true
	})
	return loc
}

// monthStarts calls yield, in order, with each byte offset of s where \b
// holds and a month name (a key of months, under the case folding of (?i))
// starts, until yield returns false.
func monthStarts(s string, yield func(int) bool) {
	prevWord := false
	for p := 0; p < len(s); {
		r, size := utf8.DecodeRuneInString(s[p:])
		word := r < utf8.RuneSelf && syntax.IsWordChar(r)
		if word != prevWord && monthTrie.prefixAt(s[p:]) {
			if !yield(p) {
				return
			}
		}
		prevWord = word
		p += size
	}
}

// monthNode is a node of the trie of month names, by folded rune.
type monthNode struct {
	next map[rune]*monthNode
	end  bool // a name ends here
}

// prefixAt reports whether s starts with a name of the trie.
func (n *monthNode) prefixAt(s string) bool {
	for _, r := range s {
		n = n.next[foldMin(r)]
		if n == nil {
			return false
		}
		if n.end {
			return true
		}
	}
	return false
}

var monthTrie = func() *monthNode {
	root := &monthNode{}
	for name := range months {
		n := root
		for _, r := range name {
			k := foldMin(r)
			if n.next == nil {
				n.next = map[rune]*monthNode{}
			}
			c := n.next[k]
			if c == nil {
				c = &monthNode{}
				n.next[k] = c
			}
			n = c
		}
		n.end = true
	}
	return root
}()

// foldMin is the smallest rune of r's simple case-folding orbit: two runes
// match under (?i) exactly when their foldMin is the same.
func foldMin(r rune) rune {
	if r < utf8.RuneSelf {
		if 'a' <= r && r <= 'z' {
			return r - 'a' + 'A'
		}
		return r
	}
	m := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		m = min(m, f)
	}
	return m
}
