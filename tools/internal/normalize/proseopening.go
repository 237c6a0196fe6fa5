// proseopening.go: a reason in the opening paragraph. The opening frames
// the page (a definition, the writer's situation, what the page covers),
// so proseItems reads no reason there without a cue. Some guides open
// with their thesis instead: a general claim about a kind of person with
// a benefit ("Employees who manage up well get promoted sooner."). That
// shape is a reason even there, when its score clears a higher bar than
// the uncued one. Reads sentences; marks nothing.

package normalize

import "strings"

// minOpeningBenefit: the benefit score an opening claim must reach.
const minOpeningBenefit = 2.5

// openingClaim: a sentence of the opening paragraph that is a reason
// without a cue: a present-tense claim about a kind of person (kindOf)
// whose benefit score reaches minOpeningBenefit (a definition scores
// against itself).
func openingClaim(s string) bool {
	c := cleanText(s)
	ok, person := kindOf(c, readClaim(c))
	return ok && person && benefitScore(s) >= minOpeningBenefit
}

// openingReason adds the reason an opening paragraph (or a standfirst
// read as the summary) states in its first sentence, when that sentence
// is an openingClaim: "Employees who manage up well get promoted sooner,
// and they enjoy …" gives "Employees who manage up well get promoted
// sooner".
func (c *classifier) openingReason(blocks []*block) {
	for _, b := range blocks {
		if b.kind != bPara {
			continue
		}
		if !b.labelled && !c.done[b] {
			if s := firstSentence(b.text); openingClaim(s) {
				if l, _ := proseLabel(claimClauses([]string{strings.TrimRight(cleanText(s), ".!")})[0]); wordCount(l) >= minClaimWords && !c.hasLabel(l) {
					c.add("reasons", l, b.text, b.n)
				}
			}
		}
		return
	}
}
