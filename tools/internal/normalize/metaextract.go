// metaextract.go: the stateful pass that finds the title, bylines, dates
// and source credit in the marked lines (rules live in meta.go); it marks
// the lines it uses as dropped metadata.

package normalize

import (
	"regexp"
	"strings"
	"unicode"
)

var reOnlyURL = regexp.MustCompile(`^<?(https?://\S+?)>?$`)

// extractMeta finds the title, bylines, date and source credit.
func (d *doc) extractMeta(hm htmlMeta) {
	m := &d.meta
	m.title = d.fm.Title
	m.authors = append(m.authors, d.fm.Authors...)
	m.date = d.fm.Date
	if m.title == "" {
		m.title = hm.h1
	}
	if m.title == "" {
		m.title = cleanSiteTitle(hm.title)
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
		if wordCount(l.text) >= 20 {
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
	// first pass: meta lines and junk; the rest are title candidates
	var cands []int
	firstPara := d.winEnd
	for i := d.headStart; i < d.winEnd; i++ {
		l := d.lines[i]
		if l.kind == kBlank || l.kind == kFence || l.kind == kTable || l.code || d.skip[i] {
			continue
		}
		if l.kind == kNumber {
			// "8. Juni 2019" reads like a numbered item
			if iso, mo, ok := dateLine(l.text); ok {
				d.setDate(iso, mo, l.text)
				d.dropLine(i, whyDate)
				continue
			}
		}
		if l.kind == kBullet || l.kind == kNumber {
			if d.linkMenu(i) {
				d.dropLine(i, whyNav)
				continue
			}
			if why := junkLine(metaText(l)); why != "" {
				d.dropLine(i, why)
				continue
			}
			firstPara = i
			break
		}
		t := metaText(l)
		if names := nameList(t); names != nil && len(m.authors) == 0 && l.kind == kText {
			d.addAuthors(names)
			d.dropLine(i, whyByline)
			continue
		}
		if names := parseByline(t, false); names != nil && l.kind != kHeading {
			d.addAuthors(names)
			if iso, mo, _, ok := findDate(t); ok {
				d.setDate(iso, mo, t)
			}
			d.dropLine(i, whyByline)
			d.dropRole(i)
			continue
		}
		// "Alice Chen and Bob Ode" next to a date line
		if names := namePair(t); names != nil && len(m.authors) == 0 && l.kind == kText && d.nextToDate(i) {
			d.addAuthors(names)
			d.dropLine(i, whyByline)
			continue
		}
		if iso, mo, ok := dateLine(t); ok && l.kind != kHeading {
			d.setDate(iso, mo, t)
			d.dropLine(i, whyDate)
			continue
		}
		if d.credit(i, t) {
			continue
		}
		if u := reOnlyURL.FindStringSubmatch(t); u != nil {
			if m.srcURL == "" {
				m.srcURL = u[1]
			}
			d.dropLine(i, whyURL)
			continue
		}
		if why := junkLine(t); why != "" {
			if why == whyNav {
				d.noteCrumb(t)
			}
			d.dropLine(i, why)
			continue
		}
		if !hasAlnum(t) {
			d.dropLine(i, whyNav)
			continue
		}
		if len(m.authors) > 0 && containsFold(m.authors, t) {
			d.dropLine(i, whyByline)
			continue
		}
		// LinkedIn style: a name on its own line, then "Follow", a role,
		// or a date
		if nt := reHonorific.ReplaceAllString(reCreds.ReplaceAllString(t, ""), ""); len(m.authors) == 0 && nameLike(nt) && plainName(nt) && wordCount(nt) >= 2 && wordCount(nt) <= 4 && l.kind == kText && (d.nameContext(i) || d.afterMeta(i)) {
			d.addAuthors([]string{nt})
			d.dropLine(i, whyByline)
			d.dropRole(i)
			continue
		}
		// a kicker or section link above the article ("[Leadership](/leadership/)")
		if l.kind == kText && reLinkOnly.MatchString(l.text) && wordCount(t) <= 3 {
			d.dropLine(i, whyNav)
			continue
		}
		if wordCount(t) >= 20 || l.kind == kBullet || l.kind == kNumber {
			if i < anchor {
				continue
			}
			firstPara = i
			break
		}
		if (l.kind == kHeading || l.kind == kText) && wordCount(t) <= 20 && len(t) <= 160 && !(strings.HasSuffix(t, ".") && wordCount(t) > 3 && !strings.ContainsAny(t, "?!") && !isTitleCase(t)) {
			cands = append(cands, i)
		}
	}
	_ = firstPara
	if m.title == "" && len(cands) > 0 {
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
			if adjacent && !prominent && wordCount(tp) >= 2 && (wordCount(tc) > wordCount(tp) || wordCount(tp) >= 3 && isTitleCase(tp)) && !isTitleCase(tc) && !d.inMenuRun(p) &&
				!labelLine(tp) && !strings.Contains(tp, "|") && strings.Count(tp, "·") == 0 {
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
	// a date line further down ("Last reviewed: 14 September 2023")
	if m.date == "" && !d.settled() {
		for i := d.winEnd; i < len(d.lines); i++ {
			l := d.lines[i]
			if l.kind != kText || l.code || d.skip[i] || wordCount(l.text) > 8 || !reDateLabel.MatchString(l.text) {
				continue
			}
			if iso, mo, ok := dateLine(l.text); ok {
				m.date, m.dateMonth = iso, mo
				d.dropLine(i, whyDate)
				break
			}
		}
	}
	// a byline at the end of the post ("Posted by Jane Roe at 9:14 AM")
	if len(m.authors) == 0 && !d.settled() {
		for i := d.winEnd; i < len(d.lines); i++ {
			l := d.lines[i]
			if l.kind != kText || l.code || d.skip[i] || wordCount(l.text) > 12 || !rePostedBy.MatchString(l.text) {
				continue
			}
			if names := parseByline(metaText(l), false); names != nil {
				d.addAuthors(names)
				d.dropLine(i, whyByline)
			}
			break
		}
	}
	// credits anywhere ("Originally published at ...")
	for i := 0; i < len(d.lines) && !d.settled(); i++ {
		l := d.lines[i]
		if l.kind == kBlank || l.code || d.skip[i] || wordCount(l.text) > 30 {
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

func (d *doc) addAuthors(names []string) {
	for _, n := range names {
		n = strings.TrimPrefix(n, "the ")
		if wordCount(n) >= 2 {
			n = fixCaps(n)
		}
		d.meta.authors = appendUnique(d.meta.authors, n)
	}
}

var reLinkOnly = regexp.MustCompile(`^\[[^\]]{1,40}\]\([^)\s]+\)$`)

var reLinkBullet = regexp.MustCompile(`^[-*+]\s+\[[^\]]{1,60}\]\([^)\s]+\)$`)

// linkMenu reports whether line i is a bullet that is nothing but a link,
// in a run of two or more such bullets (a Markdown menu or a link list).
func (d *doc) linkMenu(i int) bool {
	ok := func(j int) bool {
		l := d.lines[j]
		return l.kind == kBullet && !l.code && reLinkBullet.MatchString(l.text)
	}
	if !ok(i) {
		return false
	}
	return i > 0 && ok(i-1) || i+1 < len(d.lines) && ok(i+1)
}

var reAnchorLink = regexp.MustCompile(`^(?:[-*+]\s+|\d+[.)]\s+)?\[[^\]]+\]\(#[^)\s]*\)$`)

var rePostedBy = rx(`^posted by\s+\p{Lu}`)

var reDateLabel = rx(`^(?:last )?(?:reviewed|updated|modified|published|posted|revised)\b`)

var reCrumbSep = regexp.MustCompile(`\s(?:>|»|›|/|→)\s`)

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

// settled reports whether the input is Markdown with a title in its front
// matter; position-dependent guesses (title and byline lines at the top,
// author bios at the end) are then left alone, which keeps Normalize
// idempotent.
func (d *doc) settled() bool {
	return d.markdown && d.fm.Title != ""
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

// undrop puts a dropped line back.
func (d *doc) undrop(i int) {
	delete(d.skip, i)
	n := d.lines[i].n
	for k := len(d.report.Dropped) - 1; k >= 0; k-- {
		if d.report.Dropped[k].Line == n {
			d.report.Dropped = append(d.report.Dropped[:k], d.report.Dropped[k+1:]...)
			return
		}
	}
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

// plainName rejects title-like phrases ("A Field Guide", "How We Work").
func plainName(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		switch w {
		case "a", "an", "the", "how", "why", "what", "when", "your", "my", "our", "to", "of", "in", "for", "with",
			"and", "up", "on", "is", "are", "we", "you", "it", "this", "that", "lead", "leading", "leader", "leaders",
			"manager", "managers", "boss", "teams", "work", "article", "magazine", "story", "news", "blog", "post",
			"opinion", "feature", "review", "interview", "column", "series", "podcast", "newsletter", "issue", "edition", "development", "resources", "advice", "insights", "library", "center", "centre", "guide", "notes", "tips", "ways":
			return false
		}
	}
	return true
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

func metaText(l line) string {
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

var (
	reLabelLine = regexp.MustCompile(`^[\p{L}][\p{L}&'’\-]*(?:\s+[\p{L}&'’\-]+){0,2}\s*:\s+\S`)
	reNofM      = rx(`\b\d+\s*(?:of|/|von|de|sur|di)\s*\d+\b`)
)

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

func (d *doc) whyDropped(i int) string {
	n := d.lines[i].n
	for k := len(d.report.Dropped) - 1; k >= 0; k-- {
		if d.report.Dropped[k].Line == n {
			return d.report.Dropped[k].Why
		}
	}
	return ""
}

var reRole = rx(`\s(?:at|chez|bei|presso|bij|@)\s|\||^(?:senior |chief |former |lead |principal |staff )?(?:ceo|cto|coo|cfo|founder|co-founder|director|manager|head of|editor|author|writer|coach|consultant|speaker|mentor|vp|vice president|president|professor|engineer|partner|teamleiter\w*|directrice|directeur|gerente|responsable)\b`)

// dropRole drops the job title line just under a byline.
// reRoleOrg: "Senior Content Lead, Teamloop" (a job title, then the employer).
var reRoleOrg = rx(`^(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:lead|specialist|officer|strategist|marketer|writer|editor|manager|director|consultant|coach|partner|analyst|designer|engineer)\s*,\s*\p{Lu}[\p{L}&.'’ -]{1,40}$`)

func (d *doc) dropRole(i int) {
	for j := i + 1; j < len(d.lines) && j <= i+2; j++ {
		l := d.lines[j]
		if l.kind == kBlank || d.skip[j] || containsFold(d.meta.authors, l.text) {
			continue // a repeated name ("Jane Roe" twice on LinkedIn)
		}
		t := l.text
		if l.kind == kText && wordCount(t) <= 15 && !endsSentence(t) && (reRole.MatchString(t) || reRoleOrg.MatchString(t)) && junkLine(t) == "" {
			if _, _, ok := dateLine(t); !ok {
				d.dropLine(j, whyBio)
			}
		}
		return
	}
}

// reDateRank ranks labelled dates: the publication date wins over an update,
// and received/accepted/reviewed dates never date the essay.
var (
	reDatePub   = rx(`\b(?:published|posted|first published|originally published|publié|veröffentlicht|publicado|pubblicato|gepubliceerd|issued|released)\b`)
	reDateUpd   = rx(`\b(?:updated|modified|edited|revised|aktualisiert|mis à jour|actualizado|aggiornato|bijgewerkt)\b`)
	reDateNever = rx(`\b(?:received|accepted|reviewed|review date|next review|expires?|expiry|valid until|deadline|due)\b`)
)

var reDateLastRev = rx(`^(?:page )?last reviewed\b`)

func dateRank(t string) int {
	switch {
	case reDatePub.MatchString(t):
		return 1
	case reDateLastRev.MatchString(t):
		return 4 // "Last reviewed: 22/01/2024" dates a guide when nothing better does
	case reDateNever.MatchString(t):
		return 9
	case reDateUpd.MatchString(t):
		return 3
	}
	return 2
}

// setDate keeps the best-ranked date seen so far.
func (d *doc) setDate(iso string, monthOnly bool, t string) {
	r := dateRank(t)
	if r == 9 {
		return
	}
	if d.meta.date == "" || r < d.dateRank {
		d.meta.date, d.meta.dateMonth, d.dateRank = iso, monthOnly, r
	}
}

var reNameAnd = regexp.MustCompile(`\s+(?:and|&|und|et|y|e)\s+`)

// namePair reads "Alice Chen and Bob Ode" (two plain names).
func namePair(t string) []string {
	parts := reNameAnd.Split(t, -1)
	if len(parts) != 2 {
		return nil
	}
	for _, p := range parts {
		if !nameLike(p) || !plainName(p) || wordCount(p) < 2 || wordCount(p) > 4 {
			return nil
		}
	}
	return parts
}

// nextToDate reports whether the next or previous non-blank line is a date.
func (d *doc) nextToDate(i int) bool {
	for _, j := range []int{d.nextNonBlankAny(i), d.prevNonBlankAny(i)} {
		if j >= 0 {
			if _, _, ok := dateLine(d.lines[j].text); ok {
				return true
			}
		}
	}
	return false
}

func (d *doc) prevNonBlankAny(i int) int {
	for j := i - 1; j >= 0; j-- {
		if d.lines[j].kind != kBlank {
			return j
		}
	}
	return -1
}

// afterMeta reports whether the line before i is a byline or date line.
func (d *doc) afterMeta(i int) bool {
	for j := i - 1; j >= 0; j-- {
		if d.lines[j].kind == kBlank {
			continue
		}
		why := d.whyDropped(j)
		return why == whyByline || why == whyDate
	}
	return false
}

// nameContext reports whether the lines after i look like a profile header.
func (d *doc) nameContext(i int) bool {
	seen := 0
	for j := i + 1; j < len(d.lines) && seen < 3; j++ {
		t := d.lines[j].text
		if t == "" {
			continue
		}
		seen++
		lt := strings.ToLower(t)
		if strings.HasSuffix(lt, "follow") || strings.Contains(lt, "min read") {
			return true
		}
		if _, _, ok := dateLine(t); ok {
			return true
		}
		if strings.HasPrefix(lt, "published") || strings.HasPrefix(lt, "posted") {
			return true
		}
	}
	return false
}

func (d *doc) credit(i int, t string) bool {
	title, author, url, unknown, ok := parseCredit(t)
	if !ok {
		return false
	}
	m := &d.meta
	if !m.credit || m.srcTitle == "" && title != "" {
		if title != "" {
			m.srcTitle = title
		}
		if author != "" {
			m.srcAuthor = author
		}
		if unknown {
			m.unknownAuthor = true
		}
	}
	if url != "" && m.srcURL == "" {
		m.srcURL = url
	}
	m.credit = true
	d.dropLine(i, whyCredit)
	return true
}

var reSiteSuffix = regexp.MustCompile(`\s+(?:\||–|—|-|::|·)\s+[^|–—]{1,60}$`)

func cleanSiteTitle(t string) string {
	t = collapse(t)
	if s := reSiteSuffix.ReplaceAllString(t, ""); s != "" && wordCount(s) >= 2 {
		return s
	}
	return t
}

var reEditedBy = rx(`^(?:page )?(?:created|last edited|last modified|last updated|last changed)\s+by\s+(.+)$`)

// signOff takes the author from a sign-off when no byline named one: a
// plain name in the last part of the page followed by a role line
// ("Imogen Castellane-Obi" / "Writer, The Upward Brief").
func (d *doc) signOff() {
	if d.settled() || len(d.meta.authors) > 0 {
		return
	}
	// a wiki or docs page: "Created by X, last modified on …",
	// "Last edited by X on 8 Feb 2024 · 14 min ago"
	for i, l := range d.lines {
		if l.kind == kBlank || l.code || wordCount(l.text) > 30 {
			continue
		}
		t := strings.TrimSpace(stripInline(l.text))
		if k := strings.Index(t, " · "); k > 0 {
			t = t[:k]
		}
		m := reEditedBy.FindStringSubmatch(t)
		if m == nil {
			continue
		}
		if names := parseByline("By "+m[1], false); names != nil {
			d.addAuthors(names)
			if iso, mo, _, ok := findDate(m[1]); ok {
				d.setDate(iso, mo, "updated")
			}
			if !d.skip[i] {
				d.dropLine(i, whyByline)
			}
			return
		}
	}
	for i := len(d.lines) * 6 / 10; i < len(d.lines); i++ {
		l := d.lines[i]
		if l.kind != kText || l.code || d.skip[i] {
			continue
		}
		t := strings.TrimSpace(strings.TrimLeft(stripInline(l.text), "—–-~ "))
		if !nameLike(t) || !plainName(t) || wordCount(t) < 2 || wordCount(t) > 4 {
			continue
		}
		j := d.nextNonBlankAny(i)
		if j < 0 {
			continue
		}
		nt := d.lines[j].text
		if d.whyDropped(j) == whyBio || wordCount(nt) <= 8 && reRole.MatchString(nt) && !endsSentence(nt) {
			d.addAuthors([]string{t})
			d.dropLine(i, whyByline)
			if !d.skip[j] {
				d.dropLine(j, whyBio)
			}
			return
		}
	}
}
