// metalead.go: the dateline that opens a news story or a press release
// ("Wien, 14. Dezember 2021 – Aufgrund …", "NEW YORK, March 3, 2024 —
// …", "Red. / 31.10.2023 Die …"): a place, an agency or an editor's mark,
// then a full date, then the story's first sentence, on one line. When
// no other line dates the page, that date does. It reads the first
// paragraphs of the article region and marks nothing (the line is the
// article's first paragraph and stays).

package normalize

import (
	"strings"
	"unicode"
)

// Limits of a lead dateline.
const (
	// leadParas: how many paragraphs of prose of the region are read.
	leadParas = 3
	// leadBefore: the most words before the date (a place, an agency).
	leadBefore = 4
	// leadAfterWords: the story must go on for this many words after it.
	leadAfterWords = 6
)

// leadDate dates the page from a lead dateline, when nothing else did.
func (d *doc) leadDate() {
	if d.meta.date != "" || d.regionFeats == nil || d.regionEnd <= d.regionStart {
		return
	}
	seen := 0
	for i := d.regionStart; i < d.regionEnd && seen < leadParas; i++ {
		l := d.lines[i]
		if l.kind != kText || l.code || d.skip[i] || !d.proseLine(i) {
			continue // (a header line such as "12.03.2024 - Press release - …" is no lead)
		}
		seen++
		if iso, ok := leadDateline(metaText(l)); ok {
			d.setDate(iso, false, metaText(l))
			return
		}
	}
}

// leadDateline reads a lead dateline: at most leadBefore capitalised or
// abbreviated words (no sentence) before a full date, the date, a
// separator or a capital after it, and at least leadAfterWords words of
// the story.
func leadDateline(t string) (string, bool) {
	iso, mo, span, ok := findDate(unglue(t))
	if !ok || mo {
		return "", false
	}
	t = unglue(t)
	before, after := strings.TrimSpace(t[:span[0]]), strings.TrimSpace(t[span[1]:])
	if wordCount(before) > leadBefore || wordCount(after) < leadAfterWords || strings.ContainsAny(before, ".!?") && !leadMark(before) {
		return "", false
	}
	for _, w := range strings.Fields(before) {
		if r := []rune(strings.Trim(w, "(),/–—-:")); len(r) > 0 && !unicode.IsUpper(r[0]) {
			return "", false // "On 3 May 2021 we met": running text
		}
	}
	// what follows the date: a dash, a full stop, a bracket or a slash,
	// or the story's first word in capitals
	after = strings.TrimLeft(after, " \u00a0")
	if strings.HasPrefix(after, "–") || strings.HasPrefix(after, "—") || strings.HasPrefix(after, "-") ||
		strings.HasPrefix(after, ").") || strings.HasPrefix(after, ".") || strings.HasPrefix(after, "/") || strings.HasPrefix(after, ":") {
		return iso, true
	}
	if before != "" && strings.HasSuffix(strings.TrimSpace(before), "/") {
		return iso, true // "Red. / 31.10.2023 Die …"
	}
	return "", false
}

// leadMark reports whether the words before a lead date are an editor's
// or agency's mark with a full stop ("Red. /", "(dpa.)").
func leadMark(s string) bool {
	s = strings.TrimSpace(strings.TrimRight(s, "/ "))
	return wordCount(s) == 1 && strings.HasSuffix(s, ".")
}
