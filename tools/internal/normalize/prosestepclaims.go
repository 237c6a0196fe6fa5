// prosestepclaims.go: the reasons a listed step carries in its
// explanation. A bold label or an item heading names the step; the plain
// text after it often says why in a claim of its own ("Own your mistakes
// quickly. Admitting an error early keeps a small problem from turning
// into a story about you.", "2. I wrote a Friday note / … Managers who
// get proposals instead of questions spend less of their day deciding
// small things."). stepClaims reads the explanation of every step and
// adds the sentences that clearly claim a benefit for a kind of person or
// a practice named as the subject (a general statement that stands on
// its own) as reasons; "This helps them plan" or "It gives your manager
// something to react to" only restate their step. Reads the classifier's
// items; adds items.

package normalize

// minStepClaim: the benefit score a sentence of a step's explanation
// needs to be a reason of its own. It is above the uncued bar
// (minBenefitScore): an explanation mostly restates its step, so only a
// clear claim counts.
const minStepClaim = 3.0

// stepClaims adds the benefit claims of the explanations of the steps
// found so far. A pitfall's explanation is left alone: the cost of a
// mistake is not a reason.
func (c *classifier) stepClaims() {
	n := len(c.items)
	for i := 0; i < n; i++ {
		it := c.items[i]
		if it.tax != "steps" || it.expl == "" {
			continue
		}
		for _, s := range sentences(cleanText(it.expl)) {
			if sameWords(s, it.label) || wordCount(s) > maxProseWords {
				continue
			}
			cl := classifySentence(s)
			if cl.story || cl.tax != "" && cl.tax != "reasons" || !generalSubject(s) || benefitScore(s) < minStepClaim {
				continue
			}
			label, _ := proseLabel(claimClauses([]string{s})[0])
			if wordCount(label) >= proseCutWords && !c.hasLabel(label) {
				c.add("reasons", label, s, it.line)
			}
		}
	}
}

// generalFeatures: the benefit features whose match makes a claim a
// general statement: its subject is a kind of person ("Managers who …",
// "People who …") or a practice ("Admitting an error early …").
var generalFeatures = map[string]bool{"generic subject": true, "practice as subject": true}

// generalSubject: the claim's subject is a kind of person or a practice
// ("Knowing them lets you line your work up behind theirs" names the
// practice of its step and says what it brings: a reason).
func generalSubject(s string) bool {
	s = cleanText(s)
	for _, f := range benefitFeatures {
		if generalFeatures[f.name] && f.match(s) {
			return true
		}
	}
	return false
}
