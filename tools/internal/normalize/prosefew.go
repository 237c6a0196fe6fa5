// prosefew.go: the claims of sections whose structured items are few. A
// section that lists items (list entries, labelled paragraphs, item
// headings) usually explains them in its prose, so proseItems weighs that
// prose only on strong evidence. But a forum answer or a Q&A reply often
// holds one short list ("Things to bring: - the new date - what you
// need") among paragraphs that carry its reasons; there the list is one of
// the section's items, not its frame. fewItemClaims lets the prose claims
// of a section with at most maxFewItems structured items and at least
// minFewProse paragraphs outside them compete as they would in a section
// without items: a clear benefit claim (the uncued bar) is a reason.
// Advice sentences there stay as proseItems left them. Reads blocks and
// sentences; adds items.

package normalize

import (
	"sort"
	"strings"
)

// maxFewItems and minFewProse: a section with this many structured items
// or fewer, and at least this many paragraphs of prose outside them, has
// its prose claims weighed.
const (
	maxFewItems = 2
	minFewProse = 3
)

// fewItemClaims adds the clear benefit claims of the prose paragraphs in
// sections whose structured items are few (structured marks the blocks
// among the items).
func (c *classifier) fewItemClaims(blocks []*block, structured []bool) {
	sect := make([]int, len(blocks))
	s := 0
	for bi, b := range blocks {
		if b.kind == bHeading {
			s++
		}
		sect[bi] = s
	}
	items, prose := map[int]int{}, map[int]int{}
	for _, it := range c.items {
		if it.cue {
			continue
		}
		// (the items of the prose pass, in plain paragraphs, are not
		// structured items)
		if k := sort.Search(len(blocks), func(i int) bool { return blocks[i].n > it.line }) - 1; k >= 0 && (structured[k] || blocks[k].kind != bPara) {
			items[sect[k]]++
		}
	}
	for bi, b := range blocks {
		if b.kind == bPara && !structured[bi] && !b.labelled {
			prose[sect[bi]]++
		}
	}
	for bi, b := range blocks {
		n := sect[bi]
		if b.kind != bPara || structured[bi] || b.labelled || c.done[b] || c.subtitle != 0 && b.n == c.subtitle ||
			items[n] == 0 || items[n] > maxFewItems || prose[n] < minFewProse {
			continue
		}
		for _, t := range sentences(b.text) {
			cl := classifySentence(t)
			if cl.story || cl.tax != "" && cl.tax != "reasons" || endsQuestion(t) || wordCount(t) > maxProseWords || benefitScore(t) < minBenefitScore {
				continue
			}
			p := claimClauses([]string{strings.TrimRight(cleanText(t), ".!")})[0]
			if l, _ := proseLabel(p); wordCount(l) >= minClaimWords && !c.hasLabel(l) {
				c.add("reasons", l, t, b.n)
			}
		}
	}
}
