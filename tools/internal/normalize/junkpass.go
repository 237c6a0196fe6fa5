// junkpass.go: the stateful passes that mark page chrome as dropped
// (comment sections, author boxes, pull quotes, trailing navigation and
// everything after the end of the article), using the rules in junk.go.

package normalize

import (
	"strings"
	"unicode"
)

// junkProseWords: the words of kept sentences after which a comment
// heading ends the article even when no line is long (a social post).
const junkProseWords = 60

// markJunk drops junk lines and junk sections.
func (d *doc) markJunk() {
	nonblank := 0
	for i := range d.lines {
		if d.lines[i].kind != kBlank {
			nonblank++
		}
	}
	seen, longSeen, proseWords := 0, 0, 0
	for i := 0; i < len(d.lines); i++ {
		l := d.lines[i]
		if l.kind == kBlank {
			continue
		}
		seen++
		if d.skip[i] {
			continue
		}
		t := l.text
		if l.kind == kHeading {
			t = cleanHeading(l.body) // as it will be written
		}
		if l.kind == kBullet {
			t = l.body
		}
		if l.kind == kQuote {
			t = "> " + l.body // as it will be written
		}
		if strings.HasSuffix(t, `\`) && !strings.HasSuffix(t, `\\`) {
			t = strings.TrimSuffix(t, `\`) // a hard line break is not written back
		}
		t = strings.TrimSpace(strings.ReplaceAll(t, "\t", " ")) // a lone tab row is written as text
		if l.kind == kFence || l.code {
			continue
		}
		w := wordCount(t)
		afterContent := i >= d.winEnd && longSeen >= 1 || proseWords >= junkProseWords
		if w <= 6 && reTOC.MatchString(strings.Trim(t, "#*_: ")) {
			d.dropSection(i, whyNav)
			continue
		}
		// junk sections
		lineWhy := junkLine(stripInline(t))
		if lineWhy == "" && (l.kind == kText || l.kind == kTable) && strings.HasSuffix(t, ":") && w <= 12 {
			// "0:" may be written back as a heading without its colon
			lineWhy = junkLine(stripInline(strings.TrimSuffix(t, ":")))
		}
		if w <= 20 && afterContent {
			if why := sectionJunkWith(t, lineWhy); why != "" {
				if why == whyComments && d.beforeArticleText(i) {
					d.dropLine(i, whyComment) // a counter above the article's end
					continue
				}
				if why == whyComments {
					d.dropRest(i, whyComments)
					return
				}
				d.dropSection(i, why)
				continue
			}
			if commentShaped(t) && longSeen >= 3 && !d.beforeArticleText(i) && d.commentCluster(i) {
				start := i
				// the commenter's name and title just above
				for k, back := i-1, 0; k >= 0 && back < 3; k-- {
					if d.lines[k].kind == kBlank {
						continue
					}
					pt := d.lines[k].text
					if d.skip[k] || wordCount(pt) > 12 || endsSentence(pt) || d.lines[k].kind == kHeading {
						break
					}
					start = k
					back++
				}
				d.dropRest(start, whyComments)
				return
			}
		}
		if w >= 20 {
			longSeen++
		}
		if endsSentence(t) && w >= 4 {
			proseWords += w // a post of short sentences (a social post) is content too
		}
		why := lineWhy
		if why == "" && reAnchorLink.MatchString(l.text) {
			why = whyNav // "- [Practices](#practices)": a table of contents
		}
		if why == "" && d.linkMenu(i) {
			why = whyNav // "* [Services](https://…)": a menu or a list of links
		}
		if why == "" && (l.kind == kText || l.kind == kTable && !isSeparatorRow(l.cells)) && !hasAlnum(t) && !strings.ContainsAny(t, "<>") {
			why = "separator"
		}
		if why == "" && (l.kind == kBullet || l.kind == kNumber) && strings.TrimSpace(strings.TrimSuffix(l.body, `\`)) == "" {
			why = "separator" // "* \": an empty list entry
		}
		if why != "" && (l.kind == kNumber && why == whyNav || (l.kind == kNumber || l.kind == kBullet) && (why == whyReadTime || why == whyComment || why == whyCookie)) &&
			!(w <= 4 && reRelTime.MatchString(t)) && !(w <= 2 && reFollowWord.MatchString(t)) { // "· 4 yr. ago", "+ Follow" are never list items
			why = ""
		}
		if why == whyComments && !afterContent {
			why = whyComment
		}
		if why != "" {
			d.dropLine(i, why)
			continue
		}
		// an author box mid-page: the author's name alone, then a bio
		if !d.settled() && l.kind == kText && containsFold(d.meta.authors, t) {
			if j := d.nextNonBlank(i); j >= 0 && d.lines[j].kind == kText && j == d.nextNonBlankAny(i) {
				if bt := d.lines[j].text; wordCount(bt) <= 60 && d.aboutAuthor(bt) && (reBio.MatchString(bt) || reBio2.MatchString(bt) || d.afterCore(i) && namedSubject(bt, t)) {
					d.dropLine(i, whyBio)
					d.dropLine(j, whyBio)
					continue
				}
			}
		}
		// a contributor's bio after the article's text, whoever it is
		// about, or anywhere when it is about the essay's author (an
		// interviewer's box above the interview)
		if w <= bioAfterWords && l.kind == kText && reBioAfter.MatchString(t) && !isStopword(strings.Fields(t)[0]) &&
			(d.afterCore(i) || d.lastText(i) || d.namesAuthor(t)) {
			d.dropLine(i, whyBio)
			continue
		}
		// author bio near the end
		if !d.settled() && seen*10 >= nonblank*7 && w <= 80 && l.kind == kText && (reBio.MatchString(t) && d.aboutAuthor(t) && (reBioCue.MatchString(t) || reBioAt.MatchString(t) || d.lastLines(i, 2)) || w <= 40 && containsAny(strings.ToLower(t), bio2Needs) && reBio2.MatchString(t)) {
			d.dropLine(i, whyBio)
			continue
		}
	}
}

var reBioCue = rx(`\b(?:covering|covers|reports on|specialis\w+ in|speciali[sz]es in|writes|writing|author of|founder of|co-founder of|lives (?:in|with)|her work|his work|their work|books?|podcast|newsletter|blog|follow|website|linkedin|twitter|speaker|consultant|coach|columnist|contributor)\b`)

// relatedTeasers: a related-articles section goes on over blank lines
// for at most this many entries while they read as teaser headlines.
const relatedTeasers = 4

// teaserHeadline reports whether line k reads as the headline of a teaser:
// a plain line of a sentence's length that is not running text (an
// article's own subheadings are shorter, its paragraphs longer).
func (d *doc) teaserHeadline(k int) bool {
	return d.regionFeats != nil && d.lines[k].kind == kText && d.regionFeats[k].class == clsNearGood
}

// lastText reports whether line i is the last running text of the
// article's region: no good line follows it before the region ends.
func (d *doc) lastText(i int) bool {
	if d.regionFeats == nil || i < d.regionStart || i >= d.regionEnd {
		return false
	}
	for j := i + 1; j < d.regionEnd; j++ {
		if d.regionFeats[j].class == clsGood && !d.skip[j] {
			return false
		}
	}
	return true
}

// namesAuthor reports whether t names one of the essay's authors by their
// full name (false when no byline was found).
func (d *doc) namesAuthor(t string) bool {
	for _, a := range d.meta.authors {
		if wordCount(a) >= 2 && strings.Contains(t, a) {
			return true
		}
	}
	return false
}

// lastLines reports whether line i is among the last n non-blank lines
// that are not dropped.
func (d *doc) lastLines(i, n int) bool {
	k := 0
	for j := len(d.lines) - 1; j > i; j-- {
		if d.lines[j].kind != kBlank && !d.skip[j] {
			k++
			if k >= n {
				return false
			}
		}
	}
	return true
}

// aboutAuthor reports whether a bio line names one of the essay's authors
// (a guest's bio in an interview is content).
func (d *doc) aboutAuthor(t string) bool {
	if len(d.meta.authors) == 0 {
		return true
	}
	lt := strings.ToLower(t)
	for _, a := range d.meta.authors {
		for _, w := range strings.Fields(strings.ToLower(a)) {
			if len(w) > 2 && strings.Contains(lt, w) {
				return true
			}
		}
	}
	return false
}

// namedSubject reports whether sentence s opens with a word of name and a
// verb-like lower-case word: "Owen places leaders…" after "Owen
// Pritchard" is a bio in the third person.
func namedSubject(s, name string) bool {
	f := strings.Fields(s)
	if len(f) < 3 || !unicode.IsLower([]rune(f[1])[0]) {
		return false
	}
	for _, w := range strings.Fields(name) {
		if len(w) > 2 && strings.EqualFold(strings.Trim(f[0], ",.:"), w) {
			return true
		}
	}
	return false
}

var bio2Needs = []string{"writes", "lives", "follow", "find", "reach", "connect", "author of"}

// commentCluster: at least three comment-shaped lines among the next nine
// non-blank lines (counting line i), one of them more than numbers (rows
// of bare counts are as often a program's output or a table).
func (d *doc) commentCluster(i int) bool {
	n, words, seen := 0, 0, 0
	for j := i; j < len(d.lines) && seen < 9; j++ {
		if d.lines[j].kind == kBlank {
			continue
		}
		seen++
		if t := d.lines[j].text; commentShaped(t) {
			n++
			if strings.IndexFunc(t, unicode.IsLetter) >= 0 {
				words++
			}
		}
	}
	return n >= 3 && words >= 1
}

func (d *doc) dropRest(i int, why string) {
	forum := why == whyComments && d.isForum()
	for j := i; j < len(d.lines); j++ {
		if d.lines[j].kind == kBlank || d.skip[j] {
			continue
		}
		if forum && d.lines[j].words >= 10 && junkLine(d.lines[j].text) == "" {
			// in a forum thread the replies are the content
			continue
		}
		d.dropLine(j, why)
	}
}

var reForum = rx(`^level \d+$|^u/[\w-]+$|\bposted by u/|^r/[\w-]+$|^\d+ (?:points|upvotes|votes)$|^(?:best|top|new|controversial|old) answers?$|^answered\b.{0,40}$|^\d+ answers?$`)

// isForum reports a pasted forum or Q&A thread, whose replies are content.
// The lines do not change after lexing, so the answer is worked out once.
func (d *doc) isForum() bool {
	if d.forum == 0 {
		d.forum = 1
		n := 0
		for _, l := range d.lines {
			if l.kind != kBlank && l.words <= 6 && reForum.MatchString(l.text) {
				n++
			}
		}
		if n >= 2 {
			d.forum = 2
		}
	}
	return d.forum == 2
}

// dropSection drops a junk heading and what follows it, until a real
// heading or a long line.
func (d *doc) dropSection(i int, why string) {
	d.dropLine(i, why)
	limit := 15
	if why == whyBio {
		limit = 90
	}
	entries, lastKind := 0, kBlank
	for j := i + 1; j < len(d.lines); j++ {
		l := d.lines[j]
		if l.kind == kBlank {
			// a blank line after the entries ends the section, unless the
			// list goes on
			if entries > 0 {
				k := d.nextNonBlank(j)
				if k >= 0 && why == whyRelated && entries < relatedTeasers && d.teaserHeadline(k) {
					continue // the next teaser's headline, after a credit or another headline
				}
				if k < 0 || !(lastKind == kBullet || lastKind == kNumber) || d.lines[k].kind != lastKind {
					return
				}
			}
			continue
		}
		if d.skip[j] {
			continue
		}
		if l.kind == kHeading && sectionJunk(l.body) == "" {
			return
		}
		entries++
		lastKind = l.kind
		if l.words > limit {
			return
		}
		t := metaText(l)
		if sj := sectionJunk(t); sj == whyComments {
			d.dropRest(j, whyComments)
			return
		} else if sj != "" {
			why = sj
		}
		if w := junkLine(t); w != "" {
			d.dropLine(j, w)
			continue
		}
		d.dropLine(j, why)
	}
}

// dropPullQuotes drops short lines that repeat, word for word, a sentence
// of a longer paragraph elsewhere (pull quotes pasted with the article).
func (d *doc) dropPullQuotes() {
	if d.settled() || len(d.lines) > 20000 {
		return
	}
	var long []string
	for i, l := range d.lines {
		if !d.skip[i] && (l.kind == kText || l.kind == kBullet || l.kind == kNumber) && l.words > 25 {
			long = append(long, normTitle(l.text))
		}
	}
	if len(long) == 0 {
		return
	}
	all := " " + strings.Join(long, " | ") + " "
	for i, l := range d.lines {
		if d.skip[i] || l.code || !(l.kind == kText || l.kind == kQuote) {
			continue
		}
		w := l.words
		if w < 6 || w > 25 {
			continue
		}
		// a pull quote is a sentence or a quotation, not a heading
		if t := strings.TrimSpace(l.text); l.kind == kText && !endsSentence(t) && !strings.ContainsRune("\"“«'‘", []rune(t)[0]) {
			continue
		}
		if n := normTitle(l.text); strings.Contains(all, " "+n+" ") {
			d.dropLine(i, "pull quote")
		}
	}
}

// normTitle is the form in which titles are compared: the words of s,
// lower case. The title finder compares every candidate with the lines
// after it, so recent answers are remembered.
func normTitle(s string) string { return normTitleMemo.do(s, normTitleOnce) }

var normTitleMemo stringMemo

// normTitleOnce is normTitle without the memo.
func normTitleOnce(s string) string {
	// strings.Join(strings.FieldsFunc(strings.ToLower(stripInline(s)),
	// not a letter or digit), " ") in one pass
	s = stripInline(s)
	var b strings.Builder
	b.Grow(len(s))
	gap := false
	for _, r := range s {
		r = unicode.ToLower(r)
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			gap = true
			continue
		}
		if gap && b.Len() > 0 {
			b.WriteByte(' ')
		}
		gap = false
		b.WriteRune(r)
	}
	return b.String()
}

// dropRepeatedTitle drops later copies of the title.
func (d *doc) dropRepeatedTitle() {
	nt := normTitle(d.meta.title)
	if nt == "" {
		return
	}
	for i, l := range d.lines {
		if l.kind == kBlank || l.code || d.skip[i] {
			continue
		}
		t := l.text
		if l.kind == kHeading {
			t = l.body
		}
		if len(t) > 2*len(d.meta.title)+40 {
			continue
		}
		n := normTitle(t)
		if n == nt || strings.HasPrefix(n, nt+" ") && wordCount(n)-wordCount(nt) <= 4 && reSiteSuffix.MatchString(t) {
			why := whyTitle
			d.dropLine(i, why)
		}
	}
}

var reFollowWord = rx(`^\+?\s*(?:follow|folgen|suivre|seguir|segui|volgen)$`)

// dropTrailingNav drops, after the last line of prose, every run of three or
// more short lines (one to four words, no final punctuation): footer
// columns, menus and link lists outlive the article.
func (d *doc) dropTrailingNav() {
	if d.settled() {
		return
	}
	long, last := 0, -1
	for i, l := range d.lines {
		if l.kind == kBlank || l.code || d.skip[i] {
			continue
		}
		w := l.words
		if w >= 20 {
			long++
		}
		if w >= 12 && (l.kind == kText || l.kind == kBullet || l.kind == kNumber) {
			last = i
		}
	}
	if long < 2 || last < 0 {
		return
	}
	var run []int
	flush := func() {
		if len(run) >= 3 {
			for _, j := range run {
				d.dropLine(j, whyNav)
			}
		}
		run = run[:0]
	}
	for i := last + 1; i < len(d.lines); i++ {
		l := d.lines[i]
		if l.kind == kBlank || d.skip[i] {
			continue
		}
		if l.kind == kText && !l.code && shortLine(stripInline(l.text)) && hasAlnum(l.text) && !d.dataBox[i] {
			run = append(run, i)
			continue
		}
		flush()
	}
	flush()
}

// dropAfterEnd drops what follows the end of the article: once a share row,
// tag line, subscribe prompt or footer line comes after the last line of
// prose (20 words or more), the short lines after it are page chrome (calls
// to action, contact boxes, form labels). Footnotes stay.
func (d *doc) dropAfterEnd() {
	if d.settled() {
		return
	}
	lastLong, long := -1, 0
	for i, l := range d.lines {
		if l.kind != kBlank && !l.code && !d.skip[i] && l.words >= 20 {
			lastLong, long = i, long+1
		}
	}
	if long < 2 {
		return
	}
	end := -1
	for i := lastLong + 1; i < len(d.lines); i++ {
		if d.skip[i] {
			switch d.whyDropped(i) {
			case whyShare, whyTags, whyNewsletter, whyFooter:
				end = i
			}
			if end >= 0 {
				break
			}
		}
	}
	if end < 0 {
		return
	}
	for i := end + 1; i < len(d.lines); i++ {
		l := d.lines[i]
		if l.kind == kBlank || l.code || d.skip[i] || l.kind == kFence || l.kind == kTable || reFootnoteLine.MatchString(l.text) {
			continue
		}
		if (l.kind == kBullet || l.kind == kNumber) && wordCount(l.body) >= 6 {
			continue // a list of substance is content
		}
		d.dropLine(i, whyFooter)
	}
}
