// metapair.go: the dateline zone. A news portal pasted as text may set
// its headline far down, under menus, teaser boxes and "most read" lists,
// and further up than where the main-content region starts (a video
// caption, a photo credit or a share panel sits between them), so that
// neither the top window nor the second zone (metafar.go) holds it. What
// still marks it is its dateline: a headline-like line with a byline or a
// date line right under it, not one of a list of such pairs (a teaser
// list gives every headline its date: inDatedList, which also keeps the
// top window from taking a teaser's date). pairPass finds the first such pair
// below the top window and reads the lines around it like a header zone
// (metaLine); its candidates compete with the others and, as in the
// second zone, its byline and date are the article's when its headline
// wins, and fill gaps otherwise. It reads the lexed lines and what
// extractMeta has dropped so far; it drops what metaLine drops.

package normalize

// Extent and limits of the dateline zone, in non-blank lines.
const (
	// pairHeadGap: how many lines may stand between the headline and its
	// dateline (a standfirst, a kicker, a photo credit).
	pairHeadGap = 2
	// pairAfter: lines read after the dateline (a byline under a date, a
	// read time), ending before the first line of prose.
	pairAfter = 3
	// pairMaxWords: the longest line read as a dateline.
	pairMaxWords = 12
	// pairShare: the part of the page searched when no article region
	// was found, in tenths of its lines (else: down to the region).
	pairShare = 6
	// pairHeadMinWords and pairHeadMaxWords bound the headline above a
	// dateline.
	pairHeadMinWords = 3
	pairHeadMaxWords = 24
)

// datelineAt reports whether line i is a dateline: a date line (not an
// archive's capture time) or an explicit byline ("By …", "Von …",
// "Author: …"), of at most pairMaxWords words, not yet dropped.
func (d *doc) datelineAt(i int) bool {
	return i >= 0 && !d.skip[i] && d.datelineShape(i)
}

// datelineShape is datelineAt for a line that may have been dropped
// already (read as a date or a teaser's date).
func (d *doc) datelineShape(i int) bool {
	if i < 0 {
		return false
	}
	l := d.lines[i]
	if l.kind != kText && l.kind != kNumber || l.code {
		return false
	}
	t := metaText(l)
	if wordCount(t) > pairMaxWords {
		return false
	}
	if _, _, ok := dateLine(t); ok {
		return dateRank(t) != 9 && !dateSpan(t)
	}
	return (reBy.MatchString(t) || reAuthor.MatchString(t)) && parseByline(t, false) != nil
}

// pairHeadline reports whether line i can be the headline of a dateline:
// text or a heading of pairHeadMinWords to pairHeadMaxWords words that
// does not end a sentence with a full stop, and is no junk line.
func (d *doc) pairHeadline(i int) bool {
	return !d.skip[i] && d.headShape(i)
}

// headShape is pairHeadline whether or not line i was dropped.
func (d *doc) headShape(i int) bool {
	l := d.lines[i]
	if l.kind != kText && l.kind != kHeading || l.code {
		return false
	}
	t := metaText(l)
	w := wordCount(t)
	if w < pairHeadMinWords || w > pairHeadMaxWords || endsSentence(t) && !endsQuestion(t) && !endsExclaim(t) {
		return false
	}
	if _, _, ok := dateLine(t); ok {
		return false
	}
	// (a contributor's credit or a byline between a headline and its
	// date is part of one dateline, not a second teaser:
	// "Written by Jo Park" / "Reviewed by Ana Ruiz" / "Updated May 2")
	if reContrib.MatchString(t) || reNotAuthor.MatchString(t) || (reBy.MatchString(t) || reAuthor.MatchString(t)) && parseByline(t, false) != nil {
		return false
	}
	return junkLine(t) == "" && !labelLine(t) && !reCrumbSep.MatchString(t)
}

// endsExclaim reports whether t ends with an exclamation mark.
func endsExclaim(t string) bool {
	for len(t) > 0 && (t[len(t)-1] == '"' || t[len(t)-1] == ' ') {
		t = t[:len(t)-1]
	}
	return len(t) > 0 && t[len(t)-1] == '!'
}

// nb returns the non-blank line k steps from line i (k < 0: above), or
// -1.
func (d *doc) nb(i, k int) int {
	for ; k != 0 && i >= 0; k -= sign(k) {
		if k > 0 {
			i = d.nextNonBlankAny(i)
		} else {
			i = d.prevNonBlankAny(i)
		}
	}
	return i
}

func sign(k int) int {
	if k < 0 {
		return -1
	}
	return 1
}

// inDatedList reports whether line i is the dateline of one teaser in a
// list of them: headline, dateline, headline, dateline, with line i
// second or fourth ("Most read" boxes, "More on this story" lists). Two
// datelines in a row ("Published …" / "Updated …") are no list.
func (d *doc) inDatedList(i int) bool {
	if !d.datelineShape(i) || !d.headAt(d.nb(i, -1)) {
		return false
	}
	if d.headAt(d.nb(i, 1)) && d.datelineShape(d.nb(i, 2)) {
		return true
	}
	return d.datelineShape(d.nb(i, -2)) && d.headAt(d.nb(i, -3))
}

// headAt is pairHeadline for a line index that may be -1, read whether
// or not the line was dropped (a teaser headline may already be).
func (d *doc) headAt(i int) bool {
	return i >= 0 && d.headShape(i)
}

// pairAnchor returns the first dateline outside the top window (above
// it, when the window starts further down, or below it) and above limit
// (or the first pairShare tenths of a page with no region), that has
// a headline within pairHeadGap lines above it and is not in a list of
// teasers (inDatedList); -1 when there is none.
func (d *doc) pairAnchor(limit int) int {
	end := limit
	if d.regionFeats == nil || d.regionEnd <= d.regionStart {
		end = min(end, len(d.lines)*pairShare/10)
	}
	for p := 0; p < end; p++ {
		if p >= d.headStart && p < d.winEnd {
			continue // the top window
		}
		if !d.datelineAt(p) {
			continue
		}
		head := -1
		for j, seen := d.prevNonBlankAny(p), 0; j >= 0 && (j < d.headStart || j >= d.winEnd) && seen < pairHeadGap+1; j, seen = d.prevNonBlankAny(j), seen+1 {
			if d.pairHeadline(j) {
				head = j
				break
			}
		}
		if head < 0 || d.inDatedList(p) {
			continue
		}
		return p
	}
	return -1
}

// pairPass reads the dateline zone, when the top window has no byline or
// date and the second zone found none either, and returns the title
// candidates with the zone's appended. Its metadata is kept in
// d.meta.pair; settleFar gives it its meaning.
func (d *doc) pairPass(cands []int, anchor int) []int {
	m := &d.meta
	if d.settled() || m.title != "" || anchor >= 0 || len(m.authors) > 0 || m.date != "" {
		return cands
	}
	if len(m.far.authors) > 0 || m.far.date != "" {
		return cands
	}
	// the headline stands above the article's region and the second zone
	limit := len(d.lines)
	if d.regionFeats != nil && d.regionEnd > d.regionStart {
		limit = d.regionStart
	}
	if m.far.from < m.far.to {
		limit = min(limit, m.far.from)
	}
	p := d.pairAnchor(limit)
	if p < 0 {
		return cands
	}
	from := d.linesAbove(p, farSpan)
	if p >= d.winEnd {
		from = max(from, d.winEnd)
	}
	to := p + 1
	for j, seen := p+1, 0; j < len(d.lines) && seen < pairAfter; j++ {
		if d.lines[j].kind == kBlank {
			continue
		}
		if d.proseLine(j) {
			break
		}
		seen++
		to = j + 1
	}
	if to = min(to, limit); p < d.headStart {
		to = min(to, d.headStart)
	}
	m.authors, m.date, m.dateMonth, d.dateRank = nil, "", false, 0
	zone := d.metaPass(from, to, p)
	m.pair = farZone{from: from, to: to, authors: m.authors, date: m.date, dateMonth: m.dateMonth, dateRank: d.dateRank}
	m.authors, m.date, m.dateMonth, d.dateRank = nil, "", false, 0
	if m.trace != nil {
		m.trace("dateline zone lines %d-%d: authors %q, date %q", d.lineNo(from), d.lineNo(to-1), m.pair.authors, m.pair.date)
	}
	return append(cands, zone...)
}

// headerDate reads date line i of a header zone: the date of a teaser in
// a list (inDatedList) is dropped with the list; any other dates the page
// (setDate keeps the best-ranked).
func (d *doc) headerDate(i int, iso string, monthOnly bool, t string) {
	if d.inDatedList(i) {
		d.dropLine(i, whyRelated)
		return
	}
	d.setDate(iso, monthOnly, t)
	d.dropLine(i, whyDate)
}
