// metawindow.go: where the headline block sits. It reads the lexed lines
// (and junkLine) and marks nothing; it returns the first line of the
// article's prose and the first line of the header zone above it, which is
// where extractMeta looks for the title, bylines and dates.

package normalize

// Thresholds of the header zone.
const (
	// proseMinWords is the length of a line that reads as article prose.
	proseMinWords = 12
	// proseLongWords is the length of a line that is prose even without a
	// full stop (a paste that lost its punctuation).
	proseLongWords = 30
	// proseGap is how many non-blank lines may separate two prose lines of
	// the same article.
	proseGap = 4
	// topWindow: when the prose starts within this many non-blank lines of
	// the top, the whole top of the page is the header zone.
	topWindow = 25
	// headerSpan is how many non-blank lines above the prose are searched
	// for the headline, byline and date when the page starts with a long
	// menu (a paste of a news site).
	headerSpan = 16
)

// proseLine reports whether line i reads as a paragraph of the article.
func (d *doc) proseLine(i int) bool {
	l := d.lines[i]
	if l.kind != kText && l.kind != kBullet && l.kind != kNumber || l.code || d.skip[i] {
		return false
	}
	t := metaText(l)
	w := wordCount(t)
	if w < proseMinWords || w < proseLongWords && !endsSentence(t) {
		return false
	}
	return junkLine(t) == ""
}

// proseStart returns the first line of the first run of prose: a prose
// line followed, within proseGap non-blank lines, by another one (a lone
// long line is often a cookie notice or a teaser). It returns len(lines)
// when there is none.
func (d *doc) proseStart() int {
	for i := range d.lines {
		if !d.proseLine(i) {
			continue
		}
		seen := 0
		for j := i + 1; j < len(d.lines) && seen < proseGap; j++ {
			if d.lines[j].kind == kBlank {
				continue
			}
			seen++
			if d.proseLine(j) {
				return i
			}
		}
	}
	return len(d.lines)
}

// headerStart returns the first line of the header zone: 0 when the prose
// starts near the top, else headerSpan non-blank lines above the prose.
func (d *doc) headerStart() int {
	if d.settled() {
		return 0
	}
	p := d.proseStart()
	// the region finder (region.go) reads the whole page: when it puts
	// the article's running text earlier (a lone long paragraph, then a
	// comment thread), the header zone sits above that text
	if d.regionFeats != nil && d.regionEnd > d.regionStart && d.regionCoreStart < p {
		p = d.regionCoreStart
	}
	nonblank := 0
	for i := 0; i < p; i++ {
		if d.lines[i].kind != kBlank {
			nonblank++
		}
	}
	if nonblank <= topWindow || p == len(d.lines) {
		return 0
	}
	start, seen := 0, 0
	for i := p - 1; i > 0; i-- {
		if d.lines[i].kind == kBlank {
			continue
		}
		seen++
		if seen >= headerSpan {
			start = i
			break
		}
	}
	// a byline near the top, and none in the zone: the page has a short
	// header and a long standfirst, table of contents or photo block
	if start > 0 && d.bylineIn(start, p) < 0 && d.bylineIn(0, start) >= 0 {
		return 0
	}
	return start
}

// bylineIn returns the first byline line in [from, to) among the first
// topWindow non-blank lines of the range, or -1.
func (d *doc) bylineIn(from, to int) int {
	seen := 0
	for i := from; i < to && seen < topWindow; i++ {
		l := d.lines[i]
		if l.kind == kBlank || l.code {
			continue
		}
		seen++
		if t := metaText(l); l.kind == kText && wordCount(t) <= 24 && parseByline(t, false) != nil {
			return i
		}
	}
	return -1
}
