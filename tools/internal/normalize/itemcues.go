// itemcues.go: what types an item beyond its section heading: a
// third-person habit ("They close the loop", "They never argue in
// public") read as the advice it describes; a cue used as the label of a
// sentence ("What did not help: …", "The upside: …"); a gerund phrase
// that names a practice or a mistake ("Waiting until the review to raise
// it."); and which "Key takeaways" items restate an item given elsewhere.
// Reads sentences and labels; drops restated items.

package normalize

import (
	"strings"
	"unicode"
)

// reHabit: a habit described in the third person plural: "They close
// the loop", "The best analysts always ask …", "They never argue …". The
// subject is a pronoun or a praised kind of person; what follows is the
// advice.
var reHabit = rx(`^(?:they|(?:the\s+)?(?:best|good|great|effective|strong|successful|smart|trusted|savvy|top|wise)\s+[a-z-]+(?:\s+[a-z-]+)?)\s+(?:(?:always|also|often|usually|consistently|regularly|quietly)\s+)?(\S+\s+\S.*)$`)

// reHabitNeg: the predicate of a habit that is a pitfall ("never argue
// …", "don't wait …", "rarely say no"), not a past tense ("never told").
var reHabitNeg = rx(`^(?:never|don'?t|don’t|do not|rarely|seldom)\s+(\S+)`)

// reYou: the reader, addressed.
var reYou = rx(`\b(?:you|your|yours|yourself)\b`)

// habitPredicate returns the advice a third-person habit describes and
// whether it is negated, or ok false when the label is not such a habit.
func habitPredicate(label string) (pred string, neg, ok bool) {
	m := reHabit.FindStringSubmatch(label)
	if m == nil {
		return "", false, false
	}
	pred = m[1]
	if reYou.MatchString(pred) {
		return "", false, false // "They write your story": a claim about the reader's manager
	}
	if n := reHabitNeg.FindStringSubmatch(pred); n != nil {
		w := strings.ToLower(n[1])
		return pred, true, !strings.HasSuffix(w, "ed") && irregularPast[w] == ""
	}
	return pred, false, imperative(pred) || opensWithVerb(pred)
}

// reCueLabel: a sentence led by a short label and a colon ("What did not
// help: …", "Why it matters: …", "The upside: …").
var reCueLabel = rx(`^([^:.!?]{3,40}):\s+(\S.*)$`)

// reCuePhrase: a label that names a kind of item rather than an item:
// "A word of caution", "The upside so far", "What didn't work", "Bonus
// tip", "Why it matters".
var reCuePhrase = rx(`^(?:(?:a|an|one|another|the|my|our|final|last|one more|big|biggest|bonus|pro|quick|main|real|hidden|common|worst|best|key)\s+)*(?:words? of (?:caution|warning)|cautions?|warnings?|downsides?|upsides?|payoffs?|pay-offs?|benefits?|advantages?|reasons?|why (?:it|this|that) (?:matters|helps|works)|why (?:bother|care)|mistakes?|traps?|pitfalls?|tips?|fix|lessons?|takeaways?|red flags?|what (?:worked|helped|works|helps|to do|not to do|to avoid)(?: for me| for us| best)?|what (?:did not|didn't|didn’t|does not|doesn't|doesn’t|never) (?:work|help)(?:ed)?|thing (?:to avoid|not to do)|(?:second )?worst(?: thing(?: you can do| to do)?)?)(?:\s+(?:so far|here|for me|for you|of all|though))?$`)

// reThreadCounter: the "6/" of a numbered thread post.
var reThreadCounter = rx(`^\d{1,2}\s?/\s*`)

// reCueOpen: how a lead-in used as a label opens.
var reCueOpen = rx(`^(?:and |but |so )?(?:what|one|a|an|another|the|reasons?|my|our|beware of|watch out for)\b`)

// maxCueLabelWords: a cue label is short.
const maxCueLabelWords = 6

// cueLabelled splits a sentence whose label is a cue, not an item ("What
// did not help: pinging him daily." → "pitfalls", "pinging him daily."):
// the text after the colon is the item, typed by the label's cue.
func cueLabelled(s string) (cue, rest string, ok bool) {
	m := reCueLabel.FindStringSubmatch(strings.TrimSpace(reThreadCounter.ReplaceAllString(cleanText(s), "")))
	if m == nil || wordCount(m[1]) > maxCueLabelWords || !hasAlnum(m[2]) {
		return "", "", false
	}
	l := strings.TrimSpace(m[1])
	cue = cueOf(l)
	// a cue phrase, or a short lead-in whose cue is a reason or a pitfall
	// ("What I'd avoid", "And one thing NOT to do", "Reasons first")
	if !isTax(cue) || !reCuePhrase.MatchString(l) && (cue == "steps" || !reCueOpen.MatchString(l)) {
		return "", "", false
	}
	if cue == "steps" && lessonLabel(l, m[2]) {
		return "", "", false // "My takeaway: people who …": a claim, typed by framedAdvice
	}
	return cue, m[2], true
}

// addCueLabelled adds the item of a cue-labelled paragraph: its first
// sentence after the label, typed by the label's cue and its own phrasing.
func (c *classifier) addCueLabelled(cue, rest string, n int) {
	first := firstSentence(rest)
	cl := classifySentence(first)
	if cl.story || cl.label == "" && wordCount(first) < proseCutWords {
		return
	}
	if cl.label == "" {
		cl.label = first
	}
	// the label's cue decides, unless the sentence's own phrasing is
	// stronger: a "Don't …" is a pitfall, advice after "Why it matters:"
	// a step
	tax := cue
	switch {
	case cl.rule == "negated imperative" || cl.tax == "pitfalls":
		tax = "pitfalls"
	case cl.tax == "steps" && cue == "reasons":
		tax = "steps"
	}
	before := len(c.items)
	for _, q := range seriesParts(tax, cl.label) {
		label, _ := proseLabel(q)
		c.add(tax, label, rest, n)
	}
	for k := before; k < len(c.items); k++ {
		c.items[k].cue = true
	}
}

// reSeriesSep separates the members of a series: "A, B, and C", "A; B".
var reSeriesSep = rx(`\s*;\s+|,\s+(?:and\s+|or\s+|then\s+)?`)

// reNounOpen: how a noun phrase in a series of benefits opens.
var reNounOpen = rx(`^(?:a|an|the|more|fewer|less|better|faster|bigger|clearer|greater|earlier|quicker|stronger|someone|people|room|time|trust|credit|support|visibility|access|fewer)\b`)

// reMoreOpen: a member of a series of benefits that compares ("more
// time on …", "fewer surprises").
var reMoreOpen = rx(`^(?:more|fewer|less|better|faster|bigger|clearer|greater|earlier|quicker|stronger)\s+\S+`)

// claimVerb: a member of a series of benefits that is a verb phrase
// sharing the claim's subject ("… makes your manager look good, gets
// better decisions made, and gives you a say …"; "… need less checking,
// escalate fewer surprises, and free their manager …").
func claimVerb(w, next string) bool {
	if imperatives[w] || imperatives[strings.TrimSuffix(w, "s")] || imperatives[strings.TrimSuffix(w, "es")] {
		return true
	}
	return guessVerb(w, next) || strings.HasSuffix(w, "s") && guessVerb(strings.TrimSuffix(w, "s"), next)
}

// maxSeriesWords: a member of a series is short.
const maxSeriesWords = 14

// seriesParts splits a step or a reason that is a series of three or
// more members into its members, or returns it whole: "Send the status,
// name the decision, and say what you will do" (each member opens with an
// advice verb) gives three steps; "Teams get faster sign-offs, fewer
// surprises, and a manager who backs them" (the later members noun
// phrases) three reasons.
func seriesParts(tax, s string) []string {
	s = strings.TrimRight(strings.TrimSpace(s), ".!")
	whole := []string{s}
	if tax != "steps" && tax != "reasons" || !strings.ContainsAny(s, ",;") {
		return whole
	}
	parts := reSeriesSep.Split(s, -1)
	if len(parts) < 2 {
		return whole
	}
	for i, p := range parts {
		f := strings.Fields(strings.ToLower(p))
		if len(f) < 2 || len(f) > maxSeriesWords {
			return whole
		}
		w, next := strings.Trim(f[0], ",.:;!?"), strings.Trim(f[1], ",.:;!?")
		switch tax {
		case "steps":
			if len(f) < 3 || next == "and" || next == "or" || !imperatives[w] && !guessVerb(w, next) {
				return whole
			}
		case "reasons":
			if i > 0 && !reNounOpen.MatchString(p) && !claimVerb(w, next) {
				return whole
			}
		}
	}
	if len(parts) == 2 && tax == "reasons" && reMoreOpen.MatchString(parts[1]) {
		return parts // "… less time firefighting, and more time on work that counts"
	}
	if len(parts) < 3 {
		return whole // "Ask X, and write it down" is one step
	}
	return parts
}

// reSelfRef: a claim whose subject is the advice itself ("Doing this for a
// quarter changes …", "Having these talks early pays off …", "These
// habits earn …"): a reason wherever it stands.
var reSelfRef = rx(`^(?:\w+ing)\s+(?:this|these|that|those|it|so)\b|^(?:\w+ing)\s+(?:\w+\s+)?(?:talks?|conversations?|habits?|notes?|updates?|steps?)\b|^(?:this|these|that|those|each of these|all of this|all of these)\s+(?:habits?|practices?|steps?|conversations?|talks?|routines?|moves?|changes?|tips?)\b`)

// maxGerundWords: a gerund phrase that names a practice or a mistake
// ("Waiting until the review to raise it.") is short.
const maxGerundWords = 20

// gerundFirst: the sentence opens with the -ing form of an advice verb
// ("Agreeing to …", "Sending …", "Saying yes …") and goes on: the name
// of a practice or a mistake, typed by the heading or lead-in above it.
func gerundFirst(s string) bool {
	var buf [max(3, gerundSubjectWords)]string // (the first words are all it reads)
	f := lowerFields(stripInline(s), buf[:0])
	if len(f) < 3 {
		return false
	}
	// the verb of a gerund subject comes within its first few words
	head := strings.Join(f[:min(len(f), gerundSubjectWords)], " ")
	return gerundBase(strings.Trim(f[0], ",.:;!?")) != "" && !reGerundSubject.MatchString(head) && !reTopicSubject.MatchString(head) &&
		!gerundClaim(readClaim(cleanText(s)))
}

// reTopicSubject: the topic itself ("Leading up …", "Managing up …") or a
// gerund phrase followed by an adverb and a verb ("… simply puts …") is
// the subject of a claim.
var reTopicSubject = rx(`^(?:leading|managing) up(?:ward)?s?\b|\b(?:simply|really|actually|usually|often|always|never|also|just|quickly|rarely|only|still|quietly|slowly)\s+\w+s\b`)

// nounGerunds: -ing words that open a sentence as nouns ("Meeting notes
// go out on Fridays").
var nounGerunds = map[string]bool{"meeting": true, "building": true, "setting": true, "feeling": true, "finding": true,
	"offering": true, "hearing": true, "wording": true, "standing": true, "spending": true}

// gerundSubjectWords: how far the verb of a gerund subject is looked for.
const gerundSubjectWords = 4

// reGerundSubject: a gerund that is the subject of a clause ("Managing up
// refers to …", "Overcommitting early is the fastest way to …") makes a
// claim, not the name of a practice.
var reGerundSubject = rx(`\b(?:is|are|was|were|isn'?t|aren'?t|refers?|means?|works?|helps?|hurts?|can|cannot|can'?t|will|won'?t|would|should|must|may|might|makes?|gives?|becomes?|matters?|pays off|costs?|leads?|backfires?|feels?|seems?|sounds?)\b`)

// gerundBase turns an -ing form into its base form when the base is an
// advice verb ("sending" → "send", "taking" → "take", "getting" → "get"),
// else returns "".
func gerundBase(w string) string {
	if !strings.HasSuffix(w, "ing") || len(w) < 5 || nounGerunds[w] {
		return ""
	}
	stem := w[:len(w)-3]
	if gerundVerbs[stem] {
		return stem
	}
	if gerundVerbs[stem+"e"] {
		return stem + "e"
	}
	if n := len(stem); n >= 2 && stem[n-1] == stem[n-2] && gerundVerbs[stem[:n-1]] {
		return stem[:n-1]
	}
	return ""
}

// reFixMark opens a sentence that gives the remedy for a mistake.
var reFixMark = rx(`^(?:instead|rather|the fix|the remedy|the cure|the antidote|a better (?:move|approach|way|habit)|better)\b`)

// reFixPromise: a title or an opening paragraph that promises a fix for
// each mistake ("… (and What to Do Instead)", "with a fix for each",
// "and how to fix them").
var reFixPromise = rx(`\bwhat to do instead\b|\binstead\)?\W*$|\bwith (?:a|the) (?:fix|remedy|cure|solution)s? for each\b|\b(?:and )?how to (?:fix|avoid|correct|repair) (?:them|each|it|those|these)\b|\bfixes\b|\band what to do\b`)

// fixSteps adds the remedy that follows a named mistake: in the paragraph
// that explains a pitfall given as a heading or a one-entry list ("2.
// Treating every problem as urgent", then "… Sort issues into three piles
// before you raise them."), a sentence of advice is a step of its own when
// the page promises a fix for each mistake, or when the sentence is
// marked as the fix ("Instead, …"). (The paragraph under a step only
// explains that step.)
func (c *classifier) fixSteps(blocks []*block) {
	fixes := c.fixesPromised
	byLine := map[int]int{}
	for k, b := range blocks {
		if b.kind == bHeading || b.kind == bList && len(b.items) == 1 {
			byLine[b.n] = k
		}
	}
	for _, it := range append([]item(nil), c.items...) {
		k, ok := byLine[it.line]
		if it.tax != "pitfalls" || it.cue || !ok || k+1 >= len(blocks) || !plainPara(blocks[k+1]) {
			continue
		}
		p := blocks[k+1]
		for _, s := range sentences(p.text) {
			cl := classifySentence(s)
			if cl.tax != "steps" || wordCount(s) > maxProseWords || !fixes && !reFixMark.MatchString(cleanText(s)) {
				continue
			}
			label, _ := proseLabel(cl.label)
			c.add("steps", label, s, p.n)
		}
	}
}

// negatedEntry: some top-level entry of the list is phrased as a pitfall
// ("Don't …", "Avoid …") or marked with a negative sign.
func negatedEntry(b *block) bool {
	for _, it := range b.items {
		if it.depth == 0 && (it.neg || pitfallItem(cleanText(it.text))) {
			return true
		}
	}
	return false
}

// ownEvidence: the label's own phrasing or its vocabulary term says it is
// an item (advice, a practice, a mistake or a claim), whatever the cue.
func (c *classifier) ownEvidence(label, expl string) bool {
	if directive(label) || opensWithVerb(label) || practice(label) || gerundFirst(cleanText(label)) || classifySentence(label).tax != "" {
		return true
	}
	_, _, _, ok := c.v.MatchAny(cleanLabel(label), cleanText(expl))
	return ok
}

// cueTakeaways is the cue of a "Key takeaways" section: its lines restate
// the advice, and each is typed by its own phrasing alone (an imperative
// is a step, "Don't …" a pitfall, a benefit claim a reason); a definition
// or a summary line is not an item.
const cueTakeaways = "takeaways"

// reSubjectVerb: a line whose first word is the subject of a verb ("Help
// is not flattery", "Trust takes time"), not an imperative.
var reSubjectVerb = rx(`^\S+\s+(?:is|are|was|were|isn'?t|aren'?t|can|can'?t|cannot|will|won'?t|does|doesn'?t|takes|needs|matters)\b`)

// dropRestated drops the items of a "Key takeaways" section that restate
// an item the page gives elsewhere: the same taxonomy and vocabulary
// term, or a label that holds the other's words.
func (c *classifier) dropRestated() {
	out := c.items[:0]
	for i, it := range c.items {
		if !it.restated {
			out = append(out, it) // (only a restated item is compared: the loop was quadratic in the items)
			continue
		}
		dup := false
		for j, o := range c.items {
			if i == j || o.restated || o.tax != it.tax {
				continue
			}
			if it.term != "" && it.term == o.term || sameWords(it.label, o.label) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, it)
		}
	}
	c.items = out
}

// sameWords: one label holds all the words of the other (case and
// punctuation aside).
func sameWords(a, b string) bool {
	ka, kb := " "+strings.Join(labelWords(a), " ")+" ", " "+strings.Join(labelWords(b), " ")+" "
	return len(ka) > 2 && len(kb) > 2 && (strings.Contains(ka, kb) || strings.Contains(kb, ka))
}

// labelWords: the lower-case words of a label, without punctuation.
func labelWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(cleanText(s)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
}
