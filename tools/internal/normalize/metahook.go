// metahook.go: the title of a post with no headline (a social post, a
// short blog note): its opening line or sentence. It reads the lexed lines
// and what extractMeta has dropped (the profile header above the post)
// and marks nothing.

package normalize

import (
	"strings"
	"unicode"
)

// maxHookWords: the longest opening sentence taken as a post's title.
const maxHookWords = 20

// maxHookLines: how far after the profile header the post may start.
const maxHookLines = 8

// hookTitle returns the opening sentence of the first paragraph of a page
// with no headline, when it is short enough to stand for a title, or "".
func (d *doc) hookTitle() string {
	start := d.headStart
	for i := d.headStart; i < d.winEnd && i < len(d.lines); i++ {
		switch d.whyDropped(i) {
		case whyByline, whyBio, whyAge, whyDate:
			start = i + 1 // the post starts after its profile header
		}
	}
	for i := start; i < len(d.lines) && i < start+maxHookLines; i++ {
		l := d.lines[i]
		t := metaText(l)
		if l.kind == kBlank || d.skip[i] || l.code || junkLine(t) != "" || reAgeStamp.MatchString(t) ||
			wordCount(t) < 3 || reRole.MatchString(t) && !endsSentence(t) && wordCount(t) <= roleMaxWords {
			continue // the rest of the profile header: "• 2nd", a job line
		}
		if l.kind != kText {
			return ""
		}
		// a short opening paragraph of its own that ends without a full
		// stop (a hook line: "I've managed 40+ people. Here's what … 👇")
		// stands whole; otherwise the first sentence stands for the title
		s := strings.TrimSpace(firstSentence(metaText(l)))
		if t := metaText(l); wordCount(t) <= maxHookWords && !endsSentence(t) && (i+1 >= len(d.lines) || d.lines[i+1].kind == kBlank) {
			s = t
		}
		s = strings.TrimRightFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsSymbol(r) || r == '\ufe0f' })
		if wordCount(s) < 3 || wordCount(s) > maxHookWords {
			return ""
		}
		return strings.TrimRight(s, ".")
	}
	return ""
}
