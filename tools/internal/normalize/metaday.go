// metaday.go: a month-only date made exact. A periodical's page often
// shows its issue month at the top ("March 2025") and the day the piece
// went online elsewhere ("Published 14 March 2025" under the article):
// the day wins. It reads the lines and d.meta's date, and marks the line
// it takes as a date.

package normalize

import "time"

// dayNearMonth is how far (in days) a full date may lie from the first
// day of the issue month and still date the same piece: a monthly issue
// goes online in its month or the weeks before it.
const dayNearMonth = 45

// dayForMonth replaces a month-only date with a full date given on a
// date line of its own elsewhere on the page, when that date lies within
// dayNearMonth days of the month's first day; of several, the best
// ranked (a publication date before an update). A line with a capture
// stamp or a review date (dateRank 9) does not count; a date in a list
// of teasers dates a teaser.
func (d *doc) dayForMonth() {
	m := &d.meta
	if !m.dateMonth || d.settled() {
		return
	}
	month, err := time.Parse("2006-01-02", m.date)
	if err != nil {
		return
	}
	best, bestRank, bestDay := -1, 0, ""
	for i := d.headStart; i < len(d.lines); i++ {
		l := d.lines[i]
		if l.kind != kText || l.code || l.words > dateMaxWords || d.skip[i] && d.whyDropped(i) != whyDate {
			continue
		}
		t := metaText(l)
		iso, mo, ok := dateLine(t)
		if !ok || mo || dateRank(t) == 9 || d.inDatedList(i) {
			continue
		}
		// a date and its labels only: a link to another post with its
		// date ("« Dinner in Leipzig 14.12.2019, 19 Uhr") dates that post
		if _, _, span, ok := findDate(unglue(t)); !ok || !onlyDateWords(unglue(t)[:span[0]]+" "+unglue(t)[span[1]:]) {
			continue
		}
		day, err := time.Parse("2006-01-02", d.orderDate(iso, t))
		if err != nil {
			continue
		}
		if diff := day.Sub(month).Hours() / 24; diff < -dayNearMonth || diff > dayNearMonth {
			continue
		}
		if r := dateRank(t); best < 0 || r < bestRank {
			best, bestRank, bestDay = i, r, day.Format("2006-01-02")
		}
	}
	if best < 0 {
		return
	}
	m.date, m.dateMonth = bestDay, false
	if !d.skip[best] {
		d.dropLine(best, whyDate)
	}
}
