// text.go: helpers on strings that every stage uses (word counts,
// sentence ends, collapsing and folding text). It reads and marks nothing,
// and uses nothing else of the package: every other file may use it.

package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordCount counts whitespace-separated words: len(strings.Fields(s))
// without building the slice.
func wordCount(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		c := s[i]
		var space bool
		if c < utf8.RuneSelf {
			space = asciiSpace[c]
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}

// wordCountUpTo is min(wordCount(s), limit): it stops reading s at the
// start of word limit (most callers only compare a line's words with a
// small bound, and prose lines have hundreds).
func wordCountUpTo(s string, limit int) int {
	if limit <= 0 {
		return 0
	}
	n, in := 0, false
	for i := 0; i < len(s); {
		c := s[i]
		var space bool
		if c < utf8.RuneSelf {
			space = asciiSpace[c]
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if !space && !in {
			if n++; n >= limit {
				return n
			}
		}
		in = !space
	}
	return n
}

// moreWordsThan reports whether wordCount(s) > n, reading s no further
// than its word n+1.
func moreWordsThan(s string, n int) bool { return wordCountUpTo(s, n+1) > n }

// asciiSpace marks the ASCII bytes unicode.IsSpace reports.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// endsSentence reports whether s ends with terminal punctuation.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, `"'”’)]*_ `)
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…:;", r)
}

// startsLower reports whether s starts with a lower-case letter, after
// opening quotes, brackets and emphasis.
func startsLower(s string) bool {
	s = strings.TrimLeft(s, `"'“‘(*_[`)
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// collapse joins the words of s with single spaces.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// foldForMatch is the form in which page text and extracted text are
// compared: letters and digits only, lower case, single spaces.
func foldForMatch(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || '0' <= r && r <= '9'):
			b.WriteRune(r)
			space = false
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
			b.WriteRune(r + 'a' - 'A')
			space = false
		case r >= utf8.RuneSelf && isWordRune(r):
			b.WriteString(strings.ToLower(string(r)))
			space = false
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	return strings.TrimSpace(b.String())
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// dashSepIndex finds the first dash set off by spaces ("Label - text",
// "Label – text", "Label — text", "Label -- text"): the span of the
// leftmost match of `\s+(?:-|–|—|--)\s+`, written out because it is tried
// on every item, or nil.
func dashSepIndex(s string) []int {
	for i := 0; i < len(s); i++ {
		if !reSpace(s[i]) {
			continue
		}
		j := i + 1
		for j < len(s) && reSpace(s[j]) {
			j++
		}
		// the dash: the alternatives in the pattern's order
		d := 0
		switch {
		case j+1 < len(s) && s[j] == '-' && reSpace(s[j+1]):
			d = 1
		case strings.HasPrefix(s[j:], "–"), strings.HasPrefix(s[j:], "—"):
			d = len("–")
		case strings.HasPrefix(s[j:], "--"):
			d = 2
		}
		k := j + d
		if d > 0 && k < len(s) && reSpace(s[k]) {
			for k < len(s) && reSpace(s[k]) {
				k++
			}
			return []int{i, k}
		}
		// a match starting later in this run of spaces meets the same dash
		i = j - 1
	}
	return nil
}

// reSpace reports whether c is a space as \s reads it: [\t\n\f\r ].
func reSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// letterWord is strings.ToLower(strings.TrimFunc(w, notLetter)): a word's
// letters in lower case, as the stopword lists spell them (the passes that
// weigh a line's words ask it of every word). An ASCII word is trimmed by
// hand; one with other letters at its ends takes the general path.
func letterWord(w string) string {
	i, j := 0, len(w)
	for i < j && w[i] < utf8.RuneSelf && !asciiLetter(w[i]) {
		i++
	}
	for j > i && w[j-1] < utf8.RuneSelf && !asciiLetter(w[j-1]) {
		j--
	}
	if i < j && (w[i] >= utf8.RuneSelf || w[j-1] >= utf8.RuneSelf) {
		return strings.ToLower(strings.TrimFunc(w[i:j], notLetter))
	}
	return strings.ToLower(w[i:j])
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) }

func asciiLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// lowerFields appends to buf, up to its capacity, the first fields of s
// lower-cased: strings.Fields(strings.ToLower(s))[:cap(buf)] (or all of
// them when there are fewer) without lower-casing or splitting the rest
// of s. Lower-casing maps each rune on its own and never makes or removes
// a space, so lower-casing the fields gives the fields of the lower-cased
// text.
func lowerFields(s string, buf []string) []string {
	for w := range strings.FieldsSeq(s) {
		if len(buf) == cap(buf) {
			break
		}
		buf = append(buf, strings.ToLower(w))
	}
	return buf
}

// joinFields is strings.Join(strings.Fields(s), " "): s with its runs of
// white space made one space and its ends trimmed. s itself is returned
// when it is that already.
func joinFields(s string) string {
	prevSpace := true // (a leading space is not kept)
	for _, r := range s {
		switch {
		case r == ' ' && !prevSpace:
			prevSpace = true
		case r == ' ' || r < utf8.RuneSelf && asciiSpace[r] || r >= utf8.RuneSelf && unicode.IsSpace(r):
			return strings.Join(strings.Fields(s), " ")
		default:
			prevSpace = false
		}
	}
	if prevSpace && s != "" {
		return strings.Join(strings.Fields(s), " ")
	}
	return s
}
