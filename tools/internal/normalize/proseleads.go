// proseleads.go: lead-in sentences. A short sentence that announces what
// follows ("Why bother?", "Three lessons stand out.", "One caution.",
// "Here is what worked:", "Managers benefit as well.") sets the cue of the
// prose after it, like a heading; leadCue reads it, countOf counts the
// items it announces. Reads sentences; marks nothing.

package normalize

import "strings"

// reCount: a lead-in that announces how many items follow.
var reCount = rx(`\b(two|three|four|five|six|seven|2|3|4|5|6|7)\s+(?:\w+\s+){0,2}(?:reasons?|payoffs?|benefits?|advantages?|ways?|steps?|tips?|things?|habits?|lessons?|mistakes?|traps?|pitfalls?|rules?|ideas?|moves?|questions?)\b`)

// reOneItem: a short sentence that announces one item and does not state
// it: "There is a career reason too.", "One caution.", "Another benefit:",
// "A word of warning:". The item is the next sentence.
var reOneItem = rx(`^(?:there(?:'s|’s| is| are)\s+(?:also\s+)?)?(?:a|an|another|one|one more|one other|a final|a last)\s+(?:\w+\s+){0,2}?(reasons?|benefits?|advantages?|payoffs?|upsides?|cautions?|warnings?|words? of (?:warning|caution)|mistakes?|traps?|pitfalls?|tips?|steps?|habits?|lessons?)(?:\s+(?:too|as well|here|though|to (?:watch|note|keep in mind)))?\s*[.!:]?$`)

// oneItemCue is the cue of a sentence that announces one item, or "".
func oneItemCue(s string) string {
	m := reOneItem.FindStringSubmatch(strings.TrimSpace(cleanText(s)))
	if m == nil {
		return ""
	}
	switch n := strings.ToLower(m[1]); {
	case strings.HasPrefix(n, "caution"), strings.HasPrefix(n, "warning"), strings.HasPrefix(n, "word"):
		return "pitfalls"
	default:
		return cueOf(n)
	}
}

// countOf returns the number of items a lead-in sentence announces, or 0.
func countOf(s string) int {
	if oneItemCue(s) != "" {
		return 1
	}
	m := reCount.FindStringSubmatch(s)
	if m == nil {
		return 0
	}
	return map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7}[strings.ToLower(m[1])]
}

// reLessons: a heading or lead-in that announces lessons or advice in prose.
var reLessons = rx(`\b(?:lessons?|takeaways?|what (?:i|we|you) (?:took away|took from|learned|learnt|would do differently|wish i had known)|what (?:has|have) worked|what works|here(?:'s|’s| is) what|stand out|my advice|what to do|i would (?:try|suggest)|in this order|three things|(?:two|three|four|five) (?:habits|things|ideas)|looking back|if i (?:were|was|could|had to) (?:start(?:ing)?|do(?:ing)?|begin(?:ning)?) (?:it |this |that |all )?(?:again|over)|what i(?:'d|’d| would) (?:tell|say to|do differently)|(?:my |some )?advice (?:for|to) (?:anyone|you|others|new|younger)|if you (?:take|remember) (?:one|only one|just one) thing)\b`)

// leadCue is the cue of a lead-in sentence: a question ("Why bother?",
// "What should people do?"), an announcement ("Here is what worked:",
// "Three lessons stand out."), or "" when the sentence is not a lead-in.
func leadCue(s string) string {
	s = ownWords(strings.TrimSpace(reSpeaker.ReplaceAllString(cleanText(s), "")))
	if s == "" || moreWordsThan(s, maxLeadWords) {
		return unsetCue
	}
	if cue := oneItemCue(s); cue != "" {
		return cue
	}
	if reLeadPredicate.MatchString(s) {
		// "What not to do is equally clear.": announces what follows
		if cue := cueOf(s); isTax(cue) {
			return cue
		}
	}
	if reSummingUp.MatchString(s) || reBenefitLead.MatchString(s) || reBenefitFor.MatchString(s) {
		return "reasons" // "Do these things and you will find …": the payoff follows
	}
	if reAboutPage.MatchString(s) || reWhy.MatchString(s) && reHowToo.MatchString(s) {
		return unsetCue // "This essay shows why … and how …": a summary, not a lead-in
	}
	question := endsQuestion(s)
	if !question && !strings.HasSuffix(s, ":") && pitfallItem(s) {
		// "Don't read the calendar as a list of things to comment on.":
		// a pitfall, though it names "things to"
		return unsetCue
	}
	if !question && !strings.HasSuffix(s, ":") && verbFirst(s) && !reLeadIn.MatchString(s) && !reAhead.MatchString(s) {
		// "Lead with what you agree on, then say why.", "Listen for the
		// two or three things that keep coming back.": advice, unless it
		// points at what follows ("Keep these three habits in mind.")
		return unsetCue
	}
	if !question && !strings.HasSuffix(s, ":") && !reLeadIn.MatchString(s) && !reIntroNoun.MatchString(s) && !reLessons.MatchString(s) &&
		!reWhy.MatchString(s) {
		return unsetCue
	}
	// "Because …" answers a lead-in; a long sentence that merely names
	// "habits" or "tips" is not one
	if reBecauseLead.MatchString(s) || !question && !strings.HasSuffix(s, ":") && !reLeadIn.MatchString(s) && !reLessons.MatchString(s) &&
		!reWhy.MatchString(s) && wordCount(s) > maxIntroWords && countOf(s) == 0 {
		// ("… I have three reasons for saying so." announces them however
		// long it is)
		return unsetCue
	}
	switch cue := cueOf(s); {
	case cue == "reasons" || cue == "pitfalls":
		return cue
	case reLessons.MatchString(s) || cue == "steps":
		return "steps"
	case question && rxWarn.MatchString(s):
		return "pitfalls"
	}
	if question {
		return "" // a question without a cue resets the context
	}
	return unsetCue
}

// reAhead: an imperative that points at the items that follow ("Keep
// these three habits in mind.", "Try the following."), a lead-in.
var reAhead = rx(`\b(?:these|the following|this list|below)\b`)

// reSummingUp: a sentence that sums the advice up and announces its
// payoff ("Do these things and you will find …", "Follow this and …",
// "If you do all of this, …"): the claims after it in its paragraph are
// reasons.
var reSummingUp = rx(`^(?:do|try|follow|use|practise|practice|keep (?:up|doing)|get) (?:these|this|that|those|all of (?:this|these|that)|them|it)\b[^.!?]{0,40}\band (?:you|they|your \w+)(?:'ll|’ll| will| should| may| might)\b|^if you do (?:these|this|that|all of (?:this|these|that))\b`)

// maxIntroWords: a lead-in that only names a kind of item ("Experts
// suggested several practical ways to help.") is short.
const maxIntroWords = 18

// reBenefitLead: a sentence that announces the payoff the rest of its
// paragraph states, without stating it ("The payoff is bigger than it
// looks.", "The effect was not dramatic, but it was steady.", "Teams
// notice the difference too.", "Managers benefit as well.", "And the
// person doing the informing gains the most."). The claims after it in
// its paragraph are reasons, even when told in the past tense.
var reBenefitLead = rx(`^(?:and\s+|but\s+)?(?:the|this|that|its|their|my|our|your)\s+(?:payoff|pay-off|benefit|upside|effect|result|difference|return|reward)s?\s+(?:is|was|are|were)\s+(?:not\s+(?:\w+,?\s+but\s+(?:it\s+|they\s+)?(?:is|was|are|were)\s+)?|also\s+)?(?:\w+\s+)?(?:real|instant|overnight|bigger|big|large|huge|worth|steady|obvious|clear|dramatic|immediate|quick|slow|subtle|small|modest|enormous|measurable|visible|larger|greater|simple|twofold|double)\b|^(?:and\s+)?(?:\w+\s+){0,4}?(?:benefits?|gains?|notices? the difference|feels? the difference|wins?)\s+(?:too|as well|also|the most|most|more than anyone)\W*$|^(?:and\s+|but\s+)?(?:(?:it|this|that|doing (?:this|so|that|it)|the (?:habit|practice|routine|effort))\s+)?(?:also\s+|really\s+)?(?:has|have|had|brings?|carries|comes? with|there(?:'s|’s| is| are))\s+(?:a|an|one|another|its|some|two|real|other|a (?:second|further|bigger|quieter|hidden))?\s*(?:\w+\s+)?(?:payoff|pay-off|benefit|upside|reward|bonus|dividend)s?\b[^.!?]{0,40}[.!:]?$|^(?:and\s+)?(?:it|this|that|doing (?:this|so|that|it))\s+(?:also\s+)?pays off\s+(?:for (?:you|them|her|him|everyone|both of you)|in (?:other|more) ways)(?:\s+(?:too|as well))?\W*$`)

// reBecauseLead: an answer, never a lead-in.
var reBecauseLead = rx(`^because\b`)

// reAboutPage: a sentence about the page itself, not a lead-in.
var reAboutPage = rx(`^(?:this|the|in this|our)\s+(?:essay|article|post|piece|guide|page|newsletter|issue|chapter|report|episode)\b|\b(?:this|the following) (?:essay|article|post|piece|guide) (?:shows|covers|explains|looks)`)

// reHowToo: the other half of a "why … and how …" summary.
var reHowToo = rx(`\bhow\b`)

// reWhy: a sentence about why ("… why leading up deserves the effort.").
var reWhy = rx(`\bwhy\b`)

var rxWarn = rx(`\bwarn|\bagainst\b|\bcareful\b|\bwatch out\b`)

// reLeadPredicate: a sentence that names a kind of item and only judges
// it ("What not to do is equally clear.", "The mistakes are familiar."):
// a lead-in to the items that follow, not an item.
var reLeadPredicate = rx(`^(?:and\s+|but\s+)?(?:what (?:not )?to (?:do|avoid)|what (?:you|we) should(?:n'?t| not)? do|the (?:\w+\s+)?(?:mistakes|traps|pitfalls|reasons|benefits|steps|don'?ts|do'?s|payoffs|rules))\s+(?:is|are|was|were)\s+(?:(?:equally|just as|even more|also|fairly|pretty|very|quite|much|more)\s+)?(?:clear|simple|obvious|important|easy|familiar|predictable|common|short|plain|clearer|simpler)\W*$`)

// maxNamedWords: a claim that names a mistake after a pitfall lead-in is
// short.
const maxNamedWords = 25

// reColonLead: a short lead-in before a colon ("The principle is simple:",
// "My advice is this:", "The fix:").
var reColonLead = rx(`^((?:\S+\s+){0,6}?(?:is|are|was)\s+(?:simple|easy|this|clear|straightforward|short|the same)|(?:the|my|our|one)\s+(?:\w+\s+)?(?:principle|rule|fix|answer|trick|advice|idea|habit|move|approach))\s*:\s+(\S.*)`)

// colonAdvice splits a sentence whose advice follows a short lead-in and a
// colon ("The principle is simple: find out …"): the advice's taxonomy
// (from its own phrasing: an imperative or a negated one) and the advice,
// or "" when the sentence is not of that shape.
func colonAdvice(s string) (tax, rest string) {
	m := reColonLead.FindStringSubmatch(cleanText(s))
	if m == nil {
		return "", ""
	}
	switch cl := classifySentence(m[2]); cl.rule {
	case "imperative", "negated imperative":
		return cl.tax, m[2]
	}
	return "", ""
}

// reOrdinalLabel: "First point", "Second", "The third thing" before a
// colon only counts the paragraph: the advice is what follows, read as
// prose ("First point: is very important to understand …").
var reOrdinalLabel = rx(`^(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|last|final|another)(?:ly)?(?:\s+(?:point|tip|thing|step|rule|lesson|one))?$`)
