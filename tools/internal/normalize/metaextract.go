// metaextract.go: the stateful pass that finds the title, bylines, dates
// and source credit in the lexed lines. It reads the header zone
// (metawindow.go) and the rules (metarules.go, meta.go), and marks the
// lines it uses as dropped metadata (title, byline, date, source credit,
// publication) in the report; titles are chosen in metatitle.go and
// bylines, sign-offs and dates are recorded in metabyline.go.

package normalize

import (
	"slices"
	"strings"
	"unicode"

	"github.com/leadingup/leadingup/tools/internal/prefilter"
)

var reOnlyURL = prefilter.MustCompile(`^<?(https?://\S+?)>?$`)

// whyPublication is the reason reported for a "Published in X" line.
const whyPublication = "publication"

// whyActivity: a feed's note of a reader's activity ("X likes this").
const whyActivity = "feed activity"

// whyAge: a relative age ("Updated 11 days ago", "1 sem • Editado •").
const whyAge = "relative date"

// whyContrib: a credit to someone who did not write the piece ("Reviewed
// by …", "Illustration by …").
const whyContrib = "contributor credit"

// extractMeta finds the title, bylines, date and source credit.
func (d *doc) extractMeta(hm htmlMeta) {
	m := &d.meta
	m.trace = titleTraceHook
	m.title = d.fm.Title
	m.authors = append(m.authors, d.fm.Authors...)
	m.date = d.fm.Date
	// a saved page names its title in its head (<title>, og:title) and
	// its <h1>: an <h1> that agrees with the head, or that is all there
	// is, is the title; otherwise the head's title is evidence for the
	// candidates of the body (the "html-title" feature), and the <h1> or
	// the head's title is the fallback
	htmlFallback := ""
	if m.title == "" && d.fromHTML {
		for _, t := range []string{hm.title, hm.ext.title} {
			if t != "" {
				m.htmlTitles = append(m.htmlTitles, t)
			}
		}
		if hm.h1 != "" && (len(m.htmlTitles) == 0 || htmlTitleAgrees(m.htmlTitles, hm.h1)) {
			m.title = hm.h1
		} else {
			htmlFallback = firstNonEmpty(hm.h1, cleanSiteTitle(hm.title))
		}
	}
	if len(m.authors) == 0 {
		m.authors = append(m.authors, hm.authors...)
	}
	if m.date == "" {
		m.date = hm.date
	}
	if d.fm.Source.URL == "" && validURL(hm.url) {
		m.srcURL = hm.url
	}
	// the top window: until the second long line or the first list after
	// a long line, at most 25 non-blank lines
	long, nonblank := 0, 0
	d.winEnd = len(d.lines)
	d.headStart = d.headerStart()
	for i := d.headStart; i < len(d.lines); i++ {
		l := d.lines[i]
		if l.kind == kBlank {
			continue
		}
		nonblank++
		if l.words >= 20 {
			long++
		}
		if long >= 2 || nonblank > 25 || long >= 1 && (l.kind == kBullet || l.kind == kNumber) {
			d.winEnd = i
			break
		}
	}
	// a Markdown file whose front matter names the title was normalised
	// before (or written by hand): its body holds no title or byline lines
	if d.settled() {
		d.winEnd = 0
	}
	// the byline/date block anchors the title: long lines before it (a
	// disclosure, a tagline) do not end the search for the title
	anchor := d.metaAnchor()
	if anchor >= d.winEnd {
		d.winEnd = anchor + 1
	}
	// a byline at the top of a zone that starts mid-page has its headline
	// just above it: the zone reaches farSpan lines above the byline
	if anchor >= 0 && d.headStart > 0 {
		d.headStart = min(d.headStart, d.linesAbove(anchor, farSpan))
	}
	// first pass: meta lines and junk; the rest are title candidates
	cands := d.metaPass(d.headStart, d.winEnd, anchor)
	// a news page's headline under a long site header: the lines around
	// where the article starts, and a headline over its dateline further
	// down, compete too, with their own byline and date
	cands = d.pairPass(d.farPass(cands), anchor)
	if m.trace != nil {
		m.trace("header zone from line %d, window ends before line %d, anchor %d, region %d-%d, prose %d", d.lineNo(d.headStart), d.lineNo(d.winEnd), d.lineNo(anchor), d.lineNo(d.regionStart), d.lineNo(d.regionEnd), d.lineNo(d.proseStart()))
	}
	if d.fromHTML && m.title == "" {
		// only a candidate that agrees with the page's head is taken
		var agree []int
		for _, i := range cands {
			if htmlTitleAgrees(m.htmlTitles, metaText(d.lines[i])) {
				agree = append(agree, i)
			}
		}
		cands = agree
		if len(cands) == 0 {
			m.title = htmlFallback
		}
	}
	if m.title == "" && len(cands) > 0 {
		d.chooseTitle(cands, anchor)
	}
	d.settleFar()
	// a date line further down ("Last reviewed: 14 September 2023")
	if m.date == "" && !d.settled() {
		for i := d.winEnd; i < len(d.lines); i++ {
			l := d.lines[i]
			if l.kind != kText || l.code || d.skip[i] || l.words > 8 || !reDateLabel.MatchString(l.text) {
				continue
			}
			if iso, mo, ok := dateLine(l.text); ok {
				m.date, m.dateMonth = d.orderDate(iso, l.text), mo
				d.dropLine(i, whyDate)
				break
			}
		}
	}
	// a date on its own line where the article starts or ends (a page
	// whose header is too long for the top window, a date under the
	// last paragraph)
	if m.date == "" && !d.settled() {
		d.edgeDate()
	}
	d.dayForMonth() // "March 2025" at the top, "Published 14 March 2025" below
	// a byline at the end of the post ("Posted by Jane Roe at 9:14 AM")
	if len(m.authors) == 0 && !d.settled() {
		for i := d.winEnd; i < len(d.lines); i++ {
			l := d.lines[i]
			if l.kind != kText || l.code || d.skip[i] || l.words > 12 || !rePostedBy.MatchString(l.text) {
				continue
			}
			if names := parseByline(metaText(l), false); names != nil {
				d.addAuthors(names)
				d.dropLine(i, whyByline)
			}
			break
		}
	}
	// an explicit byline where the article starts or ends, on a page whose
	// header is too long for the top window ("Written by Ana Ruiz on July
	// 27, 2017" under the last paragraph)
	if len(m.authors) == 0 && !d.settled() {
		d.edgeByline()
	}
	// "asked Mar 11, 2024 at 8:02" / "kestrel_dev" under a question
	if len(m.authors) == 0 && !d.settled() {
		d.askerByline()
	}
	// "About the author" / "Nina Kowalski" after the article
	if len(m.authors) == 0 && !d.settled() {
		d.authorBox()
	}
	// "Published in The Weekly Memo" anywhere: metadata, never an item
	for i := 0; i < len(d.lines) && !d.settled(); i++ {
		l := d.lines[i]
		if l.kind != kText || l.code || d.skip[i] || l.words > pubLineWords {
			continue
		}
		t := metaText(l)
		if rePubIn.MatchString(t) {
			d.dropLine(i, whyPublication)
		} else if rePubInAlone.MatchString(t) {
			// "Published in" / "Craft & Code": the name on the next line
			d.dropLine(i, whyPublication)
			if j := d.nextNonBlank(i); j >= 0 && d.lines[j].kind == kText && d.lines[j].words <= pubNameWords && !endsSentence(d.lines[j].text) {
				d.dropLine(j, whyPublication)
			}
		}
	}
	// credits anywhere ("Originally published at ...")
	for i := 0; i < len(d.lines) && !d.settled(); i++ {
		l := d.lines[i]
		if l.kind == kBlank || l.code || d.skip[i] || l.words > 30 {
			continue
		}
		t := strings.TrimSpace(stripInline(l.text))
		if reOrig.MatchString(t) || (reCredit.MatchString(t) || reSource.MatchString(t)) && (reQuoted.MatchString(t) || reURL.MatchString(t)) {
			d.credit(i, t)
		}
	}
	if m.title == "" {
		m.title = m.srcTitle
	}
	// a page that names no author of its own but credits an essay by title
	// is about that essay (a handout, a summary): it takes the essay's
	// title and author, and its own heading stays in the body
	if len(m.authors) == 0 && m.srcTitle != "" && m.srcAuthor != "" && !d.settled() {
		if d.titleLine >= 0 {
			d.undrop(d.titleLine)
		}
		m.title = m.srcTitle
		d.addAuthors([]string{m.srcAuthor})
	}
	if m.title == "" && len(m.authors) > 0 && !d.settled() {
		// a social post has no headline: its profile header (name, role,
		// age) is followed by the post, whose opening sentence is the title
		m.title = d.hookTitle()
	}
	m.title = fixCaps(m.title)
	if m.title == "" {
		m.title = titleFromName(d.name)
		d.warn("no title found; using the file name")
	}
	if m.dateMonth {
		d.warn("date %s: only the month is known; using its first day", m.date)
	}
	if len(m.authors) == 0 {
		d.warn("no byline found")
	}
}

// metaPass runs metaLine over lines [from, to) and returns the title
// candidates among them.
func (d *doc) metaPass(from, to, anchor int) []int {
	var cands []int
	for i := from; i < to; i++ {
		cand, stop := d.metaLine(i, anchor)
		if stop {
			// a standfirst after the anchor ends the zone, but an
			// explicit byline right under it still belongs to the header
			// ("Working Life" / date / headline / standfirst / "By …")
			if j := d.nextNonBlank(i); j >= 0 && d.standfirstAt(i) && d.lines[j].kind == kText && !d.skip[j] {
				if t := metaText(d.lines[j]); wordCount(t) <= bylineMaxWords && (reBy.MatchString(t) || reAuthor.MatchString(t)) && parseByline(t, false) != nil {
					d.metaLine(j, anchor)
				}
			}
			break
		}
		if cand {
			cands = append(cands, i)
		}
	}
	return cands
}

// metaLine reads line i of a header zone: a byline, date, credit or junk
// line is recorded and dropped; cand reports a title candidate; stop
// reports the end of the zone (a list, or long text after the anchor).
func (d *doc) metaLine(i, anchor int) (cand, stop bool) {
	m := &d.meta
	l := d.lines[i]
	if l.kind == kBlank || l.kind == kFence || l.kind == kTable || l.code || d.skip[i] {
		return false, false
	}
	if l.kind == kNumber {
		// "8. Juni 2019" reads like a numbered item
		if iso, mo, ok := dateLine(l.text); ok {
			d.headerDate(i, iso, mo, l.text)
			return false, false
		}
		// and so does a byline that opens with its date ("6. Dezember
		// 2022 von Fatima in Kultur")
		if _, _, span, ok := findDate(l.text); ok && span[0] == 0 && l.words <= bylineMaxWords {
			l.kind = kText
		}
	}
	if l.kind == kBullet || l.kind == kNumber {
		if d.linkMenu(i) {
			d.dropLine(i, whyNav)
			return false, false
		}
		if why := junkLine(metaText(l)); why != "" {
			d.dropLine(i, why)
			return false, false
		}
		// "2. Bundesliga" among short menu lines: a menu entry that reads
		// like a numbered item does not end the header (the later stages
		// judge it)
		if wordCount(metaText(l)) <= kickerMaxWords && d.inMenuRun(i) && i < anchor {
			return false, false
		}
		return false, true
	}
	t := metaText(l)
	if l.kind == kText && wordCount(t) <= 12 && reActivity.MatchString(t) {
		if mm := reReposter.FindStringSubmatch(t); mm != nil && plainName(mm[1]) {
			m.reposter = mm[1] // "Sara Lindqvist reposted this": not the author
		}
		d.dropLine(i, whyActivity)
		return false, false
	}
	// the reposter's own profile header and comment above the post
	if l.kind == kText && m.reposter != "" && strings.EqualFold(t, m.reposter) {
		d.dropLine(i, whyActivity)
		return false, false
	}
	// "Article by" / "Barry Alleyne": the label, then the name
	if l.kind == kText && len(m.authors) == 0 && wordCount(t) <= 3 && reByLabel.MatchString(t) {
		if j := d.nextNonBlank(i); j >= 0 && d.lines[j].kind == kText {
			if names := parseByline("By "+metaText(d.lines[j]), false); names != nil && wordCount(d.lines[j].text) <= 8 {
				d.addAuthors(names)
				d.dropLine(i, whyByline)
				d.dropLine(j, whyByline)
				return false, false
			}
		}
	}
	if l.kind == kText && len(m.authors) == 0 && d.outletByline(i, t) {
		return false, false // "Anna Berglund (Reuters)", "Olivia Grant for Civic Ledger"
	}
	if l.kind == kText && wordCount(t) <= 3 && reNotTitle.MatchString(t) && junkLine(t) == "" {
		d.dropLine(i, whyNav) // a control's label in the header ("Feed post", "Listen")
		return false, false
	}
	if l.kind == kText && wordCount(t) <= 14 && reContrib.MatchString(t) && junkLine(t) != whyPhoto {
		d.dropLine(i, whyContrib)
		return false, false
	}
	if names := nameList(t); names != nil && len(m.authors) == 0 && l.kind == kText {
		d.addAuthors(names)
		d.dropLine(i, whyByline)
		return false, false
	}
	if names := parseByline(t, false); names != nil && l.kind != kHeading {
		if m.weakName > 0 && (reBy.MatchString(t) || reAuthor.MatchString(t) || reByMid.MatchString(t)) {
			// an explicit byline outranks a lone name line read from its
			// context above it (a section label over the dateline,
			// "Working Life" / "May 14, 2024" / … / "By Priya Nair")
			w := m.weakName - 1
			m.authors = slices.DeleteFunc(m.authors, func(a string) bool { return strings.EqualFold(a, metaText(d.lines[w])) })
			d.undrop(w)
			d.dropLine(w, whyNav)
			m.weakName = 0
		}
		d.addAuthors(names)
		if iso, mo, _, ok := findDate(t); ok {
			d.setDate(iso, mo, t)
		}
		d.dropLine(i, whyByline)
		d.dropRole(i)
		return false, false
	}
	// "4 yr. ago" / "tired_tech_lead": a forum poster beside the age
	// (the raw text: metaText reads "tired_tech_lead" as emphasis)
	if h := strings.TrimSpace(l.text); l.kind == kText && len(m.authors) == 0 && reHandleLine.MatchString(h) && !reRoleAccount.MatchString(h) && d.besideAge(i) {
		d.addAuthors([]string{strings.TrimPrefix(h, "u/")})
		d.dropLine(i, whyByline)
		return false, false
	}
	// "Marguerite Ellis answers your questions about work"
	if mm := reColumnist.FindStringSubmatch(t); mm != nil && len(m.authors) == 0 && l.kind == kText && wordCount(t) <= 16 && plainName(mm[1]) && nameLike(mm[1]) {
		d.addAuthors([]string{mm[1]})
		d.dropLine(i, whyByline)
		return false, false
	}
	// "Nadia Petrenko, Senior People Partner", "Margaret Hollis, Tribune
	// Content Agency": a name and a role or an outlet, no "By"
	if names := nameRoleOrOrg(t); names != nil && len(m.authors) == 0 && l.kind == kText {
		d.addAuthors(names)
		d.dropLine(i, whyByline)
		return false, false
	}
	// "Gesine Engels-Krone, 02.01.2023, 11:08 Uhr"
	if names := datedName(t); names != nil && len(m.authors) == 0 && l.kind == kText {
		d.addAuthors(names)
		if iso, mo, _, ok := findDate(unglue(t)); ok {
			d.setDate(iso, mo, t)
		}
		d.dropLine(i, whyByline)
		return false, false
	}
	// "Alice Chen and Bob Ode" next to a date line
	if names := namePair(t); names != nil && len(m.authors) == 0 && l.kind == kText && d.nextToDate(i) {
		d.addAuthors(names)
		d.dropLine(i, whyByline)
		return false, false
	}
	if l.kind == kText && reClockOnly.MatchString(t) {
		d.dropLine(i, whyDate) // "5:35 p.m." over or under the date
		return false, false
	}
	if iso, mo, ok := dateLine(t); ok && l.kind != kHeading {
		d.headerDate(i, iso, mo, t)
		return false, false
	}
	if l.kind == kText && reAgeStamp.MatchString(t) {
		d.dropLine(i, whyAge)
		return false, false
	}
	if d.credit(i, t) {
		return false, false
	}
	if l.kind == kText && wordCount(t) <= pubLineWords && rePubIn.MatchString(t) {
		d.dropLine(i, whyPublication)
		return false, false
	}
	if u := reOnlyURL.FindStringSubmatch(t); u != nil {
		if m.srcURL == "" {
			m.srcURL = u[1]
		}
		d.dropLine(i, whyURL)
		return false, false
	}
	if why := junkLine(t); why != "" {
		if why == whyNav {
			d.noteCrumb(t)
		}
		d.dropLine(i, why)
		return false, false
	}
	if !hasAlnum(t) {
		d.dropLine(i, whyNav)
		return false, false
	}
	if len(m.authors) > 0 && containsFold(m.authors, t) {
		d.dropLine(i, whyByline)
		return false, false
	}
	// LinkedIn style: a name on its own line, then "Follow", a role,
	// or a date
	if nt := reHonorific.ReplaceAllString(reCreds.ReplaceAllString(t, ""), ""); len(m.authors) == 0 && nameLike(nt) && plainName(nt) && wordCount(nt) >= 2 && wordCount(nt) <= 4 && l.kind == kText && (d.nameContext(i) || d.afterMeta(i)) && (!d.deepInMenu(i) || d.profileContext(i)) {
		d.addAuthors([]string{nt})
		d.dropLine(i, whyByline)
		d.dropRole(i)
		if !d.socialProfile(i) {
			m.weakName = i + 1 // read from its context only
		}
		return false, false
	}
	// a kicker or section link above the article ("[Leadership](/leadership/)")
	if l.kind == kText && reLinkOnly.MatchString(l.text) && wordCount(t) <= 3 {
		d.dropLine(i, whyNav)
		return false, false
	}
	if wordCount(t) >= 20 || l.kind == kBullet || l.kind == kNumber {
		if i < anchor {
			// a long headline, tweet-like, stands above its byline
			// with no final stop (a standfirst ends its sentence)
			return longHead(l, t), false
		}
		return false, true
	}
	if (l.kind == kHeading || l.kind == kText) && wordCount(t) <= 20 && len(t) <= 160 && !(strings.HasSuffix(t, ".") && wordCount(t) > 3 && !strings.ContainsAny(t, "?!") && !isTitleCase(t)) {
		if k, ok := headAfterDate(t); ok {
			if m.headDate == nil {
				m.headDate = map[int]int{}
			}
			m.headDate[i] = k
		}
		return true, false
	}
	return false, false
}

// longHeadWords: the longest line read as a headline when it stands
// above the byline or date (a tweet-like title of a social post or a
// blog story).
const longHeadWords = 32

// longHead reports whether a line of twenty words or more can be a
// headline: text or a heading, at most longHeadWords words, without a
// final stop or colon (a question mark may end it).
func longHead(l line, t string) bool {
	if l.kind != kText && l.kind != kHeading || wordCount(t) > longHeadWords || len(t) > 8*longHeadWords {
		return false
	}
	return !endsSentence(t) || strings.HasSuffix(t, "?")
}

// titleTraceHook, when set (only by TestTitleTrace, a debugging aid),
// receives how every title candidate scored.
var titleTraceHook func(format string, args ...any)

var reAnchorLink = prefilter.MustCompile(`^(?:[-*+]\s+|\d+[.)]\s+)?\[[^\]]+\]\(#[^)\s]*\)$`)

// settled reports whether the input is Markdown with a title in its front
// matter; position-dependent guesses (title and byline lines at the top,
// author bios at the end) are then left alone, which keeps Normalize
// idempotent.
func (d *doc) settled() bool {
	return d.markdown && d.fm.Title != ""
}

// undrop puts a dropped line back.
func (d *doc) undrop(i int) {
	delete(d.skip, i)
	n := d.lines[i].n
	for k := len(d.report.Dropped) - 1; k >= 0; k-- {
		if d.report.Dropped[k].Line == n {
			d.report.Dropped = append(d.report.Dropped[:k], d.report.Dropped[k+1:]...)
			d.dropIdx = nil // the entries after k moved
			return
		}
	}
}

// linesAbove returns the index of the n-th non-blank line above line i
// (or the first line).
func (d *doc) linesAbove(i, n int) int {
	for j := i - 1; j >= 0; j-- {
		if d.lines[j].kind != kBlank {
			if n--; n == 0 {
				return j
			}
		}
	}
	return 0
}

// lineNo is the source line number of line index i (-1 when out of range).
func (d *doc) lineNo(i int) int {
	if i < 0 || i >= len(d.lines) {
		return -1
	}
	return d.lines[i].n
}

func (d *doc) nextNonBlankAny(i int) int {
	for j := i + 1; j < len(d.lines); j++ {
		if d.lines[j].kind != kBlank {
			return j
		}
	}
	return -1
}

func (d *doc) nextNonBlank(i int) int {
	for j := i + 1; j < len(d.lines); j++ {
		if d.lines[j].kind != kBlank && !d.skip[j] {
			return j
		}
	}
	return -1
}

func metaText(l line) string {
	if l.rec && l.plainHead == (l.kind == kHeading) {
		return l.plain // worked out once by lex (line.record)
	}
	t := l.text
	if l.kind == kHeading {
		t = l.body
	}
	return strings.TrimSpace(stripInline(t))
}

func hasAlnum(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

func (d *doc) whyDropped(i int) string {
	return d.droppedWhy(d.lines[i].n)
}

func (d *doc) prevNonBlankAny(i int) int {
	for j := i - 1; j >= 0; j-- {
		if d.lines[j].kind != kBlank {
			return j
		}
	}
	return -1
}
