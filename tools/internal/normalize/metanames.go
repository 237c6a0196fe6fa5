// metanames.go: whether a piece of a byline reads as a person's name
// (capitalised words, a lower-case name after an explicit "by", an
// academic author list with affiliation marks). It reads strings and
// marks nothing; parseByline and extractMeta use it.

package normalize

import (
	"strings"
	"unicode"

	"github.com/leadingup/leadingup/tools/internal/prefilter"
)

var reAffil = prefilter.MustCompile(`[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡§]+`)

// nameList reads "Ana Ruiz¹, Ben Ode² and Cy Lam¹" (an academic author line).
func nameList(t string) []string {
	if !reAffil.MatchString(t) {
		return nil
	}
	t = reAffil.ReplaceAllString(t, "")
	var names []string
	for _, p := range prefilter.MustCompile(`\s*(?:,|\band\b|&)\s*`).Split(t, -1) {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if !nameLike(p) || wordCount(p) < 2 {
			return nil
		}
		names = append(names, p)
	}
	if len(names) < 1 {
		return nil
	}
	return names
}

// nameLike: one to five capitalised words, letters only.
func nameLike(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 5 || len(s) > 60 {
		return false
	}
	caps := 0
	for _, w := range f {
		if !reNameWord.MatchString(w) {
			return false
		}
		if unicode.IsUpper([]rune(w)[0]) {
			caps++
		}
	}
	if caps == 0 {
		return false
	}
	l := strings.ToLower(s)
	for _, bad := range []string{"share", "follow", "subscribe", "comments", "reply", "home", "menu", "read", "sign", "log in", "related"} {
		if strings.Contains(l, bad) {
			return false
		}
	}
	for _, w := range strings.Fields(l) {
		if interfaceWords[w] {
			return false
		}
	}
	return true
}

// interfaceWords name parts of a site's interface or its sections, never
// a part of a person's name ("Top Posts", "Full Screen View", "RSS Feed",
// "Editors Pick", "Teilen Twittern Email"); whole words only.
var interfaceWords = map[string]bool{
	"rss": true, "feed": true, "feeds": true, "media": true, "data": true, "view": true, "screen": true, "posts": true,
	"mode": true, "pick": true, "picks": true, "events": true, "navigation": true, "email": true, "e-mail": true,
	"copyright": true, "top": true, "twittern": true, "teilen": true, "kommentieren": true, "veröffentlicht": true,
	"übersetzung": true, "translation": true, "newsletter": true, "podcast": true, "login": true, "logout": true,
}

var reLowerName = prefilter.MustCompile(`^\p{Ll}[\p{Ll}'’\-]+(?:\s+\p{Ll}[\p{Ll}'’\-]+){1,2}$`)

// lowerName: two or three lower-case words that read as a name.
func lowerName(s string) bool {
	return reLowerName.MatchString(s) && plainName(s) && nameLike(titleWords(s))
}

func titleWords(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		f[i] = string(r)
	}
	return strings.Join(f, " ")
}

// looseName accepts "the Leading Up editors" after an explicit "By".
func looseName(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 6 || len(s) > 60 || endsSentence(s) {
		return false
	}
	for _, r := range s {
		if unicode.IsDigit(r) || strings.ContainsRune(`"“”<>[]{}/\=`, r) {
			return false
		}
	}
	hasUpper := false
	for _, w := range f {
		if unicode.IsUpper([]rune(w)[0]) {
			hasUpper = true
		}
	}
	return hasUpper
}
