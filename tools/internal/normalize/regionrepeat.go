// regionrepeat.go: menu entries repeated inside the article, for region.go.
// Page chrome repeats: a site's menu, header or footer entry ("News",
// "Partner", "Aktuelle Ausgabe") often comes back inside the detected
// article as a sticky header, a section label or a second menu. A short
// line inside the region whose exact text is also an entry of a menu
// outside it (a run of short lines the region pass dropped) is that same
// chrome. Reads lines, the region and its classes; drops the repeats.

package normalize

import "strings"

// Limits of a repeated menu entry.
const (
	// an entry has at most this many words and no sentence ending
	repeatEntryWords = 6
)

// dropMenuRepeats drops, inside the region, the short lines that repeat
// an entry of a menu the region pass dropped outside it. Call it after
// the lines outside the region are dropped.
func (d *doc) dropMenuRepeats() {
	f := d.regionFeats
	if f == nil || d.regionEnd <= d.regionStart {
		return
	}
	menu := map[string]bool{}
	for i := range d.lines {
		if i >= d.regionStart && i < d.regionEnd || d.lines[i].kind == kBlank || !d.skip[i] {
			continue
		}
		if d.dataBox[i] || d.shortRun(i) < regionMenuRun {
			continue
		}
		if t := repeatKey(d.lines[i]); t != "" {
			menu[t] = true
		}
	}
	if len(menu) == 0 {
		return
	}
	for i := d.regionStart; i < d.regionEnd; i++ {
		l := d.lines[i]
		if l.kind == kBlank || d.skip[i] || l.code || f[i].class > clsAside {
			continue
		}
		t := repeatKey(l)
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
	if t == "" || wordCount(t) > repeatEntryWords {
		return ""
	}
	return t
}
