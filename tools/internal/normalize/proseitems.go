// proseitems.go: items written as prose, not as lists: "First, … Second,
// …" enumerations, the answer of a Q&A column, benefits written as
// paragraphs, lessons drawn at the end of a story. Reads the paragraphs the
// structural pass (classify.go) left alone, in sections that hold no
// structured items, and adds the sentences whose own phrasing and context
// make them advice. Plain narrative paragraphs are never items.

package normalize

import (
	"sort"
	"strings"
)

// Context weights for a prose sentence (its own phrasing is weighed by the
// sentence rules in prose.go).
const (
	wProseLeadIn  = 1.5 // a question or lead-in sentence just before
	wProseHeading = 1.0 // the section heading's cue
	wProseTitle   = 0.5 // the title's cue
	wProseVocab   = 1.0 // the vocabulary term the sentence maps to
	minEnumRun    = 2   // enumerated sentences needed to make a run
	minDenseItems = 2   // advice sentences that make a paragraph advice-dense
	// an advice page has at least minPageAdvice imperatives in at least
	// minPageAdviceParas paragraphs
	minPageAdvice      = 5
	minPageAdviceParas = 3
	maxProseWords      = 45  // a longer sentence is narrative, not an item
	proseCutWords      = 3   // a clause cut keeps at least this many words
	maxLeadWords       = 30  // a lead-in sentence is short
	denseShare         = 0.5 // share of advice sentences in an advice-dense paragraph
	unsetCue           = "\x00"
)

// maxTopicWords: the first sentence of a paragraph under a "why" cue is a
// reason when it is at most this long (a topic sentence, not a story).
const maxTopicWords = 15

// reWhyClaim: a heading that states a reason as "Why <clause>" (four or
// more words: "Why it matters" is a cue, not a claim).
var reWhyClaim = rx(`^why\s+((?:\S+\s+){3,}[^?]+?)[.?]?$`)

// whyCue: "Why it matters", "Why you should …": a cue, not a claim.
var whyCue = map[string]bool{"it": true, "this": true, "that": true, "we": true, "you": true, "i": true, "should": true,
	"do": true, "does": true, "is": true, "are": true, "bother": true, "care": true}

// reAdditive: a claim that adds to others ("Managing up also reduces …").
var reAdditive = rx(`\b(?:also|another|too|as well|in addition|moreover|besides|what's more)\b`)

// proseSentence is one sentence of a paragraph, typed.
type proseSentence struct {
	text string
	cls  sentenceClass
}

// proseItems adds the items written as prose. cues holds each block's
// heading cue and sect its section number; structured marks the blocks
// among list, labelled or heading items (their paragraphs explain them). In
// a section that has such items, the prose around them is an intro or an
// outro: only strong evidence makes an item there (an enumeration, a named
// reason, step or mistake, an answer to a lead-in question).
func (c *classifier) proseItems(blocks []*block, cues []string, sect []int, structured []bool) {
	listed := false // the page lists its items (lists, labelled paragraphs, item headings)
	for _, it := range c.items {
		listed = listed || !it.cue
	}
	enum := map[int]int{}      // enumerated sentences per section: a run needs two
	hasItems := map[int]bool{} // sections with structured items
	parsed := make([][]proseSentence, len(blocks))
	for bi, b := range blocks {
		if structured[bi] {
			hasItems[sect[bi]] = true
		}
		if structured[bi] && b.kind == bPara && payoffOpening(b.text) {
			// "Managers benefit as well. …" after the last item's
			// paragraph closes the list; it does not explain that item
			structured[bi] = false
		}
		if !c.proseCandidate(b, cues[bi], structured[bi]) {
			continue
		}
		for _, s := range sentences(b.text) {
			ps := proseSentence{text: s, cls: classifySentence(s)}
			if ps.cls.enum && !endsQuestion(s) {
				enum[sect[bi]]++
			}
			parsed[bi] = append(parsed[bi], ps)
		}
	}
	// topic sentences: a short claim opening a paragraph that explains it
	topics := make([]bool, len(blocks))
	for bi := range blocks {
		if ss := parsed[bi]; len(ss) >= 2 {
			t := ss[0]
			topics[bi] = !t.cls.story && (t.cls.tax == "" || t.cls.tax == "reasons") && wordCount(t.text) <= maxTopicWords &&
				!reDiscourse.MatchString(t.text) && !endsQuestion(t.text) && !strings.Contains(t.text, ": ") && leadCue(t.text) == unsetCue
		}
	}
	topicAt := func(i int) bool { return i >= 0 && i < len(blocks) && topics[i] }
	// an advice page: its prose (no lists) gives advice in several
	// paragraphs (a Q&A column's answer, a forum reply): every imperative
	// after the opening paragraph is advice, even alone in its paragraph
	advicePage := false
	if !listed {
		n, paras := 0, 0
		for _, ss := range parsed {
			had := false
			for _, s := range ss {
				if s.cls.rule == "imperative" || s.cls.rule == "negated imperative" || s.cls.rule == "soft imperative" {
					n, had = n+1, true
				}
			}
			if had {
				paras++
			}
		}
		advicePage = n >= minPageAdvice && paras >= minPageAdviceParas
	}
	c.claimSections(blocks, cues, sect, parsed, hasItems)
	run := imperativeRuns(blocks, parsed)
	openPara := len(blocks) // the opening paragraph: it frames the page
	for bi, b := range blocks {
		if b.kind == bPara && (c.subtitle == 0 || b.n != c.subtitle) {
			openPara = bi
			break
		}
	}
	ctx := ""
	counted, countParas := 0, false // items announced by a lead-in ("three lessons")
	for bi, b := range blocks {
		if b.kind == bHeading {
			ctx, counted = "", 0
			if reLessons.MatchString(b.text) && wordCount(b.text) <= maxLessonHeading {
				ctx = "steps" // (a long standfirst that mentions "the lesson" is not one)
			}
			if m := reWhyClaim.FindStringSubmatch(cleanText(b.text)); m != nil && !whyCue[strings.ToLower(strings.Fields(m[1])[0])] && !structured[bi] && !hasItems[sect[bi]+1] &&
				bi+1 < len(blocks) && blocks[bi+1].kind == bPara {
				// "Why managing up protects your well-being": the heading
				// states the reason the section explains
				c.add("reasons", m[1], firstSentence(blocks[bi+1].text), b.n)
			}
			continue
		}
		if b.kind != bPara {
			continue
		}
		ss := parsed[bi]
		if ss == nil {
			if lc := leadCue(lastSentence(b.text)); lc != unsetCue {
				ctx = lc
			}
			continue
		}
		advice := 0
		for _, s := range ss {
			if s.cls.tax != "" && s.cls.rule != "benefit claim" {
				advice++
			}
		}
		dense := advice >= minDenseItems && float64(advice) >= denseShare*float64(len(ss))
		weak := hasItems[sect[bi]]
		inline := false // a lead-in question answered in this paragraph
		answer := false // the sentence follows a lead-in of this paragraph
		asked := false  // and that lead-in was a question ("Why bother?")
		// payoff: this paragraph states a payoff ("Why bother?", "The
		// effect was steady.", "Done well, …"): its later claims are
		// reasons; told: even past-tense ones (a story's outcomes)
		payoff, told := false, false
		leadHere := k0LeadIn(blocks, bi, ss) // a lead-in just before or in this paragraph
		pitLead, pitK := false, -1           // a pitfall lead-in in this paragraph, and the sentence that last named one
		advised := make([]bool, len(ss))     // the sentences that gave a step or a pitfall
		mark := len(c.items)
		for k, s := range ss {
			if k > 0 {
				advised[k-1] = c.gaveAdvice(mark)
				mark = len(c.items)
			}
			if q := quotedQuestion(s.text); q != "" && c.askPage && k == 0 {
				// "\"What does a good quarter look like to you?\" Her
				// answer …": on a page of questions to ask, one of them
				c.add("steps", q, proseGist(ss, k), b.n)
				continue
			}
			labelCue := ""
			if cue, rest, ok := cueLabelled(s.text); ok {
				// "What did not help: pinging him daily.": the label is the
				// lead-in, the rest the item
				labelCue, s = cue, proseSentence{text: rest, cls: classifySentence(rest)}
			} else if tax, rest := colonAdvice(s.text); tax != "" {
				// "The principle is simple: find out what … , and …": a
				// short lead-in, then the advice after the colon
				labelCue, s = tax, proseSentence{text: rest, cls: classifySentence(rest)}
			}
			// a sentence that states a named item ("The third reason is
			// that the habits …") is that item, not a lead-in
			if lc := leadCue(s.text); lc != unsetCue && (s.cls.weight != wNamedItem || strings.HasSuffix(s.text, ":")) {
				ctx = lc // "Why bother? Because …": the rest of the paragraph
				leadHere, pitLead, pitK = true, lc == "pitfalls", k
				answer = lc != ""
				asked = answer && endsQuestion(s.text)
				// a question answered in its own paragraph ("Why care?
				// Because …") leads in that paragraph only
				more := k < len(ss)-1 && wordCount(ss[len(ss)-1].text) >= 2 // the paragraph goes on after it
				inline = asked && more || reSummingUp.MatchString(cleanText(s.text))
				if lc == "reasons" && more && (asked || reBenefitLead.MatchString(cleanText(s.text)) || reBenefitFor.MatchString(cleanText(s.text))) {
					payoff, inline = true, true
					told = reBenefitLead.MatchString(cleanText(s.text)) || reBenefitFor.MatchString(cleanText(s.text))
				}
				counted, countParas = 0, k == len(ss)-1
				if b.n != c.subtitle && strings.ContainsAny(s.text[len(s.text)-1:], ".:") &&
					(!countParas || bi+1 < len(blocks) && blocks[bi+1].kind == bPara) {
					// "She gives three reasons …" then the reasons, in this
					// paragraph or as the next paragraphs (not a list)
					counted = countOf(s.text)
				}
				continue
			}
			announced := counted > 0 && (!countParas || k == 0) && !s.cls.story && !endsQuestion(s.text) && !weak
			if announced {
				counted--
			}
			cl := s.cls
			heading := cues[bi]
			if heading == "none" {
				heading = ""
			}
			lead := ctx
			if lead == unsetCue {
				lead = ""
			}
			if labelCue != "" {
				lead, answer, asked = labelCue, true, true
			}
			if cl.rule == "elliptical named item" {
				// "The most common is X." names one of the items its
				// lead-in announced ("There are traps, of course.")
				if isTax(lead) && leadHere {
					cl.tax = lead
				} else {
					cl = sentenceClass{}
				}
			}
			if cl.story && lead == "steps" && toldPractice(s.text) {
				// "I asked him which decisions …" after "I changed a few
				// habits.": a practice told as what the writer did
				cl = sentenceClass{tax: "steps", weight: wModal, rule: "told practice", label: cleanText(s.text)}
			}
			if cl.tax == "" && lead == "pitfalls" && pitLead && k == pitK+1 && !cl.story && !endsQuestion(s.text) && wordCount(s.text) <= maxNamedWords &&
				benefitScore(s.text) < minCuedBenefit && toldMistake(s.text) == "" && !reDiscourse.MatchString(cleanText(s.text)) {
				// "What not to do is equally clear. Flattery wears thin
				// quickly, …": the claims after a pitfall lead-in name the
				// mistakes
				cl = sentenceClass{tax: "pitfalls", weight: wClaim, rule: "named after a pitfall lead-in", label: cleanText(s.text)}
				pitK = k
			}
			if l := toldMistake(s.text); l != "" && cl.tax == "" && firstNonEmpty(lead, heading) == "pitfalls" {
				// "For the first month I padded the list …" under "What I
				// got wrong": a mistake told as what the writer did
				cl = sentenceClass{tax: "pitfalls", weight: wModal, rule: "told mistake", label: l}
			}
			topic := k == 0 && topics[bi] && (lead == "reasons" || heading == "reasons" && (topicAt(bi-1) || topicAt(bi+1) || reAdditive.MatchString(s.text))) &&
				!strongerClaimNext(ss, k)
			if ctxCue := firstNonEmpty(lead, heading); cl.gerund && cl.tax == "" && (ctxCue == "pitfalls" || ctxCue == "steps") {
				// "Waiting until the review to raise it." under "What to
				// avoid" names a mistake; under "Habits that help", a practice
				cl.tax, cl.weight, cl.rule = ctxCue, wClaim, "gerund phrase"
			}
			// the answer to "Why bother?" states reasons, whatever its phrasing
			because := (answer && asked || payoff) && lead == "reasons" && (!cl.story || told) && cl.tax == "" && !endsQuestion(s.text)
			// a claim that something good happens to someone, in the
			// writer's own words: a reason when its score clears the bar
			// its context sets (lower under a reason cue or after a
			// benefit lead-in; never in the opening paragraph without one)
			benefit := false
			cued := lead == "reasons" || heading == "reasons" || payoff
			// (so is a benefit claim about a kind of person, proseclaimkind.go)
			if (cl.tax == "" || cl.rule == "benefit claim" && kindClaim(s.text)) && (!cl.enum || cued && enum[sect[bi]] < minEnumRun) && !announced && !because && !topic && !weak && (!cl.story || told) {
				// ("Finally, you learn how …" under a reason heading: a
				// claim, though it opens like an enumeration)
				if bar := minBenefitScore; cued || bi > openPara {
					if cued {
						bar = minCuedBenefit
					}
					benefit = benefitScore(s.text) >= bar
				}
			}
			if wordCount(s.text) > maxProseWords || cl.tax == "" && !cl.enum && !announced && !topic && !because && !benefit {
				answer = false
				continue
			}
			ok := false
			switch {
			case announced:
				ok = true
			case topic && cl.tax == "" && !weak:
				ok = true
			case cl.enum && enum[sect[bi]] >= minEnumRun:
				ok = cl.tax != "" || lead != "" || heading != "" || c.titleCue != ""
			case cl.weight >= wNamedItem:
				ok = true
			case answer, because, benefit, payoff && lead == "reasons" && cl.tax == "reasons":
				ok = true
			case weak && !(heading == "reasons" && cl.rule == "benefit claim" && k == 0):
				// (under a reason heading, a paragraph that opens with a
				// benefit claim states a reason even beside listed items)
			case cl.weight >= wNegImperative:
				ok = lead != "" || heading != "" || dense || c.titleCue != ""
			case cl.rule == "benefit claim":
				// under "Why it matters" every claim is a reason; under
				// another cue only a paragraph's opening claim
				ok = lead == "reasons" || heading == "reasons" || k == 0 && (lead != "" || heading != "") ||
					reSelfRef.MatchString(cl.label) && !weak ||
					k == 0 && lead == "" && heading == "" && c.titleCue == "reasons" && !listed // "Why …" title, prose page
			default:
				// a paragraph dense with advice counts under the title's cue
				// only when the page lists no items of its own: after its
				// lists, a closing "Pick one thing … this month." is a call
				// to action
				ok = lead != "" || heading != "" || (dense || k == 0 && cl.rule == "imperative" && c.titleCue == "steps") && !listed ||
					advicePage && bi > openPara && cl.tax == "steps" && !cl.story && !reNotAdviceTail.MatchString(s.text) ||
					run[bi] && !reNotAdviceTail.MatchString(s.text)
			}
			answer = false
			if !ok {
				continue
			}
			if cl.label == "" {
				cl.label = s.text
			}
			tax := c.proseTax(cl, lead, heading)
			if because || benefit {
				tax = "reasons" // the answer to a why lead-in: its claims are reasons, whatever the heading
			}
			if tax == "" {
				continue
			}
			if cl.rule == "payoff" {
				// "Done well, X.": the claims after it are reasons too
				payoff, inline, ctx = true, true, "reasons"
			}
			if because {
				// "Because X, and because Y.": one reason per clause
				claim := strings.TrimSpace(cl.label)
				if loc := reExplains.FindStringIndex(claim); loc != nil && !reBecauseLead.MatchString(claim) {
					claim = claim[:loc[0]]
				}
				parts := claimClauses(reBecause.Split(claim, -1))
				for _, p := range parts {
					for _, q := range seriesParts(tax, p) {
						if l, _ := proseLabel(q); wordCount(l) >= proseCutWords || len(parts) == 1 && wordCount(l) >= 2 {
							c.add(tax, l, s.text, b.n)
						}
					}
				}
				continue
			}
			if cl.rule == "because" && len(reBecause.Split(cl.label, -1)) > 1 {
				// "It works because X, and because Y.": two reasons
				for _, p := range reBecause.Split(cl.label, -1) {
					if l, _ := proseLabel(p); wordCount(l) >= proseCutWords {
						c.add(tax, l, s.text, b.n)
					}
				}
				continue
			}
			if parts := seriesParts(tax, cl.label); len(parts) > 1 {
				// "Send X, name Y, and say Z.": one step per clause;
				// "… get A, B, and C.": one reason per benefit
				for _, q := range parts {
					l, _ := proseLabel(q)
					c.add(tax, l, s.text, b.n)
				}
				continue
			}
			label, rest := proseLabel(cl.label)
			expl := ""
			if rest != "" {
				expl = s.text // the label is cut short: the gist is the whole sentence
			}
			if k+1 < len(ss) && ss[k+1].cls.tax == "" && !endsQuestion(ss[k+1].text) {
				expl = strings.TrimSpace(expl + " " + ss[k+1].text)
			}
			if expl == "" {
				expl = proseGist(ss, k)
			}
			c.add(tax, label, expl, b.n)
			if t2, second := secondAction(tax, rest); t2 != "" {
				// "ask which one it replaces, and write down the answer":
				// two actions in one sentence are two items
				c.add(t2, second, s.text, b.n)
			}
		}
		if len(ss) > 0 {
			advised[len(ss)-1] = c.gaveAdvice(mark)
		}
		c.justifications(ss, advised, b.n)
		if inline {
			ctx = unsetCue
		}
		if countParas && counted > 0 && ss[0].cls.story {
			counted = 0 // the announced list did not come
		}
	}
	c.closingClaims(blocks)
	c.explainedClaims(blocks)
	c.outroClaims(blocks)
	c.stepClaims()
	c.proseExtras(blocks, structured)
	sort.SliceStable(c.items, func(i, j int) bool { return c.items[i].line < c.items[j].line })
}

// reSecondLead: how the second action of a sentence opens after its
// separator ("and write …", "then ask …", "and do not keep …").
var reSecondLead = rx(`^(?:and\s+then|and|then|or|but)\s+`)

// objectPronouns: a second verb on the same object ("…, and review it").
var objectPronouns = map[string]bool{"it": true, "them": true, "him": true, "her": true}

// maxLessonHeading: a heading that announces lessons is short.
const maxLessonHeading = 8

// secondAction types the rest of a step or pitfall sentence after its
// core clause: a second imperative is a step ("…, and write down the
// answer"), a second negated one a pitfall ("…, and do not keep a
// tally"). It returns "" when the rest is not an action of its own (an
// explanation, a condition, a "rather than" contrast).
func secondAction(tax, rest string) (string, string) {
	if tax != "steps" && tax != "pitfalls" || rest == "" {
		return "", ""
	}
	loc := reSecondLead.FindStringIndex(rest)
	if loc == nil {
		return "", ""
	}
	r := strings.TrimSpace(rest[loc[1]:])
	if f := strings.Fields(r); len(f) > 2 && strings.HasSuffix(strings.ToLower(f[0]), "ly") && verbFirst(strings.Join(f[1:], " ")) {
		r = strings.Join(f[1:], " ") // "and quietly make that part easier"
	}
	if f := strings.Fields(strings.ToLower(r)); len(f) < minCoreWords || reNotAdviceTail.MatchString(r) || objectPronouns[strings.Trim(f[1], ",.;:")] {
		// "…, and review it with them": a verb on the same object goes
		// on with the same action
		return "", ""
	}
	switch cl := classifySentence(r); {
	case cl.rule == "negated imperative" && !reNotJust.MatchString(r):
		return "pitfalls", cl.label
	case cl.rule == "imperative" && verbFirst(r):
		label, _ := proseLabel(r)
		return "steps", label
	}
	return "", ""
}

// reBecause splits an answer into its reasons: "Because X, and because Y".
var reBecause = rx(`^because\s+|[,;]?\s+and because\s+`)

// reExplains: ", because …" inside a claim explains it ("The group stays
// calmer, because there are fewer shocks"): cut off, not a second reason.
var reExplains = rx(`[,;]\s+because\s+`)

// proseCandidate: a paragraph the prose pass reads.
func (c *classifier) proseCandidate(b *block, cue string, structured bool) bool {
	// (the prose of a "Key takeaways" section restates the page: only its
	// lines are read, by the structural pass)
	return b.kind == bPara && !b.labelled && !c.done[b] && !structured && cue != "none" && cue != cueTakeaways && (c.subtitle == 0 || b.n != c.subtitle)
}

// proseTax scores the three taxonomies for a prose sentence: its own
// phrasing, the lead-in, the heading, the title and the vocabulary term it
// maps to. A negated imperative is a pitfall whatever surrounds it.
func (c *classifier) proseTax(cl sentenceClass, lead, heading string) string {
	if cl.rule == "negated imperative" || cl.rule == "what not to do" || cl.rule == "lesson not to" {
		return "pitfalls"
	}
	score := map[string]float64{}
	if cl.tax != "" {
		score[cl.tax] = cl.weight
	}
	if lead != "" {
		score[lead] += wProseLeadIn
	}
	if heading != "" {
		score[heading] += wProseHeading
	}
	if c.titleCue != "" {
		score[c.titleCue] += wProseTitle
	}
	if tax, _, _, ok := c.v.MatchAny(cl.label, ""); ok {
		score[tax] += wProseVocab
	}
	// an imperative is never a reason ("Why it matters" does not turn
	// advice into a claim), nor a benefit claim a step ("What I learned:")
	if cl.tax == "steps" {
		score["reasons"] = 0
	} else if cl.rule == "benefit claim" {
		score["steps"] = 0
	}
	best, bestScore := "", 0.0
	for _, tax := range []string{"reasons", "steps", "pitfalls"} {
		if score[tax] > bestScore || score[tax] == bestScore && tax == cl.tax {
			best, bestScore = tax, score[tax]
		}
	}
	return best
}

// proseLabel cuts a sentence into a label (its core clause) and the rest.
func proseLabel(s string) (label, rest string) {
	return coreClause(strings.TrimSpace(s))
}

// proseGist explains the item of sentence k when nothing follows its
// label: the next sentence, else the one before, else the sentence itself
// (every item has a gist).
func proseGist(ss []proseSentence, k int) string {
	switch {
	case k+1 < len(ss):
		return ss[k+1].text
	case k > 0 && !endsQuestion(ss[k-1].text):
		return ss[k-1].text
	}
	return ss[k].text
}

// lastSentence returns the last sentence of a paragraph.
func lastSentence(t string) string {
	st := sentenceStarts(t)
	return strings.TrimSpace(t[st[len(st)-1]:])
}

// reClaimAnd joins two claims with their own subjects: "Managers remember
// X, and they come back to them …".
var reClaimAnd = rx(`,\s+and\s+(?:they|you|it|he|she|we|your \w+|their \w+|the \w+)\s`)

// claimClauses cuts the clauses of an answer to their claims: a leading
// "When …," clause gives way to the main one ("When the chief knows
// early, he can react …" → "he can react …"), and two claims joined by
// ", and they …" are two reasons.
func claimClauses(parts []string) []string {
	var out []string
	for _, p := range parts {
		p = strings.TrimSpace(p)
		for {
			loc := reClaimAnd.FindStringIndex(p)
			if loc == nil || wordCount(p[:loc[0]]) < minClaimWords {
				break
			}
			out = append(out, p[:loc[0]])
			p = strings.TrimSpace(p[loc[0]+len(", and"):])
		}
		out = append(out, p)
	}
	for i, p := range out {
		for k := 0; k < 2; k++ {
			if loc := reConnLead.FindStringIndex(p); loc != nil && loc[1] < len(p) {
				p = p[loc[1]:]
			}
		}
		out[i] = p
		if loc := reSubClause.FindStringIndex(p); loc != nil && wordCount(p[loc[1]:]) >= minClaimWords {
			out[i] = p[loc[1]:]
		}
	}
	return out
}

// k0LeadIn: the paragraph before paragraph bi ends in a lead-in sentence
// ("There are traps, of course."), so the items this one names are of
// its kind.
func k0LeadIn(blocks []*block, bi int, _ []proseSentence) bool {
	return bi > 0 && blocks[bi-1].kind == bPara && leadCue(lastSentence(blocks[bi-1].text)) != unsetCue
}

// payoffOpening: a paragraph that opens by announcing or stating the
// payoff ("Managers benefit as well. …", "Done well, …").
func payoffOpening(t string) bool {
	first := cleanText(firstSentence(t))
	return reBenefitLead.MatchString(first) || classifySentence(first).rule == "payoff"
}

// reAskPage: a title or opening about questions to ask ("Three questions
// to ask your manager", "Ask these questions in your first week").
var reAskPage = rx(`\bquestions?\b[^.!?]*\b(?:to ask|worth asking|ask)\b|\bask(?:ing)?\b[^.!?]*\bquestions?\b`)

// quotedQuestion returns the question of a sentence that is a quoted
// question ("\"How do you want to hear about problems?\""), or "".
func quotedQuestion(s string) string {
	s = strings.TrimSpace(cleanText(s))
	if len(s) < 8 || !strings.ContainsAny(s[:1], "\"“") {
		return ""
	}
	q := strings.TrimRight(strings.TrimLeft(s, "\"“ "), "\"” ")
	if !strings.HasSuffix(q, "?") || strings.ContainsAny(q, "\"“”") || wordCount(q) < 3 {
		return ""
	}
	return q
}
