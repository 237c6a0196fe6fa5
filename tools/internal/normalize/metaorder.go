// metaorder.go: the day/month order of numeric dates that read either way
// ("03/04/2022"). It reads the whole page once (its other numeric dates
// and its language) and marks nothing; setDate asks it before it keeps a
// date.

package normalize

import (
	"strconv"
	"strings"
	"unicode"
)

// Day/month order of a page's numeric dates (meta.order).
const (
	orderUnknown    = iota // not yet read
	orderMonthFirst        // "12/15/2022" elsewhere, or an English page
	orderDayFirst          // "21/09/2022" elsewhere, or any other language
)

// dayFirst reports whether the page writes numeric dates day first. A
// date elsewhere on the page that reads only one way ("21/09/2022",
// "12/15/2022") decides; when none does (or they disagree), the page's
// language does: month first in English (the American habit, which
// most English pages with slashes follow), day first in every other
// language the normaliser knows.
func (d *doc) dayFirst() bool {
	m := &d.meta
	if m.order != orderUnknown {
		return m.order == orderDayFirst
	}
	dayVotes, monthVotes := 0, 0
	for _, l := range d.lines {
		if l.kind == kBlank || l.code {
			continue
		}
		for _, g := range reNumDate.FindAllStringSubmatch(l.text, -1) {
			if g[2] != g[4] || g[2] == "." {
				continue // "." is read day first already
			}
			a, _ := strconv.Atoi(g[1])
			b, _ := strconv.Atoi(g[3])
			switch {
			case a > 12 && b <= 12:
				dayVotes++
			case b > 12 && a <= 12:
				monthVotes++
			}
		}
	}
	switch {
	case dayVotes > monthVotes:
		m.order = orderDayFirst
	case monthVotes > dayVotes:
		m.order = orderMonthFirst
	case d.pageLanguage() == "en":
		m.order = orderMonthFirst
	default:
		m.order = orderDayFirst
	}
	return m.order == orderDayFirst
}

// orderDate rereads iso, found in line t, day first when t's date is a
// numeric one that reads either way ("03/04/2022", "3-4-22") and the page
// writes dates day first; any other date is returned as it is.
func (d *doc) orderDate(iso, t string) string {
	t = unglue(t)
	_, _, span, ok := findDate(t)
	if !ok {
		return iso
	}
	g := reNumDate.FindStringSubmatch(t[span[0]:span[1]])
	if g == nil || g[0] != t[span[0]:span[1]] || g[2] != g[4] || g[2] == "." {
		return iso
	}
	a, _ := strconv.Atoi(g[1])
	b, _ := strconv.Atoi(g[3])
	if a > 12 || b > 12 || a == b || !d.dayFirst() {
		return iso
	}
	// findDate read it month first: swap the month and the day
	return iso[:5] + iso[8:10] + "-" + iso[5:7]
}

// pageLanguage guesses the page's language from its function words (the
// region finder's stopword lists): the language with the most hits, or
// "" when no line has any.
func (d *doc) pageLanguage() string {
	counts := map[string]int{}
	for _, l := range d.lines {
		if l.kind == kBlank || l.code {
			continue
		}
		for _, w := range strings.FieldsFunc(strings.ToLower(l.text), func(r rune) bool { return !unicode.IsLetter(r) }) {
			for lang, set := range langStopwords {
				if set[w] {
					counts[lang]++
				}
			}
		}
	}
	best, most := "", 0
	for lang, n := range counts {
		if n > most || n == most && lang < best {
			best, most = lang, n
		}
	}
	return best
}

// langStopwords is stopwordLists as one set per language.
var langStopwords = func() map[string]map[string]bool {
	sets := map[string]map[string]bool{}
	for lang, list := range stopwordLists {
		set := map[string]bool{}
		for _, w := range strings.Fields(list) {
			set[w] = true
		}
		sets[lang] = set
	}
	return sets
}()
