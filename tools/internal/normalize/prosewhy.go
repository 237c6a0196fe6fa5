// prosewhy.go: the reasons a piece of advice carries with it. A step or a
// pitfall written as prose often says why in the same sentence ("Keep a
// simple log; it makes your review far easier to write.", "Put it in
// writing: a two-line email creates a record.") or beside it ("most
// managers will say yes because it takes something off their plate").
// justifications reads the sentences of a paragraph that gave advice and
// adds those claims as reasons. Reads sentences; writes the classifier's
// items.

package normalize

import "strings"

// gaveAdvice: an item added since index mark is a step or a pitfall.
func (c *classifier) gaveAdvice(mark int) bool {
	for _, it := range c.items[mark:] {
		if it.tax == "steps" || it.tax == "pitfalls" {
			return true
		}
	}
	return false
}

// justifications adds the reasons the advice of a paragraph carries: the
// claim after a step's semicolon or colon, and the "because" clauses of
// its sentences (advised marks the sentences that gave a step or a
// pitfall; a "because" clause counts in any sentence of the paragraph
// that is not a story).
func (c *classifier) justifications(ss []proseSentence, advised []bool, n int) {
	any := false
	for _, a := range advised {
		any = any || a
	}
	if !any {
		return
	}
	after := false // a sentence before this one gave advice
	for k, s := range ss {
		var claims []string
		if advised[k] {
			claims = append(claims, tailClaims(s.text)...)
		} else if after && !s.cls.story && (s.cls.tax == "" || s.cls.rule == "benefit claim") && !endsQuestion(s.text) &&
			wordCount(s.text) <= maxProseWords && benefitScore(s.text) >= minBenefitScore {
			// "Start by sending a short agenda … Your manager can think
			// about your questions in advance …": a claim after the
			// advice is the reason the paragraph gives for it
			if l, _ := proseLabel(claimClauses([]string{s.text})[0]); wordCount(l) >= proseCutWords {
				claims = append(claims, l)
			}
		}
		after = after || advised[k]
		if advised[k] || !s.cls.story && s.cls.tax == "" {
			claims = append(claims, becauseClaims(s.text)...)
		}
		for _, cl := range claims {
			if !c.hasLabel(cl) {
				c.add("reasons", cl, s.text, n)
			}
		}
	}
}

// hasLabel: an item already holds this label (or contains it).
func (c *classifier) hasLabel(l string) bool {
	k := strings.ToLower(cleanLabel(l))
	for _, it := range c.items {
		if strings.Contains(strings.ToLower(it.label), k) || strings.Contains(strings.ToLower(it.found), k) {
			return true
		}
	}
	return false
}

// reTailSep: where the explanation of a step starts: a semicolon, a
// colon or a dash.
var reTailSep = rx(`\s*;\s+|:\s+|\s+[—–-]\s+`)

// reParens: a bracketed aside, left out of a claim.
var reParens = rx(`\s*\([^()]*\)`)

// reTailEffect: a claim about what the advice (or the thing it makes)
// does: "it makes …", "a two-line email creates a record …".
var reTailEffect = rx(`^(?:it|this|that|doing so|they|(?:a|an|the|your)\s+\S+(?:\s+\S+){0,6}?)\s+(?:also\s+)?(?:creates?|makes?|gives?|saves?|keeps?|lets?|helps?|shows?|turns?|builds?|buys?|earns?|spares?|protects?|frees?|means?|stops?|prevents?|avoids?|cuts?)\b`)

// reTailNeg: a tail that qualifies rather than justifies ("it doesn't
// need to be long", "this is not about blame").
var reTailNeg = rx(`\b(?:not|never|doesn'?t|don'?t|isn'?t|won'?t|can'?t|no need)\b`)

// tailClaims returns the claims after the first semicolon, colon or dash
// of an advice sentence that justify it (a benefit claim, or what the
// advice makes happen), one per clause.
func tailClaims(s string) []string {
	s = reParens.ReplaceAllString(cleanText(s), "")
	loc := reTailSep.FindStringIndex(s)
	if loc == nil {
		return nil
	}
	tail := strings.TrimRight(strings.TrimSpace(s[loc[1]:]), ".!")
	if wordCount(tail) < minClaimWords || endsQuestion(tail) || verbFirst(tail) || reTailNeg.MatchString(tail) {
		return nil
	}
	if cl := classifySentence(tail); cl.story || cl.tax != "" && cl.tax != "reasons" {
		return nil
	} else if cl.tax != "reasons" && benefitScore(tail) < 1 && !reTailEffect.MatchString(tail) {
		return nil
	}
	return claimClauses([]string{tail})
}

// reBecauseClause: a "because" clause inside a sentence (not "because
// of"), up to the next clause break.
var reBecauseClause = rx(`\bbecause\s+((?:[^,;.:!?]|,\s+(?:and|or)\s+(?:[^b,;.:!?]|b[^e]))+)`)

// reNotJustifying: a because clause that describes or tells, not
// justifies ("because this is more common than …", "because he had
// noticed …").
var reNotJustifying = rx(`^(?:this|that|it|there)(?:\s+(?:is|was)|'s|’s)\b|^(?:i|he|she|they|we)\s+(?:had|was|were|did|thought|felt|wanted|noticed|knew)\b|^\S+\s+(?:had|was|were|did)\b|\b(?:was|were|had|did)\b`)

// becauseClaims returns the present-tense "because" clauses of a
// sentence: the reasons that justify the advice beside them.
func becauseClaims(s string) []string {
	var out []string
	for _, m := range reBecauseClause.FindAllStringSubmatch(cleanText(s), -1) {
		cl := strings.TrimSpace(m[1])
		if strings.HasPrefix(strings.ToLower(cl), "of ") || wordCount(cl) < proseCutWords || reNotJustifying.MatchString(cl) {
			continue
		}
		out = append(out, cl)
	}
	return out
}

// reClosingHeading: the heading of a closing section ("The bottom line",
// "Final thoughts"), which holds no items of its own but may state the
// payoff of the advice before it.
var reClosingHeading = rx(`^(?:conclusion|in conclusion|summary|in summary|final thoughts?|in closing|closing thoughts?|wrapping up|the bottom line|bottom line)\W*$`)

// closingClaims adds the benefit claims of a closing section ("Busy
// managers remember the people who make their day easier."): a reason
// when its score clears the bar of a cued claim. Advice there restates
// the page and is left alone.
func (c *classifier) closingClaims(blocks []*block) {
	closing := false
	for _, b := range blocks {
		if b.kind == bHeading {
			closing = reClosingHeading.MatchString(cleanText(b.text))
			continue
		}
		if !closing || b.kind != bPara || b.labelled || c.done[b] {
			continue
		}
		for _, s := range sentences(b.text) {
			cl := classifySentence(s)
			if cl.story || cl.tax != "" && cl.tax != "reasons" || wordCount(s) > maxProseWords || benefitScore(s) < minCuedBenefit {
				continue
			}
			for _, p := range claimClauses([]string{strings.TrimRight(cleanText(s), ".!")}) {
				if wordCount(p) >= minClaimWords && !c.hasLabel(p) {
					c.add("reasons", p, s, b.n)
				}
			}
		}
	}
}
