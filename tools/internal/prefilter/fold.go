// fold.go: Unicode simple case folding of texts and literals, so that the
// literals of case-insensitive patterns are found in any case.

package prefilter

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fold maps s to its case-folded form: each rune becomes the smallest rune
// of its simple case-folding orbit (so "k", "K" and the Kelvin sign all
// become "K"), and invalid bytes become U+FFFD as the regexp package reads
// them. Two strings that match case-insensitively fold to the same string.
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return asciiUpper(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

func asciiUpper(s string) string {
	lower := false
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'a' <= c && c <= 'z' {
			lower = true
			break
		}
	}
	if !lower {
		return s
	}
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// foldRune returns the smallest rune of r's simple folding orbit.
func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'a' <= r && r <= 'z' {
			return r - 'a' + 'A'
		}
		return r
	}
	if r < foldTabSize {
		return rune(foldTab[r])
	}
	return foldOrbit(r)
}

// foldTabSize: the runes whose fold is looked up in a table (the alphabets
// of most languages); the others walk their orbit.
const foldTabSize = 0x3000

// foldTab holds foldOrbit of every rune below foldTabSize (the smallest
// rune of an orbit is never larger than the rune, so it fits).
var foldTab = func() *[foldTabSize]uint16 {
	var t [foldTabSize]uint16
	for r := rune(0); r < foldTabSize; r++ {
		t[r] = uint16(foldOrbit(r))
	}
	return &t
}()

// foldOrbit walks r's simple folding orbit for its smallest rune.
func foldOrbit(r rune) rune {
	m := r
	for c := unicode.SimpleFold(r); c != r; c = unicode.SimpleFold(c) {
		if c < m {
			m = c
		}
	}
	return m
}

// foldedFirstByte is the first byte of Fold(s) (s not empty); ok is false
// when it cannot be told cheaply.
func foldedFirstByte(s string) (byte, bool) {
	c := s[0]
	if c < utf8.RuneSelf {
		if 'a' <= c && c <= 'z' {
			c = c - 'a' + 'A'
		}
		return c, true
	}
	r, _ := utf8.DecodeRuneInString(s)
	var buf [utf8.UTFMax]byte
	utf8.EncodeRune(buf[:], foldRune(r))
	return buf[0], true
}

// caseless reports whether every rune of the literals is alone in its case
// folding orbit (punctuation, digits, most symbols): a text then holds a
// literal exactly where its folded form does. U+FFFD, which Fold makes of
// invalid bytes, does not count.
func caseless(sets [][]string) bool {
	for _, set := range sets {
		for _, l := range set {
			for _, r := range l {
				if r == utf8.RuneError || unicode.SimpleFold(r) != r {
					return false
				}
			}
		}
	}
	return true
}
