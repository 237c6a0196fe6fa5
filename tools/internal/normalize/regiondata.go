// regiondata.go: data boxes next to the article, for region.go. A recipe's
// ingredients and times, a photo's exposure details, a product's
// specifications sit just above or below the running text as short lines,
// which the region finder would take for a menu. A run of quantity lines
// ("200 g Zucker") and "Label: value" lines ("Zubereitungszeit: 25
// Minuten") beside the region belongs to the article. Reads lines and the
// region; marks d.dataBox.

package normalize

import "strings"

// Limits of a data box.
const (
	// a data row has at most this many words
	dataRowWords = 8
	// a box needs this many data rows
	dataBoxRows = 3
	// and starts within this many non-blank lines of the region
	dataBoxGap = 3
	// a box may hold single lines that are not data rows (its heading,
	// "Zutaten:") but not this many in a row
	dataBoxBreak = 2
)

// reDataRow: a quantity, or a label with a value.
var reDataRow = rx(`^(?:\d+(?:[.,/]\d+)?(?:\s*[-–]\s*\d+)?\s*(?:g|kg|mg|ml|l|cl|dl|el|tl|tbsp|tsp|cups?|oz|lbs?|prisen?|stück|pck\.?|pkg\.?|%|kcal|kj|cm|mm|m|€|eur|min|minuten|minutes|std\.?|h)(?:\s|$)|` +
	`\p{L}[\p{L}\p{N} .\-/()]{1,40}:\s*[\p{L}\p{N}€$£+\-])`)

// dataRow reports whether t is one row of a data box.
func dataRow(t string) bool {
	t = strings.TrimSpace(stripInline(t))
	return t != "" && wordCount(t) <= dataRowWords && !endsSentence(t) && reDataRow.MatchString(t)
}

// markDataBoxes marks, in d.dataBox, the data rows of the boxes just above
// and just below the region (not after a comments or related-articles
// heading, nor in a comment thread).
func (d *doc) markDataBoxes() {
	if d.regionFeats == nil || d.regionEnd <= d.regionStart {
		return
	}
	stop := len(d.lines)
	for _, s := range []int{d.regionStop, d.regionThread} {
		if s >= 0 && s < stop {
			stop = s
		}
	}
	d.dataBox = map[int]bool{}
	d.scanDataBox(d.regionStart-1, -1, 0)
	d.scanDataBox(d.regionEnd, 1, stop)
}

// scanDataBox looks for a box from line i on in direction dir, up to the
// limit (exclusive when going down).
func (d *doc) scanDataBox(i, dir, limit int) {
	var rows []int
	gap, breaks := 0, 0
	for ; i >= 0 && i < len(d.lines) && (dir < 0 || i < limit); i += dir {
		l := d.lines[i]
		if l.kind == kBlank {
			continue
		}
		if dataRow(metaText(l)) {
			rows = append(rows, i)
			breaks = 0
			continue
		}
		if len(rows) == 0 {
			if gap++; gap > dataBoxGap {
				return
			}
			continue
		}
		if breaks++; breaks >= dataBoxBreak || wordCount(metaText(l)) > dataRowWords {
			break
		}
	}
	if len(rows) >= dataBoxRows {
		for _, j := range rows {
			d.dataBox[j] = true
		}
	}
}
