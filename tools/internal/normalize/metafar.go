// metafar.go: the second header zone. A news page pasted as text often
// opens with a long site header (menus, teasers, ticker lines) that fills
// the top window, and its headline, byline and date sit just above where
// the main-content region (region.go) starts. farPass reads the lines
// there like the top window (metaLine: bylines, dates and junk are
// dropped, the rest are title candidates) and keeps the metadata it finds
// apart until the title is chosen: the zone's byline and date belong to
// the article when its headline wins, and fill gaps otherwise.

package normalize

// Extent of the second header zone, in non-blank lines.
const (
	// farSpan: lines above the region's first line.
	farSpan = 4
	// farAfter: lines from the region's first line on, for a headline
	// the region starts with and the byline and date under it.
	farAfter = 8
	// farBonus: what a candidate gains by sitting within farSpan lines
	// above the region's first line or on it ("near-article").
	farBonus = 2
	// farAnchoredBonus: the same in a top window that has a byline or date
	farAnchoredBonus = 1
)

// farZone is the second header zone and the metadata found in it.
type farZone struct {
	from, to  int // line indices, to exclusive; from == to when there is none
	authors   []string
	date      string
	dateMonth bool
	dateRank  int
}

// farBounds returns the second header zone: farSpan non-blank lines above
// the region's first line to farAfter non-blank lines from it (ending
// before the second line of prose), below the top window. ok is false
// when the region starts inside the top window or was not found.
func (d *doc) farBounds() (from, to int, ok bool) {
	if d.regionFeats == nil || d.regionEnd <= d.regionStart || d.regionStart <= d.winEnd {
		return 0, 0, false
	}
	from = d.regionStart
	for i, seen := d.regionStart-1, 0; i >= d.winEnd && seen < farSpan; i-- {
		if d.lines[i].kind != kBlank {
			seen++
			from = i
		}
	}
	to = d.regionStart
	prose := 0
	for i, seen := d.regionStart, 0; i < len(d.lines) && seen < farAfter; i++ {
		to = i + 1
		if d.lines[i].kind == kBlank {
			continue
		}
		seen++
		if d.proseLine(i) {
			if prose++; prose == 2 {
				to = i
				break
			}
		}
	}
	return from, to, from < to
}

// farPass reads the second header zone, when there is one, and returns
// the title candidates with the zone's appended. The zone's authors and
// date are kept in d.meta.far; settleFar decides what they mean.
func (d *doc) farPass(cands []int) []int {
	m := &d.meta
	if d.settled() || m.title != "" {
		return cands
	}
	from, to, ok := d.farBounds()
	if !ok {
		return cands
	}
	authors, date, month, rank := m.authors, m.date, m.dateMonth, d.dateRank
	m.authors, m.date, m.dateMonth, d.dateRank = nil, "", false, 0
	far := d.metaPass(from, to, to)
	m.far = farZone{from: from, to: to, authors: m.authors, date: m.date, dateMonth: m.dateMonth, dateRank: d.dateRank}
	m.authors, m.date, m.dateMonth, d.dateRank = authors, date, month, rank
	if m.trace != nil {
		m.trace("far zone lines %d-%d: authors %q, date %q", d.lineNo(from), d.lineNo(to-1), m.far.authors, m.far.date)
	}
	return append(cands, far...)
}

// settleFar gives the second zone's metadata its meaning once the title
// is chosen: when the headline came from the zone, its byline and date
// are the article's; otherwise they fill what the top window lacked.
func (d *doc) settleFar() {
	for _, f := range []farZone{d.meta.far, d.meta.pair} {
		d.settleZone(f)
	}
}

// settleZone settles the metadata of one zone (see settleFar).
func (d *doc) settleZone(f farZone) {
	m := &d.meta
	if f.from == f.to {
		return
	}
	won := d.titleLine >= f.from && d.titleLine < f.to
	if len(f.authors) > 0 && (won || len(m.authors) == 0) {
		m.authors = f.authors
	}
	if f.date != "" && (won || m.date == "") {
		m.date, m.dateMonth, d.dateRank = f.date, f.dateMonth, f.dateRank
	}
}

// nearArticle: a candidate within farSpan non-blank lines above the
// region's first line, or on it (or the line after it, when that first
// line is not a candidate itself), is where a headline sits; it counts on
// a page whose top window has no byline or date, and in the second zone.
func (d *doc) nearArticle(c titleCand) int {
	if d.regionFeats == nil || d.regionEnd <= d.regionStart || c.i >= d.regionEnd {
		return 0
	}
	// a byline or date in the top window anchors its headline better
	// than the region's edge does, except in the second zone
	bonus := farBonus
	if c.anchor >= 0 && !(c.i >= d.meta.far.from && c.i < d.meta.far.to) {
		bonus = farAnchoredBonus
	}
	if c.i >= d.regionStart {
		if c.i == d.regionStart || d.prevNonBlankAny(c.i) == d.regionStart && !c.isCand[d.regionStart] {
			return bonus
		}
		return 0
	}
	seen := 0
	for j := c.i + 1; j < d.regionStart; j++ {
		if d.lines[j].kind != kBlank {
			seen++
		}
	}
	if seen < farSpan {
		return bonus
	}
	return 0
}
