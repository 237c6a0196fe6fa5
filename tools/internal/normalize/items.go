// items.go: where items are in a document's shape: "Label - Explanation"
// splitting, labelled paragraph runs, runs of headings that are items, and
// the cue of a run. Reads blocks; marks nothing.

package normalize

import (
	"strings"
	"unicode"

	"github.com/leadingup/leadingup/tools/internal/prefilter"
)

var (
	reBoldLabel = prefilter.MustCompile(`^(?:\*\*|__)(.+?)(?:\*\*|__)\s*[:.\-–—]?\s*(.*)$`)
	badLabels   = map[string]bool{"note": true, "example": true, "for example": true, "e.g": true, "update": true, "edit": true,
		"ps": true, "p.s": true, "disclaimer": true, "warning": true, "tip": true, "answer": true, "question": true, "q": true, "a": true,
		"source": true, "photo": true, "image": true, "credit": true, "result": true, "why": true, "how": true, "also": true, "but": true,
		"so": true, "in short": true, "in other words": true, "remember": true, "the lesson": true, "the result": true, "the point": true,
		"here's how": true, "here is how": true, "here's why": true, "the answer": true, "the catch": true, "the truth": true, "yes": true, "no": true,
		"reality": true, "the reality": true, "in reality": true, "truth": true, "fact": true, "the fact": true, "myth": true,
		"here's the thing": true, "the thing": true, "the problem": true, "the good news": true, "the bad news": true,
		"the key": true, "the trick": true, "the secret": true, "the takeaway": true, "bottom line": true, "in practice": true,
		"for instance": true, "the idea": true, "the goal": true, "the rule": true, "my advice": true, "our advice": true,
		"why it matters": true, "what to do": true, "what it looks like": true, "try this": true, "try": true, "watch out": true}
)

// splitLabel splits "Label - Explanation", "Label: explanation",
// "**Label.** Explanation" and, for list items, "Label. Explanation".
func splitLabel(t string, list bool) (label, expl string, ok bool) {
	label, expl, ok = splitLabel1(t, list)
	if !ok {
		return
	}
	// an explanation never starts with a separator (it would be read as
	// one the next time)
	expl = strings.TrimLeft(expl, ":.-–— ")
	if !hasAlnum(label) {
		return "", "", false
	}
	if !hasAlnum(expl) {
		if strings.HasPrefix(t, "**") || strings.HasPrefix(t, "__") {
			// keep what follows a bold label, so that it reads back the same
			return label, expl, true
		}
		return "", "", false
	}
	return label, expl, true
}

func splitLabel1(t string, list bool) (label, expl string, ok bool) {
	t = strings.TrimSpace(t)
	if m := reBoldLabel.FindStringSubmatch(t); m != nil && wordCount(m[1]) <= 16 {
		return strings.TrimSpace(m[1]), strings.TrimSpace(m[2]), true
	}
	goodLabel := func(l string, maxWords int) bool {
		l = strings.TrimSpace(l)
		if l == "" || wordCount(l) > maxWords || startsLower(l) || strings.Contains(l, "http") {
			return false
		}
		if badLabels[strings.ToLower(strings.Trim(l, " .:"))] {
			return false
		}
		return !strings.ContainsAny(strings.TrimRight(l, ".?!"), ".!?;\"“”")
	}
	if loc := dashSepIndex(t); loc != nil {
		l := t[:loc[0]]
		if goodLabel(l, 10) && loc[1] < len(t) {
			return strings.TrimSpace(l), strings.TrimSpace(t[loc[1]:]), true
		}
	}
	if i := strings.Index(t, ": "); i > 0 {
		l := t[:i]
		if goodLabel(l, 8) && !reURL.MatchString(t[:i+1]) && !reClause.MatchString(l) && (list || !reOrdinalLabel.MatchString(l)) {
			return strings.TrimSpace(l), strings.TrimSpace(t[i+2:]), true
		}
	}
	if list {
		// "Be transparent—tell them early"
		if i := strings.Index(t, "—"); i > 0 {
			l := strings.TrimSpace(t[:i])
			if goodLabel(l, 8) && i+len("—") < len(t) {
				return l, strings.TrimSpace(t[i+len("—"):]), true
			}
		}
		if s := firstSentence(t); len(s) < len(t) {
			l := strings.TrimSpace(s)
			rest := strings.TrimSpace(t[len(s):])
			if rest != "" && goodLabel(l, 14) && !startsLower(rest) {
				return strings.TrimRight(l, "."), rest, true
			}
		}
	}
	return "", "", false
}

// reClause: "The test is simple" before a colon is a clause, not a label.
var reClause = rx(`\s(?:is|are|was|were|has|have|had)\s`)

// sentenceLabel splits "Be patient. Building influence takes time." when
// the first sentence is a short label (at most six words).
func sentenceLabel(t string) (label, expl string, ok bool) {
	s := firstSentence(t)
	if len(s) >= len(t) || wordCount(s) > 12 || !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "!") {
		return "", "", false
	}
	l, e, ok := splitLabel(t, true)
	if !ok || wordCount(l) > 12 {
		return "", "", false
	}
	return l, e, true
}

// splitRun splits a paragraph of several labelled items run together:
// "Context: ... Fact-based: ... Timing: ...".
func splitRun(t string) [][2]string {
	// bold labels
	if strings.HasPrefix(t, "**") && strings.Count(t, "**") >= 4 {
		var out [][2]string
		re := prefilter.MustCompile(`\*\*([^*]{1,80}?)\*\*\s*[:.\-–—]?\s*`)
		locs := re.FindAllStringSubmatchIndex(t, -1)
		if len(locs) >= 2 && locs[0][0] == 0 {
			for k, loc := range locs {
				end := len(t)
				if k+1 < len(locs) {
					end = locs[k+1][0]
				}
				out = append(out, [2]string{strings.TrimSpace(t[loc[2]:loc[3]]), strings.TrimSpace(t[loc[1]:end])})
			}
			return out
		}
	}
	// "Label: " at sentence starts
	starts := []int{}
	labels := [][2]int{}
	for _, s := range sentenceStarts(t) {
		rest := t[s:]
		i := strings.Index(rest[:min(len(rest), 64)], ": ")
		if i <= 0 || i > 60 {
			continue
		}
		l := rest[:i]
		if wordCount(l) > 5 || startsLower(l) || strings.ContainsAny(l, ".!?;,\"“”") || badLabels[strings.ToLower(l)] || reClause.MatchString(l) {
			continue
		}
		starts = append(starts, s)
		labels = append(labels, [2]int{s, s + i})
	}
	if len(starts) < 2 || starts[0] != 0 {
		return nil
	}
	var out [][2]string
	for k, lb := range labels {
		end := len(t)
		if k+1 < len(labels) {
			end = labels[k+1][0]
		}
		e := strings.TrimSpace(t[lb[1]+2 : end])
		if !hasAlnum(e) {
			return nil
		}
		out = append(out, [2]string{t[lb[0]:lb[1]], e})
	}
	return out
}

// reDiscourse: "That's it for this week.", "There is also a case." open
// prose, never an item label.
var reDiscourse = rx(`^(?:that|this|it|these|those|so|and|but|yet|then|now)(?:'s|’s|'re|’re|\s+(?:is|are|was|were|has|have|will|would|can|may|might)\b)|^(?:that|this)\b|^(?:none|all|each|any|most|some) of (?:this|these|that|those|it|them)\b`)

// reLeadIn: a sentence that announces what follows.
var reLeadIn = rx(`^(?:here(?:'s|’s| is| are)|these are|the following|below are)\b|\b(?:the following|as follows)\b|:$`)

// directive: an imperative or a "Don't …" label.
func directive(label string) bool {
	return imperative(label) || pitfallItem(cleanText(label))
}

// practice: a first-person account of a practice in a list under a "how
// I …" lead-in ("I sent a Friday note …", "We ask one question …"): the
// writer's own step. The verb after "I"/"we" (and an optional "also",
// "now", "always", "started") is one of the imperative verbs, in its base
// or past form.
func practice(label string) bool {
	f := strings.Fields(strings.ToLower(cleanText(label)))
	if len(f) < 3 || f[0] != "i" && f[0] != "we" && f[0] != "they" {
		return false
	}
	k := 1
	for k < len(f)-1 && practiceFillers[f[k]] {
		k++
	}
	return imperatives[pastToBase(strings.Trim(f[k], ",.:;!?"))]
}

// practiceNeg: a first- or third-person account of what the writer, or
// the people they describe, never did or stopped doing ("They never
// argued in public", "I stopped hiding problems"): a pitfall in a list of
// practices.
func practiceNeg(label string) bool {
	f := strings.Fields(strings.ToLower(cleanText(label)))
	if len(f) < 3 || f[0] != "i" && f[0] != "we" && f[0] != "they" {
		return false
	}
	w := strings.Trim(f[2], ",.:;!?")
	switch f[1] {
	case "never", "rarely", "seldom", "didn't", "didn’t":
		b := pastToBase(w)
		for _, c := range []string{b, strings.TrimSuffix(w, "d"), strings.TrimSuffix(w, "ed")} {
			if imperatives[c] || gerundVerbs[c] {
				return true
			}
		}
		return false
	case "stopped", "quit":
		return gerundBase(w) != ""
	}
	return false
}

var practiceFillers = map[string]bool{"also": true, "now": true, "always": true, "then": true, "started": true, "began": true, "start": true, "begin": true, "to": true}

// pastToBase turns a past form into a base form when it is regular or one
// of the common irregular verbs ("sent" → "send", "flagged" → "flag",
// "shared" → "share"); other words are returned as they are.
func pastToBase(w string) string {
	if b, ok := irregularPast[w]; ok {
		return b
	}
	if !strings.HasSuffix(w, "ed") || len(w) < 5 {
		return w
	}
	stem := w[:len(w)-2]
	for _, c := range []string{stem, stem + "e", w[:len(w)-1]} {
		if imperatives[c] {
			return c
		}
	}
	if n := len(stem); n >= 2 && stem[n-1] == stem[n-2] && imperatives[stem[:n-1]] {
		return stem[:n-1] // "flagged"
	}
	if strings.HasSuffix(stem, "i") && imperatives[stem[:len(stem)-1]+"y"] {
		return stem[:len(stem)-1] + "y" // "replied"
	}
	return w
}

var irregularPast = map[string]string{"sent": "send", "kept": "keep", "made": "make", "took": "take", "gave": "give", "wrote": "write",
	"brought": "bring", "told": "tell", "met": "meet", "built": "build", "ran": "run", "held": "hold", "spent": "spend", "set": "set",
	"put": "put", "cut": "cut", "let": "let", "read": "read", "found": "find", "went": "go", "began": "begin", "stood": "stand",
	"sat": "sit", "chose": "choose", "drew": "draw", "led": "lead", "left": "leave", "paid": "pay", "said": "say", "sought": "seek",
	"taught": "teach", "thought": "think", "understood": "understand", "did": "do", "got": "get"}

// plainPara: a paragraph that cannot turn into a labelled item (which is
// written as a list item, and would read back as a list).
func plainPara(b *block) bool {
	if b.kind != bPara || b.labelled {
		return false
	}
	_, _, ok := splitLabel(b.text, false)
	return !ok && splitRun(b.text) == nil
}

func headLevel(b *block) int {
	if b.level == 0 {
		return 2
	}
	return b.level
}

// runCandidate: a heading with no cue of its own, short, followed by a
// paragraph: it may be an item ("### Understand their goals").
func runCandidate(blocks []*block, i int) bool {
	b := blocks[i]
	return b.kind == bHeading && (cueOf(b.text) == "" || directive(b.text)) && !reNumberedHeading.MatchString(b.text) &&
		wordCount(b.text) <= 14 && i+1 < len(blocks) && plainPara(blocks[i+1])
}

// itemHeadings finds runs of headings that are items: cue-less headings of
// one level, each followed by paragraphs, under a heading whose cue is a
// taxonomy (a higher-level heading, or a same-level heading just before the
// run), or, for runs of three or more, under a title with a cue. It maps
// the block index to the cue.
func (c *classifier) itemHeadings(blocks []*block) map[int]string {
	out := map[int]string{}
	for i := 0; i < len(blocks); {
		if !runCandidate(blocks, i) {
			i++
			continue
		}
		lv := headLevel(blocks[i])
		run := []int{i}
		j := i + 1
		for j < len(blocks) {
			b := blocks[j]
			if b.kind == bPara || b.kind == bQuote {
				j++
				continue
			}
			if b.kind == bHeading && headLevel(b) == lv && runCandidate(blocks, j) {
				run = append(run, j)
				j++
				continue
			}
			break
		}
		cue := ""
		paras := 0
		for k := i - 1; k >= 0; k-- {
			b := blocks[k]
			if b.kind != bHeading {
				paras++
				continue
			}
			if headLevel(b) < lv || headLevel(b) == lv && paras <= 2 {
				cue = cueOf(b.text)
			}
			break
		}
		if cue == "none" {
			cue = ""
		}
		if cue == "" && len(run) >= 3 {
			cue = c.titleCue
			if cue == "" || cue == "none" {
				imp := 0
				for _, k := range run {
					if imperative(blocks[k].text) || pitfallItem(blocks[k].text) {
						imp++
					}
				}
				if imp*2 > len(run) {
					cue = "steps"
				}
			}
		}
		if cue != "" && cue != "none" && len(run) >= 2 {
			for _, k := range run {
				out[k] = cue
			}
		}
		i = j
	}
	return out
}

var (
	reMythPrefix    = rx(`^(?:\*\*)?(?:myth|misconception|mistake|pitfall|trap)(?:\s*#?\d{1,2})?\s*[:.]\s*(?:\*\*)?\s*(\S.*)$`)
	reRealityPrefix = rx(`^(?:\*\*)?(?:reality|truth|the truth|fact|the reality|in reality)\s*[:.]\s*(?:\*\*)?\s*(\S.*)$`)
)

// reIntroNoun: an intro sentence that announces a list ("Experts suggested
// several practical ways to help.")
var reIntroNoun = rx(`\b(?:ways|tips|steps|reasons|mistakes|habits|practices|strategies|rules|lessons|pitfalls|traps|myths|things to|ideas|suggestions|tactics|techniques|benefits|errors)\b`)

// runCue finds the taxonomy of a run of labelled paragraphs that sits under
// no heading with a cue: the paragraph that introduces the run ("Experts
// suggested several ways to help."), else the labels themselves (mostly
// imperatives make steps), else the title.
func (c *classifier) runCue(blocks []*block, bi int, inRun func(int) bool, useTitle bool) string {
	start := bi
	for start > 0 && inRun(start-1) {
		start--
	}
	end := bi
	for end+1 < len(blocks) && inRun(end+1) {
		end++
	}
	if start > 0 && blocks[start-1].kind == bPara {
		intro := blocks[start-1].text
		st := sentenceStarts(intro)
		last := intro[st[len(st)-1]:]
		if strings.HasSuffix(strings.TrimSpace(last), ":") || wordCount(intro) <= 25 && reIntroNoun.MatchString(last) {
			if cue := cueOf(last); cue != "" && cue != "none" {
				return cue
			}
		}
	}
	imp, n := 0, 0
	for k := start; k <= end; k++ {
		l, _, ok := splitLabel(blocks[k].text, false)
		if !ok {
			l, _, _ = sentenceLabel(blocks[k].text)
		}
		n++
		if imperative(l) || pitfallItem(cleanText(l)) {
			imp++
		}
	}
	if n > 0 && imp*2 >= n+1 {
		return "steps"
	}
	if useTitle && c.titleCue != "none" {
		return c.titleCue
	}
	return ""
}

// notItemRule rejects a would-be item whose label is page metadata, not
// advice: a publication credit, a site's footer link, a counter, a name.
type notItemRule struct {
	name string
	// test reports whether the label (cleaned) with its explanation is
	// not an item
	test func(label, expl string) bool
	pos  [][2]string // label, explanation: rejected
	neg  [][2]string // kept
}

var (
	reMetaLead  = rx(`^(?:published|posted|written|originally published|first published|filed under|tagged|reposted|repost|updated|edited|sponsored|advertisement|photo(?:graph)?|image|source|via|credit|next (?:issue|week|time|edition|episode|post)|coming (?:up )?next|last (?:issue|week's issue)|previously|in (?:this|today's) issue|issue\s*#?\d+)\b`)
	reMetaWhole = rx(`^(?:cookies?(?: settings| policy)?|privacy.*|terms.*|more from\b.*|related\b.*|comments?|reply|share|follow|subscribe|sign in|log in|like|contents|menu|home|about|about (?:the )?(?:author|writer|authors|me|us|this (?:series|newsletter|column))|contact(?: us)?|q&a|agenda|thank you|thanks|questions\??|re|aw|fwd?|sv)$`)
	reCounter   = rx(`^(?:move|step|tip|rule|lesson|habit|way|reason|mistake|pitfall|trap|part|day|slide|chapter|section|no\.?|number|#)\s*#?\d{1,3}$`)
	reClockLike = prefilter.MustCompile(`^[\d\s:./()+-]+$`)
	// reUserName: a user name ("Rob_D", "@jlee", "user1234") heading a comment.
	reUserName = prefilter.MustCompile(`^@?\w*(?:_\w*|\d{2,})$|^@\w+$`)
	// reCounts: reactions, comments, followers, read times.
	reCounts = rx(`\b\d[\d,.]*\s*[km]?\s*(?:comments?|likes?|reactions?|reposts?|shares?|followers?|views?|claps?|responses?|answers?|replies|votes?|upvotes?|points?|min(?:ute)?s?\s+read|kommentare?|reaktionen|beiträge|comentarios?|reacciones|seguidores|commentaires?|réactions|abonnés|komentarz[ey]?|reakcj[ie]|obserwując[ye]ch|commenti|reazioni)\b`)
	// reRelTimeIntl: a relative age in the reader's interface language on
	// a social site's cards ("vor 2 Tagen", "il y a 3 jours", "hace 2
	// días", "2 dni temu", "3 Wochen").
	reRelTimeIntl = rx(`^(?:vor|il y a|hace|há|fa)\s+\d+\s*\pL+\W*$|^\d+\s*(?:tag(?:en?)?|tage|std\.?|stunden?|woche[n]?|monat(?:en|e)?|jahr(?:en|e)?|jours?|heures?|semaines?|mois|ans?|días?|horas?|semanas?|meses|años?|dni|dzień|godz\.?|godzin[y]?|tygodni[e]?|miesi[aą]c[ey]?|lat[a]?|giorni|ore|settimane)(?:\s+(?:temu|fa|ago))?\W*$`)
	// rePageButton: a button that acts on the page or a post of it
	// ("Improve this answer", "Report this comment", "Edit post").
	rePageButton = rx(`^(?:improve|edit|flag|report|share|follow|cite|save|hide|translate|unfollow|embed|quote)\s+(?:this\s+|the\s+)?(?:answer|question|post|comment|reply|thread|article|story|page|profile)$`)
	// reQAStamp: when a post of a Q&A thread was asked, answered, edited
	// or viewed ("Asked 8 months ago", "answered Mar 11, 2024 at 9:40").
	reQAStamp = rx(`^(?:asked|answered|modified|edited|viewed|active|posted)\s+(?:\d|\w+\s+\d|today|yesterday|\d[\d.,]*k?\s+times)`)
)

// reCallToAction: a label that asks the page's reader to act on the page
// or its author, not advice ("Reply to this email", "Join the Sunday
// Note", "Book a free call", "Download the template").
var reCallToAction = rx(`^(?:reply to (?:this|my|our)|hit reply|subscribe|sign up|join (?:the|my|our) (?:(?-i:\p{Lu})\w*|newsletter|list|community|waitlist|course)|download (?:the|my|our|this|a free)|book (?:a|an|your) (?:free |quick |short )?(?:\w+ )?(?:call|session|consultation|demo)|follow (?:me|us)|leave a comment|tell me (?:in|below)|share (?:this|it)|forward (?:this|it))\b`)

// reSalutation: the greeting of a letter in an advice column ("Dear Sam",
// "Dear Passed Over"), which heads the question or the answer.
var reSalutation = rx(`^(?:dear|hi|hello)\s+\S+(?:\s+\S+){0,3}$`)

var notItemRules = []notItemRule{
	{name: "metadata line", test: func(l, e string) bool {
		return wordCount(l) <= 8 && reMetaLead.MatchString(l) || reMetaWhole.MatchString(l)
	},
		pos: [][2]string{{"Published in", ""}, {"Published in The Middle Manager", ""}, {"Cookies", ""}, {"Privacy Centre and Ad Choices", ""}, {"Re", "How I got my manager to stop changing priorities"}},
		neg: [][2]string{{"Share what you are learning", "It shows growth."}, {"Follow up in writing", ""}}},
	{name: "call to action", test: func(l, e string) bool { return reCallToAction.MatchString(l) },
		pos: [][2]string{{"Reply to this email", "I read every one."}, {"Join the Sunday Note", ""}, {"Book a free call", ""}},
		neg: [][2]string{{"Reply within a day", "Speed builds trust."}, {"Join their planning meetings", ""}}},
	{name: "salutation", test: func(l, e string) bool { return reSalutation.MatchString(l) },
		pos: [][2]string{{"Dear Sam", "I was passed over."}, {"Dear Worried in Leeds", "You are not alone."}},
		neg: [][2]string{{"Dear-to-you goals first", ""}, {"Ask what they need", ""}}},
	{name: "counter or number", test: func(l, e string) bool { return reCounter.MatchString(l) || reClockLike.MatchString(l) },
		pos: [][2]string{{"MOVE 1", "KNOW THEIR SCORECARD"}, {"00:06:40", ""}, {"Step 3", ""}},
		neg: [][2]string{{"Move fast on bad news", ""}}},
	{name: "handle or counter line", test: func(l, e string) bool {
		return reUserName.MatchString(l) || reCounts.MatchString(l) && wordCount(l) <= 6 || reRelTime.MatchString(l) ||
			rePageButton.MatchString(l) || reQAStamp.MatchString(l) && wordCount(l) <= 8 || reRelTimeIntl.MatchString(l)
	},
		pos: [][2]string{{"Rob_D", "Happened to me too."}, {"@jlee", ""}, {"148 reactions · 23 comments", ""}, {"2 min read", ""},
			{"2 Answers", "Sorted by:"}, {"12 Kommentare", ""}, {"vor 2 Tagen", ""}, {"il y a 3 jours", ""}, {"3 komentarze", ""}, {"2 dni temu", ""}, {"Improve this answer", "+1 to the list."}, {"Asked 8 months ago", ""}, {"answered Mar 11, 2024 at 9:40", ""}},
		neg: [][2]string{{"Reply within a day", "Speed builds trust."}, {"Read the room", ""}, {"Improve the answer before you send it", ""},
			{"Answer the question they asked", ""}, {"Asked for help early", ""}, {"Vor dem Termin eine Agenda schicken", ""}}},
	{name: "label with a count", test: func(l, e string) bool { return reLabelCount.MatchString(l) },
		pos: [][2]string{{"Posts: 2,341", "Ask her in private."}, {"Like (14)", ""}, {"Comments (23)", ""}, {"Replies: 5", ""}},
		neg: [][2]string{{"Meet weekly: 30 minutes", ""}, {"Send a note by 5", ""}, {"Step 3: Ask for feedback", ""}}},
	{name: "prompt", test: func(l, e string) bool {
		return wordCount(l) <= 2 && endsQuestion(strings.TrimSpace(e)) && !imperative(l)
	},
		pos: [][2]string{{"Goals", "what are they measured on?"}, {"Style", "detail or big picture?"}},
		neg: [][2]string{{"Ask early", "why wait?"}, {"Goals", "Learn them in the first week."}}},
	{name: "bare word", test: func(l, e string) bool { return wordCount(l) == 1 && strings.TrimSpace(e) == "" && !imperative(l) },
		pos: [][2]string{{"TRAPS", ""}, {"Agenda", ""}},
		neg: [][2]string{{"Ingratiation", "Flattery that aims to win favour."}, {"Listen", ""}}},
	{name: "name-like", test: nameOnly,
		pos: [][2]string{{"Craft & Code", ""}, {"Engineering Leadership Weekly", ""}, {"The Middle Manager", ""}},
		neg: [][2]string{{"Know Their Scorecard", ""}, {"Coalition building", "Allies add weight."}, {"Faster decisions on your work", ""}}},
}

// reLabelCount: one or two words and a count ("Posts: 2,341", "Like
// (14)"): a forum or social counter, never an item.
var reLabelCount = rx(`^\pL+(?:\s\pL+)?\s*(?::\s*|\(\s*)[\d.,]+\s?[km]?\s*\)?$`)

// nameOnly: a short label without explanation whose words are all
// capitalised and none of which is a verb an item would open with (a
// publication, site, person or company name).
func nameOnly(l, e string) bool {
	f := strings.Fields(l)
	if len(f) == 0 || len(f) > 5 || strings.TrimSpace(e) != "" || imperative(l) {
		return false
	}
	caps := 0
	for _, w := range f {
		r := []rune(w)
		switch {
		case unicode.IsUpper(r[0]):
			caps++
		case len(r) <= 3 || !unicode.IsLetter(r[0]): // "of", "&", "and"
		default:
			return false
		}
	}
	return caps >= 2 || caps == len(f)
}

// reWhenLabel: a label that says when, not what ("Monday: I send a
// five-line note …", "Every Friday: …", "Week 2: …"); like a counter, it
// gives way to the sentence after it.
var reWhenLabel = rx(`^(?:(?:every\s+|on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days?|daily|weekly|monthly|quarterly|yearly|every (?:day|week|month|quarter|morning|evening)|(?:each|every|first|last) (?:morning|evening|week|month|quarter)|mornings?|evenings?|(?:week|day|month|quarter) \d{1,2})$`)

// uncount moves a counter label out of the way: "MOVE 1: KNOW THEIR
// SCORECARD What is …" is the item "KNOW THEIR SCORECARD". (The body keeps
// the counter; only the item's label changes.)
func uncount(label, expl string) (string, string) {
	l0 := strings.Trim(stripInline(label), " .:")
	if !reCounter.MatchString(l0) && !reWhenLabel.MatchString(l0) || !hasAlnum(expl) {
		return label, expl
	}
	e := strings.TrimSpace(expl)
	l := capsRun(e)
	if l == "" {
		l = firstSentence(e)
	}
	return strings.TrimRight(l, " .:"), strings.TrimSpace(e[len(l):])
}

// notItem reports the name of the rule that rejects the label, or "".
func notItem(label, expl string) string {
	l := strings.TrimSpace(label)
	for _, r := range notItemRules {
		if r.test(l, expl) {
			return r.name
		}
	}
	return ""
}

// minAdviceRun: a cue-less run of list entries is advice when it has at
// least this many entries and most of them are imperatives.
const minAdviceRun = 2

// adviceRunCue types a list that sits under no cue (no heading, lead-in or
// title cue) by its own phrasing: when most entries of the run it belongs
// to open with a verb or a negation ("Contact your supervisor …", "Ask
// what …"), the run is a list of steps (negated entries stay pitfalls). A
// run is the list itself, or, for a list of one entry ("1. Know what your
// manager is measured on" and its paragraph), the one-entry lists of its
// section around it, with only paragraphs between them.
func adviceRunCue(blocks []*block, bi int) string {
	entries := runEntries(blocks, bi)
	if len(entries) < minAdviceRun {
		return ""
	}
	advice := 0
	for _, e := range entries {
		label, _, ok := splitLabel(e, true)
		if !ok {
			label = e
		}
		if _, _, habit := habitPredicate(cleanText(label)); directive(label) || opensWithVerb(label) || habit {
			// (a habit told in the third person, "They flag risks early",
			// is advice too)
			advice++
		}
	}
	if advice*2 > len(entries) {
		return "steps"
	}
	return ""
}

// runEntries returns the top-level entries (cleaned) of the run of list
// entries the list at bi belongs to: the list itself, or, for a list of
// one entry, the one-entry lists of its section around it with only
// paragraphs between them.
func runEntries(blocks []*block, bi int) []string {
	var entries []string
	add := func(b *block) {
		for _, it := range b.items {
			if it.depth == 0 {
				entries = append(entries, cleanText(it.text))
			}
		}
	}
	add(blocks[bi])
	if len(blocks[bi].items) == 1 {
		for _, step := range []int{-1, 1} {
			for k := bi + step; k >= 0 && k < len(blocks); k += step {
				b := blocks[k]
				if b.kind == bPara {
					continue
				}
				if b.kind != bList || len(b.items) != 1 {
					break
				}
				add(b)
			}
		}
	}
	return entries
}
