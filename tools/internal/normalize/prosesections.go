// prosesections.go: prose read a section or a paragraph at a time: a
// run of one-imperative paragraphs is a list written without bullets; a
// section whose heading names no kind of item but whose paragraphs open
// with benefit claims is a section of reasons; the reasons an enumerated
// paragraph gives for its advice. proseItems (proseitems.go) calls them.
// Reads blocks and sentences; adds items.

package normalize

import "strings"

// minImperativeRun: one-sentence imperative paragraphs in a row that make
// a list written without bullets ("Agree how often you will meet." /
// "Ask what a good year looks like." under a plain heading).
const minImperativeRun = 2

// imperativeRuns marks the paragraphs that are one imperative sentence
// each and stand in a run of at least minImperativeRun such paragraphs.
func imperativeRuns(blocks []*block, parsed [][]proseSentence) []bool {
	one := func(i int) bool {
		if i < 0 || i >= len(blocks) || blocks[i].kind != bPara || len(parsed[i]) != 1 {
			return false
		}
		s := parsed[i][0]
		return (s.cls.rule == "imperative" || s.cls.rule == "negated imperative") && !reNotAdviceTail.MatchString(s.text)
	}
	out := make([]bool, len(blocks))
	for i := range blocks {
		if !one(i) {
			continue
		}
		n := 1
		for j := i - 1; one(j); j-- {
			n++
		}
		for j := i + 1; one(j); j++ {
			n++
		}
		out[i] = n >= minImperativeRun
	}
	return out
}

// minClaimParas: paragraphs that open with a benefit claim in a section
// whose heading gives no cue ("What changed", "Six months on") that make
// it a section of reasons.
const minClaimParas = 2

// claimSections gives the reason cue to a section whose heading names no
// kind of item, which lists none, and whose paragraphs mostly open with a
// claim that something good happens (benefitScore at least
// minCuedBenefit): its heading introduces the payoff.
func (c *classifier) claimSections(blocks []*block, cues []string, sect []int, parsed [][]proseSentence, hasItems map[int]bool) {
	claims, paras := map[int]int{}, map[int]int{}
	headed := map[int]bool{}
	for bi, b := range blocks {
		if b.kind == bHeading {
			headed[sect[bi]] = true
		}
		if b.kind != bPara || cues[bi] != "" || hasItems[sect[bi]] {
			continue
		}
		paras[sect[bi]]++
		if ss := parsed[bi]; len(ss) > 0 && ss[0].cls.tax == "" && !ss[0].cls.story && benefitScore(ss[0].text) >= minCuedBenefit {
			claims[sect[bi]]++
		}
	}
	for bi, b := range blocks {
		n := sect[bi]
		if b.kind == bPara && cues[bi] == "" && headed[n] && claims[n] >= minClaimParas && 2*claims[n] > paras[n] {
			cues[bi] = "reasons"
		}
	}
}

// explainedClaims reads the rest of an enumerated paragraph that gives a
// step or a pitfall ("First, make your wins legible. Your manager cannot
// sponsor work she cannot describe …"): a sentence after the advice that
// claims a benefit clearly (benefitScore at least minBenefitScore, the
// uncued bar) is the reason the paragraph gives for it. Only enumerated
// paragraphs ("First, …", "Second, …") are read: the explanation of a
// labelled paragraph, a list entry or an item heading is not an item of
// its own.
func (c *classifier) explainedClaims(blocks []*block) {
	at := map[int]bool{} // lines of the paragraphs that hold a step or a pitfall
	for _, it := range c.items {
		if it.tax == "steps" || it.tax == "pitfalls" {
			at[it.line] = true
		}
	}
	for _, b := range blocks {
		if b.kind != bPara || !at[b.n] || c.done[b] {
			continue
		}
		ss := sentences(b.text)
		if len(ss) < 2 || !classifySentence(ss[0]).enum {
			continue
		}
		for k := 1; k < len(ss); k++ {
			s := ss[k]
			cl := classifySentence(s)
			if cl.story || cl.tax != "" && cl.tax != "reasons" || wordCount(s) > maxProseWords || benefitScore(s) < minBenefitScore {
				continue
			}
			label, _ := proseLabel(claimClauses([]string{s})[0])
			if wordCount(label) >= proseCutWords && !c.hasLabel(label) {
				c.add("reasons", label, s, b.n)
			}
		}
	}
}

// strongerClaimNext: the topic sentence at k ("The trust compounds.")
// is a weak claim and the sentence after it a strong one ("When your
// manager has seen …, she stops hovering …"): the reason is the strong
// claim, read in its turn.
func strongerClaimNext(ss []proseSentence, k int) bool {
	if k+1 >= len(ss) || ss[k+1].cls.tax != "" || ss[k+1].cls.story {
		return false
	}
	return benefitScore(ss[k].text) < minCuedBenefit && benefitScore(ss[k+1].text) >= minBenefitScore
}

// maxTopicHeadWords: a topic sentence that only heads its paragraph ("The
// trust compounds.") is this short; a longer one states its own claim.
const maxTopicHeadWords = 4

// strongerClaim returns the label of a reason given as a short topic
// sentence and its explanation: the topic, or, when the topic is a weak
// claim and the explanation opens with a strong one, that claim's main
// clause ("The trust compounds." + "When your manager has seen you …,
// she stops hovering over the projects you run, …" → "she stops
// hovering over the projects you run").
func strongerClaim(topic, expl string) string {
	first := firstSentence(strings.TrimSpace(expl))
	if first == "" || wordCount(topic) > maxTopicHeadWords || benefitScore(topic) >= minCuedBenefit || benefitScore(first) < minBenefitScore {
		return topic
	}
	if cl := classifySentence(first); cl.story || cl.tax != "" && cl.tax != "reasons" {
		return topic
	}
	parts := claimClauses([]string{strings.TrimRight(cleanText(first), ".!")})
	if l, _ := proseLabel(parts[0]); wordCount(l) >= minClaimWords {
		return l
	}
	return topic
}

// outroClaims adds the benefit claims of the paragraphs after the last
// item of the page (not the explanation of a last item heading): the
// outro often states the payoff of the advice ("But a manager who can
// predict you is a manager who can defend you."). Only a clear claim
// counts (benefitScore at least minBenefitScore, the uncued bar); advice
// there restates the page and is left alone.
func (c *classifier) outroClaims(blocks []*block) {
	last := -1
	lines := map[int]bool{}
	for _, it := range c.items {
		lines[it.line] = true
	}
	for bi, b := range blocks {
		if lines[b.n] {
			last = bi
		}
	}
	if last < 0 {
		return
	}
	from := last + 1
	if blocks[last].kind == bHeading {
		from++ // the heading's explanation
	}
	for bi := from; bi < len(blocks); bi++ {
		b := blocks[bi]
		if b.kind == bHeading {
			return // another section: not the outro of the items
		}
		if b.kind != bPara || b.labelled || c.done[b] {
			continue
		}
		for _, s := range sentences(b.text) {
			cl := classifySentence(s)
			if cl.story || cl.tax != "" && cl.tax != "reasons" || wordCount(s) > maxProseWords || reNotAdviceTail.MatchString(s) ||
				benefitScore(s) < minBenefitScore {
				continue
			}
			p := claimClauses([]string{strings.TrimRight(cleanText(s), ".!")})[0]
			if l, _ := proseLabel(p); wordCount(l) >= minClaimWords && !c.hasLabel(l) {
				c.add("reasons", l, s, b.n)
			}
		}
	}
}
