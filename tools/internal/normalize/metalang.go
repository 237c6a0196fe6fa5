// metalang.go: the language of a title candidate against the language
// of the article's prose. A promo line or a menu in the site's interface
// language ("Jetzt kostenlos testen: Der Wochenbrief …" above an English
// headline, "Get the weekly digest free" above a Spanish one) is not the
// headline of an article written in another language. It reads lines
// and marks nothing; metascore.go and metatitle.go call it.

package normalize

import (
	"strings"
	"unicode"
)

// otherLangPenalty is taken from a title candidate written in another
// language than the article's prose.
const otherLangPenalty = 3

// langHits counts, per language of langStopwords, the function words of s.
func langHits(s string) map[string]int {
	hits := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		for lang, set := range langStopwords {
			if set[w] {
				hits[lang]++
			}
		}
	}
	return hits
}

// bodyLanguage is the language of the page's prose (text lines of ten
// words or more that are not dropped): the language with the most
// function words, or "" with none. It is read once per page.
func (d *doc) bodyLanguage() string {
	if d.meta.bodyLangRead {
		return d.meta.bodyLang
	}
	d.meta.bodyLangRead = true
	total := map[string]int{}
	for i, l := range d.lines {
		if l.kind != kText || l.code || l.words < 10 || d.skip[i] {
			continue
		}
		for lang, n := range langHits(l.text) {
			total[lang] += n
		}
	}
	best, most := "", 0
	for lang, n := range total {
		if n > most || n == most && lang < best {
			best, most = lang, n
		}
	}
	d.meta.bodyLang = best
	return best
}

// otherLanguage reports whether title candidate i is written in another
// language than the article's prose, beside a headline in the prose's
// language: two or more function words of one other language and none
// of the prose's ("Der Wochenbrief für Führungskräfte" right above an
// English headline; not "Managing Up: So führen Sie Ihren Chef" on a
// German page, which has German words, nor an English headline on a
// German blog with no German headline beside it).
func (d *doc) otherLanguage(i int) bool {
	body := d.bodyLanguage()
	if body == "" {
		return false
	}
	hits := langHits(d.candText(i))
	if hits[body] > 0 {
		return false
	}
	other := false
	for lang, n := range hits {
		if lang != body && n >= 2 {
			other = true
		}
	}
	return other && (d.bodyLangHead(d.prevNonBlankAny(i)) || d.bodyLangHead(d.nextNonBlankAny(i)))
}

// bodyLangHead reports whether line j is a title candidate of four words
// or more written in the prose's language (two or more of its function
// words).
func (d *doc) bodyLangHead(j int) bool {
	if j < 0 || !d.meta.cands[j] {
		return false
	}
	c := d.candText(j)
	return wordCount(c) >= 4 && langHits(c)[d.bodyLanguage()] >= 2
}
