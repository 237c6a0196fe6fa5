// metatitle.go: the title candidates of the header zone and their scores.
// It reads the lexed lines and what extractMeta has dropped so far (bylines
// and dates anchor the headline; menus, breadcrumbs and label lines are not
// titles) and marks nothing itself.

package normalize

import (
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

// fixCaps turns an ALL CAPS title into Title Case.
func fixCaps(s string) string {
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

// titleScore rates a title candidate: a title sits just above the byline
// or date, has a few words, and is often repeated further down.
func (d *doc) titleScore(i int, isCand map[int]bool) int {
	l := d.lines[i]
	t := metaText(l)
	w := wordCount(t)
	sc := 0
	switch {
	case w <= 1:
		sc -= 3
	case w == 2:
		sc--
	default:
		sc++
	}
	if l.kind == kHeading && l.level == 1 {
		sc += 2
	}
	if strings.Contains(t, " | ") || strings.Count(t, "|") >= 2 {
		sc -= 2
	}
	if w > 16 {
		sc -= 2
	}
	// the last step of a breadcrumb ("Home > Guides > Working with your
	// manager") names the page
	if nt := normTitle(t); nt != "" && d.crumbs[nt] {
		sc += 4
	}
	if isTitleCase(t) {
		sc++
	}
	// the file name often is the headline made into a slug
	if nameAgrees(d.name, t) {
		sc += nameAgreeBonus
	}
	if strings.HasSuffix(t, "?") && w >= 5 {
		sc++ // forum and Q&A titles are questions
	}
	// the nearest headline before the byline/date block is the title; a
	// standfirst sentence may sit between them, another candidate may not
	between := 0
	for j := i + 1; j < len(d.lines) && between < 2; j++ {
		if d.lines[j].kind == kBlank {
			continue
		}
		why := d.whyDropped(j)
		if why == whyByline || why == whyDate || why == whyCredit || why == whyReadTime {
			sc += 4 - 2*between
			break
		}
		if why == "" {
			if isCand[j] {
				break
			}
			between++
		}
	}
	// Blogger style: the date header above the post title, prose after it
	if p := d.prevNonBlankAny(i); p >= 0 && d.whyDropped(p) == whyDate && w >= 3 {
		if j := d.nextNonBlankAny(i); j >= 0 && d.lines[j].kind == kText && wordCount(d.lines[j].text) >= 20 {
			sc += 5
		}
	}
	if d.inMenuRun(i) {
		sc -= 4
	}
	if reNotTitle.MatchString(t) || reCTA.MatchString(t) {
		sc -= notTitlePenalty
	}
	// a line that opens with a date ("24.01.2022 - Press release - …")
	// is a teaser or a dateline, not a headline
	if _, _, span, ok := findDate(t); ok && span[0] == 0 {
		sc -= datedLinePenalty
	}
	if labelLine(t) || reNofM.MatchString(t) || len(reCrumbSep.FindAllString(t, -1)) >= 1 || strings.Contains(t, " · ") {
		sc -= 3
	}
	// site chrome: a name followed by navigation or prompts
	if j := d.nextNonBlankAny(i); j >= 0 {
		switch d.whyDropped(j) {
		case whyNav, whyLogin, whyNewsletter, whyShare, whyCookie, whyTags:
			sc -= 3
		}
	}
	nt := normTitle(t)
	for j := i + 1; j < len(d.lines); j++ {
		if l := d.lines[j]; l.kind != kBlank && len(l.text) < 2*len(t)+10 && normTitle(metaText(l)) == nt {
			sc++
			break
		}
	}
	return sc
}

// labelLine: "Category: Leadership", "Photo: Jane Roe" (a one-word label,
// or a short value after the colon), not "Leading up: a guide for new staff".
func labelLine(t string) bool {
	if !reLabelLine.MatchString(t) {
		return false
	}
	i := strings.Index(t, ":")
	return wordCount(t[:i]) == 1 || wordCount(t[i+1:]) <= 3
}

// shortLine: one to four words, no final punctuation (a menu entry).
func shortLine(t string) bool {
	w := wordCount(t)
	return w >= 1 && w <= 4 && !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "?") && !strings.HasSuffix(t, "!") && !strings.HasSuffix(t, ":")
}

// inMenuRun reports whether line i belongs to a run of three or more
// consecutive short lines (blank lines end a run unless every line of the
// paste is separated by one) that are not bylines or dates.
func (d *doc) inMenuRun(i int) bool {
	ok := func(j int) bool {
		l := d.lines[j]
		if l.kind == kBlank || l.code {
			return false
		}
		switch d.whyDropped(j) {
		case whyByline, whyDate, whyCredit:
			return false
		}
		return shortLine(metaText(l))
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
		if _, _, ok := dateLine(t); ok {
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
	// with no byline or date to anchor on, the title is the headline
	// nearest the body (a site name comes first, a tagline after it)
	nearest := -1
	if anchor < 0 {
		prose := len(d.lines) // the first line of prose (hard-wrapped or not)
		for i := d.headStart; i < len(d.lines); i++ {
			l := d.lines[i]
			if l.kind == kText && !d.skip[i] && wordCount(l.text) >= 10 {
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
	for k, i := range cands {
		sc := d.titleScore(i, isCand)
		if k == nearest {
			sc += 2
		}
		if sc > bestScore {
			best, bestScore = k, sc
		}
	}
	// no candidate in the top window looks like a headline (a long site
	// header pushed it out): the headline just above the article region
	if bestScore < farTitleMin {
		if i, sc := d.farTitle(isCand); i >= 0 && sc > bestScore {
			d.titleLine = i
			m.title = cleanHeading(metaText(d.lines[i]))
			d.dropLine(i, whyTitleLine)
			return
		}
	}
	// no candidate looks like a headline (a menu word, a site name) on a
	// page with a profile header: a social post, titled by its opening
	if bestScore < minTitleScore && len(m.authors) > 0 {
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
		if adjacent && !prominent && !kicker && wordCount(tp) >= 2 && (wordCount(tc) > wordCount(tp) || wordCount(tp) >= 3 && isTitleCase(tp) || questionHead(tp, tc)) && !isTitleCase(tc) && !d.inMenuRun(p) &&
			!labelLine(tp) && !strings.Contains(tp, "|") && strings.Count(tp, "·") == 0 && !reCrumbSep.MatchString(tp) &&
			!reNotTitle.MatchString(tp) && !d.crumbs[normTitle(tc)] {
			best--
		}
	}
	i := cands[best]
	d.titleLine = i
	m.title = cleanHeading(metaText(d.lines[i]))
	if k := strings.Index(m.title, " | "); k > 0 && wordCount(m.title[:k]) >= 2 {
		m.title = strings.TrimSpace(m.title[:k])
	}
	d.dropLine(i, whyTitleLine)
	// a lone name just under the title is the byline
	if len(m.authors) == 0 && best+1 < len(cands) {
		j := cands[best+1]
		t := metaText(d.lines[j])
		if nameLike(t) && plainName(t) && wordCount(t) >= 2 && wordCount(t) <= 4 && d.nextNonBlank(i) == j {
			d.addAuthors([]string{t})
			d.dropLine(j, whyByline)
		}
	}
	chrome := false // a junk line between the candidate and the title
	for k := cands[0]; k < i; k++ {
		if d.skip[k] && d.whyDropped(k) != whyByline && d.whyDropped(k) != whyDate {
			chrome = true
		}
	}
	above := cands[:best]
	// lines above the header zone are the site's header too
	// when the headline sits on a byline or date
	for j := 0; anchor > i && j < d.headStart; j++ {
		if l := d.lines[j]; l.kind != kBlank && !l.code && !d.skip[j] {
			above = append(above, j)
		}
	}
	for _, j := range above {
		if t := d.lines[j].text; wordCount(t) <= 6 || strings.Contains(t, " | ") || strings.Contains(t, " · ") || chrome && d.chromeBetween(j, i) {
			d.dropLine(j, whyNav)
		}
	}
}

// questionHead: a question headline ("Q&A: How do I …?") above a
// declarative standfirst is the title, however long the standfirst.
func questionHead(head, next string) bool {
	return endsQuestion(head) && wordCount(head) >= 5 && !endsQuestion(next)
}

// farTitleMin: a best window candidate scoring below it lets a headline
// just above the article region compete.
const farTitleMin = 2

// farSpan: how many non-blank lines above the article region's first line
// are read for a headline, and the bonus for sitting there.
const (
	farSpan  = 4
	farBonus = 2
)

// farTitle finds the best headline-like line among the farSpan non-blank
// lines above the article region (and its first line), below the top
// window: a news page's headline under a long site header. It returns -1
// when there is none.
func (d *doc) farTitle(isCand map[int]bool) (best, bestScore int) {
	best, bestScore = -1, -100
	if d.regionStart <= d.winEnd || d.regionEnd <= d.regionStart {
		return
	}
	seen := 0
	for i := min(d.regionStart, len(d.lines)-1); i >= d.winEnd && seen <= farSpan; i-- {
		l := d.lines[i]
		if l.kind == kBlank || l.code {
			continue
		}
		seen++
		if d.skip[i] || l.kind != kHeading && l.kind != kText {
			continue
		}
		t := metaText(l)
		w := wordCount(t)
		if w < 3 || w > 20 || len(t) > 160 || strings.HasSuffix(t, ".") || strings.HasSuffix(t, ":") || d.inMenuRun(i) || labelLine(t) {
			continue
		}
		if sc := d.titleScore(i, isCand) + farBonus; sc > bestScore {
			best, bestScore = i, sc
		}
	}
	return
}

// datedLinePenalty is what a candidate that opens with a date loses.
const datedLinePenalty = 3

// notTitlePenalty is what a button label or a captioned photo credit
// loses as a title candidate.
const notTitlePenalty = 6

// minTitleScore: below it, no candidate is taken for a headline when a
// post's opening sentence can stand for the title.
const minTitleScore = 0

// nameAgreeBonus is what agreeing with the file name adds to a title score.
const nameAgreeBonus = 3

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
