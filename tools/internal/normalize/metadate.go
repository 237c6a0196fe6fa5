// metadate.go: bylines that are a name and a date with little else
// ("Gesine Engels-Krone, 02.01.2023, 11:08 Uhr", "20. Juni 2019 Ann-Marie
// Galazka über Stars") and the splitting of byline lines into parts. It
// reads single lines and marks nothing; metaextract.go calls it.

package normalize

import (
	"strings"
	"unicode"

	"github.com/leadingup/leadingup/tools/internal/prefilter"
)

// datedLineMaxWords: the longest line that opens with a date and is read
// as a date line (times, an edit date and the edition may follow).
const datedLineMaxWords = 24

// bylineParts splits a byline line at its separators (" | ", " · ", " • ",
// " » "); a line with a date and no such separator is split at dashes
// ("23.06.2016 um 16:14 Uhr - Markus Reuter - 91 Ergänzungen").
func bylineParts(t string) []string {
	parts := reBylineSep.Split(t, -1)
	if len(parts) > 1 {
		return parts
	}
	if _, _, _, ok := findDate(t); ok {
		return reBylineDash.Split(t, -1)
	}
	return parts
}

// reTopicTail cuts the topic after a dated name: "… über Stars", "… in
// Culture", "… on Careers".
var reTopicTail = prefilter.MustCompile(`\s+(?:über|in|im|on|about|en|dans|sur|em|w)\s+\S.*$`)

// datedName reads a byline made of a plain name and a date, in either
// order, with nothing else but times, read times, a comment count or a
// topic: it returns the name, or nil.
func datedName(t string) []string {
	t = unglue(strings.TrimSpace(t))
	_, _, span, ok := findDate(t)
	if !ok || wordCount(t) > bylineMaxWords {
		return nil
	}
	trim := func(s string) string { return strings.TrimSpace(strings.Trim(s, " ,;|·•-–—/")) }
	before, after := trim(t[:span[0]]), trim(t[span[1]:])
	var name, rest string
	switch {
	case before != "":
		name, rest = before, after
	default:
		name = reTopicTail.ReplaceAllString(after, "")
	}
	if !onlyDateWords(rest) {
		return nil
	}
	if reBy.MatchString(name) {
		return nil // "von Fatima": parseByline reads explicit bylines
	}
	name = strings.TrimSpace(reCreds.ReplaceAllString(name, ""))
	if !nameLike(name) || !plainName(name) || wordCount(name) < 2 || wordCount(name) > 4 || reRole.MatchString(name) || reOrgName.MatchString(name) {
		return nil
	}
	return []string{name}
}

// onlyDateWords reports whether s holds nothing but times, date labels,
// read times and counts ("11:08 Uhr", "3 min Lesezeit Kommentare 4").
func onlyDateWords(s string) bool {
	return wordsBesideDates(s) <= 2
}

// wordsBesideDates counts the words of s that are not read times, date
// labels, times or numbers (see onlyDateWords and dateLine).
func wordsBesideDates(s string) int {
	s = reReadTime.ReplaceAllString(s, " ")
	s = reDateWords.ReplaceAllString(s, " ")
	s = reClockWords.ReplaceAllString(s, " ")
	s = strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return r
		}
		return ' '
	}, s)
	return wordCount(s)
}

// reEmail is an e-mail address in a byline ("Jo Park jo@example.org |
// 22 April 2022").
var reEmail = prefilter.MustCompile(`\s*\S+@\S+\.\S+\s*`)
