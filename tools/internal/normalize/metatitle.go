// metatitle.go: the title candidates of the header zone and their scores.
// It reads the lexed lines and what extractMeta has dropped so far (bylines
// and dates anchor the headline; menus, breadcrumbs and label lines are not
// titles) and marks nothing itself.

package normalize

import (
	"slices"
	"strings"
	"unicode"

	"github.com/leadingup/leadingup/tools/internal/prefilter"
)

var reCrumbSep = prefilter.MustCompile(`\s(?:>|»|›|‹|«|/|→|::)\s`)

// noteCrumb remembers the last step of a breadcrumb line.
func (d *doc) noteCrumb(t string) {
	parts := reCrumbSep.Split(t, -1)
	if len(parts) < 2 {
		return
	}
	if d.crumbs == nil {
		d.crumbs = map[string]bool{}
	}
	d.crumbs[normTitle(parts[len(parts)-1])] = true
}

// chromeBetween reports whether a junk line lies between lines j and i.
func (d *doc) chromeBetween(j, i int) bool {
	for k := j + 1; k < i; k++ {
		if d.skip[k] {
			switch d.whyDropped(k) {
			case whyByline, whyDate, whyCredit, whyTitleLine:
			default:
				return true
			}
		}
	}
	return false
}

// invisibles are the characters a copy carries that no reader sees: the
// soft hyphen a site sets for line breaking ("Mes\u00adsen\u00adger"),
// zero-width spaces and joiners, the byte-order mark.
var invisibles = strings.NewReplacer("\u00ad", "", "\u200b", "", "\u200c", "", "\u200d", "", "\u2060", "", "\ufeff", "")

// fixCaps drops the invisible characters of a title or a name and turns
// one in ALL CAPS into Title Case.
func fixCaps(s string) string {
	s = invisibles.Replace(s)
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 4 || strings.ToUpper(s) != s || strings.ToLower(s) == s {
		return s
	}
	small := map[string]bool{"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "of": true, "to": true,
		"in": true, "on": true, "at": true, "for": true, "by": true, "with": true, "from": true, "as": true, "vs": true}
	f := strings.Fields(strings.ToLower(s))
	for i, w := range f {
		if i > 0 && small[w] {
			continue
		}
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		f[i] = string(r)
	}
	return strings.Join(f, " ")
}

// labelLine: "Category: Leadership", "Photo: Jane Roe", "Tags: careers,
// feedback, one-to-ones" (a short value after the colon, or a list of
// short values after a one-word label), not "Leading up: a guide for new
// staff" nor a news headline's "Klimaschutz: Bohren, bis es heiß wird".
func labelLine(t string) bool {
	if !reLabelLine.MatchString(t) {
		return false
	}
	i := strings.Index(t, ":")
	v := t[i+1:]
	if wordCount(v) <= labelValueWords {
		return true
	}
	if wordCount(t[:i]) != 1 || !strings.Contains(v, ",") {
		return false
	}
	for _, p := range strings.Split(v, ",") {
		if wordCount(p) > labelValueWords {
			return false
		}
	}
	return true
}

// labelValueWords: the longest value of a "Label: value" line, and of each
// part of a listed value.
const labelValueWords = 3

// shortLine: one to four words, no final punctuation (a menu entry).
func shortLine(t string) bool {
	w := wordCount(t)
	return w >= 1 && w <= 4 && !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "?") && !strings.HasSuffix(t, "!") && !strings.HasSuffix(t, ":")
}

// menuQuestionWords: the longest question read as a menu entry.
const menuQuestionWords = 3

// inMenuRun reports whether line i belongs to a run of three or more
// consecutive short lines (blank lines end a run unless every line of the
// paste is separated by one) that are not bylines or dates.
func (d *doc) inMenuRun(i int) bool {
	ok := func(j int) bool {
		t, ok := d.menuText(j)
		// a short question is a menu entry there too ("Was ist CC?")
		return ok && (shortLine(t) || strings.HasSuffix(t, "?") && wordCount(t) <= menuQuestionWords)
	}
	if !ok(i) {
		return false
	}
	n := 1
	for j := i - 1; j >= 0 && ok(j); j-- {
		n++
	}
	for j := i + 1; j < len(d.lines) && ok(j); j++ {
		n++
	}
	return n >= 3
}

// menuText returns line j's text when the line could be a menu entry: not
// blank, not code, and not dropped as a byline, date or credit.
func (d *doc) menuText(j int) (string, bool) {
	l := d.lines[j]
	if l.kind == kBlank || l.code {
		return "", false
	}
	switch d.whyDropped(j) {
	case whyByline, whyDate, whyCredit:
		return "", false
	}
	return metaText(l), true
}

// metaAnchor finds the first byline or date line near the top: at most 40
// non-blank lines and two long lines in; -1 when there is none.
func (d *doc) metaAnchor() int {
	if d.settled() {
		return -1
	}
	nonblank, long := 0, 0
	for i := d.headStart; i < len(d.lines); i++ {
		l := d.lines[i]
		if l.kind == kBlank || l.code || d.skip[i] {
			continue
		}
		nonblank++
		t := metaText(l)
		if wordCount(t) >= 20 {
			long++
		}
		if nonblank > 40 || long > 2 {
			return -1
		}
		if l.kind != kText || wordCount(t) > 24 {
			continue
		}
		if parseByline(t, false) != nil {
			return i
		}
		if _, _, ok := dateLine(t); ok && !d.inDatedList(i) {
			return i
		}
	}
	return -1
}

func cleanSiteTitle(t string) string {
	t = collapse(t)
	if s := reSiteSuffix.ReplaceAllString(t, ""); s != "" && wordCount(s) >= 2 {
		return s
	}
	return t
}

// chooseTitle picks the best-scoring candidate as the title (a subtitle
// under a headline yields to it), drops it as the title line, takes a lone
// name under it as the byline, and drops the site chrome above it.
func (d *doc) chooseTitle(cands []int, anchor int) {
	m := &d.meta
	best, bestScore := -1, -100
	isCand := map[int]bool{}
	for _, i := range cands {
		isCand[i] = true
	}
	m.cands = isCand
	// with no byline or date to anchor on, the title is the headline
	// nearest the body (a site name comes first, a tagline after it)
	nearest := -1
	if anchor < 0 {
		prose := len(d.lines) // the first line of prose (hard-wrapped or not)
		for i := d.headStart; i < len(d.lines); i++ {
			l := d.lines[i]
			if l.kind == kText && !d.skip[i] && l.words >= 10 {
				prose = i
				break
			}
		}
		for k := len(cands) - 1; k >= 0; k-- {
			if cands[k] >= prose {
				continue
			}
			if t := metaText(d.lines[cands[k]]); wordCount(t) >= 3 && !d.inMenuRun(cands[k]) {
				nearest = k
				break
			}
		}
	}
	var repeats *titleRepeats
	if len(cands) > 1 {
		// the lines any candidate may find repeated, indexed once
		maxLen := 0
		for _, i := range cands {
			maxLen = max(maxLen, 2*len(d.candText(i))+10)
		}
		repeats = d.newTitleRepeats(slices.Min(cands), maxLen)
	}
	for k, i := range cands {
		sc := d.titleScore(i, isCand, anchor, repeats)
		if k == nearest {
			sc += 2
		}
		if sc > bestScore {
			best, bestScore = k, sc
		}
	}
	// no candidate looks like a headline (a menu word, a site name) on a
	// page with a profile header: a social post, titled by its opening
	if (bestScore < minTitleScore || bestScore == minTitleScore && d.inMenuRun(cands[best])) && len(m.authors) > 0 {
		if h := d.hookTitle(); h != "" {
			m.title = h
			return
		}
	}
	// a subtitle sits between the title and the byline: the longer,
	// sentence-case line of two adjacent headline lines (a kicker such as
	// "Career Development" above a Title Case headline is not a title)
	if best > 0 {
		p, c := cands[best-1], cands[best]
		tp, tc := metaText(d.lines[p]), metaText(d.lines[c])
		adjacent := true
		for k := p + 1; k < c; k++ {
			if d.lines[k].kind != kBlank {
				adjacent = false
			}
		}
		lp, lc := d.lines[p], d.lines[c]
		prominent := lc.kind == kHeading && (lp.kind != kHeading || lc.level < lp.level)
		// (nor is an ALL-CAPS kicker, "WORK LIFE", above a question)
		kicker := wordCount(tp) <= 3 && strings.ToUpper(tp) == tp || endsQuestion(tc)
		if adjacent && !prominent && !kicker && !d.kickerBeside(p) && wordCount(tp) >= 2 && (wordCount(tc) > wordCount(tp) || wordCount(tp) >= 3 && isTitleCase(tp) || questionHead(tp, tc) || wordCount(tp) >= headOverDekWords && (!endsSentence(tp) || endsQuestion(tp))) && !isTitleCase(tc) && !d.inMenuRun(p) &&
			!labelLine(tp) && !strings.Contains(tp, "|") && strings.Count(tp, "·") == 0 && !reCrumbSep.MatchString(tp) &&
			!reNotTitle.MatchString(tp) && !d.crumbs[normTitle(tc)] && !d.otherLanguage(p) {
			best--
		}
	}
	i := cands[best]
	d.titleLine = i
	m.title = cleanHeading(d.candText(i))
	if k, ok := m.headDate[i]; ok {
		// "3. März 2021 Fünf Fragen …": the date on the headline's line
		t := metaText(d.lines[i])
		if iso, mo, _, ok := findDate(t[:k]); ok {
			d.setDate(iso, mo, t[:k])
		}
	}
	if k := strings.Index(m.title, " | "); k > 0 && wordCount(m.title[:k]) >= 2 {
		m.title = strings.TrimSpace(m.title[:k])
	}
	m.title = d.cutSiteName(m.title, i)
	d.dropLine(i, whyTitleLine)
	// a lone name just under the title, or under its standfirst, is the
	// byline
	if j := d.nextNonBlank(i); len(m.authors) == 0 && j >= 0 {
		under := d.standfirstAt(j)
		if under {
			j = d.nextNonBlank(j)
		}
		t := ""
		if j >= 0 && d.lines[j].kind == kText {
			t = metaText(d.lines[j])
		}
		if under && isCapsLine(t) {
			t = "" // a section label in capitals under the standfirst
		}
		if nameLike(t) && plainName(t) && wordCount(t) >= 2 && wordCount(t) <= 4 {
			d.addAuthors([]string{t})
			d.dropLine(j, whyByline)
		}
	}
	// "Up the Ladder | Marcus Feld" beside the title: a show's or a
	// column's name and its host
	if len(m.authors) == 0 {
		for _, j := range []int{d.prevNonBlankAny(i), d.nextNonBlankAny(i)} {
			if j >= 0 && isCand[j] && !d.skip[j] {
				if name := hostName(metaText(d.lines[j])); name != "" {
					d.addAuthors([]string{name})
					d.dropLine(j, whyByline)
					break
				}
			}
		}
	}
	// a promo line in the interface's language right above a headline
	// in the article's ("Jetzt kostenlos testen: …" above an English
	// headline) is the site's, not the article's
	if p := d.prevNonBlankAny(i); p >= 0 && isCand[p] && !d.skip[p] && wordCount(metaText(d.lines[p])) <= 12 && d.otherLanguage(p) {
		d.dropLine(p, whyNav)
	}
	// a short tag line between the title and the byline ("Leadership
	// Notes", "Careers Hub · Student Guides") is the site's, not the article's
	for _, j := range cands[best+1:] {
		if anchor < 0 || j > anchor {
			break
		}
		if t := metaText(d.lines[j]); !d.skip[j] && (d.kickerBeside(j) || strings.Contains(t, " · ") && wordCount(t) <= 6) {
			d.dropLine(j, whyNav)
		}
	}
	chrome := false // a junk line between the candidate and the title
	for k := cands[0]; k < i; k++ {
		if d.skip[k] && d.whyDropped(k) != whyByline && d.whyDropped(k) != whyDate {
			chrome = true
		}
	}
	above := cands[:best]
	for _, f := range []farZone{m.far, m.pair} {
		if f.from < f.to && i >= f.from && i < f.to {
			// a headline of the second or the dateline zone: the lines
			// above the zone are left to the region and junk stages,
			// which read the whole page
			k := 0
			for k < len(above) && above[k] < f.from {
				k++
			}
			above = above[k:]
		}
	}
	// lines above the header zone are the site's header too
	// when the headline sits on a byline or date
	for j := 0; anchor > i && i < d.winEnd && j < d.headStart; j++ {
		if l := d.lines[j]; l.kind != kBlank && !l.code && !d.skip[j] {
			above = append(above, j)
		}
	}
	for _, j := range above {
		if d.regionFeats != nil && j >= d.regionStart && j < d.regionEnd && !d.inMenuRun(j) && d.lines[j].words > kickerMaxWords {
			continue // inside the article region: the later stages judge it
		}
		// (never a paragraph: running text above the headline is a teaser
		// or the article itself, which later stages judge)
		if t := d.lines[j].text; wordCount(t) <= 6 || strings.Contains(t, " | ") || strings.Contains(t, " · ") || chrome && wordCount(t) < proseMinWords && d.chromeBetween(j, i) {
			d.dropLine(j, whyNav)
		}
	}
}

// standfirstMinWords and standfirstMaxWords bound a standfirst: the one
// or two sentences that sum up an article under its headline.
const (
	standfirstMinWords = 8
	standfirstMaxWords = 50
)

// standfirstAt reports whether line i is a standfirst: text of one or two
// sentences, standfirstMinWords to standfirstMaxWords words, ending in a
// full stop or a question mark.
func (d *doc) standfirstAt(i int) bool {
	if i < 0 || d.lines[i].kind != kText {
		return false
	}
	t := metaText(d.lines[i])
	w := wordCount(t)
	return w >= standfirstMinWords && w <= standfirstMaxWords && endsSentence(t) && strings.Count(t, ". ") <= 1
}

// hostName reads a line of two or three short parts set off by bars or
// dots of which exactly one is a person's full name ("Up the Ladder |
// Marcus Feld", a show and its host); it returns the name, or "".
func hostName(t string) string {
	parts := reBylineSep.Split(t, -1)
	if len(parts) < 2 || len(parts) > 3 {
		return ""
	}
	name := ""
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if wordCount(p) > hostPartWords {
			return ""
		}
		if nameLike(p) && plainName(p) && wordCount(p) >= 2 && wordCount(p) <= 4 && !reOrgName.MatchString(p) && !reRole.MatchString(p) {
			if name != "" {
				return "" // two names: a menu or a pair of links
			}
			name = p
		}
	}
	return name
}

// hostPartWords: the longest part of a show-and-host line.
const hostPartWords = 6

// reNumberedPost: the number that opens a post of a thread ("1/ First,
// why care?", "2/5 The best reports …").
var reNumberedPost = prefilter.MustCompile(`^\d{1,2}/\d{0,2}\s`)

// numberedPost reports whether a paragraph opens with a thread post's
// number: it is the first post of a series, never a standfirst under the
// title.
func numberedPost(t string) bool {
	return reNumberedPost.MatchString(strings.TrimSpace(t))
}

// candText is the text of title candidate i: the line's text, without a
// date that opens it when a headline follows on the same line ("3. März
// 2021 Fünf Fragen, die …", a blog's post header).
func (d *doc) candText(i int) string {
	t := metaText(d.lines[i])
	if k, ok := d.meta.headDate[i]; ok {
		return strings.TrimSpace(t[k:])
	}
	return t
}

// headAfterDate returns where the headline starts in t when t opens with
// a full date followed, after a space and no separator, by a capitalised
// phrase of headDateMinWords words or more that is not itself a date line
// or a byline; ok is false otherwise ("24.01.2022 - Meldung - …" sets
// its parts off with dashes and is no headline).
func headAfterDate(t string) (k int, ok bool) {
	iso, monthOnly, span, found := findDate(t)
	if !found || iso == "" || monthOnly || span[0] != 0 || span[1] >= len(t) || t[span[1]] != ' ' {
		return 0, false
	}
	rest := strings.TrimSpace(t[span[1]:])
	r := []rune(rest)
	if len(r) == 0 || !unicode.IsUpper(r[0]) || wordCount(rest) < headDateMinWords || wordsBesideDates(rest) < headDateMinWords {
		return 0, false
	}
	if parseByline(rest, false) != nil || reAgeStamp.MatchString(rest) {
		return 0, false
	}
	return span[1] + 1, true
}

// headDateMinWords: the shortest headline read after a leading date.
const headDateMinWords = 3

// headOverDekWords: a headline-length line (this many words or more) right
// above a sentence-case line that sits on the byline is the title, and
// the line under it its subtitle, whichever is longer ("Managing up is a
// skill, not a personality trait" / "Here is how to practise it"), unless
// it ends a sentence other than a question (a teaser, a caption).
const headOverDekWords = 4

// questionHead: a question headline ("Q&A: How do I …?") above a
// declarative standfirst is the title, however long the standfirst.
func questionHead(head, next string) bool {
	return endsQuestion(head) && wordCount(head) >= 5 && !endsQuestion(next)
}

// minTitleScore: below it (or at it, for an entry of a menu run), no
// candidate is taken for a headline when a post's opening sentence can
// stand for the title.
const minTitleScore = 0

// nameAgrees reports whether a candidate shares most of the words of a
// descriptive file name ("how-to-manage-up.txt" and "How to Manage Up at
// Work"): at least two, and at least half of the name's words of three or
// more letters. Hash-like names and names of one word agree with nothing.
func nameAgrees(name, t string) bool {
	base := name
	if i := strings.LastIndexAny(base, `/\`); i >= 0 {
		base = base[i+1:]
	}
	if i := strings.Index(base, "."); i > 0 {
		base = base[:i]
	}
	split := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) })
	}
	var words []string
	for _, w := range split(base) {
		if len([]rune(w)) >= 3 {
			words = append(words, w)
		}
	}
	if len(words) < 2 {
		return false
	}
	have := map[string]bool{}
	for _, w := range split(t) {
		have[w] = true
	}
	n := 0
	for _, w := range words {
		if have[w] {
			n++
		}
	}
	return n >= 2 && 2*n >= len(words)
}

// cutSiteName cuts the site's name after a headline copied from the
// browser's tab ("How I prepare – Field Notes") when that name is also a
// line of its own elsewhere on the page (the site's masthead).
func (d *doc) cutSiteName(t string, at int) string {
	loc := reSiteSuffix.FindStringIndex(t)
	if loc == nil || wordCount(t[:loc[0]]) < 3 {
		return t
	}
	site := normTitle(strings.TrimLeft(strings.TrimSpace(t[loc[0]:]), "|–—-:·"))
	if site == "" {
		return t
	}
	for j, l := range d.lines {
		if j != at && l.kind != kBlank && !l.code && normTitle(metaText(l)) == site {
			return strings.TrimSpace(t[:loc[0]])
		}
	}
	return t
}
