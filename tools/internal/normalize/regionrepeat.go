// regionrepeat.go: menu entries repeated inside the article, for region.go.
// Page chrome repeats: a site's menu, header or footer entry ("News",
// "Partner", "Aktuelle Ausgabe") often comes back inside the detected
// article as a sticky header, a section label or a second menu. A short
// line inside the region whose exact text is also an entry of a menu
// outside it (a run of short lines the region pass dropped) is that same
// chrome. A table of contents is the exception: when several entries of
// one run come back inside the article in the run's order, each apart
// from the next, they are the article's own section headings and stay.
// Reads lines, the region and its classes; drops the repeats.

package normalize

import "strings"

// Limits of a repeated menu entry.
const (
	// an entry has at most this many words and no sentence ending
	repeatEntryWords = 6
	// a run is a table of contents when at least this many of its
	// entries, and at least half of them, come back in the article as
	// separate lines in the run's order
	tocMinEntries = 2
)

// dropMenuRepeats drops, inside the region, the short lines that repeat
// an entry of a menu the region pass dropped outside it. Call it after
// the lines outside the region are dropped.
func (d *doc) dropMenuRepeats() {
	f := d.regionFeats
	if f == nil || d.regionEnd <= d.regionStart {
		return
	}
	keys := make([]string, len(d.lines)) // repeatKey of each line, worked out once
	for i := range d.lines {
		keys[i] = repeatKey(d.lines[i])
	}
	menu := map[string]bool{}
	var run []string
	flush := func() {
		if !d.tableOfContents(run, keys) {
			for _, t := range run {
				menu[t] = true
			}
		}
		run = run[:0]
	}
	runs := d.shortRuns() // (nothing is dropped until the menu is known)
	for i := range d.lines {
		if d.lines[i].kind == kBlank {
			continue
		}
		if i >= d.regionStart && i < d.regionEnd || !d.skip[i] || d.dataBox[i] || runs[i] < regionMenuRun {
			flush()
			continue
		}
		if t := keys[i]; t != "" {
			run = append(run, t)
		} else {
			flush()
		}
	}
	flush()
	if len(menu) == 0 {
		return
	}
	for i := d.regionStart; i < d.regionEnd; i++ {
		l := d.lines[i]
		if l.kind == kBlank || d.skip[i] || l.code || f[i].class > clsAside {
			continue
		}
		t := keys[i]
		if t == "" || !menu[t] || endsSentence(t) || dataRow(t) {
			continue
		}
		d.dropLine(i, whyNav)
	}
}

// repeatKey is the text of line l compared for repeats: its plain text,
// trimmed, when it is short enough to be a menu entry; else "".
func repeatKey(l line) string {
	if l.kind != kText && l.kind != kHeading && l.kind != kBullet {
		return ""
	}
	t := strings.TrimSpace(stripInline(metaText(l)))
	if t == "" || moreWordsThan(t, repeatEntryWords) {
		return ""
	}
	return t
}

// tableOfContents reports whether the menu entries of one run (in page
// order) are the article's table of contents: at least tocMinEntries of
// them, and at least half, come back inside the region in the same order,
// with at least one other line between one match and the next (a second
// copy of a menu inside the region is a block of adjacent entries). keys
// holds the repeatKey of every line.
func (d *doc) tableOfContents(run, keys []string) bool {
	if len(run) < tocMinEntries {
		return false
	}
	matched, next, last := 0, 0, -2
	for i := d.regionStart; i < d.regionEnd && next < len(run); i++ {
		l := d.lines[i]
		if l.kind == kBlank {
			continue
		}
		t := keys[i]
		if t == "" {
			continue
		}
		for k := next; k < len(run); k++ {
			if run[k] != t {
				continue
			}
			if d.prevNonBlankAny(i) == last {
				return false
			}
			matched, next, last = matched+1, k+1, i
			break
		}
	}
	return matched >= tocMinEntries && 2*matched >= len(run)
}
